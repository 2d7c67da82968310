// The approval rules engine, without git: each attack tries to get a change merged that
// must not be, and each honest case shows the way that works.
import { describe, expect, it } from 'vitest';
import {
  evaluateApprovals,
  type ApprovalInput,
  type Review,
  type TeamMembership,
} from '../src/approval/index.js';
import { defaultConfig, type SlacConfig } from '../src/config/index.js';
import type { Change, SlaDiff } from '../src/diff/types.js';
import { mergeTeams } from '../src/check/index.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);

/** A kind of change for each impact, for hand-built changes. */
const KIND_OF = {
  weakened: 'objective-target-weakened',
  strengthened: 'objective-target-strengthened',
  changed: 'objective-target-changed',
  editorial: 'objective-title-reworded',
  ownership: 'owner-changed',
} as const;

function change(impact: Change['impact'], path = 'spec.objectives.uptime.target'): Change {
  return {
    path,
    before: 99.95,
    after: 99.9,
    impact,
    kind: KIND_OF[impact],
    message: `${path} ${impact}`,
  };
}

function modified(
  id: string,
  owner: string,
  impact: SlaDiff['impact'] = 'weakened',
  newOwner = owner,
): SlaDiff {
  const changes = impact === 'none' ? [] : [change(impact as Change['impact'])];
  if (newOwner !== owner)
    changes.push({
      path: 'metadata.owner',
      before: owner,
      after: newOwner,
      impact: 'ownership',
      kind: 'owner-changed',
      message: 'owner changed',
    });
  return {
    id,
    file: `slas/${id}.yaml`,
    status: 'modified',
    impact,
    owner: { base: owner, head: newOwner },
    changes,
  };
}

function added(id: string, owner: string): SlaDiff {
  return {
    id,
    file: `slas/${id}.yaml`,
    status: 'added',
    impact: 'strengthened',
    owner: { base: null, head: owner },
    changes: [],
  };
}

function removed(id: string, owner: string): SlaDiff {
  return {
    id,
    file: `slas/${id}.yaml`,
    status: 'removed',
    impact: 'weakened',
    owner: { base: owner, head: null },
    changes: [],
  };
}

let reviewId = 0;
function review(
  login: string,
  state: Review['state'] = 'APPROVED',
  commit = HEAD,
  extra: Partial<Review> = {},
): Review {
  reviewId += 1;
  return {
    id: reviewId,
    user: { login, type: 'User' },
    state,
    commit_id: commit,
    submitted_at: `2026-07-01T10:${String(reviewId % 60).padStart(2, '0')}:00Z`,
    ...extra,
  };
}

function config(approval: Partial<SlacConfig['approval']> = {}): SlacConfig {
  const c = defaultConfig();
  c.approval = { ...c.approval, admins: ['@acme/sla-admins'], ...approval };
  return c;
}

const TEAMS: Record<string, TeamMembership> = {
  '@acme/payments': { members: ['alice', 'bob'] },
  '@acme/sla-admins': { members: ['ada'] },
  '@acme/search': { members: ['sam'] },
};

function evaluate(overrides: Partial<ApprovalInput>) {
  return evaluateApprovals({
    slas: [modified('payments-api', '@acme/payments')],
    config: config(),
    changedPaths: ['slas/payments-api.yaml'],
    author: 'mallory',
    headSha: HEAD,
    reviews: [],
    teams: TEAMS,
    ...overrides,
  });
}

describe('approval attacks: every one is denied', () => {
  it('the author approving their own change does not count', () => {
    const result = evaluate({ author: 'alice', reviews: [review('alice')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.approvedBy).toEqual([]);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(/author, whose approval never counts/);
  });

  it('the author approving in a different letter case does not count', () => {
    expect(evaluate({ author: 'alice', reviews: [review('ALICE')] }).satisfied).toBe(false);
  });

  it('a pull request making its author owner still needs the base owner', () => {
    const result = evaluate({
      author: 'mallory',
      slas: [modified('payments-api', '@acme/payments', 'weakened', '@mallory')],
      reviews: [review('mallory')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements.map((r) => [r.kind, r.anyOf, r.satisfied])).toEqual([
      ['owner', ['@acme/payments'], false],
      ['new-owner', ['@acme/sla-admins'], false],
    ]);
  });

  it('an accomplice named as new owner does not replace the base owner', () => {
    const result = evaluate({
      author: 'mallory',
      slas: [modified('payments-api', '@acme/payments', 'weakened', '@eve')],
      reviews: [review('eve')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]).toMatchObject({ anyOf: ['@acme/payments'], satisfied: false });
    expect(result.requirements[1]).toMatchObject({ anyOf: ['@eve'], satisfied: true });
  });

  it('an approval followed by a push does not count (staleReviews: dismiss)', () => {
    const result = evaluate({ reviews: [review('alice', 'APPROVED', OLD)] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(/approved an older commit \(bbbbbbb\)/);
  });

  it('a later "changes requested" voids an approval, and the check says so', () => {
    const result = evaluate({ reviews: [review('alice'), review('alice', 'CHANGES_REQUESTED')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes).toContain(
      "alice approved, but that approval was followed by their review requesting changes; only each reviewer's latest review counts",
    );
    // Approving again clears it: no note about an approval that counts.
    const again = evaluate({
      reviews: [review('alice'), review('alice', 'CHANGES_REQUESTED'), review('alice')],
    });
    expect(again.satisfied).toBe(true);
    expect(again.requirements[0]?.notes).toEqual([]);
    // Someone who cannot approve for the SLA is not mentioned.
    const other = evaluate({ reviews: [review('zed'), review('zed', 'CHANGES_REQUESTED')] });
    expect(other.requirements[0]?.notes.join(' ')).not.toContain('zed');
  });

  it('a dismissed approval does not count', () => {
    expect(evaluate({ reviews: [review('alice', 'DISMISSED')] }).satisfied).toBe(false);
  });

  it('a later dismissed review voids an earlier approval', () => {
    const result = evaluate({ reviews: [review('alice'), review('alice', 'DISMISSED')] });
    expect(result.satisfied).toBe(false);
  });

  it('a comment-only review is not an approval', () => {
    expect(evaluate({ reviews: [review('alice', 'COMMENTED')] }).satisfied).toBe(false);
  });

  it('a pending review is not an approval', () => {
    expect(evaluate({ reviews: [review('alice', 'PENDING')] }).satisfied).toBe(false);
  });

  it('reviews are taken in time order, not list order', () => {
    const approve = review('alice', 'APPROVED', HEAD, { submitted_at: '2026-07-01T09:00:00Z' });
    const reject = review('alice', 'CHANGES_REQUESTED', HEAD, {
      submitted_at: '2026-07-01T11:00:00Z',
    });
    expect(evaluate({ reviews: [reject, approve] }).satisfied).toBe(false);
  });

  it('a bot in the owning team does not approve', () => {
    const teams = { ...TEAMS, '@acme/payments': { members: ['alice', 'deploy-bot'] } };
    const bot = review('deploy-bot', 'APPROVED', HEAD, {
      user: { login: 'deploy-bot', type: 'Bot' },
    });
    expect(evaluate({ teams, reviews: [bot] }).satisfied).toBe(false);
  });

  it('a login ending in [bot] never approves, whatever its type says', () => {
    const teams = { ...TEAMS, '@acme/payments': { members: ['renovate[bot]'] } };
    expect(evaluate({ teams, reviews: [review('renovate[bot]')] }).satisfied).toBe(false);
  });

  it("says that a bot's approval does not count where an approval is missing", () => {
    const bot = review('renovate[bot]', 'APPROVED', HEAD, {
      user: { login: 'renovate[bot]', type: 'Bot' },
    });
    const missing = evaluate({ reviews: [bot] });
    expect(missing.requirements[0]?.notes).toContain(
      'renovate[bot] approved, but an approval by a bot (an app) never counts',
    );
    // A later comment leaves the bot's approval as it was, as for a person.
    const comment = review('renovate[bot]', 'COMMENTED', HEAD, {
      user: { login: 'renovate[bot]', type: 'Bot' },
    });
    expect(evaluate({ reviews: [bot, comment] }).requirements[0]?.notes).toContain(
      'renovate[bot] approved, but an approval by a bot (an app) never counts',
    );
    // Where a person approved, the bot is not worth a word.
    const met = evaluate({ reviews: [bot, review('alice')] });
    expect(met.satisfied).toBe(true);
    expect(met.requirements[0]?.notes.join(' ')).not.toContain('bot');
  });

  it('a non-member approving for a team does not count', () => {
    expect(evaluate({ reviews: [review('sam')] }).satisfied).toBe(false);
  });

  it('a team without membership data counts as not approved and says how to fix it', () => {
    const result = evaluate({ teams: {}, reviews: [review('alice')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toContain(
      'grant org-token read:org (the action), pass --teams FILE (slac approvals), or list the team under teams: in .slac.yml on the base branch',
    );
  });

  it('a team whose membership lookup failed counts as not approved, with the error', () => {
    const teams = { ...TEAMS, '@acme/payments': { error: 'HTTP 403: Resource not accessible' } };
    const result = evaluate({ teams, reviews: [review('alice')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(/could not be verified \(HTTP 403/);
  });

  it('a new SLA owned by its author needs an admin, not the author', () => {
    const result = evaluate({
      author: 'mallory',
      slas: [added('fraud-api', '@mallory')],
      reviews: [review('mallory')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements.map((r) => [r.kind, r.anyOf])).toEqual([
      ['owner', ['@acme/sla-admins']],
      ['admin', ['@acme/sla-admins']],
    ]);
  });

  it('a new SLA owned by a team whose only member is the author needs an admin', () => {
    const teams = { ...TEAMS, '@acme/fraud': { members: ['mallory'] } };
    const result = evaluate({
      teams,
      slas: [added('fraud-api', '@acme/fraud')],
      reviews: [review('mallory')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.anyOf).toEqual(['@acme/sla-admins']);
  });

  it('a new SLA owned by its author cannot pass when no admins are configured', () => {
    const result = evaluate({
      config: config({ admins: [] }),
      slas: [added('fraud-api', '@mallory')],
      reviews: [review('mallory')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(/approval.admins is empty/);
  });

  it('deleting an SLA needs its base owner', () => {
    const result = evaluate({ slas: [removed('payments-api', '@acme/payments')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]).toMatchObject({ reason: 'removed', anyOf: ['@acme/payments'] });
  });

  it('changing an id is a removal (base owner) plus an addition (declared owner and admin)', () => {
    const result = evaluate({
      slas: [added('payments', '@mallory'), removed('payments-api', '@acme/payments')],
      reviews: [review('eve')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements.map((r) => [r.sla, r.reason, r.satisfied])).toEqual([
      ['payments', 'added', false],
      ['payments', 'added: a new SLA needs an admin', false],
      ['payments-api', 'removed', false],
    ]);
  });

  it('loosening .slac.yml needs an admin even with the SLA owner approving', () => {
    const result = evaluate({
      slas: [],
      changedPaths: ['.slac.yml'],
      reviews: [review('alice')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements).toEqual([
      expect.objectContaining({ sla: null, kind: 'config', anyOf: ['@acme/sla-admins'] }),
    ]);
  });

  it('changing a workflow file needs an admin', () => {
    const result = evaluate({ slas: [], changedPaths: ['.github/workflows/slac.yml'] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.reason).toBe('changes .github/workflows/slac.yml');
  });

  it('changing CODEOWNERS needs an admin', () => {
    expect(evaluate({ slas: [], changedPaths: ['CODEOWNERS'] }).satisfied).toBe(false);
  });

  it('config changes cannot pass when no admins are configured', () => {
    const result = evaluate({
      config: config({ admins: [] }),
      slas: [],
      changedPaths: ['.slac.yml'],
      reviews: [review('ada')],
    });
    expect(result.satisfied).toBe(false);
  });

  it('an admin who authored a config change cannot approve it', () => {
    const result = evaluate({
      author: 'ada',
      slas: [],
      changedPaths: ['.slac.yml'],
      reviews: [review('ada')],
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(
      /only people who made this change could approve/,
    );
  });

  it('an approval given on another commit does not count in content mode when the SLA differs', () => {
    const result = evaluate({
      config: config({ staleReviews: 'content' }),
      reviews: [review('alice', 'APPROVED', OLD)],
      fingerprints: { head: { 'payments-api': 'f-head' }, at: () => 'f-old' },
    });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]?.notes.join(' ')).toMatch(/differs from the head/);
  });

  it('an approval on a commit whose content is unknown does not count in content mode', () => {
    const result = evaluate({
      config: config({ staleReviews: 'content' }),
      reviews: [review('alice', 'APPROVED', OLD)],
      fingerprints: { head: {}, at: () => undefined },
    });
    expect(result.satisfied).toBe(false);
  });

  it('an owner that is not a valid login on the base leaves the change to an admin', () => {
    // Nobody can speak for the SLA on the base; the pull request that fixes the owner must
    // still be approvable, by an admin, as a change to a base file that cannot be read.
    const slas = [modified('payments-api', 'payments team')];
    const result = evaluate({ slas, reviews: [review('alice')] });
    expect(result.satisfied).toBe(false);
    expect(result.requirements[0]).toMatchObject({
      kind: 'admin',
      anyOf: ['@acme/sla-admins'],
      satisfied: false,
    });
    expect(result.requirements[0]?.notes[0]).toMatch(/owner-format.*an admin must approve/);
    expect(evaluate({ slas, reviews: [review('ada')] }).satisfied).toBe(true);
  });

  it('reviews from deleted users are ignored', () => {
    const ghost = review('alice', 'APPROVED', HEAD, { user: null });
    expect(evaluate({ reviews: [ghost] }).satisfied).toBe(false);
  });

  it('a blocker fails the check whatever the approvals', () => {
    const result = evaluate({
      blockers: [{ sla: null, reason: 'the base .slac.yml is invalid' }],
      reviews: [review('alice'), review('ada')],
    });
    expect(result.satisfied).toBe(false);
  });

  it('an editorial change needs the owner by default', () => {
    const result = evaluate({ slas: [modified('payments-api', '@acme/payments', 'editorial')] });
    expect(result.satisfied).toBe(false);
  });

  it('editorial: no-approval still needs the owner when the owner changes', () => {
    const result = evaluate({
      config: config({ editorial: 'no-approval' }),
      slas: [modified('payments-api', '@acme/payments', 'editorial', '@eve')],
    });
    expect(result.satisfied).toBe(false);
  });
});

describe('honest pull requests pass', () => {
  it('a user owner approves', () => {
    const result = evaluate({
      slas: [modified('search', '@sam')],
      reviews: [review('Sam')],
    });
    expect(result).toEqual({
      satisfied: true,
      requirements: [
        {
          sla: 'search',
          reason: 'weakened',
          anyOf: ['@sam'],
          approvedBy: ['Sam'],
          satisfied: true,
          kind: 'owner',
          notes: [],
        },
      ],
    });
  });

  it('a member of the owning team approves', () => {
    const result = evaluate({ reviews: [review('bob')] });
    expect(result.satisfied).toBe(true);
    expect(result.requirements[0]?.approvedBy).toEqual(['bob']);
  });

  it('a comment after an approval keeps the approval', () => {
    const result = evaluate({ reviews: [review('bob'), review('bob', 'COMMENTED')] });
    expect(result.satisfied).toBe(true);
  });

  it('an approval after "changes requested" counts', () => {
    const result = evaluate({ reviews: [review('bob', 'CHANGES_REQUESTED'), review('bob')] });
    expect(result.satisfied).toBe(true);
  });

  it('both owners approve a transfer', () => {
    const result = evaluate({
      slas: [modified('payments-api', '@acme/payments', 'none', '@acme/search')],
      reviews: [review('alice'), review('sam')],
    });
    expect(result.satisfied).toBe(true);
    expect(result.requirements.map((r) => r.approvedBy)).toEqual([['alice'], ['sam']]);
  });

  it('an admin stands in for an owner who is the author', () => {
    const result = evaluate({
      author: 'sam',
      slas: [modified('search', '@sam')],
      reviews: [review('sam'), review('ada')],
    });
    expect(result.satisfied).toBe(true);
    expect(result.requirements[0]).toMatchObject({
      anyOf: ['@acme/sla-admins'],
      approvedBy: ['ada'],
    });
    expect(result.requirements[0]?.notes[0]).toMatch(/@sam is the pull request author/);
  });

  it('a team owner with other members is not replaced by an admin when its member is the author', () => {
    const result = evaluate({ author: 'alice', reviews: [review('bob')] });
    expect(result.satisfied).toBe(true);
  });

  it('content mode carries an approval forward when the SLA is the same at head', () => {
    const result = evaluate({
      config: config({ staleReviews: 'content' }),
      reviews: [review('alice', 'APPROVED', OLD)],
      fingerprints: {
        head: { 'payments-api': 'same' },
        at: (id, commit) => (id === 'payments-api' && commit === OLD ? 'same' : undefined),
      },
    });
    expect(result.satisfied).toBe(true);
  });

  it('keep mode counts an approval of an older commit', () => {
    const result = evaluate({
      config: config({ staleReviews: 'keep' }),
      reviews: [review('alice', 'APPROVED', OLD)],
    });
    expect(result.satisfied).toBe(true);
  });

  it('a pull request that touches no SLA and no config needs nothing', () => {
    expect(evaluate({ slas: [], changedPaths: ['README.md'] })).toEqual({
      satisfied: true,
      requirements: [],
    });
  });

  it('editorial: no-approval lets pure rewording through', () => {
    const result = evaluate({
      config: config({ editorial: 'no-approval' }),
      slas: [modified('payments-api', '@acme/payments', 'editorial')],
    });
    expect(result).toEqual({ satisfied: true, requirements: [] });
  });

  it('a new SLA passes with its owner and an admin', () => {
    const result = evaluate({
      slas: [added('fraud-api', '@acme/payments')],
      reviews: [review('alice'), review('ada')],
    });
    expect(result.satisfied).toBe(true);
  });

  it('a new SLA needs only its owner when no admins are configured', () => {
    const result = evaluate({
      config: config({ admins: [] }),
      slas: [added('fraud-api', '@acme/payments')],
      reviews: [review('alice')],
    });
    expect(result.satisfied).toBe(true);
  });

  it('an admin approves a workflow change', () => {
    const result = evaluate({
      slas: [],
      changedPaths: ['.github/workflows/slac.yml'],
      reviews: [review('ADA')],
    });
    expect(result.satisfied).toBe(true);
  });

  it('lists requirements in a stable order', () => {
    const slas = [modified('zeta', '@sam'), modified('alpha', '@sam')];
    const a = evaluate({ slas, changedPaths: ['.slac.yml'] });
    const b = evaluate({ slas: [...slas].reverse(), changedPaths: ['.slac.yml'] });
    expect(a).toEqual(b);
    expect(a.requirements.map((r) => r.sla)).toEqual(['alpha', 'zeta', null]);
  });
});

describe('team membership sources', () => {
  it('uses what the caller read over the base .slac.yml teams: list', () => {
    expect(mergeTeams({ '@acme/a': ['x'] }, { '@Acme/A': { members: ['y'] } })).toEqual({
      '@acme/a': { members: ['y'] },
    });
  });

  it('falls back to the teams: list when the lookup failed, and says so', () => {
    const teams = mergeTeams(
      { '@acme/payments': ['bob'] },
      { '@acme/payments': { error: 'HTTP 403' } },
    );
    const result = evaluate({ teams, reviews: [review('bob')] });
    expect(result.satisfied).toBe(true);
    expect(result.requirements[0]?.notes[0]).toMatch(
      /could not be read \(HTTP 403\); using its teams: list/,
    );
  });

  it('keeps a failed lookup unverifiable when no teams: list exists', () => {
    const teams = mergeTeams({}, { '@acme/payments': { error: 'HTTP 403' } });
    expect(evaluate({ teams, reviews: [review('bob')] }).satisfied).toBe(false);
  });
});

describe('bounded work', () => {
  it('evaluates 500 SLAs, each owned by its own team, with 500 approvals, in well under a second', () => {
    const n = 500;
    const slas = Array.from({ length: n }, (_, i) => modified(`svc-${i}`, `@acme/team-${i}`));
    const teams: Record<string, TeamMembership> = {};
    for (let i = 0; i < n; i++) teams[`@acme/team-${i}`] = { members: [`user-${i}`, 'shared'] };
    const reviews: Review[] = Array.from({ length: n }, (_, i) => ({
      id: i + 1,
      user: { login: `user-${i}` },
      state: 'APPROVED',
      commit_id: HEAD,
      submitted_at: '2026-07-01T10:00:00Z',
    }));
    const started = performance.now();
    const result = evaluateApprovals({
      slas,
      config: defaultConfig(),
      changedPaths: slas.map((s) => s.file),
      author: 'carol',
      headSha: HEAD,
      reviews,
      teams,
    });
    const elapsed = performance.now() - started;
    expect(result.satisfied).toBe(true);
    expect(result.requirements).toHaveLength(n);
    // A hang detector, not a performance figure (those are in npm run bench): the cubic
    // version took 40 s here.
    expect(elapsed).toBeLessThan(5_000);
  });
});
