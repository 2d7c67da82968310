// Use case: render the customer-facing catalog of the SLAs in a working tree. Reads the tree,
// the results files, the templates and the history from git, refuses when any SLA or results
// file has errors, else writes the site. `slac render` and the action's mode render both call
// it, so the site is byte-for-byte the same.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readFile, readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { openRepository, type GitReader } from '../git/index.js';
import {
  buildHistory,
  byTitle,
  prepareCatalog,
  type CatalogRenderer,
  type PagesPart,
  type ServiceToLoad,
  type HistoryEntry,
} from '../render/index.js';
import type { SlacConfig } from '../config/index.js';
import type { MeasuredResult } from '../results/validate.js';
import { ownString } from '../load/own.js';
import { loadValidSla } from '../render/load.js';
import { listSelected, listWorkingTree, namedAsWritten, noSlaFiles } from '../repo/tree.js';
import { templatesFolder } from '../approval/protected.js';
import { mayBeUnread, validateResults } from '../results/index.js';
import { sortProblems, type Problem } from '../model/problem.js';
import { filesSharingIds, type FileResult } from '../validate/result.js';
import type { Sla } from '../model/sla.js';
import { gitBlobId } from '../validate/cache.js';
import { loadedKey, validateSources, type LoadedSla } from '../validate/index.js';
import { KeptFiles } from '../node/read-ahead.js';
import { READ_AHEAD_FROM } from '../node/parallel.js';
import { inThreadWriter, startWriter } from '../node/site-writer.js';
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
  /** Other threads to render on (src/node/render-thread.ts); none: this thread renders. */
  threads?: RenderThreads;
}

/** How a render uses other threads, by the number of SLA files (src/node/render-thread.ts). */
export interface RenderThreads {
  /** Starts page threads (see PagesThread); none: this thread renders the pages. */
  pages(files: number): PagesThread[];
}

/**
 * A page thread (src/node/render-thread.ts): it validates a run of the SLA files, and once this
 * thread has found the whole repository valid, renders and writes the pages of its SLAs.
 */
export interface PagesThread {
  /** Validates the files and keeps the SLAs that loaded. */
  validate(request: {
    root: string;
    today: string;
    /** The files, relative to `root`. */
    paths: string[];
    targets: boolean;
  }): Promise<ValidatedRun>;
  /**
   * Works out the history of its SLAs (`others`: the other files by path, with their blob ids)
   * and tries its first page; resolves then, before anything is written.
   */
  render(job: RenderJob, others: [string, string][], history: boolean): Promise<void>;
  /** Lets it write. */
  go(): void;
  /** What the index needs of its pages, once they are written. */
  part(): Promise<PagesPart>;
  /** Stops it; nothing is written after. */
  stop(): Promise<void>;
}

/** What a page thread found in its run of files. */
export interface ValidatedRun {
  results: FileResult[];
  /** The SLAs that loaded. */
  services: ServiceToLoad[];
  /** What the results are checked against (when asked for). */
  targets: Pick<Sla, 'id' | 'objectives' | 'effective'>[];
  /** Blob id by path. */
  blobs: Map<string, string>;
}

/** What a page thread renders its pages with. */
export interface RenderJob {
  out: string;
  config: SlacConfig;
  templates: Record<string, string>;
  results: MeasuredResult[];
  baseUrl?: string;
  today: string;
}

export type RenderSiteResult =
  /** Nothing was written; `report` lists the errors (as `slac validate` prints them). */
  { rendered: false; report: string } | { rendered: true; services: number; out: string };

/** A templates folder that does not exist; the CLI reports it as a usage error. */
export class TemplatesNotFoundError extends Error {
  constructor(readonly dir: string) {
    super(
      `templates folder not found: ${dir} (looked for under its name exactly as written, in letter case too)`,
    );
    this.name = 'TemplatesNotFoundError';
  }
}

export async function renderSite(options: RenderSiteOptions): Promise<RenderSiteResult> {
  const { root } = options;
  const tree = await listWorkingTree(root);
  // The page threads load their code while this one reads git.
  const threads = options.threads?.pages(tree.slaPaths.length) ?? [];
  try {
    return await renderTree(options, tree, threads);
  } finally {
    await Promise.all(threads.map((thread) => thread.stop()));
  }
}

async function renderTree(
  options: RenderSiteOptions,
  tree: Awaited<ReturnType<typeof listWorkingTree>>,
  threads: PagesThread[],
): Promise<RenderSiteResult> {
  const { root } = options;
  const paths = [...tree.slaPaths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Without page threads, this one reads the files (kept: the history and the pages load them
  // again), from a reader thread started now so that it reads while git answers.
  let kept =
    threads.length === 0
      ? new KeptFiles(
          paths.map((path) => join(root, path)),
          paths.length >= READ_AHEAD_FROM && availableParallelism() >= 2,
        )
      : undefined;
  const git = await openRepository(root).catch(() => undefined);
  // Reviews are checked against the given date or, to keep renders byte-identical, the date
  // of the latest commit; never against the clock (outside git there is no such date).
  const today = options.today ?? (git ? await latestCommitDate(git) : undefined);
  // Without a day to render for, it is worked out from every SLA's history: one thread.
  if (!today) await Promise.all(threads.splice(0).map((thread) => thread.stop()));

  // Warnings are shown only beside errors: they are left out (not located in their files)
  // unless there are errors, and then the files are validated again with them.
  const validateOptions = { today: today ?? options.clock(), warnings: false };
  // The files are read here only without page threads (each reads its own), or to report
  // errors, or should a page thread fail.
  let files: { path: string; content: Uint8Array }[] | undefined;
  const readAll = () => {
    if (files) return files;
    const from = (kept ??= new KeptFiles(
      paths.map((path) => join(root, path)),
      false,
    ));
    return (files = paths.map((path, i) => ({ path, content: from.content(i) })));
  };
  const resultLinks: Problem[] = [];
  const resultPaths = listSelected(root, tree.config.results, resultLinks);
  const withTargets = resultPaths.length > 0;
  const onThreads =
    threads.length > 0
      ? await validateOnThreads(root, paths, validateOptions.today, withTargets, threads).catch(
          (error: Error) => {
            options.warn(`the page threads stopped (${error.message}); rendering on one thread`);
            return undefined;
          },
        )
      : undefined;
  // Should a page thread fail, this one does the work alone.
  if (!onThreads) await Promise.all(threads.splice(0).map((thread) => thread.stop()));
  // Each file is validated as soon as it is read (by the reader thread, when there is one).
  let validated: ValidatedRun;
  if (onThreads) validated = onThreads;
  else {
    const from = (kept ??= new KeptFiles(
      paths.map((path) => join(root, path)),
      false,
    ));
    files = [];
    try {
      validated = await validateHere(paths, from, files, validateOptions.today, withTargets);
    } finally {
      from.stop();
    }
  }
  const { services, targets } = validated;
  const noFiles = paths.length === 0 && tree.configProblems.length === 0;
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
  measured.errors.unshift(...resultLinks);
  if (services.length < paths.length || tree.configProblems.some((p) => p.rule.startsWith('file-')))
    mayBeUnread(measured.errors);
  const invalid =
    validated.results.some((r) => r.problems.some((p) => p.severity === 'error')) ||
    filesSharingIds(validated.results).size > 0;
  if (tree.configProblems.length > 0 || noFiles || invalid || measured.errors.length > 0) {
    const result = validateSources(readAll(), validateOptions);
    const errors = [
      ...sortProblems(tree.configProblems),
      ...(noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : []),
      ...result.errors,
      ...measured.errors,
    ];
    const { warnings } = validateSources(readAll(), { today: validateOptions.today });
    const texts = new Map([...readAll(), ...resultFiles].map((f) => [f.path, f.content] as const));
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
  // The config's folder only under its name as written: on macOS and Windows "theme" would
  // also open a "Theme/" that git and the check name apart (see spellingProblems).
  const configured = options.templates === undefined ? templatesFolder(tree.config) : undefined;
  if (configured !== undefined && configured !== '.' && !namedAsWritten(root, configured))
    throw new TemplatesNotFoundError(resolvePath(root, configured));
  const templates = templatesDir ? await readTemplates(resolvePath(root, templatesDir)) : {};
  const out = resolvePath(root, options.out);
  const job: RenderJob = {
    out,
    config: tree.config,
    templates,
    results: measured.results,
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    today: today ?? '',
  };
  // Each SLA is loaded for its page and let go once it is written, and loaded again should a
  // template of the index ask for more than the index keeps (see RenderInput.reload).
  const byPath = new Map(files?.map((f) => [f.path, f.content] as const));
  const contentOf = (file: string): Uint8Array => {
    const known = byPath.get(file);
    if (known) return known;
    // Read again (the page threads had it): it must be the file that was validated.
    const content = readFileSync(join(root, file));
    const blob = validated.blobs.get(file);
    if (blob !== undefined && gitBlobId(content) !== blob)
      throw new Error(`${file} changed while the site was rendered: render again`);
    return content;
  };
  const reload = (file: string): LoadedSla => loadValidSla(file, contentOf(file));
  const catalogOf = (history: Map<string, HistoryEntry[]> | undefined) =>
    prepareCatalog({
      config: tree.config,
      templates,
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      slas: [],
      services,
      results: measured.results,
      reload,
      ...(history ? { history } : {}),
      ...(today ? { today } : {}),
    });
  // The renderer's warnings are told once, before the site is written.
  let warned = false;
  const warnOf = (catalog: CatalogRenderer) => {
    if (!warned) for (const warning of catalog.warnings) options.warn(warning);
    warned = true;
    return catalog;
  };

  if (threads.length > 0) {
    // The index, with the history the page threads work out of their SLAs.
    const catalog = warnOf(catalogOf(undefined));
    const prepared = await prepareSite(out);
    const written = await renderOnThreads(
      threads,
      job,
      validated,
      Boolean(git),
      catalog,
      prepared,
      options.warn,
    );
    if (written) return { rendered: true, services: services.length, out };
    // A page thread failed: this one renders the site alone.
  }
  // The history reads the files from here (by blob id) and each page loads its SLA again, so
  // that no step holds every SLA at once.
  const read = new Map<string, { content: string | Uint8Array; id?: string }>();
  for (const r of validated.results) {
    const content = contentOf(r.file);
    const blob = validated.blobs.get(r.file) ?? gitBlobId(content);
    read.set(loadedKey(blob, r.file), { content, ...(r.id !== undefined ? { id: r.id } : {}) });
  }
  let history: Map<string, HistoryEntry[]> | undefined;
  if (git) {
    history = await buildHistory(git, 'HEAD', { diff: diffSlas, read }).catch(() => undefined);
  }
  read.clear();
  const catalog = warnOf(catalogOf(history));
  await writeSite(await prepareSite(out), catalog);
  return { rendered: true, services: services.length, out };
}

/**
 * Validates every file on this thread, each as soon as it is read (into `files`, in order),
 * keeping of each SLA its id, title and targets.
 */
async function validateHere(
  paths: readonly string[],
  read: KeptFiles,
  files: { path: string; content: Uint8Array }[],
  today: string,
  withTargets: boolean,
): Promise<ValidatedRun> {
  // Each file is validated on its own (the pipeline's step for a file whose SLA is wanted,
  // src/validate/pipeline.ts) and let go: what is kept is its problems, and for each SLA its
  // id and title (the order of the pages) and what results are checked against (copies, see
  // targetOf). The rules across files (unique ids) are checked by the caller.
  const { fileResult, loadSla, targetOf } = await import('../validate/index.js');
  const options = { today, warnings: false } as const;
  const services: ServiceToLoad[] = [];
  const targets: ValidatedRun['targets'] = [];
  const results = paths.map((path, i) => {
    const content = read.content(i);
    files.push({ path, content });
    const outcome = loadSla({ path, content }, options);
    const sla = outcome.sla?.sla;
    if (sla) {
      services.push({ file: path, id: ownString(sla.id), title: ownString(sla.title) });
      if (withTargets) targets.push(targetOf(sla));
    }
    return fileResult(path, outcome, options);
  });
  return { results, services, targets, blobs: new Map() };
}

/** Validates the files on the page threads, each a run of them in order (it reads them). */
async function validateOnThreads(
  root: string,
  paths: readonly string[],
  today: string,
  withTargets: boolean,
  threads: readonly PagesThread[],
): Promise<ValidatedRun> {
  const runs = await Promise.all(
    threads.map((thread, i) =>
      thread.validate({
        root,
        today,
        targets: withTargets,
        paths: paths.slice(
          Math.round((paths.length * i) / threads.length),
          Math.round((paths.length * (i + 1)) / threads.length),
        ),
      }),
    ),
  );
  return {
    results: runs.flatMap((r) => r.results),
    services: runs.flatMap((r) => r.services),
    targets: runs.flatMap((r) => r.targets),
    blobs: new Map(runs.flatMap((r) => [...r.blobs])),
  };
}

/**
 * The pages on the page threads, then the index here. Each thread tries its first page before
 * any writes; false when a thread failed (nothing but pages the same as this thread would
 * write may have been written).
 */
async function renderOnThreads(
  threads: readonly PagesThread[],
  job: RenderJob,
  validated: ValidatedRun,
  history: boolean,
  catalog: CatalogRenderer,
  site: PreparedSite,
  warn: (warning: string) => void,
): Promise<boolean> {
  // Which thread holds each file: the run it validated (see validateOnThreads).
  const files = validated.results;
  const ids = threads.map(() => new Set<string>());
  const owner = new Map<string, number>();
  threads.forEach((_, i) => {
    const to = Math.round((files.length * (i + 1)) / threads.length);
    for (let n = Math.round((files.length * i) / threads.length); n < to; n++) {
      const r = files[n] as FileResult;
      owner.set(r.file, i);
      if (r.id !== undefined) ids[i]?.add(r.id);
    }
  });
  let failure: (Error & { reported?: boolean; code?: string }) | undefined;
  const parts = await (async () => {
    await Promise.all(
      threads.map((thread, i) =>
        thread.render(
          { ...job, results: job.results.filter((r) => ids[i]?.has(r.sla)) },
          [...validated.blobs].filter(([path]) => owner.get(path) !== i),
          history,
        ),
      ),
    );
    for (const thread of threads) thread.go();
    return Promise.all(threads.map((thread) => thread.part()));
  })().catch((error: Error) => {
    failure = error;
    return undefined;
  });
  // Their memory goes back before the index is built.
  await Promise.all(threads.map((thread) => thread.stop()));
  if (failure) {
    // A template that fails, or a folder that cannot be written, fails here the same.
    if (failure.reported && (failure.name === 'TemplateError' || failure.code !== undefined))
      throw failure;
    warn(`the page threads stopped (${failure.message}); rendering on one thread`);
  }
  if (!parts) return false;
  for (const part of parts)
    for (const card of part.cards) {
      const page = card.view.page as string;
      site.written.add(page);
      site.written.add(page.replace(/\.html$/, '.json'));
    }
  // The index lists the services in the catalog's order, whichever thread rendered them.
  const merged: PagesPart = {
    cards: [],
    entries: [],
    history: parts.flatMap((p) => p.history ?? []),
  };
  const order = parts
    .flatMap((p) => p.cards.map((card, i) => ({ card, entry: p.entries[i] as string })))
    .sort((a, b) =>
      byTitle(
        { id: a.card.view.id as string, title: a.card.view.title as string },
        { id: b.card.view.id as string, title: b.card.view.title as string },
      ),
    );
  for (const { card, entry } of order) {
    merged.cards.push(card);
    merged.entries.push(entry);
  }
  parts.length = 0;
  order.length = 0;
  const writer = inThreadWriter();
  catalog.renderIndex([merged], (path, content) => {
    writer.write(join(site.out, ...path.split('/')), content);
    site.written.add(path);
  });
  removeStale(site);
  return true;
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

/** The output folder, made ready, and the files this render wrote into it. */
interface PreparedSite {
  out: string;
  written: Set<string>;
}

async function prepareSite(out: string): Promise<PreparedSite> {
  const services = join(out, 'services');
  if (existsSync(services) && !statSync(services).isDirectory()) rmSync(services);
  mkdirSync(services, { recursive: true });
  return { out, written: new Set() };
}

/** Pages are the only files of services/: anything else there is stale (a removed SLA's). */
function removeStale(site: PreparedSite): void {
  for (const name of readdirSync(join(site.out, 'services'))) {
    if (!site.written.has(`services/${name}`))
      rmSync(join(site.out, 'services', name), { recursive: true, force: true });
  }
}

/**
 * Writes the site as it renders, into the output folder: files are overwritten in place
 * (far cheaper than deleting and creating them again), and afterwards the files of
 * `services/` that this render did not write — pages of removed SLAs — are deleted. Nothing
 * is written until the first service page and the index have rendered, so a template that
 * fails on every page leaves the folder as it was. A thread of its own writes the files
 * while this one renders the next pages.
 */
async function writeSite(site: PreparedSite, catalog: CatalogRenderer): Promise<void> {
  const writer = startWriter();
  try {
    catalog.render((path, content) => {
      writer.write(join(site.out, ...path.split('/')), content);
      site.written.add(path);
    });
  } finally {
    await writer.done();
  }
  removeStale(site);
}
