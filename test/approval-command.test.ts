// `slac approvals` on real temporary git repositories.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

function sla(owner: string, target = '99.95%', summary = 'Accept payments.'): string {
  return slaText({ id: 'payments-api', title: 'Payments API', owner, summary, target });
}

const CONFIG = `approval:
  admins: ['@acme/sla-admins']
  staleReviews: STALE
teams:
  '@acme/sla-admins': [ada]
  '@acme/payments': [alice, bob]
`;

let repo: TempRepo;
let base: string;

function setUp(stale = 'dismiss') {
  repo = makeRepo();
  repo.write({
    '.slac.yml': CONFIG.replace('STALE', stale),
    'slas/payments.yaml': sla('@acme/payments'),
  });
  base = repo.commit('base');
}

function reviews(list: { login: string; state?: string; commit: string }[]): void {
  repo.write({
    'reviews.json': JSON.stringify(
      list.map((r, i) => ({
        id: i + 1,
        user: { login: r.login, type: 'User' },
        state: r.state ?? 'APPROVED',
        commit_id: r.commit,
        submitted_at: `2026-07-01T10:0${i}:00Z`,
      })),
    ),
  });
}

function approvals(...extra: string[]) {
  return runCli(
    ['approvals', '--base', base, '--author', 'carol', '--reviews', 'reviews.json', ...extra],
    { cwd: repo.dir },
  );
}

describe('slac approvals', () => {
  beforeEach(() => setUp());
  afterEach(() => repo.remove());

  it('tells who can unblock a weakened SLA and exits 1', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    repo.commit('weaken');
    reviews([]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'SLA payments-api (weakened): needs an approval from @acme/payments — none yet',
    );
  });

  it('passes when a member of the owning team approved the head, listed in .slac.yml', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    const head = repo.commit('weaken');
    reviews([{ login: 'bob', commit: head }]);
    const run = await approvals('--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      satisfied: true,
      requirements: [
        {
          sla: 'payments-api',
          reason: 'weakened',
          anyOf: ['@acme/payments'],
          approvedBy: ['bob'],
          satisfied: true,
          kind: 'owner',
          notes: [],
        },
      ],
    });
  });

  it('takes team members from --teams over the base .slac.yml', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    const head = repo.commit('weaken');
    reviews([{ login: 'dave', commit: head }]);
    expect((await approvals()).code).toBe(1);
    repo.write({ 'teams.json': JSON.stringify({ '@acme/payments': ['dave'] }) });
    expect((await approvals('--teams', 'teams.json')).code).toBe(0);
  });

  it('does not count an approval followed by a push (staleReviews: dismiss)', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    const approved = repo.commit('weaken');
    repo.write({ 'README.md': 'more\n' });
    repo.commit('unrelated');
    reviews([{ login: 'alice', commit: approved }]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/alice approved an older commit/);
  });

  it('reads owners from the base, not from the head that changes them', async () => {
    repo.write({ 'slas/payments.yaml': sla('@carol', '99%') });
    const head = repo.commit('take over');
    reviews([{ login: 'carol', commit: head }]);
    const run = await approvals('--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.requirements.map((r: { anyOf: string[] }) => r.anyOf)).toEqual([
      ['@acme/payments'],
      ['@acme/sla-admins'],
    ]);
  });

  it('needs an admin for a change of .slac.yml', async () => {
    repo.write({ '.slac.yml': CONFIG.replace('STALE', 'keep') });
    const head = repo.commit('loosen');
    reviews([{ login: 'alice', commit: head }]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'repository (changes .slac.yml): needs an approval from an admin: @acme/sla-admins — none yet',
    );
  });

  it('needs an admin for a changed workflow', async () => {
    repo.write({ '.github/workflows/slac.yml': 'on: push\n' });
    const head = repo.commit('workflow');
    reviews([{ login: 'ada', commit: head }]);
    expect((await approvals()).code).toBe(0);
    reviews([{ login: 'alice', commit: head }]);
    expect((await approvals()).code).toBe(1);
  });

  it('fails when an SLA file cannot be read at head, whoever approved', async () => {
    repo.write({ 'slas/payments.yaml': 'metadata: { id: payments-api\n' });
    const head = repo.commit('break');
    reviews([
      { login: 'alice', commit: head },
      { login: 'ada', commit: head },
    ]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/cannot be read at head/);
  });

  it('needs an admin to fix an SLA file that cannot be read on the base', async () => {
    repo.write({ 'slas/payments.yaml': 'metadata: { id: payments-api\n' });
    base = repo.commit('broken base');
    repo.write({ 'slas/payments.yaml': sla('@carol') });
    const head = repo.commit('fix');
    reviews([{ login: 'carol', commit: head }]);
    const run = await approvals('--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements).toEqual([
      expect.objectContaining({
        reason: 'slas/payments.yaml cannot be read on the base branch, so its owner is unknown',
        anyOf: ['@acme/sla-admins'],
        satisfied: false,
      }),
    ]);
    reviews([{ login: 'ada', commit: head }]);
    expect((await approvals()).code).toBe(0);
  });

  it('needs nothing when no SLA and no config changed', async () => {
    repo.write({ 'README.md': 'hello\n' });
    repo.commit('docs');
    reviews([]);
    const run = await approvals();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/not needed/);
  });

  it('exits 2 with a clear message for a malformed reviews file', async () => {
    repo.write({ 'reviews.json': '[{"user": {"login": "alice"}, "state": "LGTM"}]' });
    const run = await approvals();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--reviews reviews.json: review 1: state must be one of/);
  });

  it('exits 2 and says why when the reviews file cannot be read', async () => {
    const missing = await approvals();
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `slac approvals: --reviews: cannot read reviews.json: no such file in ${repo.dir}\n`,
    );
    repo.write({ 'reviews.json/x': '' });
    const folder = await approvals();
    expect(folder.stderr).toContain('cannot read reviews.json: it is a folder, not a file');
  });

  it('exits 2 when the reviews file is not JSON', async () => {
    repo.write({ 'reviews.json': 'nope' });
    const run = await approvals();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--reviews: reviews.json is not JSON/);
  });

  it('exits 2 for a --today that is no day of the calendar, as the other commands do', async () => {
    reviews([]);
    const run = await runCli(
      [
        'approvals',
        '--base',
        'HEAD',
        '--author',
        'carol',
        '--reviews',
        'reviews.json',
        '--today',
        '2026-02-30',
      ],
      { cwd: repo.dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'slac approvals: --today must be a date YYYY-MM-DD; got "2026-02-30"\n',
    );
  });

  it('exits 2 for an unknown base revision', async () => {
    reviews([]);
    const run = await runCli(
      ['approvals', '--base', 'no-such-branch', '--author', 'carol', '--reviews', 'reviews.json'],
      { cwd: repo.dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown revision "no-such-branch"/);
  });
});

describe('slac approvals with staleReviews: content', () => {
  beforeEach(() => setUp('content'));
  afterEach(() => repo.remove());

  it('carries an approval forward over a push that leaves the SLA the same', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    const approved = repo.commit('weaken');
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.90'), 'README.md': 'x\n' });
    repo.commit('reformat and unrelated change');
    reviews([{ login: 'alice', commit: approved }]);
    expect((await approvals()).code).toBe(0);
  });

  it('drops an approval when the SLA changed after it', async () => {
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99.9%') });
    const approved = repo.commit('weaken');
    repo.write({ 'slas/payments.yaml': sla('@acme/payments', '99%') });
    repo.commit('weaken more');
    reviews([{ login: 'alice', commit: approved }]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/differs from the head/);
  });
});
