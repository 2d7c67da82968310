import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { openRepository, type GitReader } from '../../src/git/index.js';
import { buildHistory, renderCatalog, type HistoryEntry } from '../../src/render/index.js';
import { readWorkingTree } from '../../src/repo/index.js';
import { listSelected, noSlaFiles } from '../../src/repo/tree.js';
import { validateResults } from '../../src/results/index.js';
import { sortProblems } from '../../src/model/problem.js';
import { gitBlobId } from '../../src/validate/cache.js';
import { validateSources, type LoadedFiles } from '../../src/validate/index.js';
import { validationText } from '../../src/validate/format.js';
import { diffSlas } from '../../src/diff/index.js';
import { EXIT, UsageError, parseOptions, type CliIo } from '../io.js';

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
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`--today must be a date YYYY-MM-DD; got "${values.today}"`);

  const tree = await readWorkingTree(io.cwd);
  const git = await openRepository(io.cwd).catch(() => undefined);
  // Reviews are checked against --today or, to keep renders byte-identical, the date of the
  // latest commit; never against the clock (outside git there is no such date).
  const today = values.today ?? (git ? await latestCommitDate(git) : undefined);

  // Files are keyed by blob id, so that the history (read from git) reuses what was
  // loaded here for every file committed as it is on disk.
  const loaded: LoadedFiles = new Map();
  const files = tree.files.map((f) => ({ ...f, blob: gitBlobId(f.content) }));
  const result = validateSources(files, { today: today ?? io.today() }, loaded);
  const noFiles = tree.files.length === 0 && tree.configProblems.length === 0;
  // Results are checked like SLA files: an invalid one stops the render, so the catalog never
  // shows a figure the report would refuse. "A period in the future" is judged against the
  // later of --today (or the commit date) and the clock: a results file for last month that
  // is not committed yet is not in the future. Which periods are shown never reads the clock.
  const resultFiles = await Promise.all(
    listSelected(io.cwd, tree.config.results).map(async (path) => ({
      path,
      content: await readFile(join(io.cwd, path)),
    })),
  );
  const clock = io.today();
  const measured = validateResults(
    resultFiles,
    result.slas.map((s) => s.sla),
    today !== undefined && today > clock ? today : clock,
  );
  if (result.slas.length < tree.files.length)
    for (const e of measured.errors)
      if (e.rule === 'results-sla-unknown')
        e.message += ' (or its SLA file could not be read: fix that file first)';
  const errors = [
    ...sortProblems(tree.configProblems),
    ...(noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : []),
    ...result.errors,
    ...measured.errors,
  ];
  if (errors.length > 0) {
    const texts = new Map([...tree.files, ...resultFiles].map((f) => [f.path, f.content] as const));
    const lineOf = (file: string, line: number) => {
      const content = texts.get(file);
      if (content === undefined) return undefined;
      const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
      return text.split(/\r?\n/)[line - 1];
    };
    io.stderr(
      validationText(
        {
          files: result.files + measured.files,
          errors,
          warnings: [...result.warnings, ...measured.warnings],
        },
        lineOf,
      ),
    );
    io.stderr('slac render: nothing was written; fix the errors above and render again.\n');
    return EXIT.problems;
  }

  const templatesDir = values.templates ?? tree.config.templates;
  const templates = templatesDir ? await readTemplates(resolvePath(io.cwd, templatesDir)) : {};
  let history: Map<string, HistoryEntry[]> | undefined;
  if (git) {
    history = await buildHistory(git, 'HEAD', { diff: diffSlas, loaded }).catch(() => undefined);
  }
  const site = renderCatalog({
    slas: result.slas,
    config: tree.config,
    results: measured.results,
    templates,
    ...(history ? { history } : {}),
    ...(values['base-url'] !== undefined ? { baseUrl: values['base-url'] } : {}),
    ...(today ? { today } : {}),
  });

  for (const warning of site.warnings) io.stderr(`slac render: warning: ${warning}\n`);
  const out = resolvePath(io.cwd, values.out ?? 'site');
  await writeSite(out, site.files);
  const shown = relative(io.cwd, out) || '.';
  const where = shown.startsWith('..') ? out : shown;
  io.stdout(
    `Rendered ${result.slas.length} ${result.slas.length === 1 ? 'service' : 'services'} into ${where.split(sep).join('/')}/.\n` +
      `Open ${join(where, 'index.html').split(sep).join('/')} in a browser to read the catalog.\n`,
  );
  return EXIT.ok;
}

function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

async function latestCommitDate(git: GitReader): Promise<string | undefined> {
  const head = await git.resolve('HEAD').catch(() => undefined);
  if (!head) return undefined;
  const [latest] = await git.log(head, ['.']);
  return latest?.date.slice(0, 10);
}

/** The user's template folder: every .hbs, .css and .js file, by path relative to it. */
async function readTemplates(dir: string): Promise<Record<string, string>> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`templates folder not found: ${dir}`);
  const out: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && /\.(hbs|css|js)$/.test(entry.name)) {
        out[relative(dir, full).split(sep).join('/')] = await readFile(full, 'utf8');
      }
    }
  };
  await walk(dir);
  return out;
}

/** Replaces the output folder's rendered files (only the files the catalog consists of). */
async function writeSite(out: string, files: Map<string, string>): Promise<void> {
  // Stale service pages of removed SLAs must not stay published.
  await rm(join(out, 'services'), { recursive: true, force: true });
  // Written synchronously: for thousands of small pages, a round trip through the thread
  // pool per call costs many times the writing itself.
  const made = new Set<string>();
  for (const [path, content] of files) {
    const full = join(out, ...path.split('/'));
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, content);
  }
}
