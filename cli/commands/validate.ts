import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { encodePath, type SarifOptions } from '../../src/validate/sarif.js';
import { SLAC_REPOSITORY, SLAC_VERSION } from '../../src/version.js';
import {
  resultForState,
  validateRepository,
  type RepositoryFile,
} from '../../src/app/validate-repository.js';
import { sortProblems, type Problem } from '../../src/model/problem.js';
import type { SlacConfig } from '../../src/config/defaults.js';
import { PARALLEL_FROM, THREADS_FROM_CPUS, threadedChecker } from '../../src/node/parallel.js';
import {
  findConfigRoot,
  listSelected,
  listWorkingTree,
  noSlaFiles,
  readFolderConfig,
  slaMatcher,
} from '../../src/repo/tree.js';
import { VALIDATION_FORMATS } from '../../src/validate/format.js';
import { formatNames } from '../../src/model/output.js';
import type { CombinedResult } from '../../src/validate/result.js';
import { openCache } from '../cache.js';
import {
  EXIT,
  UsageError,
  checkToday,
  choice,
  formatHelp,
  parseOptions,
  writeParts,
  type CliIo,
} from '../io.js';

// The use case is src/app/validate-repository.ts; this adapter parses argv, lists the files,
// hands over the disk cache, the worker threads and what git vouches for, and prints.

const USAGE = `Usage: slac validate [PATH...] [--format ${formatNames(VALIDATION_FORMATS).join('|')}] [--today YYYY-MM-DD]
                     [--cache DIR] [--jobs N]

Checks SLA files (YAML syntax, JSON Schema, semantic rules). PATHs are files or folders;
without PATH the "slas" glob of .slac.yml (default slas/**/*.{yml,yaml}) is read.
  --cache DIR  keep each file's result in DIR, by content (git blob id), and validate only
               files whose content is new; results are the same as without it. Keyed by
               slac's version and schema, so an upgrade starts afresh (an older version's
               files go a week after they were last written). In CI, save and
               restore DIR with actions/cache (e.g. key slac-\${{ hashFiles('slas/**') }}).
  --jobs N     threads to validate on (default: one per CPU from ${PARALLEL_FROM} files when there
               are ${THREADS_FROM_CPUS} CPUs or more, else 1: no workers)
${formatHelp(VALIDATION_FORMATS)}
Figures and how to reproduce them: docs/performance.md (npm run bench).
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      format: { type: 'string' },
      today: { type: 'string' },
      cache: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const formatName = choice('format', values.format, formatNames(VALIDATION_FORMATS), 'text');
  const format = VALIDATION_FORMATS[formatName];
  const today = checkToday(values.today ?? io.today());
  if (values.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(values.jobs))
    throw new UsageError(`--jobs must be a whole number from 1; got "${values.jobs}"`);

  // Without PATH, the folder of the nearest .slac.yml (the repository's, from a subfolder);
  // problems name files relative to it. PATHs are the user's, relative to where they are.
  const root = positionals.length === 0 ? findConfigRoot(io.cwd) : io.cwd;
  // git reads its index while the folder is listed. Only a run with a cache asks git: the
  // others load neither its code nor Node's child_process.
  const gitIndexing =
    values.cache !== undefined ? import('../../src/node/git-index.js') : undefined;
  const index = gitIndexing?.then((git) => git.readGitIndex(root));
  const cache = values.cache !== undefined ? openCache(io.cwd, values.cache) : undefined;
  const repository =
    'repository' in format && format.repository ? await sarifOptions(io.cwd) : undefined;
  // What this run prints, kept in the cache for the same state of the folder: the next run
  // where git vouches that nothing changed writes it without reading the whole result.
  // Paths in it are relative to where slac runs, so the name holds the folder.
  const outputName =
    cache &&
    `${formatName}-${createHash('sha256').update(realpathSync(io.cwd)).digest('hex').slice(0, 16)}`;
  let state: string | undefined;
  let hasResults = false;
  const print = (
    result: CombinedResult,
    lineOf: (file: string, line: number) => string | undefined,
  ) => {
    const written = format.write(result, { lineOf, ...(repository ? { repository } : {}) });
    const text = typeof written === 'string' ? written : [...written].join('');
    const code = result.errors.length > 0 ? EXIT.problems : EXIT.ok;
    writeParts(io, text);
    const tree = cache && state && !hasResults ? cache.tree() : undefined;
    if (cache && outputName && state && tree?.state === state)
      cache.setOutput(
        outputName,
        { state, ...(tree.today ? { today: tree.today } : {}), code },
        text,
      );
    return code;
  };
  // Excerpts under problems from files not read by this run: each file read once.
  const lines = new Map<string, string[] | undefined>();
  const fromDisk = (file: string, line: number) => {
    if (!lines.has(file)) lines.set(file, readText(join(root, file))?.split(/\r?\n/));
    return lines.get(file)?.[line - 1];
  };

  let files: RepositoryFile[];
  let named: Awaited<ReturnType<typeof splitResults>> | undefined;
  let config: SlacConfig | undefined;
  const configProblems: Problem[] = [];
  if (positionals.length === 0) {
    const folder = await readFolderConfig(root);
    const gitIndex = await index;
    const git = gitIndex && (await gitIndexing);
    state =
      git && gitIndex && folder.problems.length === 0
        ? git.folderStateKey(gitIndex, folder.config.slas)
        : undefined;
    hasResults = folder.problems.length === 0 && selectsAny(root, folder.config.results);
    // Nothing changed since the last run, as git vouches: its whole result, without a walk.
    // (Results files are checked against the SLAs every run.)
    const printed =
      cache && outputName && state && !hasResults
        ? cache.output(outputName, state, today)
        : undefined;
    if (printed) {
      writeParts(io, printed.text);
      return printed.code;
    }
    const whole = cache && state && !hasResults ? resultForState(cache, state, today) : undefined;
    if (whole)
      return print(
        whole.result,
        (file, line) => whole.lines?.[file]?.[line] ?? fromDisk(file, line),
      );

    const tree = await listWorkingTree(root, folder);
    if (hasResults) config = tree.config;
    const base = root.endsWith(sep) ? root : root + sep;
    files = tree.slaPaths.map((path) => ({ path, abs: base + path }));
    configProblems.push(...tree.configProblems);
    // With a broken .slac.yml the default glob is in use: its problems come first.
    if (files.length === 0 && tree.configProblems.length === 0)
      configProblems.push(noSlaFiles(tree.config, tree.hasConfig));
  } else {
    // Named results files are checked as results, against the repository's SLAs.
    named = await splitResults(io.cwd, await listPaths(io.cwd, positionals));
    files = named.slas;
  }

  const gitIndex = await index;
  const git = gitIndex && (await gitIndexing);
  const { result, lineOf, targets } = await validateRepository({
    files,
    tree: { read: (f) => readFileSync(f.abs) },
    checker: threadedChecker(values.jobs === undefined ? undefined : Number(values.jobs)),
    today,
    excerpts: 'excerpts' in format && format.excerpts,
    // The results are checked against the SLAs loaded here (those not answered by the cache).
    ...(config ? { targets: true } : {}),
    ...(cache ? { cache } : {}),
    ...(cache && gitIndex && git
      ? { git: { blobs: git.unchangedBlobs(gitIndex), ...(state ? { state } : {}) } }
      : {}),
  });
  const measured = config
    ? await (
        await import('../../src/results/index.js')
      ).validateFolderResults(
        root,
        config,
        files.map((f) => f.path),
        today,
        targets,
      )
    : named && named.results.length > 0
      ? await (
          await import('../../src/results/index.js')
        ).validateResultsOfFolder(
          named.root,
          named.slaPaths,
          named.results.map((f) => ({ path: f.path, content: readFileSync(f.abs) })),
          today,
        )
      : undefined;
  // An SLA whose file is no file slac reads (a link, a name that is not UTF-8): the results
  // that name it say that it may be there.
  if (measured && configProblems.some((p) => p.rule.startsWith('file-')))
    (await import('../../src/results/index.js')).mayBeUnread(measured.errors);
  const report = {
    files: result.files + (measured?.files ?? 0),
    errors: [
      ...sortProblems(configProblems),
      ...sortProblems([...result.errors, ...(measured?.errors ?? [])]),
    ],
    warnings: sortProblems([...result.warnings, ...(measured?.warnings ?? [])]),
  };

  const listed = new Set(files.map((f) => f.path));
  return print(report, (file, line) =>
    listed.has(file)
      ? lineOf(file, line)
      : configProblems.some((p) => p.file === file) || measured
        ? fromDisk(file, line)
        : undefined,
  );
}

/** For SARIF: slac's version, and each file as a URI relative to the repository's root. */
async function sarifOptions(cwd: string): Promise<SarifOptions> {
  const here = realpathSync(cwd);
  const { runGit } = await import('../../src/git/run.js');
  const top = await runGit(cwd, ['rev-parse', '--show-toplevel']).then(
    (out) => out.trim() || here,
    () => here,
  );
  const home = `https://github.com/${SLAC_REPOSITORY}`;
  return {
    version: SLAC_VERSION,
    // The docs of the release that runs, where GitHub shows them with their anchors.
    docsUrl: `${home}/blob/v${SLAC_VERSION}/docs/`,
    informationUri: home,
    artifactUri(file) {
      const abs = isAbsolute(file) ? file : join(here, file);
      const rel = relative(top, abs);
      return rel.startsWith('..') || isAbsolute(rel)
        ? pathToFileURL(abs).href
        : encodePath(rel.split(sep).join('/'));
    },
  };
}

/**
 * A file's text for the excerpts under problems: only a regular file of a sane size, never
 * through a link (a link to a FIFO would hang the run, one to /dev/zero fill its memory).
 */
function readText(path: string): string | undefined {
  try {
    const info = lstatSync(path);
    if (!info.isFile() || info.size > EXCERPT_FILES_UP_TO) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Excerpts are read from files up to this size (larger ones are file-too-large anyway). */
const EXCERPT_FILES_UP_TO = 16 * 1024 * 1024;

/** Files as given, folders expanded to their .yml/.yaml files; paths shown relative to cwd. */
/**
 * Splits named files into SLA files and results files: those the `results` globs of the
 * nearest .slac.yml select, and, of the files neither glob selects, any whose first lines say
 * `kind: ServiceLevelResults`.
 */
async function splitResults(
  cwd: string,
  files: readonly RepositoryFile[],
): Promise<{
  root: string;
  slaPaths: string[];
  slas: RepositoryFile[];
  results: RepositoryFile[];
}> {
  const root = findConfigRoot(cwd);
  const tree = await listWorkingTree(root);
  const isResults = slaMatcher(tree.config.results);
  const isSla = slaMatcher(tree.config.slas);
  const slas: RepositoryFile[] = [];
  const results: RepositoryFile[] = [];
  for (const f of files) {
    const rel = relative(root, f.abs).split(sep).join('/');
    const inside = !rel.startsWith('..') && !isAbsolute(rel);
    // The globs decide; a file neither selects is read for its kind.
    const asResults =
      inside && isResults(rel) ? true : inside && isSla(rel) ? false : saysResults(f.abs);
    (asResults ? results : slas).push(f);
  }
  return { root, slaPaths: tree.slaPaths, slas, results };
}

/** True when the start of the file declares `kind: ServiceLevelResults`. */
function saysResults(abs: string): boolean {
  const head = Buffer.alloc(4096);
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const n = readSync(fd, head, 0, head.length, 0);
    return /^kind:[ \t]*(["']?)ServiceLevelResults\1[ \t]*(?:#.*)?\r?$/m.test(
      head.subarray(0, n).toString('utf8'),
    );
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the globs select a file (or a symbolic link, which is then an error) in the folder. */
function selectsAny(root: string, globs: readonly string[]): boolean {
  const links: Problem[] = [];
  return listSelected(root, globs, links).length > 0 || links.length > 0;
}

async function listPaths(cwd: string, paths: string[]): Promise<RepositoryFile[]> {
  const out: RepositoryFile[] = [];
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
  };
  // A file named twice (itself and its folder) is one file, not two that share an id.
  const seen = new Set<string>();
  const add = (abs: string) => {
    if (!seen.has(abs)) out.push({ path: display(abs), abs });
    seen.add(abs);
  };
  for (const p of paths) {
    const abs = isAbsolute(p) ? p : join(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${p}`);
    if (info.isDirectory()) for (const file of await listYaml(abs)) add(file);
    else add(abs);
  }
  return out;
}

async function listYaml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      out.push(...(await listYaml(full)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !entry.name.startsWith('.'))
      out.push(full);
  }
  return out.sort();
}
