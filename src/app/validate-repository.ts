// Validating the SLA files of a repository (`slac validate`): each file on its own — in this
// thread or on worker threads, answered from the cache where its content was seen before —
// then the rules across files. Side effects come in as small interfaces: the file tree that
// reads a file, the checker that validates files, the cache, and what git vouches for.
//
// Only light modules are imported here: the YAML parser, ajv and the rules are loaded when a
// file has to be validated, so a run answered from the cache does not pay for them.
import {
  cachedState,
  cachedTree,
  commonRange,
  gitBlobId,
  treeKey,
  type CachedTree,
  type ResultStore,
} from '../validate/cache.js';
import { validateFiles, type FileChecker, type PipelineFile } from '../validate/pipeline.js';
import type { CombinedResult, FileResult } from '../validate/result.js';

export type { FileChecker, FileToCheck } from '../validate/pipeline.js';

/** An SLA file of the repository: its path as shown in problems, and where the tree reads it. */
export interface RepositoryFile {
  /** Relative to the repository root or the current folder, with forward slashes. */
  path: string;
  /** Where the file tree finds it (an absolute path on disk). */
  abs: string;
}

/** Reads files (the working tree on disk). */
interface FileTree {
  read(file: RepositoryFile): Uint8Array;
}

/** The validation cache: results by blob id, and the whole result of the last run. */
export interface ValidationCache extends ResultStore {
  tree(): CachedTree | undefined;
  setTree(tree: CachedTree): void;
  /** Keeps the results set since it was opened. */
  save(): void;
}

/** What git vouches for in the working tree (src/node/git-index.ts). */
interface GitVouch {
  /** Blob ids of files whose content on disk is the index's; other files are hashed. */
  blobs?: ReadonlyMap<string, string>;
  /** A name for the state of every file the validation depends on (folderStateKey). */
  state?: string;
}

export interface ValidateRepositoryInput {
  files: readonly RepositoryFile[];
  tree: FileTree;
  checker: FileChecker;
  today: string;
  cache?: ValidationCache;
  git?: GitVouch;
  /** Keep the text of the lines problems are on (the text format's excerpts). */
  excerpts?: boolean;
  /** Keep what results are checked against, of each file validated in this run (see `targets`). */
  targets?: true;
}

/** Where a listed file's line excerpts come from; undefined for other paths. */
type LineOf = (file: string, line: number) => string | undefined;

export interface RepositoryValidation {
  result: CombinedResult;
  /** The text of a line of a listed file (excerpts under problems); undefined for other paths. */
  lineOf: LineOf;
  /**
   * With `targets`: of each file validated in this run (not answered from the cache), what its
   * results are checked against, or null when the file did not load as an SLA.
   */
  targets: Map<string, NonNullable<FileResult['target']> | null>;
}

/**
 * The whole result filed for this state of the folder, when git vouches that nothing
 * changed since: the answer without listing or reading a file.
 */
export function resultForState(
  cache: ValidationCache,
  state: string,
  today: string,
): { result: CombinedResult; lines?: Record<string, Record<number, string>> } | undefined {
  const tree = cache.tree();
  const whole = cachedState(tree, state, today);
  if (!whole || whole.files === 0) return undefined;
  return tree?.lines ? { result: whole, lines: tree.lines } : { result: whole };
}

/**
 * Validates the files: with a cache, the whole result when the files are those of the last
 * run, else each file's result by its blob id, validating only content not seen before.
 * The result is the same with and without a cache, on one thread or several.
 */
export async function validateRepository(
  input: ValidateRepositoryInput,
): Promise<RepositoryValidation> {
  const byPath = new Map(input.files.map((f) => [f.path, f]));
  const contents = new Map<string, Uint8Array>();
  const read = (f: RepositoryFile) => {
    let content = contents.get(f.path);
    if (!content) contents.set(f.path, (content = input.tree.read(f)));
    return content;
  };
  // Excerpts: lines kept by the checker or the cache, else the file read once and split.
  const kept = new Map<string, Record<number, string>>();
  const split = new Map<string, string[]>();
  const lineOf: LineOf = (file, line) => {
    const known = kept.get(file)?.[line];
    if (known !== undefined) return known;
    const f = byPath.get(file);
    if (!f) return undefined;
    let lines = split.get(file);
    if (!lines) split.set(file, (lines = Buffer.from(read(f)).toString('utf8').split(/\r?\n/)));
    return lines[line - 1];
  };
  const targets: RepositoryValidation['targets'] = new Map();
  /** The one pipeline, over the files as listed (with their blob ids when the cache is on). */
  const validate = async (files: readonly PipelineFile[]) => {
    const out = await validateFiles({
      // Files read already (for their blob id) go with their content; the others are read
      // by the thread that validates them.
      files: files.map((f) => {
        const content = contents.get(f.path);
        return content ? { ...f, content } : f;
      }),
      contents: {
        read: async (wanted) =>
          new Map(wanted.map((f) => [f.path, read(byPath.get(f.path) as RepositoryFile)])),
      },
      checker: input.checker,
      ...(input.cache ? { store: input.cache } : {}),
      today: input.today,
      ...(input.excerpts ? { lines: true } : {}),
      ...(input.targets ? { targets: true } : {}),
    });
    for (const r of out.results) {
      if (r.lines) kept.set(r.file, r.lines);
      if (input.targets && out.validated.has(r.file)) {
        targets.set(r.file, r.target ?? null);
        delete r.target;
      }
    }
    return out;
  };

  const cache = input.cache;
  if (!cache) return { result: (await validate(input.files)).result, lineOf, targets };

  const { today } = input;
  const state = input.git?.state;
  const listed = input.files.map((f) => ({
    ...f,
    blob: input.git?.blobs?.get(f.path) ?? gitBlobId(read(f)),
  }));
  const key = treeKey(listed);
  const stored = cache.tree();
  const whole = cachedTree(stored, key, today);
  if (whole) {
    // The same files, now vouched for by git: file the state with it for the next run.
    if (state && stored && stored.state !== state) cache.setTree({ ...stored, state });
    for (const [file, lines] of Object.entries(stored?.lines ?? {})) kept.set(file, lines);
    return { result: whole, lineOf, targets };
  }
  const { results, result } = await validate(listed);
  cache.save();
  const range = commonRange(results.map((r: FileResult) => r.today));
  cache.setTree({
    files: key,
    ...(state ? { state } : {}),
    ...(range ? { today: range } : {}),
    result,
    ...(input.excerpts ? { lines: excerptsOf(result, lineOf) } : {}),
  });
  return { result, lineOf, targets };
}

/** The text of every line a problem of `result` is on, for the next run from the cache. */
function excerptsOf(
  result: CombinedResult,
  lineOf: LineOf,
): Record<string, Record<number, string>> {
  const out: Record<string, Record<number, string>> = {};
  for (const p of [...result.errors, ...result.warnings]) {
    if (p.line <= 0) continue;
    const text = lineOf(p.file, p.line);
    if (text !== undefined) (out[p.file] ??= {})[p.line] = text;
  }
  return out;
}
