import { existsSync, statSync } from 'node:fs';
import { renderSite, renderedText, TemplatesNotFoundError } from '../../src/app/render-site.js';
import { resolve } from 'node:path';
import { findConfigRoot } from '../../src/repo/tree.js';
import { growHeapSlowly } from '../../src/node/heap.js';
import { renderThreads } from '../../src/node/render-thread.js';
import { EXIT, UsageError, checkToday, parseOptions, type CliIo } from '../io.js';

const USAGE = `Usage: slac render [--out DIR] [--templates DIR] [--base-url URL] [--today YYYY-MM-DD]

Renders the customer-facing service catalog of the SLAs in the working tree: a static site
(index.html, a page per service, catalog.json) in DIR (default site/).
--templates DIR   your templates; a file with the name of a default template or partial
                  replaces it (default: "templates:" of .slac.yml)
--base-url URL    where the site is published, for the page links of catalog.json
                  (default: site.baseUrl of .slac.yml, else /)
--today DATE      the date reviews are checked against, and before which the periods of
                  "How we performed" are complete (default: the date of the latest commit
                  that touched this folder, so that renders stay byte-identical)
Each service page shows how the service performed: the measured results of the files the
"results" globs of .slac.yml select (default results/**/*.{yml,yaml}).
Refuses to render when an SLA or results file has errors (as slac validate and slac report
report them).
`;

export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    out: { type: 'string' },
    templates: { type: 'string' },
    'base-url': { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.today !== undefined) checkToday(values.today);

  // The folder of the nearest .slac.yml; --out and --templates are relative to where the
  // user is, the default site/ to that folder.
  const root = findConfigRoot(io.cwd);
  const out = values.out !== undefined ? resolve(io.cwd, values.out) : 'site';
  if (values.out !== undefined && existsSync(out) && !statSync(out).isDirectory())
    throw new UsageError(
      `--out ${values.out} is a file, not a folder: name a folder (it is made if missing)`,
    );
  const restoreHeap = growHeapSlowly();
  const result = await renderSite({
    root,
    out,
    ...(values.templates !== undefined ? { templates: resolve(io.cwd, values.templates) } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(values.today !== undefined ? { today: values.today } : {}),
    clock: () => io.today(),
    warn: (warning) => io.stderr(`slac render: warning: ${warning}\n`),
    threads: renderThreads,
  })
    .catch((error: unknown) => {
      if (error instanceof TemplatesNotFoundError) throw new UsageError(error.message);
      const code = (error as NodeJS.ErrnoException).code;
      // The site's folder cannot be made or written: say which, and what to do.
      if (code === 'ENOTDIR' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
        throw new UsageError(
          `cannot write the site to ${values.out ?? 'site'} (${(error as Error).message}); name a folder you can write with --out DIR`,
        );
      throw error;
    })
    .finally(restoreHeap);
  if (!result.rendered) {
    io.stderr(result.report);
    io.stderr('slac render: nothing was written; fix the errors above and render again.\n');
    return EXIT.problems;
  }
  io.stdout(renderedText(io.cwd, result));
  return EXIT.ok;
}
