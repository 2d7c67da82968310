// A content-addressed cache of per-file validation results. A file's result depends only on
// its bytes, the schema, slac's own code and — for the review rules — the day; so results are
// keyed by the file's git blob id under a key naming slac's version and schema, and each
// result says on which days it holds. Nothing here touches the disk: the store is passed in.
import { createHash } from 'node:crypto';
import slaSchema from '../../schemas/sla.schema.json' with { type: 'json' };
import type { Problem } from '../model/problem.js';
import { SLAC_VERSION } from '../version.js';
import { holdsOn, type CombinedResult, type FileResult, type TodayRange } from './result.js';

/** A result as stored: the same for every path the content appears under. */
export interface CachedResult {
  problems: Array<Omit<Problem, 'file'>>;
  id?: string;
  unreadable?: true;
  today?: TodayRange;
}

/** The whole result of a run, filed under the list of files it was computed from. */
export interface CachedTree {
  /** treeKey() of the files. */
  files: string;
  /**
   * A name for the state of the folder as git vouches for it (src/node/git-index.ts
   * folderStateKey), when it could: the same state next time means the same files.
   */
  state?: string;
  /** The days on which every file's result holds. */
  today?: TodayRange;
  result: CombinedResult;
  /** The text of the lines problems are on, by file and line (excerpts), when kept. */
  lines?: Record<string, Record<number, string>>;
}

/** Where cached results live, by blob id (a folder, a Map in tests). */
export interface ResultStore {
  get(blob: string): CachedResult | undefined;
  set(blob: string, result: CachedResult): void;
  /**
   * The SLA id of a blob's file, without its problems: its id, `null` when the file has none
   * (it does not load), undefined when the store does not know the blob. A pull request's
   * check asks this of every file it does not change; a store that can read an id without
   * the result's problems answers it far cheaper than get() (see knownId).
   */
  idOf?(blob: string): string | null | undefined;
  /** idOf of each blob, in one call (a check asks it of every file it does not change). */
  idsOf?(blobs: readonly string[]): Array<string | null | undefined>;
}

/** The SLA id a store knows for a blob (see ResultStore.idOf), from its result if need be. */
export function knownId(store: ResultStore, blob: string): string | null | undefined {
  if (store.idOf) return store.idOf(blob);
  const hit = store.get(blob);
  return hit ? (hit.id ?? null) : undefined;
}

/** knownId of each blob, in order. */
export function knownIds(
  store: ResultStore,
  blobs: readonly string[],
): Array<string | null | undefined> {
  return store.idsOf ? store.idsOf(blobs) : blobs.map((blob) => knownId(store, blob));
}

/** Bump when what a cached result means changes without a new version or schema. */
const CACHE_FORMAT = 3;

/**
 * The key every cached result is filed under: a new slac version, a changed schema or a
 * different build (`build`, e.g. a hash of the running code) starts an empty cache.
 */
export function cacheKey(build = '', version = SLAC_VERSION, schema: unknown = slaSchema): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: CACHE_FORMAT, version, schema, build }))
    .digest('hex')
    .slice(0, 16);
}

/** Git's blob id of some content (`git hash-object`), so that git and the disk agree. */
export function gitBlobId(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}

/** The cached result of `blob` for `file`, when there is one that holds on `today`. */
export function cachedResult(
  store: ResultStore,
  blob: string,
  file: string,
  today: string | undefined,
): FileResult | undefined {
  const hit = store.get(blob);
  if (!hit || !holdsOn(hit.today, today)) return undefined;
  const result: FileResult = { file, problems: hit.problems.map((p) => ({ file, ...p })) };
  if (hit.id !== undefined) result.id = hit.id;
  if (hit.unreadable) result.unreadable = true;
  if (hit.today) result.today = hit.today;
  return result;
}

export function toCached(result: FileResult): CachedResult {
  const cached: CachedResult = {
    problems: result.problems.map(({ line, column, rule, message, severity }) => ({
      line,
      column,
      rule,
      message,
      severity,
    })),
  };
  if (result.id !== undefined) cached.id = result.id;
  if (result.unreadable) cached.unreadable = true;
  if (result.today) cached.today = result.today;
  return cached;
}

/** Names a list of files by their paths and contents (blob ids). */
export function treeKey(files: ReadonlyArray<{ path: string; blob: string }>): string {
  // One update of the joined text: an update per file costs more than hashing itself.
  let text = '';
  for (const f of files) text += `${f.blob} ${f.path}\0`;
  return createHash('sha256').update(text).digest('hex');
}

/** The days on which all of `ranges` hold (undefined: every day). */
export function commonRange(ranges: ReadonlyArray<TodayRange | undefined>): TodayRange | undefined {
  let out: TodayRange | undefined;
  for (const r of ranges) {
    if (!r) continue;
    out ??= {};
    if (r.from !== undefined && (out.from === undefined || r.from > out.from)) out.from = r.from;
    if (r.until !== undefined && (out.until === undefined || r.until < out.until))
      out.until = r.until;
    if (r.after !== undefined && (out.after === undefined || r.after > out.after))
      out.after = r.after;
  }
  return out;
}

/** The cached whole result for this state of the folder, when it holds on `today`. */
export function cachedState(
  tree: CachedTree | undefined,
  state: string,
  today: string | undefined,
): CombinedResult | undefined {
  return tree && tree.state === state && holdsOn(tree.today, today) ? tree.result : undefined;
}

/** The cached whole result for these files, when it holds on `today`. */
export function cachedTree(
  tree: CachedTree | undefined,
  files: string,
  today: string | undefined,
): CombinedResult | undefined {
  return tree && tree.files === files && holdsOn(tree.today, today) ? tree.result : undefined;
}
