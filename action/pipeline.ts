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

export { checkPullRequest };
export type { ApprovalRequirement, PullRequestCommit, Review, TeamMembership };
export type Evaluation = PullRequestEvaluation;

/** The diff as markdown for the comment and the summary, within `maxLength` characters. */
export function diffSection(diff: CommitmentDiff, maxLength: number): string {
  return diffMarkdown(diff, { maxLength });
}
