// OpenSLO's time-slice budgeting, imported and then measured by a real Prometheus (Debian's
// /usr/bin/prometheus) over a week of requests generated here, scraped every 30 seconds: the
// good slices, the slices with traffic and the average share are counted by hand below and
// must be what `slac measure` writes for that week.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from './helpers/cli.js';
import { startPrometheus, type RunningPrometheus } from './helpers/prometheus.js';

const START = Date.UTC(2026, 5, 1) / 1000; // Monday 2026-06-01, the start of 2026-W23
const MINUTES = 7 * 24 * 60;
const STEP = 30; // seconds between samples
const PER_STEP = 100; // requests in 30 seconds

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
/** Minutes without a request, minutes with 10 % failures (bad slices), with 3 % (still good). */
const idle = new Set(range(100, 60));
const bad = new Set([...range(1000, 30), ...range(5000, 5)]);
const mild = new Set(range(2000, 60));
/** Minutes without a sample of either counter (the service down), and with every request
 * failing while the success counter has no sample (not created again after a restart). */
const down = new Set(range(3000, 20));
const allFailed = new Set(range(4000, 10));
/** The failures counter is first created in this minute (no series before it). */
const FAILURES_FROM = 500;
const failedIn = (minute: number) =>
  allFailed.has(minute) ? PER_STEP : bad.has(minute) ? 10 : mild.has(minute) ? 3 : 0;

function openMetrics(): string {
  const ok: string[] = [];
  const failures: string[] = [];
  let okCount = 0;
  let failedCount = 0;
  // A sample a step from an hour before the week to an hour after it. The increase up to the
  // sample at step k (k > 0) belongs to the minute that contains (k - 1) steps. The minute
  // before the week has no traffic: Prometheus 2 (Debian's) also counts the slice that ends
  // where the period starts, Prometheus 3 does not (docs/interop.md).
  for (let k = -120; k <= (MINUTES * 60) / STEP + 120; k++) {
    const minute = Math.floor(((k - 1) * STEP) / 60);
    const inWeek = minute >= 0 && minute < MINUTES;
    if (k > -120 && inWeek && !idle.has(minute) && !down.has(minute)) {
      okCount += PER_STEP - failedIn(minute);
      failedCount += failedIn(minute);
    } else if (k > -120 && !inWeek && minute !== -1) okCount += PER_STEP;
    const t = START + k * STEP;
    if (!down.has(minute) && !allFailed.has(minute))
      ok.push(`http_requests_total{job="web",code="200"} ${okCount} ${t}`);
    if (!down.has(minute) && minute >= FAILURES_FROM)
      failures.push(`http_requests_total{job="web",code="500"} ${failedCount} ${t}`);
  }
  return `${['# TYPE http_requests counter', ...ok, ...failures, '# EOF'].join('\n')}\n`;
}

const QUERIES = `
  ratioMetric:
    counter: true
    good:
      metricSource: { type: Prometheus, spec: { query: 'sum(http_requests_total{job="web",code!~"5.."})' } }
    total:
      metricSource: { type: Prometheus, spec: { query: 'sum(http_requests_total{job="web"})' } }`;

/** An OpenSLO SLI named `name` whose spec is `spec` (by default the requests ratio above). */
const sli = (name: string, spec = QUERIES) => `apiVersion: openslo/v1
kind: SLI
metadata: { name: ${name} }
spec:${spec}
`;

const slo = (name: string, method: string, objective: string) => `apiVersion: openslo/v1
kind: SLO
metadata: { name: ${name}, annotations: { slac.dev/owner: "@acme/web" } }
spec:
  service: web
  indicatorRef: web-requests
  budgetingMethod: ${method}
  timeWindow:
    - duration: 1w
      isRolling: false
      calendar: { startTime: 2026-01-05 00:00:00, timeZone: UTC }
  objectives:
${objective}
`;

const OPENSLO = [
  sli('web-requests'),
  sli(
    'web-errors',
    `
  ratioMetric:
    counter: true
    bad:
      metricSource: { type: Prometheus, spec: { query: 'sum by (job) (http_requests_total{job="web",code=~"5.."})' } }
    total:
      metricSource: { type: Prometheus, spec: { query: 'sum by (job) (http_requests_total{job="web"})' } }`,
  ),
  slo(
    'web-uptime',
    'Timeslices',
    '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 1m }',
  ),
  slo('web-average', 'RatioTimeslices', '    - { target: 0.999, timeSliceWindow: "1" }'),
  slo(
    'web-uptime-errors',
    'Timeslices',
    '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 1 }',
  ).replace('indicatorRef: web-requests', 'indicatorRef: web-errors'),
].join('---\n');

let prometheus: RunningPrometheus;
let dir: string;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
  dir = mkdtempSync(join(tmpdir(), 'slac-timeslices-'));
  writeFileSync(join(dir, 'openslo.yaml'), OPENSLO);
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const slac = (...args: string[]) => runCli(args, { cwd: dir, today: '2026-06-10' });

interface Objective {
  id: string;
  indicator: string;
  target: string;
  better?: string;
  measurement: string;
  prometheus?: Record<string, string>;
}

describe('OpenSLO time slices', () => {
  it('imports Timeslices as good slices of the slices counted, and Prometheus counts them', async () => {
    const run = await slac('import', 'openslo', 'openslo.yaml');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('wrote slas/web.yaml (3 objectives from openslo.yaml)');
    expect(run.code).toBe(0);
    const sla = parseYaml(readFileSync(join(dir, 'slas/web.yaml'), 'utf8')) as {
      spec: { objectives: Objective[] };
    };
    const [uptime, average] = sla.spec.objectives as [Objective, Objective];
    expect([uptime.id, uptime.indicator, uptime.target]).toEqual([
      'web-uptime',
      'availability',
      '99%',
    ]);
    expect(uptime.measurement).toContain(
      'a slice counts as good when the share of good events in a slice (good / total) is at least 95%',
    );
    const goodQ = '(sum(increase(http_requests_total{job="web",code!~"5.."}[1m])) or vector(0))';
    const totalQ = 'sum(increase(http_requests_total{job="web"}[1m]))';
    const present = 'sum(count_over_time(http_requests_total{job="web"}[1m]))';
    const perSlice = `((${goodQ} / (${totalQ} > 0)) >= bool (0.95 - 1e-9)) or (absent(${present}) - 1)`;
    expect(uptime.prometheus).toEqual({
      good: `sum_over_time((${perSlice})[{{range}}:1m])`,
      total:
        `count_over_time((${perSlice})[{{range}}:1m])` +
        ` and on() count_over_time((${present})[{{range}}:1m])` +
        ' and on() sum(count_over_time(http_requests_total{job="web"}[1h] offset {{range}}))' +
        ' and on() count_over_time((sum(count_over_time(http_requests_total{job="web",code!~"5.."}[1m])))[{{range}}:1m])',
    });
    expect([average.indicator, average.better, average.target]).toEqual([
      'custom',
      'higher',
      '99.9%',
    ]);
    expect((await slac('validate')).code).toBe(0);
    // The import dates the SLA from today; this one was in force in the week measured.
    const file = join(dir, 'slas/web.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/from: \d{4}-\d\d-\d\d/, 'from: 2026-01-01'),
    );

    const measured = await slac(
      'measure',
      '--prometheus',
      prometheus.url,
      '--period',
      '2026-W23',
      '--format',
      'json',
    );
    expect(measured.stderr).toBe('');
    expect(measured.code).toBe(0);
    const rows = (
      JSON.parse(measured.stdout) as {
        files: Array<{
          results: Array<{ objective: string; value: string; good?: number; total?: number }>;
        }>;
      }
    ).files[0]?.results;
    const row = (id: string) => rows?.find((r) => r.objective === id);
    // 10,080 minutes: the 60 without a request are left out; 35 had 10 % failures, 20 no
    // sample at all (down) and 10 only failures: those are bad. Prometheus 2 also reads the
    // sample that ends the minute before the outage into its first slice (its ranges include
    // both ends): one sample, no increase, so that slice is left out there.
    const info = (await (await fetch(`${prometheus.url}/api/v1/status/buildinfo`)).json()) as {
      data: { version: string };
    };
    const edge = info.data.version.startsWith('2.') ? 1 : 0;
    const counted = MINUTES - idle.size - edge;
    const good = counted - bad.size - (down.size - edge) - allFailed.size;
    expect(row('web-uptime')).toMatchObject({ good, total: counted });
    expect(Number.parseFloat(row('web-uptime')?.value ?? '')).toBeCloseTo(
      (good / counted) * 100,
      3,
    );
    // Counted from bad events, summed by job, with no failures series before minute 500.
    expect(row('web-uptime-errors')).toMatchObject({ good, total: counted });
    // The average share: bad slices 90 %, mild ones 97 %, down and all failed 0, others 100 %.
    const averageShare =
      ((counted - bad.size * 0.1 - mild.size * 0.03 - (down.size - edge) - allFailed.size) /
        counted) *
      100;
    expect(Number.parseFloat(row('web-average')?.value ?? '')).toBeCloseTo(averageShare, 3);

    // The week before: Prometheus holds only its last hour. That is no week-long outage, and
    // measure says the queries found nothing rather than writing 1 %.
    const before = await slac('measure', '--prometheus', prometheus.url, '--period', '2026-W22');
    expect(before.code).not.toBe(0);
    expect(before.stderr).toContain('web-uptime');
    expect(before.stderr).toContain('web-average');
  });

  it('does not take a query that measures nothing for a week-long outage', async () => {
    const repo = join(dir, 'typo');
    mkdirSync(repo);
    writeFileSync(
      join(repo, 'openslo.yaml'),
      [
        sli('web-requests', QUERIES.replaceAll('http_requests_total', 'http_request_total')),
        slo(
          'web-uptime',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 1m }',
        ),
      ].join('---\n'),
    );
    const inRepo = (...args: string[]) => runCli(args, { cwd: repo, today: '2026-06-10' });
    expect((await inRepo('import', 'openslo', 'openslo.yaml')).code).toBe(0);
    const file = join(repo, 'slas/web.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/from: \d{4}-\d\d-\d\d/, 'from: 2026-01-01'),
    );
    const run = await inRepo('measure', '--prometheus', prometheus.url, '--period', '2026-W23');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('web-uptime');
    expect(run.stdout).not.toContain('value: 0%');
  });

  it('says why a time-slice SLO cannot be imported, at its line', async () => {
    writeFileSync(
      join(dir, 'refused.yaml'),
      [
        sli('web-requests'),
        sli(
          'only-total',
          `
  ratioMetric:
    counter: true
    total:
      metricSource: { type: Prometheus, spec: { query: 'sum(http_requests_total{job="web"})' } }`,
        ),
        slo('total-alone', 'Occurrences', '    - { target: 0.99 }').replace(
          'indicatorRef: web-requests',
          'indicatorRef: only-total',
        ),
        slo('no-slice', 'Timeslices', '    - { target: 0.99, timeSliceTarget: 0.95 }'),
        slo('no-slice-target', 'Timeslices', '    - { target: 0.99, timeSliceWindow: 1m }'),
        slo(
          'odd-slice',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 1M }',
        ),
        slo(
          'week-slice',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 1w }',
        ),
        slo(
          'seven-minutes',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 7m }',
        ),
        slo(
          'huge-slice',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 0.95, timeSliceWindow: 999999999999999999999d }',
        ),
        slo(
          'slice-target-percent',
          'Timeslices',
          '    - { target: 0.99, timeSliceTarget: 95, timeSliceWindow: 1m }',
        ),
      ].join('---\n'),
    );
    const run = await slac('import', 'openslo', 'refused.yaml', '--out', 'refused');
    expect(run.code).toBe(1);
    const line = (needle: string) =>
      run.stdout.split('\n').find((l) => l.includes(needle)) ?? run.stdout;
    expect(line('SLO total-alone:')).toContain(
      'the ratio has neither good nor bad: give one of them with total',
    );
    expect(line('SLO no-slice:')).toMatch(
      /^refused\.yaml:\d+:\d+ not converted: SLO no-slice: timeSliceWindow \(needed with budgetingMethod Timeslices\)/,
    );
    expect(line('SLO no-slice-target:')).toContain(
      'timeSliceTarget (needed with budgetingMethod Timeslices)',
    );
    expect(line('SLO odd-slice:')).toContain(
      'timeSliceWindow 1M is not a duration such as 30s, 1m or 5m',
    );
    expect(line('SLO week-slice:')).toContain(
      'timeSliceWindow 1w is not a slice of at most an hour that divides a day',
    );
    expect(line('SLO seven-minutes:')).toContain(
      'timeSliceWindow 7m is not a slice of at most an hour that divides a day',
    );
    expect(line('SLO huge-slice:')).toContain(
      'timeSliceWindow 999999999999999999999d is not a duration such as 30s, 1m or 5m',
    );
    expect(line('SLO slice-target-percent:')).toContain(
      'timeSliceTarget 95 is not a fraction above 0 and at most 1',
    );
  });
});
