// End to end: the bundle's `mode: report` with `prometheus-url`, against a real Prometheus
// (Debian's, over data generated here for the last complete month) and the fake GitHub API:
// the measured results are proposed in one pull request (never pushed to the default branch),
// the owners of a missed objective get an issue, and a second run changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lastPeriods } from '../src/results/period.js';
import { runBundle } from './helpers/action-run.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/github-server.js';
import { expectGitHubShapes } from './helpers/github-shapes.js';
import { freePort, startPrometheus, type RunningPrometheus } from './helpers/prometheus.js';

const DAY = 86_400;
const today = new Date().toISOString().slice(0, 10);
// The month the action measures: the last complete one, as a scheduled run sees it.
const MONTH = lastPeriods('month', today, 1)[0]!;
const START = Date.parse(`${MONTH.start}T00:00:00Z`) / 1000;
const DAYS = Math.round((Date.parse(`${MONTH.end}T00:00:00Z`) / 1000 - START) / DAY) + 1;
const PER_DAY = 100_000;
/** On the tenth day, 4,000 requests fail: 99.8667% at most for a 30-day month. */
const FAILED_DAY = 9;
const FAILED = 4_000;
const GOOD = DAYS * PER_DAY - FAILED;
const TOTAL = DAYS * PER_DAY;

function openMetrics(): string {
  const lines = ['# TYPE http_requests counter'];
  for (const [code, perDay] of [
    ['200', (i: number) => PER_DAY - (i === FAILED_DAY ? FAILED : 0)],
    ['500', (i: number) => (i === FAILED_DAY ? FAILED : 0)],
  ] as const) {
    let total = 0;
    // A sample at 00:00 UTC of each day, from the month's first day to the day after its last.
    for (let i = 0; i <= DAYS; i++) {
      lines.push(`http_requests_total{job="payments",code="${code}"} ${total} ${START + i * DAY}`);
      total += perDay(i);
    }
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

const sla = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '@acme/payments' }
spec:
  service: { name: Payments API, summary: Card payments. }
  effective: { from: 2020-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.9%
      window: month
      prometheus:
        good: 'sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))'
        total: 'sum(increase(http_requests_total{job="payments"}[{{range}}]))'
`;

let prometheus: RunningPrometheus;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
}, 60_000);
afterAll(async () => prometheus?.stop());

interface Setup {
  fake: FakeGitHub;
  repo: TempRepo;
  temp: string;
}
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(): Promise<Setup> {
  const repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@acme/sla-admins'] }\n",
    'slas/payments.yaml': sla,
  });
  repo.commit('SLA with Prometheus queries');
  const temp = mkdtempSync(join(tmpdir(), 'slac-measure-action-'));
  const fake = await startFakeGitHub({ owner: 'acme', repo: 'slas' });
  cleanups.push(
    () => fake.close(),
    () => rmSync(temp, { recursive: true, force: true }),
    () => repo.remove(),
  );
  return { fake, repo, temp };
}

const run = (s: Setup, url = prometheus.url) =>
  runBundle(
    {
      fake: s.fake,
      workspace: s.repo.dir,
      temp: s.temp,
      repository: 'acme/slas',
      token: 'ghs_token',
    },
    { name: 'schedule', payload: { schedule: '0 6 1 * *' } },
    { mode: 'report', 'prometheus-url': url },
  );

describe('mode report with prometheus-url', () => {
  it('proposes the measured month in one pull request and tells the owner of the miss', async () => {
    const s = await setup();
    const r = await run(s);
    expect(r.code, r.stdout).toBe(0);
    const branch = s.fake.branches.get(`slac/results-${MONTH.id}`);
    expect(branch).toBeDefined();
    const file = branch!.files.get(`results/${MONTH.id}.yaml`)!;
    expect(file).toContain(`period: ${MONTH.id}`);
    const value = /value: ['"]?([\d.]+)%/.exec(file)?.[1];
    expect(Number(value)).toBeCloseTo((GOOD / TOTAL) * 100, 3);
    expect(file).toContain(`good: ${GOOD}`);
    expect(file).toContain(`total: ${TOTAL}`);
    // Nothing on the default branch: the figures are reviewed first.
    expect(s.fake.branches.get('main')!.files.size).toBe(0);
    const pulls = [...s.fake.pulls.values()];
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({
      headRef: `slac/results-${MONTH.id}`,
      baseRef: 'main',
      title: `Measured results for ${MONTH.id}`,
    });
    expect(r.outputs['pull-request']).toBe(String(pulls[0]!.number));
    // The miss is reported from the figures just measured.
    expect(r.outputs.breaches).toBe('1');
    expect(s.fake.issues.map((i) => i.title)).toEqual([`SLA missed: Payments API (${MONTH.id})`]);
    expectGitHubShapes(s.fake);
  });

  it('changes nothing when run again', async () => {
    const s = await setup();
    await run(s);
    const writes = () => s.fake.requests.filter((q) => q.method !== 'GET').length;
    const before = writes();
    const again = await run(s);
    expect(again.code, again.stdout).toBe(0);
    expect(writes()).toBe(before);
    expect(s.fake.pulls.size).toBe(1);
  });

  it('opens nothing and fails the step when Prometheus is down', async () => {
    const s = await setup();
    const r = await run(s, `http://127.0.0.1:${await freePort()}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/could not be measured .*payments-api objective uptime/);
    expect(s.fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(s.fake.branches.size).toBe(1);
  }, 60_000);

  it('removes the branch it made when the pull request cannot be opened', async () => {
    const s = await setup();
    s.fake.fail('POST', /\/pulls$/, 422, Infinity);
    const r = await run(s);
    expect(r.code).toBe(1);
    expect([...s.fake.branches.keys()]).toEqual(['main']);
    expect(s.fake.issues).toEqual([]);
  });
});
