// An id that two SLA files hold on the base branch (an error there, which `slac validate`
// reports on main; it gets there when two pull requests that are each clean are merged one
// after the other, or with the check off). The diff compares one copy of the id; a pull
// request that removes or rewrites the other copy must still need that copy's owner. Until
// 2026-12-03 it did not when the same pull request also changed the compared copy, or removed
// both: the other copy's owner was never asked.
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { gateSla } from './helpers/sla-text.js';

const sla = gateSla;

interface Requirement {
  sla: string | null;
  reason: string;
  anyOf: string[];
  satisfied: boolean;
}

let repo: TempRepo;
afterEach(() => repo.remove());

/** main: slas/a.yaml and slas/b.yaml both hold payments-api, owned by @alice and by @bob. */
function base(bOwner = '@bob', bTarget = '99.9%'): string {
  repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@ada'] }\n",
    'slas/a.yaml': sla('payments-api', '@alice', '99.95%'),
    'slas/b.yaml': sla('payments-api', bOwner, bTarget),
    'reviews.json': '[]',
  });
  return repo.commit('base');
}

/** `slac approvals` of HEAD against `b`, as eve, with @alice's approval of the head. */
async function approvals(b: string) {
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.write({
    'reviews.json': JSON.stringify([
      {
        id: 1,
        user: { login: 'alice' },
        state: 'APPROVED',
        commit_id: head,
        submitted_at: '2026-12-03T01:00:00Z',
      },
    ]),
  });
  const run = await runCli(
    [
      'approvals',
      '--base',
      b,
      '--head',
      head,
      '--author',
      'eve',
      '--reviews',
      'reviews.json',
      '--format',
      'json',
    ],
    { cwd: repo.dir },
  );
  const requirements = run.stdout ? (JSON.parse(run.stdout).requirements as Requirement[]) : [];
  return {
    ...run,
    requirements,
    asked: requirements.map((r) => `${r.anyOf.join(',')} ${r.reason}`),
  };
}

describe('an id two files hold on the base', () => {
  it("weakening the compared copy and deleting the other needs the other copy's owner", async () => {
    const b = base();
    repo.write({ 'slas/a.yaml': sla('payments-api', '@alice', '99.9%'), 'slas/b.yaml': null });
    repo.commit('weaken a, drop b');
    const run = await approvals(b);
    expect(run.code).toBe(1);
    expect(run.asked).toEqual(expect.arrayContaining(['@alice weakened', '@bob removed']));
    expect(run.requirements.find((r) => r.anyOf.includes('@bob'))?.satisfied).toBe(false);
  });

  it('deleting both copies needs both owners', async () => {
    const b = base();
    repo.write({ 'slas/a.yaml': null, 'slas/b.yaml': null });
    repo.commit('drop both');
    const run = await approvals(b);
    expect(run.code).toBe(1);
    expect(run.asked).toEqual(expect.arrayContaining(['@alice removed', '@bob removed']));
  });

  it('giving the other copy a new id and weakening it needs its owner, and an admin for the new SLA', async () => {
    const b = base();
    repo.write({ 'slas/b.yaml': sla('payments-eu', '@eve', '50%') });
    repo.commit('rename and weaken b');
    const run = await approvals(b);
    expect(run.code).toBe(1);
    expect(run.asked).toEqual(expect.arrayContaining(['@bob removed']));
    expect(run.requirements.some((r) => r.sla === 'payments-eu' && r.anyOf.includes('@ada'))).toBe(
      true,
    );
  });

  it('deleting the other copy alone needs its owner (it says "removed")', async () => {
    const b = base();
    repo.write({ 'slas/b.yaml': null });
    repo.commit('drop b');
    const run = await approvals(b);
    expect(run.code).toBe(1);
    expect(run.asked).toEqual(['@bob removed']);
  });

  it('a copy with the same owner adds no second requirement: its owner is asked already', async () => {
    const b = base('@alice');
    repo.write({ 'slas/a.yaml': sla('payments-api', '@alice', '99.9%'), 'slas/b.yaml': null });
    repo.commit('weaken a, drop b');
    const run = await approvals(b);
    expect(run.asked).toEqual(['@alice weakened']);
    expect(run.code).toBe(0);
  });

  it('deleting a copy that says the same as the one kept changes no commitment', async () => {
    const b = base('@alice', '99.95%');
    repo.write({ 'slas/b.yaml': null });
    repo.commit('drop the copy');
    const run = await approvals(b);
    expect(run.requirements).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("changing the id's measured results needs the owner of every copy", async () => {
    const results = (value: string) =>
      `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-10\nresults:\n  - { sla: payments-api, objective: uptime, value: '${value}' }\n`;
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\n",
      'slas/a.yaml': sla('payments-api', '@alice', '99.95%'),
      'slas/b.yaml': sla('payments-api', '@bob', '99.9%'),
      'results/2026-10.yaml': results('99.91%'),
      'reviews.json': '[]',
    });
    const b = repo.commit('base');
    repo.write({ 'results/2026-10.yaml': results('99.99%') });
    repo.commit('a better month');
    const run = await approvals(b);
    // Before: only the owner of the copy read last (@bob) was asked.
    expect(run.code).toBe(1);
    expect(run.requirements.filter((r) => r.reason.startsWith('results changed'))).toEqual([
      expect.objectContaining({ anyOf: ['@alice'], satisfied: true }),
      expect.objectContaining({ anyOf: ['@bob'], satisfied: false }),
    ]);
  });

  it('a change that keeps both copies is blocked at head, as before (sla-id-unique)', async () => {
    const b = base();
    repo.write({ 'slas/a.yaml': sla('payments-api', '@alice', '99.9%') });
    repo.commit('weaken a');
    const run = await approvals(b);
    expect(run.code).toBe(1);
    expect(run.requirements.some((r) => r.sla === null && /sla-id-unique/.test(r.reason))).toBe(
      true,
    );
  });
});
