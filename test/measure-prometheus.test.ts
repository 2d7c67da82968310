// `slac measure` against a real Prometheus (Debian's /usr/bin/prometheus), over data generated
// here: a sample a day from 2026-07-01 to 2026-10-01, so that every expected figure below is
// worked out from the same daily numbers before Prometheus is asked.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import {
  freePort,
  recordingServer,
  startPrometheus,
  type RunningPrometheus,
} from './helpers/prometheus.js';

const DAY = 86_400;
const START = Date.UTC(2026, 6, 1) / 1000; // 2026-07-01
const DAYS = 92; // July, August, September: the third quarter

/** Requests a day: 100,000 on each day, of which these failed with a 500. */
const PER_DAY = 100_000;
const FAILED: Record<string, number> = {
  '2026-07-10': 2_000,
  '2026-09-12': 300,
  '2026-09-25': 150,
};
/** Latency: 1,000 requests a day; how many took at most each bucket's bound. */
const BUCKETS = ['0.1', '0.25', '0.5', '1', '+Inf'] as const;
const SLOW = [100, 300, 600, 900, 1000]; // July and August
const FAST = [600, 900, 980, 995, 1000]; // September

const dayOf = (i: number) => new Date((START + i * DAY) * 1000).toISOString().slice(0, 10);

/** OpenMetrics: cumulative counters sampled at 00:00 UTC of each day, the last on 2026-10-01. */
function openMetrics(): string {
  const lines: string[] = ['# TYPE http_requests counter'];
  const counter = (labels: string, perDay: (day: string) => number) => {
    let total = 0;
    for (let i = 0; i <= DAYS; i++) {
      lines.push(`http_requests_total{${labels}} ${total} ${START + i * DAY}`);
      total += perDay(dayOf(i));
    }
  };
  counter('job="payments",code="200"', (d) => PER_DAY - (FAILED[d] ?? 0));
  counter('job="payments",code="500"', (d) => FAILED[d] ?? 0);
  counter('job="search",code="500"', () => 5_000); // another job: must not count
  lines.push('# TYPE http_request_duration_seconds histogram');
  BUCKETS.forEach((le, b) => {
    let total = 0;
    for (let i = 0; i <= DAYS; i++) {
      lines.push(
        `http_request_duration_seconds_bucket{job="payments",le="${le}"} ${total} ${START + i * DAY}`,
      );
      total += (dayOf(i) >= '2026-09-01' ? FAST : SLOW)[b] as number;
    }
  });
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

/** Requests and failures between two days (from inclusive, until exclusive). */
function counted(from: string, until: string): { good: number; total: number } {
  let total = 0;
  let failed = 0;
  for (let i = 0; i < DAYS; i++) {
    const d = dayOf(i);
    if (d < from || d >= until) continue;
    total += PER_DAY;
    failed += FAILED[d] ?? 0;
  }
  return { good: total - failed, total };
}

const september = counted('2026-09-01', '2026-10-01');
const quarter = counted('2026-07-01', '2026-10-01');
// p95 of September: 28,500 of 30,000 requests lie in the (0.25 s, 0.5 s] bucket, which holds
// requests 27,000 to 29,400: histogram_quantile interpolates 0.25 + 0.25 × 1,500 / 2,400.
const P95_SECONDS = 0.25 + (0.25 * (0.95 * 30 * 1000 - 30 * 900)) / (30 * (980 - 900));

const GOOD = `sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))`;
const TOTAL = `sum(increase(http_requests_total{job="payments"}[{{range}}]))`;
const P95 = `histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="payments"}[{{range}}])))`;

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

function slaFile(id: string, objectives: string): string {
  return `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: ${id}, title: ${id}, owner: '@acme/payments' }
spec:
  service: { name: ${id}, summary: Card payments. }
  effective: { from: 2026-01-01 }
  objectives:
${objectives}`;
}

const PAYMENTS = slaFile(
  'payments-api',
  `    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.95%
      window: month
      prometheus:
        good: ${q(GOOD)}
        total: ${q(TOTAL)}
    - id: checkout-latency
      title: Fast checkout
      indicator: latency
      percentile: 95
      target: 500ms
      window: month
      prometheus:
        value: ${q(P95)}
    - id: errors
      title: Failed payments
      indicator: error-rate
      target: 0.1%
      window: 28d
      prometheus:
        good: ${q(GOOD)}
        total: ${q(TOTAL)}
    - id: quarterly-success
      title: Successful payments each quarter
      indicator: success-rate
      target: 99.9%
      window: quarter
      prometheus:
        good: ${q(GOOD)}
        total: ${q(TOTAL)}
    - id: satisfaction
      title: Customer satisfaction
      indicator: custom
      better: higher
      target: 4.5 stars
      window: month
`,
);

const CHECKOUT = slaFile(
  'checkout-api',
  `    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.9%
      window: month
      prometheus:
        good: ${q(GOOD.replace('payments', 'checkout'))}
        total: ${q(TOTAL.replace('payments', 'checkout'))}
`,
);

const folders: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'slac-measure-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

let prometheus: RunningPrometheus;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const TODAY = '2026-10-05';
const measure = (cwd: string, ...args: string[]) =>
  runCli(['measure', '--prometheus', prometheus.url, ...args], { cwd, today: TODAY });

describe('slac measure against Prometheus', () => {
  it('the generated figures are what the expectations below say', () => {
    expect(september).toEqual({ good: 2_999_550, total: 3_000_000 });
    expect(quarter).toEqual({ good: 9_197_550, total: 9_200_000 });
    expect(P95_SECONDS).toBeCloseTo(0.40625, 10);
  });

  it("measures each objective's last complete period: the month, the quarter, a 28d window per month", async () => {
    const run = await measure(folder({ 'slas/payments.yaml': PAYMENTS }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const url = prometheus.url;
    expect(run.stdout).toBe(`apiVersion: slac/v1
kind: ServiceLevelResults
period: 2026-09
source: prometheus ${url}
results:
  - sla: payments-api
    objective: uptime
    value: 99.985%
    good: 2999550
    total: 3000000
  - sla: payments-api
    objective: checkout-latency
    value: 406ms
  - sla: payments-api
    objective: errors
    value: 0.015%
    good: 2999550
    total: 3000000
---
apiVersion: slac/v1
kind: ServiceLevelResults
period: 2026-Q3
source: prometheus ${url}
results:
  - sla: payments-api
    objective: quarterly-success
    value: 99.973%
    good: 9197550
    total: 9200000
`);
    // 2,999,550 / 3,000,000 = 99.985%; 9,197,550 / 9,200,000 = 99.97337%; 0.40625 s = 406 ms.
    expect((september.good / september.total) * 100).toBeCloseTo(99.985, 10);
    expect((quarter.good / quarter.total) * 100).toBeCloseTo(99.97337, 5);
  });

  it('--period picks the objectives of its kind, in JSON too', async () => {
    const run = await measure(
      folder({ 'slas/payments.yaml': PAYMENTS }),
      '--period',
      '2026-Q3',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      source: `prometheus ${prometheus.url}`,
      files: [
        {
          period: '2026-Q3',
          path: 'results/2026-Q3.yaml',
          written: false,
          results: [
            {
              sla: 'payments-api',
              objective: 'quarterly-success',
              value: '99.973%',
              good: 9_197_550,
              total: 9_200_000,
            },
          ],
        },
      ],
    });
  });

  it('a month with other figures: August had no failures and slower requests', async () => {
    const run = await measure(folder({ 'slas/payments.yaml': PAYMENTS }), '--period', '2026-08');
    expect(run.code).toBe(0);
    // August: 31 days × 100,000 = 3,100,000 requests, none failed. Its p95 (request 29,450
    // of 31,000) lies above the 27,900 within 1 s, in the +Inf bucket, for which
    // histogram_quantile gives the highest finite bound: 1 s.
    expect(run.stdout).toContain('value: 100%\n    good: 3100000\n    total: 3100000');
    expect(run.stdout).toContain('objective: checkout-latency\n    value: 1000ms\n');
    expect(run.stdout).toContain('objective: errors\n    value: 0%\n');
  });

  it('a query that finds no series fails with what to check, naming SLA, objective and query', async () => {
    const run = await measure(
      folder({ 'slas/payments.yaml': PAYMENTS, 'slas/checkout.yaml': CHECKOUT }),
      '--period',
      '2026-09',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'slac measure: checkout-api objective uptime: good: the query returned no series: check the job label and the metric name\n' +
        '  query: sum(increase(http_requests_total{job="checkout",code!~"5.."}[2592000s]))\n' +
        'slac measure: 1 objective could not be measured; nothing was printed\n',
    );
  });

  it("a query Prometheus cannot parse shows Prometheus's own error", async () => {
    const broken = PAYMENTS.replace(
      "value: 'histogram_quantile(0.95,",
      "value: 'histogram_quantile(0.95",
    );
    const run = await measure(folder({ 'slas/payments.yaml': broken }), '--period', '2026-09');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^slac measure: payments-api objective checkout-latency: Prometheus refused the query \(400 bad_data: invalid parameter "query": 1:\d+: parse error: [^\n]+\)\n {2}query: histogram_quantile\(0\.95 sum by/,
    );
  });

  it('--write merges into the period file: measured rows replaced, notes and hand-entered rows kept', async () => {
    const hand = `apiVersion: slac/v1
kind: ServiceLevelResults
period: 2026-09
source: entered by hand
results:
  # The survey closes on the 5th.
  - sla: payments-api
    objective: satisfaction
    value: 4.6 stars
    note: Survey of 212 customers.
  - sla: payments-api
    objective: uptime
    value: 99.9%
    note: Card network outage on 12 September (INC-2231).
`;
    const dir = folder({ 'slas/payments.yaml': PAYMENTS, 'results/2026-09.yaml': hand });
    const run = await measure(dir, '--write');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'slac measure: wrote results/2026-09.yaml (3 results measured)\nslac measure: wrote results/2026-Q3.yaml (1 result measured)\n',
    );
    expect(readFileSync(join(dir, 'results/2026-09.yaml'), 'utf8')).toBe(`apiVersion: slac/v1
kind: ServiceLevelResults
period: 2026-09
source: entered by hand; prometheus ${prometheus.url}
results:
  # The survey closes on the 5th.
  - sla: payments-api
    objective: satisfaction
    value: 4.6 stars
    note: Survey of 212 customers.
  - sla: payments-api
    objective: uptime
    value: 99.985%
    note: Card network outage on 12 September (INC-2231).
    good: 2999550
    total: 3000000
  - sla: payments-api
    objective: checkout-latency
    value: 406ms
  - sla: payments-api
    objective: errors
    value: 0.015%
    good: 2999550
    total: 3000000
`);
    expect(readFileSync(join(dir, 'results/2026-Q3.yaml'), 'utf8')).toContain('value: 99.973%');
    expect(readdirSync(join(dir, 'results')).sort()).toEqual(['2026-09.yaml', '2026-Q3.yaml']);
    // What was written passes slac validate; measuring again changes nothing.
    const validate = await runCli(['validate'], { cwd: dir, today: TODAY });
    expect(validate.stdout + validate.stderr).not.toMatch(/results-/);
    expect(validate.code).toBe(0);
    const before = readFileSync(join(dir, 'results/2026-09.yaml'), 'utf8');
    expect((await measure(dir, '--write')).code).toBe(0);
    expect(readFileSync(join(dir, 'results/2026-09.yaml'), 'utf8')).toBe(before);
  });

  it('a failed query writes nothing: the period file stays as it was', async () => {
    const hand = 'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-09\nresults: []\n';
    const dir = folder({
      'slas/payments.yaml': PAYMENTS,
      'slas/checkout.yaml': CHECKOUT,
      'results/2026-09.yaml': hand,
    });
    const run = await measure(dir, '--write');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'checkout-api objective uptime: good: the query returned no series',
    );
    expect(run.stderr).toMatch(/nothing was written\n$/);
    expect(readFileSync(join(dir, 'results/2026-09.yaml'), 'utf8')).toBe(hand);
    expect(readdirSync(join(dir, 'results'))).toEqual(['2026-09.yaml']);
  });
});

describe('slac measure when Prometheus cannot answer', () => {
  it('a server that is down: connection refused, retried, then a clear message', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const run = await runCli(['measure', '--prometheus', url, '--period', '2026-09'], {
      cwd: folder({ 'slas/payments.yaml': PAYMENTS }),
      today: TODAY,
    });
    expect(run.code).toBe(2); // a runtime error, as the design says
    expect(run.stderr).toBe(
      `slac measure: payments-api objective uptime: cannot reach Prometheus at ${url}: connection failed (ECONNREFUSED) (4 attempts); check --prometheus and that the server is running\n` +
        `  query: ${GOOD.replace('{{range}}', '2592000s')}\n` +
        'slac measure: 1 objective could not be measured (the run stopped there); nothing was printed\n',
    );
  }, 15_000);

  it('a server that never answers: the timeout ends the request with what to do', async () => {
    const silent = await recordingServer();
    try {
      const run = await runCli(
        ['measure', '--prometheus', silent.url, '--period', '2026-09', '--timeout', '1'],
        { cwd: folder({ 'slas/payments.yaml': PAYMENTS }), today: TODAY },
      );
      expect(run.code).toBe(2); // a runtime error, as the design says
      expect(run.stderr).toContain(
        `Prometheus at ${silent.url} did not answer within 1 s; check the server, or allow longer with --timeout SECONDS`,
      );
      expect(silent.requests).toHaveLength(1);
    } finally {
      await silent.close();
    }
  }, 15_000);

  it('sends the token, the query and the time as the HTTP API expects', async () => {
    const server = await recordingServer(() => ({
      status: 200,
      json: {
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [0, '42'] }] },
      },
    }));
    try {
      const run = await runCli(
        ['measure', '--prometheus', `${server.url}/prometheus/`, '--period', '2026-Q3'],
        {
          cwd: folder({ 'slas/payments.yaml': PAYMENTS }),
          today: TODAY,
          env: { SLAC_PROMETHEUS_TOKEN: 's3cret' },
        },
      );
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('value: 100%\n    good: 42\n    total: 42');
      expect(server.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
        ['POST', '/prometheus/api/v1/query', 'Bearer s3cret'],
        ['POST', '/prometheus/api/v1/query', 'Bearer s3cret'],
      ]);
      const form = new URLSearchParams(server.requests[0]?.body);
      expect(server.requests[0]?.headers['content-type']).toMatch(
        /^application\/x-www-form-urlencoded/,
      );
      expect(form.get('time')).toBe('2026-10-01T00:00:00Z');
      expect(form.get('query')).toBe(GOOD.replace('{{range}}', '7948800s'));
    } finally {
      await server.close();
    }
  });
});
