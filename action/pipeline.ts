// The integration point with the core: the use case that checks a pull request (validate,
// diff, approvals) and the commitment diff's markdown. The rest of the action depends only on
// these names; mode check loads this module while its first request to GitHub is under way.
import type {
  ApprovalRequirement,
  PullRequestCommit,
  Review,
  TeamMembership,
} from '../src/approval/index.js';
import { checkPullRequest } from '../src/app/check-pull-request.js';
import type { PullRequestEvaluation } from '../src/check/index.js';
import { diffMarkdown, type CommitmentDiff } from '../src/diff/index.js';
import type { GitReader } from '../src/git/index.js';
import type { ResultStore } from '../src/validate/cache.js';

export { checkPullRequest };
export type { ApprovalRequirement, PullRequestCommit, Review, TeamMembership };
export type Evaluation = PullRequestEvaluation;

export interface EvaluateInput {
  git: GitReader;
  baseRef: string;
  headRef: string;
  author: string;
  reviews: readonly Review[];
  /** The pull request's commits as GitHub lists them (authors of a change cannot approve it). */
  commits?: readonly PullRequestCommit[];
  /** Membership read from GitHub; teams left out fall back to the base .slac.yml lists. */
  teams: Record<string, TeamMembership>;
  today: string;
  /** Validation results by blob id (the `cache` input), so unchanged files are not validated again. */
  cache?: ResultStore;
}

/** The evaluation of the check, with the membership the input gives (no directory asked). */
export async function evaluate(input: EvaluateInput): Promise<Evaluation> {
  return (await checkPullRequest(input)).evaluation;
}

/** The diff as markdown for the comment and the summary, within `maxLength` characters. */
export function diffSection(diff: CommitmentDiff, maxLength: number): string {
  return diffMarkdown(diff, { maxLength });
}
