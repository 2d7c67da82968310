// Use case: diff two revisions. What a change between two commits does for customers, read
// through git (no checkout) with the base's `.slac.yml`, the head's validation errors beside
// it. `slac diff` calls it; the pull request check (check-pull-request.ts) diffs the same way.
// Git and the validation results come in as interfaces; the answer is a value.
import { compareRevisions, type CommitmentDiff, type SkippedSla } from '../diff/index.js';
import type { GitReader } from '../git/index.js';
import type { Problem } from '../model/problem.js';
import type { ResultStore } from '../validate/cache.js';

export interface DiffRevisionsInput {
  git: GitReader;
  /** A branch, tag or commit. */
  baseRef: string;
  headRef: string;
  /** ISO date for time-dependent validation rules. */
  today: string;
  /** Validation results by blob id: files the same at base and head are not validated again. */
  cache?: ResultStore;
}

export interface RevisionsDiff {
  diff: CommitmentDiff;
  /** The head's validation errors (its config problems first): the diff of a head with errors fails. */
  problems: Problem[];
  /** SLA files left out of the diff because one side could not read them. */
  skipped: SkippedSla[];
}

/** Rejects (with what to do) only when a revision cannot be read, e.g. an unknown ref. */
export async function diffRevisions(input: DiffRevisionsInput): Promise<RevisionsDiff> {
  const result = await compareRevisions(input.git, input.baseRef, input.headRef, {
    today: input.today,
    ...(input.cache ? { cache: input.cache } : {}),
  });
  return { diff: result.diff, problems: result.head.validation.errors, skipped: result.skipped };
}
