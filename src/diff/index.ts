// The commitment diff: what a change between two revisions does for customers.
import { parseDocument } from 'yaml';
import { CONFIG_FILE } from '../config/index.js';
import { parseSimpleYaml } from '../load/fast.js';
import type { GitReader } from '../git/index.js';
import { sortProblems, type Problem } from '../model/problem.js';
import { listRevision, readListed, readRevision, type Snapshot } from '../repo/index.js';
import { toCached, type ResultStore } from '../validate/cache.js';
import {
  fileResult,
  hasUnreadableValues,
  holdsOn,
  validateSources,
  type LoadedFiles,
  type LoadedSla,
  type ValidateOptions,
  type ValidationResult,
} from '../validate/index.js';
import { diffSlas } from './compare.js';
import { addEvidence } from './evidence.js';
import type { CommitmentDiff, SlaDiff } from './types.js';

export type { Change, ChangeImpact, CommitmentDiff, Impact, SlaDiff } from './types.js';
export { CHANGE_KINDS, CHANGE_KIND_IDS, type ChangeKind } from './kinds.js';
export { IMPACT_ORDER } from './types.js';
export { diffSlas } from './compare.js';
export {
  diffJson,
  diffMarkdown,
  diffText,
  escapeMarkdown,
  summaryLine,
  type MarkdownOptions,
  type TextOptions,
} from './format.js';
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
 * files count. Unreadable files become validation problems, never exceptions; an unknown
 * ref rejects with a GitError that says how to fix it.
 */
export interface DiffOptions {
  /** ISO date for time-dependent validation rules. */
  today?: string;
  /**
   * Per-file results by blob id (see validate/cache.ts). With it, SLA files that are the same
   * at base and head and whose result is known are neither read nor validated again, so the
   * work grows with the change, not with the repository; every file validated is added.
   * The answer is the same as without it: where the known results cannot settle it (a file
   * that does not load, an id shared with a changed file) every file is validated.
   */
  cache?: ResultStore;
}

/** Without a date, no measured period counts as in the future. */
const LAST_DAY = '9999-12-31';

export async function diffRevisions(
  git: GitReader,
  baseRef: string,
  headRef: string,
  options: DiffOptions = {},
): Promise<RevisionDiff> {
  const baseSha = await git.resolve(baseRef);
  const headSha = await git.resolve(headRef);
  const validateOptions = options.today ? { today: options.today } : {};
  // A file with the same path and blob on both sides is loaded once (the same LoadedSla).
  const loaded: LoadedFiles = new Map();
  let sides = options.cache
    ? await sidesFromCache(git, baseSha, headSha, validateOptions, options.cache, loaded)
    : undefined;
  if (!sides) {
    const baseSnapshot = await readRevision(git, baseSha);
    const headSnapshot = await readRevision(git, headSha, baseSnapshot.config);
    sides = {
      base: side(baseSnapshot, validateSources(baseSnapshot.files, validateOptions, loaded)),
      head: side(headSnapshot, validateSources(headSnapshot.files, validateOptions, loaded)),
    };
  }
  if (options.cache) remember(loaded, options.cache, validateOptions);
  const { base, head } = sides;
  const changedPaths = baseSha === headSha ? [] : await git.changedPaths(baseSha, headSha);

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

/**
 * Both sides from the cache where it knows the files that are the same at base and head:
 * only changed files are read and validated. Undefined when the known results cannot give
 * the same answer as validating everything. The sides' `validation.slas` then hold only the
 * changed SLAs: the unchanged ones are identical on both sides, so the diff has nothing to
 * say about them.
 */
async function sidesFromCache(
  git: GitReader,
  baseSha: string,
  headSha: string,
  options: ValidateOptions,
  cache: ResultStore,
  loaded: LoadedFiles,
): Promise<{ base: RevisionSide; head: RevisionSide } | undefined> {
  const baseList = await listRevision(git, baseSha);
  const headList = await listRevision(git, headSha, baseList.config);
  const headBlobs = new Map(headList.slaEntries.map((f) => [f.path, f.blob]));
  const same = new Set<string>();
  const knownIds = new Set<string>();
  const knownProblems: Problem[] = [];
  for (const f of baseList.slaEntries) {
    if (headBlobs.get(f.path) !== f.blob) continue;
    const hit = cache.get(f.blob);
    // A file that does not load (or only partly) changes what the diff skips: validate all.
    if (!hit || !holdsOn(hit.today, options.today)) return undefined;
    if (hit.id === undefined || hit.unreadable || knownIds.has(hit.id)) return undefined;
    knownIds.add(hit.id);
    same.add(f.path);
    for (const p of hit.problems) knownProblems.push({ file: f.path, ...p });
  }
  const read = (e: { path: string }) => !same.has(e.path);
  const baseSnapshot = await readListed(git, baseList, read);
  const headSnapshot = await readListed(git, headList, read);
  const sideOf = (snapshot: Snapshot): RevisionSide | undefined => {
    const changed = snapshot.files.filter((f) => !same.has(f.path));
    const v = validateSources(changed, options, loaded);
    // An id of a changed file also held by an unchanged one: the unique-id rule and the
    // matching by id need every file.
    if (v.slas.some((s) => knownIds.has(s.sla.id))) return undefined;
    const all = sortProblems([...v.errors, ...v.warnings, ...knownProblems]);
    return side(snapshot, {
      files: snapshot.files.length,
      slas: v.slas,
      errors: all.filter((p) => p.severity === 'error'),
      warnings: all.filter((p) => p.severity === 'warning'),
    });
  };
  const base = sideOf(baseSnapshot);
  const head = base && sideOf(headSnapshot);
  return base && head ? { base, head } : undefined;
}

/** Adds the result of every file loaded to the cache. */
function remember(loaded: LoadedFiles, cache: ResultStore, options: ValidateOptions): void {
  for (const [key, outcome] of loaded) {
    const space = key.indexOf(' ');
    const blob = key.slice(0, space);
    if (cache.get(blob) === undefined)
      cache.set(blob, toCached(fileResult(key.slice(space + 1), outcome, options)));
  }
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
