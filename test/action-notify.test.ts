// End-to-end tests of the bundle's `mode: report` against the fake GitHub API: one issue per
// SLA that missed an objective in its latest period, one per SLA whose review is due, kept in
// place across runs, reopened and closed as the condition comes and goes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lastPeriods } from '../src/results/period.js';
import { runBundle } from './helpers/action-run.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-server.js';
import { expectGitHubShapes } from './helpers/github-shapes.js';

const TOKEN = 'ghs_workflow_token';
const today = new Date().toISOString().slice(0, 10);
// The latest complete month as the action sees it (it reads the clock, as a scheduled job does).
const PERIOD = lastPeriods('month', today, 1)[0]!.id;

const sla = (id: string, title: string, owner: string, lastReviewed: string) => `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: ${id}, title: ${title}, owner: '${owner}' }
spec:
  service: { name: ${title}, summary: A service. }
  effective: { from: 2020-01-01 }
  review: { every: 1 year, lastReviewed: ${lastReviewed} }
  objectives:
    - { id: uptime, title: Monthly uptime, indicator: availability, target: 99.9%, window: month, tolerance: { desired: 99.99%, adequate: 99.5% } }
  credits:
    objective: uptime
    tiers:
      - { below: 99.9%, credit: 10% }
`;

const results = (
  payments: string,
  search: string,
  note = 'Card network outage.',
) => `apiVersion: slac/v1
kind: ServiceLevelResults
period: ${PERIOD}
results:
  - { sla: payments-api, objective: uptime, value: ${payments}, note: ${JSON.stringify(note)} }
  - { sla: search-api, objective: uptime, value: ${search} }
`;

interface Setup {
  fake: FakeGitHub;
  repo: TempRepo;
  temp: string;
}
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(files: Record<string, string>): Promise<Setup> {
  const repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@acme/sla-admins'] }\n",
    // payments-api: reviewed long ago, so its review is overdue; search-api: reviewed today.
    'slas/payments-api.yaml': sla('payments-api', 'Payments API', '@acme/payments', '2020-01-01'),
    'slas/search-api.yaml': sla('search-api', 'Search API', '@acme/search', today),
    ...files,
  });
  repo.commit('SLAs and results');
  const temp = mkdtempSync(join(tmpdir(), 'slac-notify-'));
  const fake = await startFakeGitHub({ owner: 'acme', repo: 'slas' });
  cleanups.push(
    () => fake.close(),
    () => rmSync(temp, { recursive: true, force: true }),
    () => repo.remove(),
  );
  return { fake, repo, temp };
}

const schedule = { name: 'schedule', payload: { schedule: '0 6 1 * *' } };
const run = (s: Setup) =>
  runBundle(
    { fake: s.fake, workspace: s.repo.dir, temp: s.temp, repository: 'acme/slas', token: TOKEN },
    schedule,
    { mode: 'report' },
  );

const writes = (s: Setup) => s.fake.requests.filter((r) => r.method !== 'GET');

describe('mode report', () => {
  it('opens an issue for a missed objective and one for an overdue review, mentioning the owner', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('99.2%', '99.95%') });
    const r = await run(s);
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.breaches).toBe('1');
    expect(s.fake.issues.map((i) => i.title).sort()).toEqual([
      `SLA missed: Payments API (${PERIOD})`,
      expect.stringMatching(/^SLA review overdue: Payments API \(2021-01-01\)$/),
    ]);
    const breach = s.fake.issues.find((i) => i.title.startsWith('SLA missed'))!;
    expect(breach.body).toContain('<!-- slac:breach payments-api -->');
    expect(breach.body).toContain('@acme/payments: Payments API did not deliver');
    // 0.8% of a month (2,629,746 s) is 21,037.968 s; 0.1% is 2,629.746 s.
    expect(breach.body).toContain(
      `${PERIOD}: 99\\.2% against a target of 99\\.9%: missed the target, below the zone of tolerance (downtime 5 h 50 min 38 s of 43 min 50 s allowed; 800% of the error budget used; credit owed: 10% of the period's fee). Note: Card network outage.`,
    );
    expect(r.summary).toContain('# Service level review');
    expectGitHubShapes(s.fake);
  });

  it('changes nothing when run again', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('99.2%', '99.95%') });
    await run(s);
    const before = writes(s).length;
    const again = await run(s);
    expect(again.code, again.stdout).toBe(0);
    expect(writes(s).length).toBe(before);
    expect(s.fake.issues).toHaveLength(2);
  });

  it('closes the issue with a comment when the period is met, and reopens the same issue on the next miss', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('99.2%', '99.95%') });
    await run(s);
    const breach = s.fake.issues.find((i) => i.title.startsWith('SLA missed'))!;
    s.repo.write({ [`results/${PERIOD}.yaml`]: results('99.97%', '99.95%') });
    s.repo.commit('corrected figures');
    const cleared = await run(s);
    expect(cleared.outputs.breaches).toBe('0');
    expect(breach.state).toBe('closed');
    expect(s.fake.comments.filter((c) => c.issue === breach.number).map((c) => c.body)).toEqual([
      'Cleared: payments-api met every objective in its latest period. Closing this issue.',
    ]);
    s.repo.write({ [`results/${PERIOD}.yaml`]: results('98%', '99.95%') });
    s.repo.commit('worse');
    await run(s);
    expect(breach.state).toBe('open');
    expect(breach.body).toContain('98%');
    expect(s.fake.issues).toHaveLength(2);
    expectGitHubShapes(s.fake);
  });

  it('leaves alone an issue with the marker that someone else wrote', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('99.2%', '99.95%') });
    s.fake.issues.push({
      number: 1,
      title: 'copied',
      body: '<!-- slac:breach payments-api -->',
      state: 'open',
      login: 'mallory',
    });
    await run(s);
    expect(s.fake.issues.find((i) => i.number === 1)).toMatchObject({
      title: 'copied',
      state: 'open',
    });
    expect(s.fake.issues).toHaveLength(3);
  });

  it('keeps text from the files inert: no mention, link or image from a note', async () => {
    const s = await setup({
      [`results/${PERIOD}.yaml`]: results(
        '99.2%',
        '99.95%',
        '@acme/sla-admins see [login](https://evil.example) <img src=x>',
      ),
    });
    await run(s);
    const body = s.fake.issues.find((i) => i.title.startsWith('SLA missed'))!.body;
    expect(body).not.toContain('@acme/sla-admins');
    expect(body).not.toContain('](https://');
    expect(body).not.toContain('<img');
  });

  it('fails the step and touches no issue when a results file is invalid', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('fast', '99.95%') });
    const r = await run(s);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /1 problem in SLA or results files \(first: results\/.*results-value\): no issue was opened or changed/,
    );
    expect(writes(s)).toEqual([]);
  });

  it('fails the step with the reason when GitHub keeps failing', async () => {
    const s = await setup({ [`results/${PERIOD}.yaml`]: results('99.2%', '99.95%') });
    s.fake.fail('GET', /\/issues$/, 500, Infinity);
    const r = await run(s);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/500/);
  });
});
