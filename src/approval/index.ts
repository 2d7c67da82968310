// The owner-approval rules (the design's "Approval: the rules"): a pure function from the
// commitment diff, the base config, the pull request's author and reviews, and team
// membership to the approvals a pull request still needs. It fails closed: whatever cannot
// be read or verified counts as not approved, with a reason that says how to fix it.
import type { SlacConfig } from '../config/index.js';
import type { SlaDiff } from '../diff/types.js';
import { isValidOwner, sameOwner } from '../model/owner.js';
import { protectedPathMatcher } from './protected.js';

export { protectedPathMatcher } from './protected.js';

/** One review as GitHub's REST API "list reviews for a pull request" returns it. */
export interface Review {
  id?: number;
  user: { login: string; type?: string } | null;
  state: string;
  commit_id?: string | null;
  submitted_at?: string | null;
}

/**
 * One commit as GitHub's REST API "list commits on a pull request" returns it: `author` and
 * `committer` are the GitHub accounts git's author and committer emails belong to (null when
 * an email belongs to no account).
 */
export interface PullRequestCommit {
  sha: string;
  author: { login: string } | null;
  committer: { login: string } | null;
}

/** The measured results of one SLA changed by a pull request. */
export interface ResultsChangeInput {
  sla: string;
  owner: string | null;
  files: readonly string[];
  /** What changed, in words. */
  reason: string;
}

/** Someone who authored or committed a commit of the pull request, and one such commit. */
export interface Contributor {
  login: string;
  commit: string;
}

/** Members of a team, or why they could not be read. */
export type TeamMembership =
  | {
      members: readonly string[];
      /** Where the list came from, when worth saying. */ note?: string;
    }
  | { error: string };

export interface ApprovalInput {
  /** The commitment diff of the pull request (owners as recorded on base and head). */
  slas: readonly SlaDiff[];
  /** The config of the **base** commit. */
  config: SlacConfig;
  /** Every path the pull request changes (for config, CODEOWNERS and workflow changes). */
  changedPaths: readonly string[];
  /** Login of the pull request's author (who opened it): their approval never counts. */
  author: string;
  /**
   * Who authored or committed a commit of the pull request that changed each SLA (by id),
   * and the protected paths (key `null` is not allowed in a Record: use `changedBy.protected`).
   * Their approval does not count for what they changed (rule 17).
   */
  changedBy?: {
    slas: Readonly<Record<string, readonly Contributor[]>>;
    protected: readonly Contributor[];
  };
  /** The pull request's current head commit. */
  headSha: string;
  reviews: readonly Review[];
  /** "@org/team" → members; a team missing here counts as not verifiable. */
  teams: Readonly<Record<string, TeamMembership>>;
  /** For `staleReviews: content`: fingerprints of each SLA at head and at reviewed commits. */
  fingerprints?: {
    head: Readonly<Record<string, string>>;
    at: (slaId: string, commit: string) => string | undefined;
  };
  /**
   * SLAs whose measured results the pull request changes: each needs its owner (base, or as
   * declared for an SLA the pull request adds), with no carry-over of older approvals.
   */
  results?: readonly ResultsChangeInput[];
  /** Things that stop the check outright (unreadable base, invalid files), with their reason. */
  blockers?: readonly { sla: string | null; reason: string }[];
  /** Changes only an admin may approve for lack of a readable owner (e.g. a broken base file). */
  needsAdmin?: readonly { sla: string | null; reason: string }[];
}

export type RequirementKind = 'owner' | 'new-owner' | 'admin' | 'config' | 'blocked';

export interface ApprovalRequirement {
  /** SLA id, or null for a repository-level requirement (config, workflows). */
  sla: string | null;
  /** Why approval is needed: the SLA's impact or status, or what changed. */
  reason: string;
  /** Who may approve: users "@login" or teams "@org/team". Empty when nobody can. */
  anyOf: string[];
  /** Logins whose approval counts for this requirement. */
  approvedBy: string[];
  satisfied: boolean;
  kind: RequirementKind;
  /** Why approvals did not count, or why nobody can approve, and what to do. */
  notes: string[];
}

export interface ApprovalResult {
  satisfied: boolean;
  requirements: ApprovalRequirement[];
}

const FIX_TEAMS =
  'grant org-token read:org (the action), pass --teams FILE (slac approvals), or list the team under teams: in .slac.yml on the base branch';

/** Evaluates every approval rule; `satisfied` only when each requirement has a counted approval. */
export function evaluateApprovals(input: ApprovalInput): ApprovalResult {
  const ctx = new Context(input);
  const requirements: ApprovalRequirement[] = [];

  for (const b of input.blockers ?? []) {
    requirements.push({
      sla: b.sla,
      reason: b.reason,
      anyOf: [],
      approvedBy: [],
      satisfied: false,
      kind: 'blocked',
      notes: ['nobody can approve this: fix the problem and push again'],
    });
  }

  const slas = [...input.slas].sort((a, b) => cmp(a.id, b.id) || cmp(a.status, b.status));
  for (const diff of slas) requirements.push(...ctx.slaRequirements(diff));

  for (const change of [...(input.results ?? [])].sort((a, b) => cmp(a.sla, b.sla)))
    requirements.push(ctx.resultsRequirement(change));

  for (const n of [...(input.needsAdmin ?? [])].sort(
    (a, b) => cmp(a.sla ?? '', b.sla ?? '') || cmp(a.reason, b.reason),
  ))
    requirements.push(ctx.adminRequirement(n.sla, n.reason, 'admin', undefined));

  const isProtected = protectedPathMatcher(input.config);
  const protectedPaths = [...new Set(input.changedPaths.filter(isProtected))].sort(cmp);
  if (protectedPaths.length > 0) {
    requirements.push(
      ctx.adminRequirement(null, `changes ${protectedPaths.join(', ')}`, 'config', undefined),
    );
  }

  return { satisfied: requirements.every((r) => r.satisfied), requirements };
}

interface Approval {
  login: string;
  /** The login lower-cased, without "@". */
  key: string;
  commit: string;
}

class Context {
  private readonly author: string;
  /** Latest approval per reviewer (lower-cased login), bots left out; the author's included. */
  private readonly approvals: Approval[];
  private readonly withdrawn: Withdrawn[];
  private readonly bots: string[];
  private readonly admins: string[];
  private readonly invalidAdmins: string[];
  /** Verified members of each team, by lower-cased "@org/team". */
  private readonly teams = new Map<string, TeamMembership & { keys?: Set<string> }>();

  constructor(private readonly input: ApprovalInput) {
    this.author = normalizeLogin(input.author);
    ({
      approvals: this.approvals,
      withdrawn: this.withdrawn,
      bots: this.bots,
    } = latestApprovals(input.reviews));
    const admins = [...new Set(input.config.approval.admins)].sort(cmp);
    this.admins = admins.filter(isValidOwner);
    this.invalidAdmins = admins.filter((a) => !isValidOwner(a));
    for (const [name, m] of Object.entries(input.teams)) {
      const key = name.toLowerCase();
      if (this.teams.has(key)) continue;
      this.teams.set(
        key,
        'members' in m ? { ...m, keys: new Set(m.members.map(normalizeLogin)) } : m,
      );
    }
  }

  /**
   * Who cannot approve a requirement: the pull request's author always, and everyone who
   * authored or committed a change to what the requirement is about (rule 17).
   */
  private excludedFor(sla: string | null): Map<string, Contributor | null> {
    const out = new Map<string, Contributor | null>([[this.author, null]]);
    const changedBy = this.input.changedBy;
    const list = sla === null ? changedBy?.protected : changedBy?.slas[sla];
    for (const c of list ?? []) {
      const key = normalizeLogin(c.login);
      if (!out.has(key)) out.set(key, c);
    }
    return out;
  }

  slaRequirements(diff: SlaDiff): ApprovalRequirement[] {
    const { base, head } = diff.owner;
    if (diff.status === 'added') {
      const out = [this.ownerRequirement(diff, head, 'added', 'owner', 'declared')];
      if (this.admins.length > 0 || this.invalidAdmins.length > 0)
        out.push(this.adminRequirement(diff.id, 'added: a new SLA needs an admin', 'admin', diff));
      return out;
    }
    if (diff.status === 'removed') return [this.ownerRequirement(diff, base, 'removed', 'owner')];

    const ownerChanged = !sameOwner(base, head);
    const editorialOnly =
      diff.changes.length > 0 && diff.changes.every((c) => c.impact === 'editorial');
    if (
      !ownerChanged &&
      editorialOnly &&
      this.input.config.approval.editorial === 'no-approval' &&
      diff.impact === 'editorial'
    )
      return [];
    const transfer = `owner changes from ${base ?? '(none)'} to ${head ?? '(none)'}`;
    const impact = diff.impact === 'none' ? undefined : diff.impact;
    const reason = ownerChanged
      ? impact
        ? `${impact}, ${transfer}`
        : transfer
      : (impact ?? 'modified');
    const out = [this.ownerRequirement(diff, base, reason, 'owner')];
    if (diff.overPromise && this.input.config.approval.overPromise === 'require-admin')
      out.push(
        this.adminRequirement(
          diff.id,
          'over-promise: the proposed target was missed in recent periods, and approval.overPromise is require-admin',
          'admin',
          diff,
        ),
      );
    if (ownerChanged)
      out.push(
        this.ownerRequirement(
          diff,
          head,
          `${transfer}: the new owner must accept`,
          'new-owner',
          'new',
        ),
      );
    return out;
  }

  /**
   * The owner's approval of changed results. An approval counts only on the current head
   * (unless staleReviews is keep): results are no part of the SLA's content fingerprint.
   */
  resultsRequirement(change: ResultsChangeInput): ApprovalRequirement {
    const owner = change.owner;
    const file = change.files.join(', ');
    if (owner === null || !isValidOwner(owner))
      return this.adminRequirement(
        change.sla,
        `${change.reason} (${file}), and the SLA has no valid owner to approve them`,
        'admin',
        undefined,
      );
    const excluded = this.excludedFor(change.sla);
    if (this.onlyExcludedCanApprove(owner, excluded)) {
      const standIn = this.adminRequirement(change.sla, change.reason, 'owner', undefined);
      standIn.notes.unshift(
        `only people who made this change could approve for ${owner}, whose approval never counts: an admin must approve instead`,
      );
      return standIn;
    }
    return this.evaluate(change.sla, change.reason, 'owner', [owner], undefined);
  }

  /** The owner's approval; an admin stands in where only excluded people could approve. */
  private ownerRequirement(
    diff: SlaDiff,
    owner: string | null,
    reason: string,
    kind: 'owner' | 'new-owner',
    which: 'base' | 'declared' | 'new' = 'base',
  ): ApprovalRequirement {
    if (owner === null || !isValidOwner(owner)) {
      const where =
        which === 'base'
          ? `on the base branch (${diff.file})`
          : `in the pull request (${diff.file})`;
      const what =
        owner === null
          ? `has no owner ${where}`
          : `owner "${owner}" ${where} is not a GitHub user "@login" or team "@org/team-slug" (owner-format)`;
      if (which === 'base') {
        // Nobody owns it on the base, so nobody can speak for it there: an admin approves the
        // change (the pull request that fixes the owner among them), as for a base file that
        // cannot be read.
        const standIn = this.adminRequirement(diff.id, reason, 'admin', diff);
        standIn.notes.unshift(`${diff.id}: ${what}: an admin must approve instead`);
        return standIn;
      }
      return unsatisfiable(diff.id, reason, kind, [
        `${diff.id}: ${what}: write a valid owner such as "@acme/payments"`,
      ]);
    }
    const excluded = this.excludedFor(diff.id);
    if (this.onlyExcludedCanApprove(owner, excluded)) {
      const standIn = this.adminRequirement(diff.id, reason, kind, diff);
      const who = owner.includes('/')
        ? `${owner} has as members only people who made this change (${describeExcluded(excluded, owner, this)})`
        : excludedWhy(owner, excluded.get(normalizeLogin(owner)) ?? null);
      standIn.notes.unshift(`${who}, whose approval never counts: an admin must approve instead`);
      return standIn;
    }
    return this.evaluate(diff.id, reason, kind, [owner], diff);
  }

  adminRequirement(
    sla: string | null,
    reason: string,
    kind: RequirementKind,
    diff: SlaDiff | undefined,
  ): ApprovalRequirement {
    const notes = this.invalidAdmins.map(
      (a) =>
        `admin "${a}" in approval.admins of the base .slac.yml is not "@login" or "@org/team" and is ignored`,
    );
    if (this.admins.length === 0) {
      return unsatisfiable(sla, reason, kind, [
        ...notes,
        'an admin must approve, but approval.admins is empty in the base .slac.yml: set approval.admins on the default branch',
      ]);
    }
    const requirement = this.evaluate(sla, reason, kind, this.admins, diff);
    requirement.notes.unshift(...notes);
    return requirement;
  }

  /** True when every possible approver of `owner` (a user, or a team's members) is excluded. */
  private onlyExcludedCanApprove(owner: string, excluded: ReadonlyMap<string, unknown>): boolean {
    if (!owner.includes('/')) return excluded.has(normalizeLogin(owner));
    const team = this.teams.get(owner.toLowerCase());
    if (!team || !('keys' in team) || !team.keys) return false;
    let any = false;
    for (const m of team.keys) {
      if (isBotLogin(m)) continue;
      if (!excluded.has(m)) return false;
      any = true;
    }
    return any;
  }

  private evaluate(
    sla: string | null,
    reason: string,
    kind: RequirementKind,
    anyOf: string[],
    diff: SlaDiff | undefined,
  ): ApprovalRequirement {
    const notes: string[] = [];
    const approvedBy = new Set<string>();
    for (const principal of anyOf) {
      if (!principal.includes('/')) continue;
      const team = this.teams.get(principal.toLowerCase());
      if (!team)
        notes.push(
          `membership of ${principal} is unknown, so its members' approvals cannot count: ${FIX_TEAMS}`,
        );
      else if ('error' in team)
        notes.push(
          `membership of ${principal} could not be verified (${team.error}), so its members' approvals cannot count: ${FIX_TEAMS}`,
        );
      else if (team.members.length === 0)
        notes.push(`${principal} has no members, so nobody can approve for it`);
      else if (team.note) notes.push(team.note);
    }
    const excluded = this.excludedFor(sla);
    if (anyOf.length > 0 && anyOf.every((p) => this.onlyExcludedCanApprove(p, excluded)))
      notes.push(
        `only people who made this change could approve for ${anyOf.join(', ')}, and their approval never counts: another person must be added`,
      );
    for (const approval of this.approvals) {
      if (!anyOf.some((p) => this.isMember(approval.key, p))) continue;
      if (excluded.has(approval.key)) {
        const by = excluded.get(approval.key);
        notes.push(`${excludedWhy(approval.login, by ?? null)}, whose approval never counts`);
        continue;
      }
      const stale = this.staleness(approval, diff);
      if (stale) notes.push(stale);
      else approvedBy.add(approval.login);
    }
    for (const w of this.withdrawn) {
      if (!anyOf.some((p) => this.isMember(w.key, p))) continue;
      const later =
        w.state === 'DISMISSED'
          ? 'was dismissed'
          : w.state === 'CHANGES_REQUESTED'
            ? 'was followed by their review requesting changes'
            : `was followed by their review "${w.state}"`;
      notes.push(
        `${w.login} approved, but that approval ${later}; only each reviewer's latest review counts`,
      );
    }
    const approvers = [...approvedBy].sort(cmp);
    if (approvers.length === 0)
      for (const bot of this.bots)
        notes.push(`${bot} approved, but an approval by a bot (an app) never counts`);
    return {
      sla,
      reason,
      anyOf: [...anyOf],
      approvedBy: approvers,
      satisfied: approvers.length > 0,
      kind,
      notes,
    };
  }

  /** Whether the login `key` (lower-cased) is the user `principal` or a verified member of the team. */
  isMember(key: string, principal: string): boolean {
    if (!principal.includes('/')) return normalizeLogin(principal) === key;
    const team = this.teams.get(principal.toLowerCase());
    return team !== undefined && 'keys' in team && team.keys !== undefined && team.keys.has(key);
  }

  /** Why an approval on an older commit does not count, or undefined when it counts. */
  private staleness(approval: Approval, diff: SlaDiff | undefined): string | undefined {
    const head = this.input.headSha.toLowerCase();
    if (approval.commit === head) return undefined;
    const mode = this.input.config.approval.staleReviews;
    if (mode === 'keep') return undefined;
    const short = approval.commit.slice(0, 7) || 'no commit named';
    if (mode === 'content' && diff && approval.commit) {
      const fp = this.input.fingerprints;
      const atHead = fp?.head[diff.id];
      const atReview = fp?.at(diff.id, approval.commit);
      if (atHead !== undefined && atReview === atHead) return undefined;
      return `${approval.login} approved commit ${short}, where ${diff.id} differs from the head: approve the current head again`;
    }
    return `${approval.login} approved an older commit (${short}) and staleReviews is ${mode}: approve the current head again`;
  }
}

/** Why `login` cannot approve: the pull request's author, or who made the change. */
function excludedWhy(login: string, by: Contributor | null): string {
  return by
    ? `${login} authored or committed this change (commit ${by.commit.slice(0, 7)})`
    : `${login} is the pull request author`;
}

/** Who of the excluded could have approved for `owner`, in words. */
function describeExcluded(
  excluded: ReadonlyMap<string, Contributor | null>,
  owner: string,
  ctx: Context,
): string {
  const names = [...excluded.entries()]
    .filter(([key]) => ctx.isMember(key, owner))
    .map(([key, by]) => excludedWhy(by?.login ?? key, by));
  return names.join('; ');
}

/**
 * Each reviewer's latest state, in the order GitHub lists reviews (oldest first): a later
 * "changes requested" or a dismissal voids an approval; comments leave it as it was;
 * pending reviews are not submitted. Bots and deleted users never count.
 */
function latestApprovals(reviews: readonly Review[]): {
  approvals: Approval[];
  withdrawn: Withdrawn[];
  /** Bots whose latest review approves (which never counts). */
  bots: string[];
} {
  const ordered = reviews
    .map((review, index) => ({ review, index }))
    .sort(
      (a, b) =>
        cmp(a.review.submitted_at ?? '', b.review.submitted_at ?? '') ||
        (a.review.id ?? 0) - (b.review.id ?? 0) ||
        a.index - b.index,
    );
  const latest = new Map<string, Approval | null>();
  // Who approved and then, later, requested changes or was dismissed: said, so that nobody
  // wonders why an approval they saw does not count.
  const withdrawn = new Map<string, Withdrawn>();
  const bots = new Map<string, string>();
  for (const { review } of ordered) {
    const user = review.user;
    if (!user || typeof user.login !== 'string' || user.login === '') continue;
    if (user.type === 'Bot' || isBotLogin(user.login)) {
      // Said where an approval is missing, so that nobody wonders why it does not count.
      // As for people: a later comment leaves an approval as it was.
      if (review.state === 'APPROVED') bots.set(normalizeLogin(user.login), user.login);
      else if (review.state !== 'COMMENTED' && review.state !== 'PENDING')
        bots.delete(normalizeLogin(user.login));
      continue;
    }
    const key = normalizeLogin(user.login);
    switch (review.state) {
      case 'APPROVED':
        latest.set(key, {
          login: user.login,
          key,
          commit: (review.commit_id ?? '').toLowerCase(),
        });
        withdrawn.delete(key);
        break;
      case 'COMMENTED':
      case 'PENDING':
        break;
      default:
        // CHANGES_REQUESTED, DISMISSED, and any state we do not know: not an approval.
        if (latest.get(key))
          withdrawn.set(key, { login: user.login, key, state: String(review.state) });
        latest.set(key, null);
    }
  }
  return {
    approvals: [...latest.values()].filter((a): a is Approval => a !== null),
    withdrawn: [...withdrawn.values()],
    bots: [...bots.values()].sort(cmp),
  };
}

/** A reviewer whose approval a later review voided (rule 5). */
interface Withdrawn {
  login: string;
  key: string;
  /** The later review's state: CHANGES_REQUESTED, DISMISSED, … */
  state: string;
}

function unsatisfiable(
  sla: string | null,
  reason: string,
  kind: RequirementKind,
  notes: string[],
): ApprovalRequirement {
  return { sla, reason, anyOf: [], approvedBy: [], satisfied: false, kind, notes };
}

function normalizeLogin(login: string): string {
  return login.replace(/^@/, '').toLowerCase();
}

function isBotLogin(login: string): boolean {
  return login.toLowerCase().endsWith('[bot]');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const REVIEW_STATES = new Set([
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING',
]);

/**
 * Checks reviews in the shape of GitHub's "list reviews for a pull request" (a list, or a
 * list of pages as `gh api --paginate --slurp` gives). Throws with the index and field of
 * the first malformed review: a review that cannot be read must never be guessed at.
 */
export function parseReviews(data: unknown): Review[] {
  if (!Array.isArray(data))
    throw new Error(
      'reviews must be a JSON list of GitHub reviews ([{"user": {"login": …}, "state": …}])',
    );
  const list: unknown[] = data.every(Array.isArray) && data.length > 0 ? data.flat() : data;
  return list.map((item, i) => {
    const at = `review ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Error(`${at} is not an object`);
    const r = item as Record<string, unknown>;
    if (typeof r.state !== 'string' || !REVIEW_STATES.has(r.state))
      throw new Error(
        `${at}: state must be one of ${[...REVIEW_STATES].join(', ')}; got ${JSON.stringify(r.state)}`,
      );
    let user: Review['user'] = null;
    if (r.user !== null && r.user !== undefined) {
      const u = r.user as Record<string, unknown>;
      if (typeof u !== 'object' || typeof u.login !== 'string' || u.login === '')
        throw new Error(`${at}: user.login must be a non-empty string`);
      user = typeof u.type === 'string' ? { login: u.login, type: u.type } : { login: u.login };
    }
    for (const key of ['commit_id', 'submitted_at'] as const)
      if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string')
        throw new Error(`${at}: ${key} must be a string`);
    if (r.id !== undefined && typeof r.id !== 'number')
      throw new Error(`${at}: id must be a number`);
    const review: Review = { user, state: r.state };
    if (typeof r.id === 'number') review.id = r.id;
    if (typeof r.commit_id === 'string') review.commit_id = r.commit_id;
    if (typeof r.submitted_at === 'string') review.submitted_at = r.submitted_at;
    return review;
  });
}

/** Checks a teams object `{"@org/team": ["login", ...]}`; throws naming the first bad entry. */
export function parseTeams(data: unknown): Record<string, TeamMembership> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('teams must be a JSON object {"@org/team": ["login", ...]}');
  const out: Record<string, TeamMembership> = {};
  for (const [team, members] of Object.entries(data)) {
    if (!/^@[^/\s]+\/[^/\s]+$/.test(team))
      throw new Error(`teams: "${team}" is not a team "@org/team-slug"`);
    if (!Array.isArray(members) || !members.every((m) => typeof m === 'string' && m !== ''))
      throw new Error(`teams: "${team}" must list member logins as strings`);
    out[team] = { members: members as string[] };
  }
  return out;
}

/**
 * Checks commits in the shape of GitHub's "list commits on a pull request" (a list, or a list
 * of pages). Throws with the index and field of the first malformed commit.
 */
export function parseCommits(data: unknown): PullRequestCommit[] {
  if (!Array.isArray(data))
    throw new Error(
      'commits must be a JSON list of GitHub commits ([{"sha": …, "author": {"login": …}, "committer": {"login": …}}])',
    );
  const list: unknown[] = data.every(Array.isArray) && data.length > 0 ? data.flat() : data;
  return list.map((item, i) => {
    const at = `commit ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new Error(`${at} is not an object`);
    const c = item as Record<string, unknown>;
    if (typeof c.sha !== 'string' || !/^[0-9a-f]{40}$/i.test(c.sha))
      throw new Error(`${at}: sha must be a 40-character commit id`);
    const account = (key: 'author' | 'committer'): { login: string } | null => {
      const u = c[key];
      if (u === null || u === undefined) return null;
      const login = (u as Record<string, unknown>).login;
      if (typeof u !== 'object' || typeof login !== 'string' || login === '')
        throw new Error(`${at}: ${key} must be null or have a non-empty login`);
      return { login };
    };
    return { sha: c.sha, author: account('author'), committer: account('committer') };
  });
}
