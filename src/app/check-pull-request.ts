// Use case: check a pull request. Diff base and head, validate, and evaluate the owner-approval
// rules (src/check), reading team membership from the host when it can. `slac approvals` and
// the action's mode check both call it; git, the validation results and the team directory
// come in as interfaces, and the answer is a value.
import type { Review, TeamMembership } from '../approval/index.js';
import {
  evaluatePullRequest,
  type PullRequestEvaluation,
  type PullRequestInput,
} from '../check/index.js';
import { IMPACT_ORDER, type CommitmentDiff, type Impact } from '../diff/index.js';

/** One answer about one login in one team. */
export type Membership = 'member' | 'not-member' | { unverified: string };

/** Who belongs to an `@org/team`, as the host (GitHub with an org token) answers it. */
export interface TeamDirectory {
  membership(team: string, login: string): Promise<Membership>;
}

export interface CheckPullRequestInput extends PullRequestInput {
  /**
   * Asked about the approvers of every team the rules name. Without it, membership comes
   * from `teams` (what the caller already knows, e.g. `slac approvals --teams`) and the
   * `teams:` lists of the base `.slac.yml`.
   */
  directory?: TeamDirectory;
  /** ISO date for time-dependent validation rules and results. */
  today: string;
}

export interface PullRequestCheck {
  evaluation: PullRequestEvaluation;
  /** The most severe impact of the diff, `none` when no SLA changed. */
  impact: Impact;
  /**
   * The teams the approval rules name whose membership was not asked of a directory (none
   * was given): it came from `teams` and the base `.slac.yml`.
   */
  teamsNotLookedUp: string[];
}

/**
 * Evaluates once to learn which teams matter; with a directory, asks it whether the approvers
 * are members of them (only the approvers' membership can change the answer) and evaluates
 * again with what it said. Rejects only when the revisions cannot be read.
 */
export async function checkPullRequest(input: CheckPullRequestInput): Promise<PullRequestCheck> {
  const { directory, teams = {}, ...rest } = input;
  const evaluationInput = { ...rest, teams };
  const first = await evaluatePullRequest(evaluationInput);
  const named = [
    ...new Set(first.approvals.requirements.flatMap((r) => r.anyOf.filter((o) => o.includes('/')))),
  ].sort();
  if (named.length === 0 || !directory) return answer(first, directory ? [] : named);
  const membership: Record<string, TeamMembership> = { ...teams };
  const approvers = approversOf(input.reviews, input.author);
  for (const team of named) {
    const members: string[] = [];
    const unverified: string[] = [];
    for (const login of approvers) {
      const said = await directory.membership(team, login);
      if (said === 'member') members.push(login);
      else if (said !== 'not-member') unverified.push(said.unverified);
    }
    membership[team] =
      members.length === 0 && unverified.length > 0 ? { error: unverified.join(' ') } : { members };
  }
  return answer(await evaluatePullRequest({ ...evaluationInput, teams: membership }), []);
}

function answer(evaluation: PullRequestEvaluation, teamsNotLookedUp: string[]): PullRequestCheck {
  return { evaluation, impact: overallImpact(evaluation.diff), teamsNotLookedUp };
}

/** The logins that approved, the author left out, sorted. */
function approversOf(reviews: readonly Review[], author: string): string[] {
  const who = author.toLowerCase();
  return [
    ...new Set(
      reviews.flatMap((r) =>
        r.state === 'APPROVED' && r.user && r.user.login.toLowerCase() !== who
          ? [r.user.login]
          : [],
      ),
    ),
  ].sort();
}

/** The most severe impact of the diff, `none` when no SLA changed. */
export function overallImpact(diff: CommitmentDiff | undefined): Impact {
  const found = new Set(diff?.slas.map((s) => s.impact) ?? []);
  return IMPACT_ORDER.find((i) => found.has(i)) ?? 'none';
}
