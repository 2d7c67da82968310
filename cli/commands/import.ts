import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import {
  IMPORT_FORMATS,
  formatNotice,
  importSpecs,
  sortNotices,
  type ForeignFile,
  type ImportFormat,
  type Notice,
} from '../../src/interop/index.js';
import { MAX_SPEC_BYTES } from '../../src/interop/documents.js';
import { parseWindow } from '../../src/model/units.js';
import { readWorkingTree, slaMatcher } from '../../src/repo/index.js';
import { validateSources } from '../../src/validate/index.js';
import { isValidOwner } from '../../src/model/owner.js';
import { EXIT, UsageError, choice, parseOptions, type CliIo } from '../io.js';

const USAGE = `Usage: slac import openslo|sloth FILE|DIR... [--out DIR] [--owner @org/team] [--window W]
                   [--format text|json]

Converts OpenSLO or Sloth specs into slac SLA files: one SLA per service, with an objective
per SLO and its Prometheus queries. A folder is read with every .yaml, .yml and .json file in it.
  openslo       OpenSLO openslo/v1, openslo/v1alpha and openslo.com/v2alpha: Service, SLO and
                SLI objects, inline or referenced across documents and files
  sloth         Sloth version prometheus/v1, apiVersion sloth.slok.dev/v1 PrometheusServiceLevel,
                and openslo/v1alpha SLOs (which Sloth reads too)
  --out DIR     where the SLA files go (default: the folder the slas glob of .slac.yml starts
                in, slas/)
  --owner @x    the owner of every SLA written; without it, the owner comes from the spec's
                labels or annotations (owner, team, slac.dev/owner)
  --window W    the window of objectives whose spec gives none: Sloth's specs never do (its
                --default-slo-period, 30d by default); default 30d
  --format      text (default) or json: {"written": [{"path", "sla", "objectives", "sources",
                "selected"}], "notices": [{"file", "line", "column", "level", "item", "message"}]}
Every file written is checked with slac validate first; an existing file is never
overwritten. What cannot be converted is listed with the reason (see docs/interop.md).
Exit codes: 0 everything converted and written, 1 something was not converted, written or
readable (listed), 2 usage or runtime error.
`;

/** Files read from a folder at most. */
const MAX_FILES = 10_000;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      out: { type: 'string' },
      owner: { type: 'string' },
      window: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [formatWord, ...paths] = positionals;
  if (formatWord === undefined)
    throw new UsageError(
      'say which format to import: slac import openslo FILE… or slac import sloth FILE…',
    );
  if (!(IMPORT_FORMATS as readonly string[]).includes(formatWord))
    throw new UsageError(`the format to import is openslo or sloth; got "${formatWord}"`);
  const format = formatWord as ImportFormat;
  if (paths.length === 0)
    throw new UsageError(
      `name the ${format === 'sloth' ? 'Sloth' : 'OpenSLO'} files or folders to import`,
    );
  if (values.owner !== undefined && !isValidOwner(values.owner))
    throw new UsageError(
      `--owner must be a GitHub user "@login" or team "@org/team-slug"; got "${values.owner}"`,
    );
  const output = choice('format', values.format, ['text', 'json'] as const, 'text');
  const window = values.window ?? '30d';
  const parsedWindow = parseWindow(window);
  if (!parsedWindow.ok) throw new UsageError(`--window ${parsedWindow.reason}`);

  const tree = await readWorkingTree(io.cwd);
  if (tree.configProblems.length > 0) {
    for (const p of tree.configProblems)
      io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
    io.stderr('slac import: fix .slac.yml first; nothing was imported\n');
    return EXIT.problems;
  }
  const outDir =
    values.out ?? (picomatch.scan(tree.config.slas[0] ?? 'slas/**/*.yaml').base || '.');

  const notices: Notice[] = [];
  const files: ForeignFile[] = [];
  for (const path of paths) {
    for (const found of await specFiles(io.cwd, path, notices)) {
      if (files.length >= MAX_FILES) {
        notices.push(fileNotice(path, `more than ${MAX_FILES} files; import a smaller folder`));
        break;
      }
      files.push(found);
    }
  }

  const outcome = importSpecs(format, files, {
    ...(values.owner !== undefined ? { owner: values.owner } : {}),
    window,
    today: io.today(),
    command: `slac import ${format}`,
  });
  notices.push(...outcome.notices);

  // The repository as it would be: the new files must be valid beside the SLAs already there
  // (a new SLA must not take an existing id), and none replaces a file.
  const selected = slaMatcher(tree.config.slas);
  const taken = new Map(validateSources(tree.files).slas.map((s) => [s.sla.id, s.file]));
  const planned: Array<{
    path: string;
    sla: string;
    text: string;
    objectives: number;
    sources: string[];
  }> = [];
  for (const sla of outcome.slas) {
    const path = toPosix(relative(io.cwd, resolve(io.cwd, outDir, sla.name))) || sla.name;
    if (await exists(join(io.cwd, path))) {
      notices.push(
        fileNotice(
          path,
          `exists and is not overwritten: SLA ${sla.id} was not written (move the file away, or import into another --out folder)`,
        ),
      );
      continue;
    }
    const other = taken.get(sla.id);
    if (other !== undefined) {
      notices.push(
        fileNotice(
          path,
          `not written: the repository already has an SLA ${sla.id}, in ${other} (ids are unique; import into it by hand, or rename one)`,
        ),
      );
      continue;
    }
    planned.push({
      path,
      sla: sla.id,
      text: sla.text,
      objectives: sla.objectives,
      sources: sla.sources,
    });
  }
  const check = validateSources([
    ...tree.files.filter((f) => !planned.some((p) => p.path === f.path)),
    ...planned.map((p) => ({ path: p.path, content: p.text })),
  ]);
  const written: Array<{
    path: string;
    sla: string;
    objectives: number;
    sources: string[];
    selected: boolean;
  }> = [];
  for (const p of planned) {
    const errors = check.errors.filter((e) => e.file === p.path);
    if (errors.length > 0) {
      notices.push(
        fileNotice(
          p.path,
          `not written: ${errors.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`).join('; ')}`,
        ),
      );
      continue;
    }
    try {
      await mkdir(join(io.cwd, p.path, '..'), { recursive: true });
    } catch (err) {
      notices.push(fileNotice(p.path, `cannot write: ${(err as Error).message}`));
      continue;
    }
    try {
      await writeFile(join(io.cwd, p.path), p.text, { flag: 'wx' });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      notices.push(
        fileNotice(
          p.path,
          code === 'EEXIST'
            ? 'exists and is not overwritten'
            : `cannot write: ${(err as Error).message}`,
        ),
      );
      continue;
    }
    written.push({
      path: p.path,
      sla: p.sla,
      objectives: p.objectives,
      sources: p.sources,
      selected: selected(p.path),
    });
  }

  const all = sortNotices(notices);
  const failed = all.filter((n) => n.level !== 'note').length;
  if (output === 'json') {
    io.stdout(`${JSON.stringify({ written, notices: all }, null, 2)}\n`);
  } else {
    for (const n of all) io.stdout(`${formatNotice(n)}\n`);
    for (const w of written)
      io.stdout(
        `wrote ${w.path} (${w.objectives} objective${w.objectives === 1 ? '' : 's'} from ${w.sources.join(', ')})${w.selected ? '' : ' — not selected by the slas glob of .slac.yml, so slac validate does not read it'}\n`,
      );
    io.stdout(
      `${written.length} SLA${written.length === 1 ? '' : 's'} written${failed > 0 ? `; ${failed} item${failed === 1 ? '' : 's'} not converted or not written (listed above, see docs/interop.md)` : ''}\n`,
    );
  }
  return failed > 0 || written.length === 0 ? EXIT.problems : EXIT.ok;
}

function fileNotice(file: string, message: string): Notice {
  return { file, line: 0, column: 0, level: 'error', message };
}

function toPosix(path: string): string {
  return path.split('\\').join('/');
}

/** The spec files a path names: the file, or the .yaml, .yml and .json files under a folder. */
async function specFiles(cwd: string, path: string, notices: Notice[]): Promise<ForeignFile[]> {
  const full = isAbsolute(path) ? path : join(cwd, path);
  const info = await stat(full).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    notices.push(
      fileNotice(
        path,
        info.code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${info.message}`,
      ),
    );
    return [];
  }
  if (info.isDirectory()) {
    const out: ForeignFile[] = [];
    const entries: string[] = [];
    await walk(full, entries);
    entries.sort();
    for (const p of entries.slice(0, MAX_FILES + 1)) {
      out.push(...(await oneFile(p, shownPath(cwd, p), notices)));
    }
    return out;
  }
  return oneFile(full, shownPath(cwd, full), notices);
}

/**
 * A file as messages and the comment of the SLA name it: relative to the working folder when
 * inside it (no home folder of whoever ran the import in a committed file), else as is.
 */
function shownPath(cwd: string, full: string): string {
  const rel = relative(cwd, full);
  return toPosix(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? full : rel);
}

/** The spec files under a folder; hidden folders and node_modules are left out. */
async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (out.length > MAX_FILES) return;
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') await walk(path, out);
    } else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name)) out.push(path);
  }
}

async function oneFile(full: string, shown: string, notices: Notice[]): Promise<ForeignFile[]> {
  const info = await stat(full);
  if (!info.isFile()) {
    notices.push(fileNotice(shown, 'is not a file'));
    return [];
  }
  if (info.size > MAX_SPEC_BYTES) {
    notices.push(
      fileNotice(
        shown,
        `file is ${info.size} bytes, more than the ${MAX_SPEC_BYTES} an import reads; a spec is a few kilobytes — split it, or check that this is the file you meant`,
      ),
    );
    return [];
  }
  try {
    return [{ path: shown, content: await readFile(full) }];
  } catch (err) {
    notices.push(fileNotice(shown, `cannot read: ${(err as Error).message}`));
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
