// The commitment diff: what a change between two revisions does for customers.
import { parseDocument } from 'yaml';
import { CONFIG_FILE } from '../config/index.js';
import { parseSimpleYaml } from '../load/fast.js';
import type { GitReader, TreeEntry } from '../git/index.js';
import { sortProblems, type Problem } from '../model/problem.js';
import { listRevision, type ListedRevision, type Snapshot } from '../repo/index.js';
import { knownIds, type ResultStore } from '../validate/cache.js';
import { inThreadChecker, validateFiles, type ContentReader } from '../validate/pipeline.js';
import {
  hasUnreadableValues,
  loadSla,
  loadedKey,
  type LoadedFiles,
  type LoadedSla,
  type ValidateOptions,
  type ValidationResult,
} from '../validate/index.js';
import { diffSlas } from './compare.js';
import { addEvidence } from './evidence.js';
import type { CommitmentDiff, SlaDiff } from './types.js';

export type { Change, CommitmentDiff, Impact, SlaDiff } from './types.js';
export { IMPACT_ORDER } from './types.js';
export { diffSlas } from './compare.js';
export { diffJson, diffMarkdown, diffText, escapeMarkdown, summaryLine } from './format.js';
export * from './words.js';

/** An SLA file left out of the diff because it could not be read on one side. */
export interface SkippedSla {
  side: 'base' | 'head';
  file: string;
  /** The SLA's id where it could still be made out. */
  id?: string;
}

export interface RevisionSide {
  snapshot: Snapshot;
  /** Validation of the side's SLA files; config problems of the side come first in `errors`. */
  validation: ValidationResult;
}

export interface RevisionDiff {
  diff: CommitmentDiff;
  base: RevisionSide;
  head: RevisionSide;
  /** Every path that differs between base and head. */
  changedPaths: string[];
  /**
   * SLA files that failed to load (YAML, schema, or values that do not parse) on one side.
   * They are left out of the diff instead of being reported as removed or added: their
   * problems are in that side's `validation.errors`, and the diff is complete again once
   * they are fixed.
   */
  skipped: SkippedSla[];
}

/**
 * Diffs the SLAs of two revisions, read through git plumbing (no checkout). The config,
 * and so the set of SLA files, always comes from the base, so head cannot change which
 * files count. Only the files the change touches are read and validated (see validateSides):
 * the work follows the change. Unreadable files become validation problems, never
 * exceptions; an unknown ref rejects with a GitError that says how to fix it.
 */
export interface DiffOptions {
  /** ISO date for time-dependent validation rules. */
  today?: string;
  /**
   * Per-file results by blob id (see validate/cache.ts). With it, the ids of unchanged files
   * it knows are not looked for in their bytes; every file loaded is added. The answer is the
   * same as without it.
   */
  cache?: ResultStore;
}

/** Without a date, no measured period counts as in the future. */
const LAST_DAY = '9999-12-31';

export async function compareRevisions(
  git: GitReader,
  baseRef: string,
  headRef: string,
  options: DiffOptions = {},
): Promise<RevisionDiff> {
  // Both asked at once; the base's failure is the one reported, as when asked in turn.
  const resolvingHead = git.resolve(headRef);
  resolvingHead.catch(() => undefined);
  const baseSha = await git.resolve(baseRef);
  const headSha = await resolvingHead;
  const validateOptions = options.today ? { today: options.today } : {};
  // Head's files are selected with the base's globs; git lists both sides at once.
  const [baseList, headFiles, changedPaths] = await Promise.all([
    listRevision(git, baseSha),
    git.listFiles(headSha),
    baseSha === headSha ? ([] as string[]) : git.changedPaths(baseSha, headSha),
  ]);
  const headList = await listRevision(git, headSha, baseList.config, headFiles);
  const loaded: LoadedFiles = new Map();
  const { base, head } = await validateSides(
    git,
    { base: baseList, head: headList },
    changedPaths.includes(CONFIG_FILE),
    validateOptions,
    loaded,
    options.cache,
  );

  const baseRead = readable('base', base);
  const headRead = readable('head', head);
  const isSkipped = (d: SlaDiff, other: SkippedSla[]) =>
    other.some((s) => s.file === d.file || s.id === d.id);
  const slas = diffSlas(baseRead.usable, headRead.usable).filter((d) => {
    if (d.status === 'removed') return !isSkipped(d, headRead.skipped);
    if (d.status === 'added') return !isSkipped(d, baseRead.skipped);
    return true;
  });
  await addEvidence(
    git,
    slas,
    { snapshot: base.snapshot, slas: baseRead.usable },
    headRead.usable,
    base.snapshot.config,
    options.today ?? LAST_DAY,
  );
  return {
    diff: {
      base: baseSha,
      head: headSha,
      configChanged: changedPaths.includes(CONFIG_FILE),
      slas,
    },
    base,
    head,
    changedPaths,
    skipped: [...baseRead.skipped, ...headRead.skipped],
  };
}

/** More ids than this, and every unchanged file not known from the cache is loaded. */
const MAX_ID_SEARCH = 1000;

/**
 * Validates what the change touches on both sides. A file with the same path and blob at
 * base and head says the same on both sides, so it is neither read nor validated, and its
 * problems are `slac validate`'s business on the base branch; the sides hold the changed
 * files, their problems, and the rule across files (unique ids) over them and every unchanged
 * file that holds one of their ids (see unchangedHolding). When `.slac.yml` changed, every
 * file counts as changed.
 */
async function validateSides(
  git: GitReader,
  lists: { base: ListedRevision; head: ListedRevision },
  configChanged: boolean,
  options: ValidateOptions,
  loaded: LoadedFiles,
  cache: ResultStore | undefined,
): Promise<{ base: RevisionSide; head: RevisionSide }> {
  // Plain loops: 10,000 files a side, and this code runs before V8 has optimized it.
  const same = new Set<string>();
  if (!configChanged) {
    const headBlobs = new Map<string, string>();
    for (const e of lists.head.slaEntries) headBlobs.set(e.path, e.blob);
    for (const e of lists.base.slaEntries) if (headBlobs.get(e.path) === e.blob) same.add(e.path);
  }
  const changed: TreeEntry[] = [];
  for (const e of lists.base.slaEntries) if (!same.has(e.path)) changed.push(e);
  for (const e of lists.head.slaEntries) if (!same.has(e.path)) changed.push(e);
  const contents = await git.readBlobs(changed.map((e) => e.blob));
  const ids = new Set<string>();
  for (const e of changed) {
    const { sla } = loadEntry(e, contents, options, loaded);
    if (sla) ids.add(sla.sla.id);
  }
  const unchanged = same.size === 0 ? [] : lists.base.slaEntries.filter((e) => same.has(e.path));
  const involved = await unchangedHolding(
    git,
    lists.head.commit,
    unchanged,
    ids,
    options,
    loaded,
    contents,
    cache,
  );
  const read: ContentReader = {
    async read(files) {
      const missing = files.filter((f) => f.blob !== undefined && !contents.has(f.blob));
      for (const [blob, bytes] of await git.readBlobs(missing.map((f) => f.blob as string)))
        contents.set(blob, bytes);
      return new Map(files.map((f) => [f.path, contents.get(f.blob as string) ?? EMPTY]));
    },
  };
  // The files left unread are the same on both sides: a path in `same` is on both.
  const unread = new Set<string>();
  for (const path of same) if (!involved.has(path)) unread.add(path);
  const sideOf = async (list: ListedRevision): Promise<RevisionSide> => {
    const { slaEntries, pathProblems: _, ...revision } = list;
    // The diff compares loaded SLAs: every file validated is loaded on this thread.
    const { result, slas } = await validateFiles({
      files: slaEntries.filter((e) => !unread.has(e.path)),
      contents: read,
      checker: inThreadChecker,
      ...(cache ? { store: cache } : {}),
      today: options.today ?? '',
      loadSlas: () => true,
      loaded,
      report: (path) => !same.has(path),
    });
    const snapshot: Snapshot = {
      ...revision,
      files: slaEntries.map((e) => ({
        path: e.path,
        blob: e.blob,
        content: unread.has(e.path) ? EMPTY : (contents.get(e.blob) ?? EMPTY),
      })),
      ...(unread.size > 0 ? { unread } : {}),
    };
    // Files whose names are not UTF-8 are no SLA files: each is an error of its side (at head
    // one that blocks the check), never a file compared by a name that is not its own.
    return side(snapshot, {
      ...result,
      errors: sortProblems([...list.pathProblems, ...result.errors]),
      files: slaEntries.length,
      slas,
    });
  };
  return { base: await sideOf(lists.base), head: await sideOf(lists.head) };
}

const EMPTY = Buffer.alloc(0);

/** Loads a listed file once (by blob and path), from `contents`. */
function loadEntry(
  e: TreeEntry,
  contents: ReadonlyMap<string, Buffer>,
  options: ValidateOptions,
  loaded: LoadedFiles,
): { sla?: LoadedSla; problems: Problem[] } {
  const key = loadedKey(e.blob, e.path);
  let outcome = loaded.get(key);
  if (!outcome) {
    const file = { path: e.path, blob: e.blob, content: contents.get(e.blob) ?? EMPTY };
    outcome = loadSla(file, options);
    loaded.set(key, outcome);
  }
  return outcome;
}

/**
 * The paths of the unchanged files whose SLA id is one of `ids`, loaded into `loaded` (their
 * bytes added to `contents`). Exact, without loading every file: an id is kebab-case ASCII,
 * and YAML can spell a scalar other than as its own bytes only with escapes in double quotes
 * (a backslash) — folding adds spaces, single quotes a quote, and anchors, aliases, merge
 * keys, flow style and block scalars repeat the bytes. A file that is not UTF-8 does not
 * load, and a byte order mark is not part of a scalar. So only files whose bytes contain one
 * of the ids or a backslash can hold one, and those are loaded to learn their id; the cache
 * answers for the files it knows.
 */
async function unchangedHolding(
  git: GitReader,
  commit: string,
  unchanged: readonly TreeEntry[],
  ids: ReadonlySet<string>,
  options: ValidateOptions,
  loaded: LoadedFiles,
  contents: Map<string, Buffer>,
  cache: ResultStore | undefined,
): Promise<Set<string>> {
  const out = new Set<string>();
  if (ids.size === 0 || unchanged.length === 0) return out;
  let candidates: TreeEntry[] = [];
  const unknown: TreeEntry[] = [];
  // A file's id does not depend on the day, only its problems do.
  const known = cache
    ? knownIds(
        cache,
        unchanged.map((e) => e.blob),
      )
    : [];
  for (let i = 0; i < unchanged.length; i++) {
    const e = unchanged[i] as TreeEntry;
    const id = known[i];
    if (id === undefined) unknown.push(e);
    else if (id !== null && ids.has(id)) candidates.push(e);
  }
  if (ids.size > MAX_ID_SEARCH) candidates = candidates.concat(unknown);
  else if (unknown.length > 0) {
    // git searches the top folders of the files (one for an SLA folder), not the whole tree.
    const folders = new Set(unknown.map((e) => e.path.split('/', 1)[0] as string));
    const found = await git.filesContaining(commit, [...ids, '\\'], [...folders]);
    for (const e of unknown) if (found.has(e.path)) candidates.push(e);
  }
  const unread = candidates.filter((e) => !contents.has(e.blob));
  for (const [blob, bytes] of await git.readBlobs(unread.map((e) => e.blob)))
    contents.set(blob, bytes);
  for (const e of candidates) {
    const { sla } = loadEntry(e, contents, options, loaded);
    if (sla && ids.has(sla.sla.id)) out.add(e.path);
  }
  return out;
}

function side(snapshot: Snapshot, validation: ValidationResult): RevisionSide {
  const problems = sortProblems([...snapshot.configProblems, ...validation.errors]);
  return { snapshot, validation: { ...validation, errors: problems } };
}

/** Splits a side's SLAs into those safe to compare and those that are not. */
function readable(
  name: SkippedSla['side'],
  { snapshot, validation }: RevisionSide,
): { usable: LoadedSla[]; skipped: SkippedSla[] } {
  const loaded = new Set(validation.slas.map((s) => s.file));
  const usable: LoadedSla[] = [];
  const skipped: SkippedSla[] = [];
  for (const file of snapshot.files) {
    if (loaded.has(file.path) || snapshot.unread?.has(file.path)) continue;
    const id = guessId(file.content);
    skipped.push(id ? { side: name, file: file.path, id } : { side: name, file: file.path });
  }
  for (const s of validation.slas) {
    // A value that did not parse was replaced by a fallback; comparing it would invent changes.
    if (hasUnreadableValues(s)) skipped.push({ side: name, file: s.file, id: s.sla.id });
    else usable.push(s);
  }
  return { usable, skipped };
}

/**
 * The SLA ids of the files among `paths` that a side left unread (unchanged, see
 * validateSides), by path: the id of a file that loads, else the one its YAML still shows.
 */
export async function idsOfUnread(
  git: GitReader,
  { snapshot }: RevisionSide,
  paths: Iterable<string>,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unread = snapshot.unread;
  if (!unread) return out;
  const wanted = new Set(paths);
  const files = snapshot.files.filter((f) => unread.has(f.path) && wanted.has(f.path));
  const contents = await git.readBlobs(files.map((f) => f.blob as string));
  for (const f of files) {
    const content = contents.get(f.blob as string) ?? EMPTY;
    const id = loadSla({ path: f.path, content }).sla?.sla.id ?? guessId(content);
    if (id) out.set(f.path, id);
  }
  return out;
}

/** The metadata.id of a file that failed to load, if its YAML still shows one. */
function guessId(content: string | Uint8Array): string | undefined {
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  if (text.length > 1024 * 1024) return undefined;
  // Most files that fail do so in the schema, and read with the fast reader in a fraction of
  // the time of a full parse (a list of 400,000 tags: 30 ms instead of a second).
  const fast = parseSimpleYaml(text.replace(/^\uFEFF/, ''))?.data as
    { metadata?: { id?: unknown } } | undefined;
  const fastId = fast?.metadata?.id;
  if (typeof fastId === 'string' && fastId) return fastId;
  try {
    const id = parseDocument(text, { uniqueKeys: false }).getIn(['metadata', 'id']);
    if (typeof id === 'string' && id) return id;
  } catch {
    // fall through to the line-based guess
  }
  return idFromLines(text);
}

/**
 * The `id:` line indented under a top-level `metadata:` line, read line by line. (A single
 * regular expression over the text backtracked exponentially: 16 indented lines under
 * `metadata:` kept `slac diff` busy for minutes.)
 */
export function idFromLines(text: string): string | undefined {
  let inMetadata = false;
  for (const line of text.split('\n')) {
    if (!inMetadata) {
      inMetadata = /^metadata:[ \t\r]*$/.test(line);
      continue;
    }
    if (line.trim() === '') continue;
    if (line[0] !== ' ' && line[0] !== '\t') return undefined;
    const m = /^[ \t]+id:[ \t]*["']?([A-Za-z0-9_.-]+)/.exec(line);
    if (m) return m[1];
  }
  return undefined;
}
