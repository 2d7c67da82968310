// The fourth adversarial review of the approval gate (after 6125beb: one validation pipeline,
// the check following the change, the contract fixes). Each test is a pull request on a real
// temporary git repository, run through `slac approvals`, that the check must block (or ask
// the right person for) and did not. They fail until the product is fixed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { gateSla } from './helpers/sla-text.js';

const sla = gateSla;

interface Requirement {
  sla: string | null;
  reason: string;
  anyOf: string[];
  approvedBy: string[];
  satisfied: boolean;
  notes: string[];
}

// Each test makes its own (teamRepo, or makeRepo).
let repo: TempRepo;
afterEach(() => repo.remove());

/**
 * A repository whose SLA `pay` (slas/a.yaml, 99.95%) belongs to the team @acme/payments of
 * alice and mallory, committed as the base; its extra files are written with it.
 */
function teamRepo(extra: Record<string, string> = {}): string {
  repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@root'] }\nteams:\n  '@acme/payments': [alice, mallory]\n",
    'slas/a.yaml': sla('pay', '@acme/payments', '99.95%'),
    ...extra,
  });
  return repo.commit('base');
}

function approve(login: string, commit: string, second = 0) {
  return {
    user: { login },
    state: 'APPROVED',
    commit_id: commit,
    submitted_at: `2026-11-20T00:00:${String(second).padStart(2, '0')}Z`,
  };
}

function commitBy(sha: string, login: string) {
  return { sha, author: { login }, committer: { login } };
}

/** `slac approvals` from base to head, with reviews (and commits) written outside the tree. */
async function approvals(
  r: TempRepo,
  base: string,
  head: string,
  reviews: unknown[],
  options: { author?: string; commits?: unknown[]; extra?: string[] } = {},
) {
  const reviewsFile = join(r.dir, '.git', 'adv4-reviews.json');
  writeFileSync(reviewsFile, JSON.stringify(reviews));
  const args = [
    'approvals',
    '--base',
    base,
    '--head',
    head,
    '--author',
    options.author ?? 'eve',
    '--reviews',
    reviewsFile,
    '--format',
    'json',
  ];
  if (options.commits) {
    const commitsFile = join(r.dir, '.git', 'adv4-commits.json');
    writeFileSync(commitsFile, JSON.stringify(options.commits));
    args.push('--commits', commitsFile);
  }
  args.push(...(options.extra ?? []));
  const run = await runCli(args, { cwd: r.dir });
  const parsed = run.stdout ? (JSON.parse(run.stdout) as { requirements: Requirement[] }) : null;
  return { ...run, requirements: parsed?.requirements ?? [] };
}

describe('rule 17: commits that change an SLA where it lives for a while', () => {
  // contributors() maps each commit's paths to SLA ids through the files each id has at base
  // or at head. An SLA moved to another path by one commit, edited there by another, and
  // moved back by a third is changed by the middle commit at a path that is neither: its
  // author is not an author of the change, and approves their own weakening.
  it('a team member who weakened the SLA (at a path it held in between) cannot approve it', async () => {
    const base = teamRepo();
    repo.git('mv', 'slas/a.yaml', 'slas/tmp.yaml');
    const e1 = repo.commit('E1: move (eve)');
    repo.write({ 'slas/tmp.yaml': sla('pay', '@acme/payments', '95%') });
    const m1 = repo.commit('M1: weaken (mallory)');
    repo.git('mv', 'slas/tmp.yaml', 'slas/a.yaml');
    const head = repo.commit('E2: move back (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(e1, 'eve'), commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    // Control: mallory editing slas/a.yaml in place is kept from approving (rule 17).
    // Here: satisfied, approvedBy ["mallory"]: the author of the weakening approved it.
    expect(run.code).toBe(1);
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).not.toContain('mallory');
    expect(pay?.satisfied).toBe(false);
  });

  it.each(['Slas/a.yaml', 'tmp/a.txt'])(
    'the same when the SLA lies outside the globs in between (%s)',
    async (middle) => {
      const base = teamRepo();
      repo.write({ [middle]: sla('pay', '@acme/payments', '99.95%'), 'slas/a.yaml': null });
      const e1 = repo.commit('E1: move out of the globs (eve)');
      repo.write({ [middle]: sla('pay', '@acme/payments', '95%') });
      const m1 = repo.commit('M1: weaken (mallory)');
      repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%'), [middle]: null });
      const head = repo.commit('E2: move back (eve)');
      const run = await approvals(repo, base, head, [approve('mallory', head)], {
        commits: [commitBy(e1, 'eve'), commitBy(m1, 'mallory'), commitBy(head, 'eve')],
      });
      expect(run.code).toBe(1);
      const pay = run.requirements.find((r) => r.sla === 'pay');
      expect(pay?.approvedBy).not.toContain('mallory');
      expect(pay?.satisfied).toBe(false);
    },
  );

  it('the same when the weakened SLA was written elsewhere and copied in by another', async () => {
    const base = teamRepo();
    repo.write({ 'notes/draft.txt': sla('pay', '@acme/payments', '95%') });
    const m1 = repo.commit('M1: draft (mallory)');
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%'), 'notes/draft.txt': null });
    const head = repo.commit('E1: apply the draft (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).not.toContain('mallory');
  });

  it.each(['tmp/a.txt', 'Slas/a.yaml'])(
    'the same when every move also edits a byte (%s)',
    async (middle) => {
      const base = teamRepo();
      repo.write({
        [middle]: sla('pay', '@acme/payments', '99.95%') + '# wip\n',
        'slas/a.yaml': null,
      });
      const e1 = repo.commit('E1: move out, edited (eve)');
      repo.write({ [middle]: sla('pay', '@acme/payments', '95%') + '# wip\n' });
      const m1 = repo.commit('M1: weaken (mallory)');
      repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%'), [middle]: null });
      const head = repo.commit('E2: move back, edited (eve)');
      const run = await approvals(repo, base, head, [approve('mallory', head)], {
        commits: [commitBy(e1, 'eve'), commitBy(m1, 'mallory'), commitBy(head, 'eve')],
      });
      expect(run.code).toBe(1);
      const pay = run.requirements.find((r) => r.sla === 'pay');
      expect(pay?.approvedBy).not.toContain('mallory');
    },
  );

  it('the same when a draft left in place is copied in with a byte changed', async () => {
    const base = teamRepo();
    repo.write({ 'notes/draft.txt': sla('pay', '@acme/payments', '95%') + '# draft\n' });
    const m1 = repo.commit('M1: draft (mallory)');
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%') });
    const head = repo.commit('E1: apply the draft (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).not.toContain('mallory');
  });

  it('the same when the draft spells its kind with an escape, and stays in place', async () => {
    const base = teamRepo();
    const weakened = sla('pay', '@acme/payments', '95%');
    repo.write({
      'notes/draft.yaml': weakened.replace(
        'kind: ServiceLevelAgreement',
        'kind: "ServiceLevel\\x41greement"',
      ),
    });
    const m1 = repo.commit('M1: draft (mallory)');
    repo.write({ 'slas/a.yaml': weakened });
    const head = repo.commit('E1: apply the draft (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    expect(run.requirements.find((r) => r.sla === 'pay')?.approvedBy).not.toContain('mallory');
  });

  it('the same through two moves outside the globs, each with an edit', async () => {
    const base = teamRepo();
    // No kind in the files between: only the moves link them.
    const text = (target: string, note: string) =>
      sla('pay', '@acme/payments', target).replace('kind: ServiceLevelAgreement\n', '') + note;
    repo.write({ 'tmp/a.txt': text('99.95%', '# 1\n'), 'slas/a.yaml': null });
    const e1 = repo.commit('E1: out (eve)');
    repo.write({ 'tmp/b.txt': text('99.95%', '# 2\n'), 'tmp/a.txt': null });
    const e2 = repo.commit('E2: on, edited (eve)');
    repo.write({ 'tmp/b.txt': text('95%', '# 2\n') });
    const m1 = repo.commit('M1: weaken (mallory)');
    repo.write({ 'tmp/c.txt': text('95%', '# 3\n'), 'tmp/b.txt': null });
    const e3 = repo.commit('E3: on, edited (eve)');
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%'), 'tmp/c.txt': null });
    const head = repo.commit('E4: back (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [e1, e2, m1, e3, head].map((sha) => commitBy(sha, sha === m1 ? 'mallory' : 'eve')),
    });
    expect(run.code).toBe(1);
    expect(run.requirements.find((r) => r.sla === 'pay')?.approvedBy).not.toContain('mallory');
  });

  it.each([
    ['written beside another SLA it changes', 'notes/draft.yaml', 'slas/b.yaml'],
    ['written into another SLA file', 'slas/b.yaml', undefined],
  ])('the same when the draft is %s', async (_how, draftPath, alsoChanged) => {
    repo = makeRepo();
    repo.write({
      '.slac.yml':
        "approval: { admins: ['@root'] }\nteams:\n  '@acme/payments': [alice, mallory]\n",
      'slas/a.yaml': sla('pay', '@acme/payments', '99.95%'),
      'slas/b.yaml': sla('other', '@acme/payments', '99.9%'),
    });
    const base = repo.commit('base');
    const weakened = sla('pay', '@acme/payments', '95%');
    repo.write({
      [draftPath]: weakened,
      ...(alsoChanged ? { [alsoChanged]: sla('other', '@acme/payments', '99.9%') + '# x\n' } : {}),
    });
    const m1 = repo.commit('M1: draft (mallory)');
    repo.write({
      'slas/a.yaml': weakened,
      'slas/b.yaml': sla('other', '@acme/payments', '99.9%'),
      ...(draftPath === 'notes/draft.yaml' ? { [draftPath]: null } : {}),
    });
    const head = repo.commit('E1: apply it, restore b (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    expect(run.requirements.find((r) => r.sla === 'pay')?.approvedBy).not.toContain('mallory');
  });

  it('the same when the escaped kind sits in a file the reader would refuse', async () => {
    const base = teamRepo();
    const weakened = sla('pay', '@acme/payments', '95%');
    repo.write({
      'notes/draft.txt': Buffer.concat([
        Buffer.from(
          weakened.replace('kind: ServiceLevelAgreement', 'kind: "\\x53erviceLevelAgreement"'),
        ),
        Buffer.from([0xff, 0x0a]),
      ]),
    });
    const m1 = repo.commit('M1: draft (mallory)');
    repo.write({ 'slas/a.yaml': weakened });
    const head = repo.commit('E1: apply (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    expect(run.requirements.find((r) => r.sla === 'pay')?.approvedBy).not.toContain('mallory');
  });

  it('a commit GitHub names no account for blocks the check', async () => {
    const base = teamRepo();
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%') });
    const head = repo.commit('weaken (an email linked to no account)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [{ sha: head, author: null, committer: null }],
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('GitHub names no account for its author or committer');
  });

  it('an empty file is no content to follow', async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@root'] }\nteams:\n  '@acme/payments': [alice, bob]\n",
      'slas/a.yaml': sla('pay', '@acme/payments', '99.95%'),
    });
    const base = repo.commit('base');
    repo.write({ 'docs/.gitkeep': '' });
    const b1 = repo.commit('B1: keep docs (bob)');
    repo.write({
      'results/2026-10.yaml': '',
      'slas/a.yaml': sla('pay', '@acme/payments', '99.9%'),
    });
    const e1 = repo.commit('E1: weaken, start results (eve)');
    repo.write({ 'results/2026-10.yaml': null });
    const head = repo.commit('E2: no results yet (eve)');
    const run = await approvals(repo, base, head, [approve('bob', head)], {
      commits: [commitBy(b1, 'bob'), commitBy(e1, 'eve'), commitBy(head, 'eve')],
    });
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).toContain('bob');
  });

  it('a commit that changed only files no SLA content went through still does not count', async () => {
    const base = teamRepo();
    repo.write({ 'notes/todo.txt': 'tidy up\n' });
    const m1 = repo.commit('M1: notes (mallory)');
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '99.9%') });
    const head = repo.commit('E1: weaken (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).toContain('mallory');
    expect(pay?.satisfied).toBe(true);
  });

  it('rule 19: a team member who rewrote the results (at a path they held in between) cannot approve them', async () => {
    // The same for results files: resultFiles names the base and head files of the changed
    // rows only. mallory turns a missed month (99.1%) into a met one (99.99%) while the file
    // lies at results/tmp.yaml, and approves the figures customers will read.
    repo = makeRepo();
    repo.write({
      '.slac.yml':
        "approval: { admins: ['@root'] }\nteams:\n  '@acme/payments': [alice, mallory]\n",
      'slas/a.yaml': sla('pay', '@acme/payments', '99.95%'),
      'results/2026-10.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-10\nresults:\n  - { sla: pay, objective: uptime, value: 99.1% }\n',
    });
    const base = repo.commit('base');
    repo.git('mv', 'results/2026-10.yaml', 'results/tmp.yaml');
    const e1 = repo.commit('E1: move (eve)');
    repo.write({
      'results/tmp.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-10\nresults:\n  - { sla: pay, objective: uptime, value: 99.99% }\n',
    });
    const m1 = repo.commit('M1: rewrite the figure (mallory)');
    repo.git('mv', 'results/tmp.yaml', 'results/2026-10.yaml');
    const head = repo.commit('E2: move back (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(e1, 'eve'), commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    // Now: satisfied, the results requirement approvedBy ["mallory"].
    expect(run.code).toBe(1);
    const results = run.requirements.filter((r) => r.sla === 'pay');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.approvedBy).not.toContain('mallory');
  });
});

describe('rule 17: a file name that holds the record separator of git log', () => {
  // git.commitPaths reads `git log -z --name-only --format=%x01%H` by splitting the whole
  // output at "\x01". A path may hold that byte (it is valid UTF-8, and git -z prints names
  // as they are): the rest of the commit's paths then fall into a "record" whose sha is the
  // end of that name, which no listed commit has, so they are attributed to nobody. Names
  // sort in tree order, so a root file "\x01a" takes every path of the commit with it.
  const SEPARATOR_FILE = '\u0001a';

  it("a team member's own commit weakening the SLA: her approval must not count", async () => {
    const base = teamRepo();
    repo.write({ 'slas/a.yaml': sla('pay', '@acme/payments', '95%'), [SEPARATOR_FILE]: 'x' });
    const head = repo.commit('weaken (mallory)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(head, 'mallory')],
    });
    // Without the extra file mallory is kept from approving (rule 17). With it: satisfied,
    // approvedBy ["mallory"].
    expect(run.code).toBe(1);
    const pay = run.requirements.find((r) => r.sla === 'pay');
    expect(pay?.approvedBy).not.toContain('mallory');
  });

  it("an admin's own commit changing .slac.yml: her approval must not count", async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@mallory', '@root'] }\n",
      'slas/a.yaml': sla('pay', '@alice', '99.95%'),
    });
    const base = repo.commit('base');
    repo.write({
      '.slac.yml':
        "approval: { admins: ['@mallory', '@root'], editorial: no-approval }\nteams:\n  '@acme/payments': [mallory]\n",
      [SEPARATOR_FILE]: 'x',
    });
    const head = repo.commit('config (mallory)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(head, 'mallory')],
    });
    // Now: satisfied, the config requirement approvedBy ["mallory"].
    expect(run.code).toBe(1);
    const config = run.requirements.find((r) => r.reason === 'changes .slac.yml');
    expect(config?.approvedBy).not.toContain('mallory');
    expect(config?.satisfied).toBe(false);
  });
});

describe('rule 17: a protected file written at another path and moved into place', () => {
  it('the admin who wrote the content cannot approve the config change another commit moved', async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@mallory', '@root'] }\n",
      'slas/a.yaml': sla('pay', '@alice', '99.95%'),
    });
    const base = repo.commit('base');
    // mallory writes the new config under another name; eve only moves it into place.
    const config =
      "approval: { admins: ['@mallory', '@root'], editorial: no-approval }\nteams:\n  '@acme/payments': [mallory]\n";
    repo.write({ 'notes/draft.yml': config });
    const m1 = repo.commit('draft (mallory)');
    repo.git('rm', '-q', '.slac.yml');
    repo.git('mv', 'notes/draft.yml', '.slac.yml');
    const head = repo.commit('move into place (eve)');
    const run = await approvals(repo, base, head, [approve('mallory', head)], {
      commits: [commitBy(m1, 'mallory'), commitBy(head, 'eve')],
    });
    expect(run.code).toBe(1);
    const requirement = run.requirements.find((r) => r.reason === 'changes .slac.yml');
    expect(requirement?.approvedBy).not.toContain('mallory');
    expect(requirement?.satisfied).toBe(false);
  });
});
