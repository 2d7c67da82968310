// The one validation pipeline: every reader of SLA files — `slac validate` on the working tree,
// the diff and the pull request check on git revisions — validates through it. Each file on
// its own, in this order of preference: on this thread when the caller needs its loaded SLA
// (the diff compares them), from the store of results by blob id, else by a FileChecker (this
// thread or worker threads, src/node/parallel.ts); then the rules across files (unique ids).
// Where contents come from (the disk, git blobs in one batch) is the caller's ContentReader.
//
// Only light modules are imported here: the YAML parser, ajv and the rules are loaded when a
// file has to be validated, so a run answered from the store does not pay for them.
import type { Position } from '../model/problem.js';
import { cachedResult, toCached, type ResultStore } from './cache.js';
import type { LoadedFiles, LoadedSla } from './index.js';
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  type CombinedResult,
  type FileResult,
} from './result.js';

/** A file to validate: its path as shown in problems, its blob id when known. */
export interface PipelineFile {
  /** Relative to the repository root or the current folder, with forward slashes. */
  path: string;
  /** Git blob id of the content: the key of the store. Without it the store is not asked. */
  blob?: string;
  /** Where a checker on another thread reads it from disk, when its content is not given. */
  abs?: string;
  /** The content, when already at hand. */
  content?: Uint8Array;
}

/** A file as a FileChecker gets it: its content, or where on disk to read it. */
export interface FileToCheck {
  path: string;
  /** An absolute path on disk; '' for a file that always comes with its content (from git). */
  abs: string;
  content?: Uint8Array;
}

/**
 * Validates files one by one (everything but the rules across files), in order: on this
 * thread (inThreadChecker) or on worker threads (src/node/parallel.ts threadedChecker).
 */
export interface FileChecker {
  check(
    files: readonly FileToCheck[],
    options: { today: string; lines?: boolean; targets?: boolean },
  ): Promise<FileResult[]>;
}

/** Reads the contents of files, by path (the working tree, or git blobs in one batch). */
export interface ContentReader {
  read(files: readonly PipelineFile[]): Promise<ReadonlyMap<string, Uint8Array>>;
}

/** For files that all come with their content: nothing to read. */
export const contentsGiven: ContentReader = { read: async () => new Map() };

export interface PipelineInput {
  files: readonly PipelineFile[];
  contents: ContentReader;
  checker: FileChecker;
  /** Results by blob id: files whose result holds on `today` are not validated again. */
  store?: ResultStore;
  today: string;
  /** Keep the text of the lines problems are on (the text format's excerpts). */
  lines?: boolean;
  /** The files whose loaded SLA the caller needs: loaded on this thread. */
  loadSlas?: (path: string) => boolean;
  /** Loaded files by blob and path, shared between calls (a file the same on both sides of a diff is loaded once). */
  loaded?: LoadedFiles;
  /** The files whose own problems count; the others take part in the rules across files only. */
  report?: (path: string) => boolean;
  /**
   * Hands over the loaded SLA of each file `loadSlas` selects as it is loaded, instead of
   * keeping it for `slas`: a caller that keeps only a part of each (render, the report) never
   * holds every loaded file at once.
   */
  take?: (path: string, sla: LoadedSla) => void;
  /** `false`: the per-file rules' warnings are left out, not located (render shows them only beside errors). */
  warnings?: false;
  /** Each result validated in this run gets its SLA's target (FileResult.target). */
  targets?: true;
}

export interface PipelineOutput {
  /** Per-file results, in the order of `files`. */
  results: FileResult[];
  /** Which of `results` were validated in this run (not from the store). */
  validated: ReadonlySet<string>;
  /** The per-file problems of the reported files, and the rules across files over all. */
  result: CombinedResult;
  /** The loaded SLAs of the files `loadSlas` selects, in the order of `files`. */
  slas: LoadedSla[];
}

/** Validates files together: each on its own (see the head of this file), then unique ids. */
export async function validateFiles(input: PipelineInput): Promise<PipelineOutput> {
  const options: { today: string; lines?: boolean; warnings?: false; targets?: true } = {
    today: input.today,
    ...(input.lines ? { lines: true } : {}),
    ...(input.warnings === false ? { warnings: false } : {}),
    ...(input.targets ? { targets: true } : {}),
  };
  const results = new Array<FileResult>(input.files.length);
  const validated = new Set<string>();
  const slas = new Map<string, LoadedSla>();
  const toLoad: number[] = [];
  const toCheck: number[] = [];
  input.files.forEach((f, i) => {
    if (input.loadSlas?.(f.path)) return void toLoad.push(i);
    const hit =
      input.store && f.blob !== undefined
        ? cachedResult(input.store, f.blob, f.path, input.today)
        : undefined;
    if (hit) results[i] = hit;
    else toCheck.push(i);
  });

  const contents = new Map<string, Uint8Array>();
  const contentOf = async (files: readonly PipelineFile[]) => {
    const missing = files.filter((f) => f.content === undefined && !contents.has(f.path));
    if (missing.length > 0)
      for (const [path, content] of await input.contents.read(missing)) contents.set(path, content);
    return (f: PipelineFile) => f.content ?? contents.get(f.path) ?? new Uint8Array(0);
  };

  if (toLoad.length > 0) {
    const { fileResult, loadSla } = await import('./index.js');
    const { problemLines } = await import('./result.js');
    const files = toLoad.map((i) => input.files[i] as PipelineFile);
    const content = await contentOf(files.filter((f) => !isLoaded(input.loaded, f)));
    toLoad.forEach((i, n) => {
      const f = files[n] as PipelineFile;
      const key = f.blob === undefined ? undefined : loadedKey(f.blob, f.path);
      let outcome = key === undefined ? undefined : input.loaded?.get(key);
      if (!outcome) {
        outcome = loadSla({ path: f.path, content: content(f) }, options);
        if (key !== undefined) input.loaded?.set(key, outcome);
      }
      const result = fileResult(f.path, outcome, options);
      const lines = options.lines ? problemLines(content(f), outcome.problems) : undefined;
      if (lines) result.lines = lines;
      results[i] = result;
      validated.add(f.path);
      if (outcome.sla) {
        if (input.take) input.take(f.path, outcome.sla);
        else slas.set(f.path, outcome.sla);
      }
    });
  }
  if (toCheck.length > 0) {
    const files = toCheck.map((i) => input.files[i] as PipelineFile);
    // A file with no place on disk (from git) goes with its content; the others not read
    // yet are read by the thread that validates them.
    const content = await contentOf(files.filter((f) => f.abs === undefined));
    const checked = await input.checker.check(
      files.map((f) =>
        f.abs === undefined
          ? { path: f.path, abs: '', content: content(f) }
          : f.content !== undefined
            ? { path: f.path, abs: f.abs, content: f.content }
            : { path: f.path, abs: f.abs },
      ),
      options,
    );
    toCheck.forEach((i, n) => {
      results[i] = checked[n] as FileResult;
      validated.add((input.files[i] as PipelineFile).path);
    });
  }
  // Every result validated here goes to the store, unless it already has one for today.
  const store = input.store;
  if (store)
    input.files.forEach((f, i) => {
      if (f.blob === undefined || !validated.has(f.path)) return;
      const known = store.get(f.blob);
      if (!known || !holdsOn(known.today, input.today))
        store.set(f.blob, toCached(results[i] as FileResult));
    });

  const result = await combine(input, results, slas, contentOf);
  return {
    results,
    validated,
    result,
    slas: input.files.flatMap((f) => slas.get(f.path) ?? []),
  };
}

/** The key of a file in LoadedFiles. */
export function loadedKey(blob: string, path: string): string {
  return `${blob} ${path}`;
}

function isLoaded(loaded: LoadedFiles | undefined, f: PipelineFile): boolean {
  return loaded !== undefined && f.blob !== undefined && loaded.has(loadedKey(f.blob, f.path));
}

/** The rules across files (unique ids), locating the id of the files that share one. */
async function combine(
  input: PipelineInput,
  results: readonly FileResult[],
  slas: ReadonlyMap<string, LoadedSla>,
  contentOf: (
    files: readonly PipelineFile[],
  ) => Promise<(f: PipelineFile) => Uint8Array | undefined>,
): Promise<CombinedResult> {
  const shared = filesSharingIds(results);
  const positions = new Map<string, Position>();
  const toLocate = input.files.filter((f) => shared.has(f.path) && !slas.has(f.path));
  for (const file of shared) {
    const sla = slas.get(file);
    if (sla) positions.set(file, sla.source.locate(['metadata', 'id']));
  }
  if (toLocate.length > 0) {
    const { locateId } = await import('./index.js');
    const content = await contentOf(toLocate);
    for (const f of toLocate)
      positions.set(f.path, locateId({ path: f.path, content: content(f) ?? new Uint8Array(0) }));
  }
  const report = input.report;
  const counted = report
    ? results.map((r) => (report(r.file) ? r : { ...r, problems: [] }))
    : results;
  return combineResults(counted, (file) => positions.get(file) ?? { line: 1, column: 1 });
}

/** The FileChecker of this thread: files must come with their content. */
export const inThreadChecker: FileChecker = {
  async check(files, options) {
    const { checkFile } = await import('./index.js');
    return files.map((f) =>
      checkFile({ path: f.path, content: f.content ?? new Uint8Array(0) }, options),
    );
  },
};
