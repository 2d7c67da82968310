// Use case: render the customer-facing catalog of the SLAs in a working tree. Reads the tree,
// the results files, the templates and the history from git, refuses when any SLA or results
// file has errors, else writes the site. `slac render` and the action's mode render both call
// it, so the site is byte-for-byte the same.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { openRepository, type GitReader } from '../git/index.js';
import {
  buildHistory,
  prepareCatalog,
  type CatalogRenderer,
  type ServiceToLoad,
  type HistoryEntry,
} from '../render/index.js';
import { detached } from '../render/detach.js';
import { ownString } from '../validate/result.js';
import { loadValidSla } from '../render/load.js';
import { readWorkingTree } from '../repo/index.js';
import { listSelected, noSlaFiles } from '../repo/tree.js';
import { validateResults } from '../results/index.js';
import { sortProblems } from '../model/problem.js';
import type { Sla } from '../model/sla.js';
import { gitBlobId } from '../validate/cache.js';
import { loadedKey, validateSources, type LoadedSla } from '../validate/index.js';
import { contentsGiven, inThreadChecker, validateFiles } from '../validate/pipeline.js';
import { validationText } from '../validate/format.js';
import { diffSlas } from '../diff/index.js';

export interface RenderSiteOptions {
  /** The working tree (and git repository) to render. */
  root: string;
  /** The output folder, relative to `root` or absolute. */
  out: string;
  /** The templates folder; default: `templates:` of .slac.yml. */
  templates?: string;
  baseUrl?: string;
  /** The date reviews are checked against; default: the date of the latest commit. */
  today?: string;
  /** Today's date by the clock (ISO). */
  clock: () => string;
  /** Told each warning of the renderer, before the site is written. */
  warn: (warning: string) => void;
}

export type RenderSiteResult =
  /** Nothing was written; `report` lists the errors (as `slac validate` prints them). */
  { rendered: false; report: string } | { rendered: true; services: number; out: string };

/** A templates folder that does not exist; the CLI reports it as a usage error. */
export class TemplatesNotFoundError extends Error {
  constructor(dir: string) {
    super(`templates folder not found: ${dir}`);
    this.name = 'TemplatesNotFoundError';
  }
}

export async function renderSite(options: RenderSiteOptions): Promise<RenderSiteResult> {
  const { root } = options;
  const tree = await readWorkingTree(root);
  const git = await openRepository(root).catch(() => undefined);
  // Reviews are checked against the given date or, to keep renders byte-identical, the date
  // of the latest commit; never against the clock (outside git there is no such date).
  const today = options.today ?? (git ? await latestCommitDate(git) : undefined);

  // Warnings are shown only beside errors: they are left out (not located in their files)
  // unless there are errors, and then the files are validated again with them.
  const validateOptions = { today: today ?? options.clock(), warnings: false };
  const files = [...tree.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Each file is validated on its own (the one pipeline, on this thread) and let go: what is
  // kept is its problems, and for each SLA its id and title (the order of the pages). The
  // history reads the files from here (by blob id) and each page loads its SLA again, so that
  // no step holds every SLA at once.
  const contents = new Map(files.map((f) => [f.path, f.content] as const));
  const services: ServiceToLoad[] = [];
  const resultPaths = listSelected(root, tree.config.results);
  // What the results are checked against: each SLA's id, objectives and dates (copies, see
  // detached), when there are results.
  const targets: Pick<Sla, 'id' | 'objectives' | 'effective'>[] = [];
  const ids = new Map<string, string>();
  const bytes = (content: string | Uint8Array) =>
    typeof content === 'string' ? Buffer.from(content) : content;
  const validation = await validateFiles({
    files: files.map((f) => ({ path: f.path, content: bytes(f.content) })),
    contents: contentsGiven,
    checker: inThreadChecker,
    today: validateOptions.today,
    warnings: false,
    loadSlas: () => true,
    take: (file, { sla }) => {
      const id = ownString(sla.id);
      ids.set(file, id);
      services.push({ file, id, title: ownString(sla.title) });
      if (resultPaths.length > 0)
        targets.push(
          detached({ id: sla.id, objectives: sla.objectives, effective: sla.effective }),
        );
    },
  });
  const read = new Map<string, { content: string | Uint8Array; id?: string }>();
  for (const file of files) {
    const id = ids.get(file.path);
    read.set(loadedKey(gitBlobId(file.content), file.path), {
      content: file.content,
      ...(id !== undefined ? { id } : {}),
    });
  }
  ids.clear();
  const noFiles = tree.files.length === 0 && tree.configProblems.length === 0;
  // Results are checked like SLA files: an invalid one stops the render, so the catalog never
  // shows a figure the report would refuse. "A period in the future" is judged against the
  // later of the given date (or the commit date) and the clock: a results file for last
  // month that is not committed yet is not in the future. Which periods are shown never
  // reads the clock.
  const resultFiles = await Promise.all(
    resultPaths.map(async (path) => ({
      path,
      content: await readFile(join(root, path)),
    })),
  );
  const clock = options.clock();
  const resultsToday = today !== undefined && today > clock ? today : clock;
  // Warnings are shown only beside errors: looked for only then (below).
  const measured = validateResults(resultFiles, targets, resultsToday, undefined, {
    warnings: false,
  });
  if (services.length < tree.files.length)
    for (const e of measured.errors)
      if (e.rule === 'results-sla-unknown')
        e.message += ' (or its SLA file could not be read: fix that file first)';
  if (
    tree.configProblems.length > 0 ||
    noFiles ||
    validation.result.errors.length > 0 ||
    measured.errors.length > 0
  ) {
    const result = validateSources(files, validateOptions);
    const errors = [
      ...sortProblems(tree.configProblems),
      ...(noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : []),
      ...result.errors,
      ...measured.errors,
    ];
    const { warnings } = validateSources(files, { today: validateOptions.today });
    const texts = new Map([...tree.files, ...resultFiles].map((f) => [f.path, f.content] as const));
    const lineOf = (file: string, line: number) => {
      const content = texts.get(file);
      if (content === undefined) return undefined;
      const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
      return text.split(/\r?\n/)[line - 1];
    };
    const report = validationText(
      {
        files: result.files + measured.files,
        errors,
        warnings: [...warnings, ...validateResults(resultFiles, targets, resultsToday).warnings],
      },
      lineOf,
    );
    return { rendered: false, report };
  }
  // Only the results are needed from here on.
  targets.length = 0;
  resultFiles.length = 0;

  const templatesDir = options.templates ?? tree.config.templates;
  const templates = templatesDir ? await readTemplates(resolvePath(root, templatesDir)) : {};
  let history: Map<string, HistoryEntry[]> | undefined;
  if (git) {
    history = await buildHistory(git, 'HEAD', { diff: diffSlas, read }).catch(() => undefined);
  }
  read.clear();
  // Each SLA is loaded for its page and let go once it is written, and loaded again should a
  // template of the index ask for more than the index keeps (see RenderInput.reload).
  const reload = (file: string): LoadedSla =>
    loadValidSla(file, contents.get(file) ?? new Uint8Array());
  const count = services.length;
  const catalog = prepareCatalog({
    slas: [],
    services,
    config: tree.config,
    results: measured.results,
    templates,
    reload,
    ...(history ? { history } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(today ? { today } : {}),
  });

  for (const warning of catalog.warnings) options.warn(warning);
  const out = resolvePath(root, options.out);
  await writeSite(out, catalog);
  return { rendered: true, services: count, out };
}

/** What a render says when it wrote the site: where, and how to open it. */
export function renderedText(root: string, result: { services: number; out: string }): string {
  const shown = relative(root, result.out) || '.';
  const where = shown.startsWith('..') ? result.out : shown;
  return (
    `Rendered ${result.services} ${result.services === 1 ? 'service' : 'services'} into ${where.split(sep).join('/')}/.\n` +
    `Open ${join(where, 'index.html').split(sep).join('/')} in a browser to read the catalog.\n`
  );
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
  if (!info?.isDirectory()) throw new TemplatesNotFoundError(dir);
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

/**
 * Writes the site as it renders, into the output folder: files are overwritten in place
 * (far cheaper than deleting and creating them again), and afterwards the files of
 * `services/` that this render did not write — pages of removed SLAs — are deleted. Nothing
 * is written until the first service page and the index have rendered, so a template that
 * fails on every page leaves the folder as it was. A thread of its own writes the files while
 * this one renders the next pages.
 */
async function writeSite(out: string, catalog: CatalogRenderer): Promise<void> {
  const written = new Set<string>();
  const services = join(out, 'services');
  if (existsSync(services) && !statSync(services).isDirectory()) rmSync(services);
  mkdirSync(services, { recursive: true });
  const writer = startWriter();
  try {
    catalog.render((path, content) => {
      writer.write(join(out, ...path.split('/')), content);
      written.add(path);
    });
  } finally {
    await writer.done();
  }
  // Pages are the only files of services/: anything else there is stale.
  for (const name of readdirSync(join(out, 'services'))) {
    if (!written.has(`services/${name}`))
      rmSync(join(out, 'services', name), { recursive: true, force: true });
  }
}

/** Writes files in place (see writeInPlace), on a worker thread. */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const queued = workerData;
const made = new Set();
let failure = null;
parentPort.on('message', (message) => {
  if (message === null) return parentPort.postMessage(failure);
  let size = 0;
  for (let i = 0; i < message.length; i += 2) {
    size += message[i + 1].length;
    if (failure === null) write(message[i], message[i + 1]);
  }
  Atomics.sub(queued, 0, size);
  Atomics.notify(queued, 0);
});
function write(file, content) {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o666);
    try {
      const length = fs.writeSync(fd, content, 0, 'utf8');
      if (length !== Buffer.byteLength(content)) throw new Error(file + ': short write');
      if (fs.fstatSync(fd).size > length) fs.ftruncateSync(fd, length);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
}
`;

interface Writer {
  write(path: string, content: string): void;
  /** Resolves once every file is written; rejects with the first failure. */
  done(): Promise<void>;
}

/**
 * How many characters of pages may wait for the writing thread. Past that, rendering waits:
 * on a busy machine the writing falls behind, and pages queued without bound would hold
 * hundreds of megabytes.
 */
const QUEUED_AT_MOST = 4 * 1024 * 1024;
/** How long rendering waits for the writing thread at most, at one time, before going on. */
const WAIT_AT_MOST_MS = 60_000;

function startWriter(): Writer {
  let worker: Worker;
  // Characters sent to the writing thread and not written yet (it counts them down).
  const queued = new Int32Array(new SharedArrayBuffer(4));
  try {
    worker = new Worker(WRITER, { eval: true, workerData: queued });
  } catch {
    // Without threads, this one writes.
    const made = new Set<string>();
    return {
      write(path, content) {
        const dir = dirname(path);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeInPlace(path, content);
      },
      done: () => Promise.resolve(),
    };
  }
  let crashed: Error | undefined;
  worker.on('error', (error) => (crashed = error));
  // Files go over in batches (path, content, path, content…), not one message each.
  let batch: string[] = [];
  let size = 0;
  let stalled = false;
  const flush = () => {
    if (batch.length > 0) {
      Atomics.add(queued, 0, size);
      worker.postMessage(batch);
    }
    batch = [];
    size = 0;
    // Should the thread stop (it then counts nothing down), the wait ends after a while, for
    // good, and done() reports why.
    const until = Date.now() + WAIT_AT_MOST_MS;
    while (!stalled) {
      const now = Atomics.load(queued, 0);
      if (now <= QUEUED_AT_MOST) break;
      if (Date.now() > until) stalled = true;
      else Atomics.wait(queued, 0, now, 100);
    }
  };
  return {
    write: (path, content) => {
      batch.push(path, content);
      size += content.length;
      if (size >= 256 * 1024 || batch.length >= 128) flush();
    },
    done: () =>
      new Promise<void>((resolve, reject) => {
        flush();
        const fail = (reason: unknown) => {
          void worker.terminate();
          reject(new Error(`writing the site failed: ${String(reason)}`));
        };
        if (crashed) return fail(crashed.message);
        worker.once('error', (error) => fail(error.message));
        worker.once('exit', () => fail('the writing thread stopped'));
        worker.once('message', (failure: string | null) => {
          if (failure !== null) return fail(failure);
          worker.removeAllListeners('exit');
          void worker.terminate();
          resolve();
        });
        worker.postMessage(null);
      }),
  };
}
/**
 * Writes a file over the one there without truncating it first: a site rendered again mostly
 * rewrites pages of the same length, and freeing and allocating their blocks again costs
 * several times the writing (on file systems that discard freed blocks, many times).
 */
function writeInPlace(path: string, content: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
  try {
    const length = writeSync(fd, content, 0, 'utf8');
    if (length !== Buffer.byteLength(content)) throw new Error(`${path}: short write`);
    if (fstatSync(fd).size > length) ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
}
