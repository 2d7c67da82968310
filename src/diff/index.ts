// The commitment diff: what a change between two revisions does for customers.
import { parseDocument } from 'yaml';
import { CONFIG_FILE } from '../config/index.js';
import type { GitReader } from '../git/index.js';
import { sortProblems } from '../model/problem.js';
import { readRevision, type Snapshot } from '../repo/index.js';
import {
  hasUnreadableValues,
  validateSources,
  type LoadedFiles,
  type LoadedSla,
  type ValidationResult,
} from '../validate/index.js';
import { diffSlas } from './compare.js';
import type { CommitmentDiff, SlaDiff } from './types.js';

export type { Change, ChangeImpact, CommitmentDiff, Impact, SlaDiff } from './types.js';
export { IMPACT_ORDER } from './types.js';
export { diffSlas, mostSevere, sortSlaDiffs } from './compare.js';
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
export async function diffRevisions(
  git: GitReader,
  baseRef: string,
  headRef: string,
  options: { today?: string } = {},
): Promise<RevisionDiff> {
  const baseSha = await git.resolve(baseRef);
  const headSha = await git.resolve(headRef);
  const baseSnapshot = await readRevision(git, baseSha);
  const headSnapshot = await readRevision(git, headSha, baseSnapshot.config);
  const validateOptions = options.today ? { today: options.today } : {};
  // A file with the same path and blob on both sides is loaded once (the same LoadedSla).
  const loaded: LoadedFiles = new Map();
  const base = side(baseSnapshot, validateSources(baseSnapshot.files, validateOptions, loaded));
  const head = side(headSnapshot, validateSources(headSnapshot.files, validateOptions, loaded));
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
    if (loaded.has(file.path)) continue;
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
  try {
    const id = parseDocument(text, { uniqueKeys: false }).getIn(['metadata', 'id']);
    if (typeof id === 'string' && id) return id;
  } catch {
    // fall through to the line-based guess
  }
  const m = /^metadata:\s*\n(?:[ \t]+.*\n)*?[ \t]+id:\s*["']?([A-Za-z0-9_.-]+)/m.exec(text);
  return m?.[1];
}
