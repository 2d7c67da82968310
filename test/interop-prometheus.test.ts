// The queries `slac export` writes, run against a real Prometheus (Debian's /usr/bin/prometheus)
// over data generated here: they are valid PromQL over Sloth's short windows, and over a
// period they give the figures `slac measure` gives for that period.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { runCli } from './helpers/cli.js';
import { startPrometheus, type RunningPrometheus } from './helpers/prometheus.js';

const DAY = 86_400;
const START = Date.UTC(2026, 5, 1) / 1000; // 2026-06-01
const DAYS = 122; // to 2026-10-01
const dayOf = (i: number) => new Date((START + i * DAY) * 1000).toISOString().slice(0, 10);

/** Requests a day, and failures on some days; a gauge of the sessions' error ratio. */
const failedOn = (d: string) =>
  d === '2026-09-12' ? 900 : d === '2026-07-03' ? 4_000 : d.endsWith('-20') ? 35 : 0;
const errorRatioOn = (d: string) => (d >= '2026-09-15' ? 0.08 : 0.02);

function openMetrics(): string {
  const lines = ['# TYPE http_requests counter'];
  const counter = (labels: string, perDay: (d: string) => number) => {
    let total = 0;
    for (let i = 0; i <= DAYS; i++) {
      lines.push(`http_requests_total{${labels}} ${total} ${START + i * DAY}`);
      total += perDay(dayOf(i));
    }
  };
  counter('job="payments",code="200"', (d) => 50_000 - failedOn(d));
  counter('job="payments",code="500"', failedOn);
  lines.push('# TYPE session_error_ratio gauge');
  // Every six hours, so that a day's samples are each weighed alike over any period.
  for (let i = 0; i <= DAYS * 4; i++)
    lines.push(
      `session_error_ratio ${errorRatioOn(dayOf(Math.floor(i / 4)))} ${START + i * (DAY / 4)}`,
    );
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}

const GOOD = 'sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))';
const TOTAL = 'sum(increase(http_requests_total{job="payments"}[{{range}}]))';
const SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '@acme/payments' }
spec:
  service: { name: Payments API, summary: Card payments. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.95%
      window: month
      prometheus: { good: '${GOOD}', total: '${TOTAL}' }
    - id: errors
      title: Failed payments
      indicator: error-rate
      target: 0.1%
      window: month
      prometheus: { good: '${GOOD}', total: '${TOTAL}' }
    - id: quarterly
      title: Successful payments each quarter
      indicator: success-rate
      target: 99.9%
      window: quarter
      prometheus: { good: '${GOOD}', total: '${TOTAL}' }
    - id: satisfaction
      title: Satisfied sessions
      indicator: custom
      better: higher
      target: 95%
      window: month
      prometheus:
        value: 100 * (1 - (avg(avg_over_time(session_error_ratio[{{range}}]))))
`;

let prometheus: RunningPrometheus;
let dir: string;
beforeAll(async () => {
  prometheus = await startPrometheus(openMetrics());
  dir = mkdtempSync(join(tmpdir(), 'slac-interop-prom-'));
  mkdirSync(join(dir, 'slas'));
  writeFileSync(join(dir, 'slas/payments.yaml'), SLA);
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const TODAY = '2026-10-05';
const slac = (...args: string[]) => runCli(args, { cwd: dir, today: TODAY });

/** One instant query; the single number it returns. */
async function ask(query: string, time: string): Promise<number> {
  const res = await fetch(`${prometheus.url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time }),
  });
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data?: { resultType: string; result: Array<{ value: [number, string] }> | [number, string] };
  };
  if (body.status !== 'success') throw new Error(`${query}: ${body.error}`);
  const result = body.data?.result;
  if (body.data?.resultType === 'scalar') return Number((result as [number, string])[1]);
  const series = result as Array<{ value: [number, string] }>;
  if (series.length !== 1) throw new Error(`${query}: ${series.length} series`);
  return Number(series[0]?.value[1]);
}

/** Whether Prometheus accepts the query (its PromQL parses and evaluates). */
async function status(query: string): Promise<string> {
  const res = await fetch(`${prometheus.url}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: '2026-09-20T12:00:00Z' }),
  });
  const body = (await res.json()) as { status: string; error?: string };
  return body.status === 'success' ? 'success' : `${body.status}: ${body.error}`;
}

/** slac measure's figures for a period, by objective. */
async function measured(period: string): Promise<Record<string, number>> {
  const run = await slac(
    'measure',
    '--prometheus',
    prometheus.url,
    '--period',
    period,
    '--format',
    'json',
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout) as {
    files: Array<{ results: Array<{ objective: string; value: string }> }>;
  };
  return Object.fromEntries(
    (json.files[0]?.results ?? []).map((r) => [r.objective, Number.parseFloat(r.value)]),
  );
}

const PERIODS = {
  '2026-09': { range: `${30 * DAY}s`, time: '2026-10-01T00:00:00Z' },
  '2026-Q3': { range: `${92 * DAY}s`, time: '2026-10-01T00:00:00Z' },
} as const;

interface Source {
  metricSource: { spec: { query: string } };
}
interface OpenSloDoc {
  kind: string;
  metadata: { name: string };
  spec: { ratioMetric?: { rawType?: string; raw?: Source; good?: Source; total?: Source } };
}

interface SlothSlo {
  name: string;
  labels: { slac_window: string };
  sli: {
    events?: { error_query: string; total_query: string };
    raw?: { error_ratio_query: string };
  };
}

describe('exported queries against Prometheus', () => {
  it('Sloth: valid PromQL over its windows, and the figures slac measure gives', async () => {
    const run = await slac('export', 'sloth', '--out', 'sloth');
    expect(run.code).toBe(0);
    const slos: SlothSlo[] = [];
    for (const name of readdirSync(join(dir, 'sloth')).sort())
      slos.push(
        ...(parseYaml(readFileSync(join(dir, 'sloth', name), 'utf8')) as { slos: SlothSlo[] }).slos,
      );
    expect(slos.map((s) => s.name).sort()).toEqual([
      'errors',
      'quarterly',
      'satisfaction',
      'uptime',
    ]);

    const figures = { '2026-09': await measured('2026-09'), '2026-Q3': await measured('2026-Q3') };
    // What the generated data says: 935 of 1,500,000 requests failed in September; the
    // sessions' error ratio was 2% for 14 days and 8% for 16; 4,000 + 3 × 35 + 900 of
    // 4,600,000 requests failed in the third quarter.
    expect(figures['2026-09'].uptime).toBeCloseTo(100 - (935 / 1_500_000) * 100, 3);
    expect(figures['2026-09'].errors).toBeCloseTo((935 / 1_500_000) * 100, 3);
    expect(figures['2026-09'].satisfaction).toBeCloseTo(100 - (14 * 2 + 16 * 8) / 30, 1);
    expect(figures['2026-Q3'].quarterly).toBeCloseTo(
      100 - ((4_000 + 3 * 35 + 900) / 4_600_000) * 100,
      3,
    );

    for (const slo of slos) {
      const queries = slo.sli.events
        ? [slo.sli.events.error_query, slo.sli.events.total_query]
        : [slo.sli.raw?.error_ratio_query as string];
      // Sloth evaluates each query over its windows (5m … 3d): each must be valid PromQL.
      for (const q of queries) {
        for (const window of ['5m', '3d'])
          expect(await status(q.replace(/\{\{ *\.window *\}\}/g, window)), q).toBe('success');
        // Over Sloth's 3-day window there is data: one number comes back.
        const value = await ask(q.replace(/\{\{ *\.window *\}\}/g, '3d'), '2026-09-20T12:00:00Z');
        expect(Number.isFinite(value)).toBe(true);
      }

      const period = slo.labels.slac_window === 'quarter' ? '2026-Q3' : '2026-09';
      const { range, time } = PERIODS[period];
      const fill = (q: string) => q.replace(/\{\{ *\.window *\}\}/g, range);
      let errorShare: number;
      if (slo.sli.events) {
        const errors = await ask(fill(slo.sli.events.error_query), time);
        const total = await ask(fill(slo.sli.events.total_query), time);
        errorShare = (errors / total) * 100;
      } else errorShare = (await ask(fill(slo.sli.raw?.error_ratio_query as string), time)) * 100;
      const expected = figures[period][slo.name] as number;
      const value = slo.name === 'errors' ? errorShare : 100 - errorShare;
      expect(value, slo.name).toBeCloseTo(expected, 3);
    }
  });

  it('OpenSLO: the same figures from good and total, and from the raw ratio', async () => {
    expect((await slac('export', 'openslo', '--out', 'openslo')).code).toBe(0);
    const docs = parseAllDocuments(
      readFileSync(join(dir, 'openslo/payments-api.yaml'), 'utf8'),
    ).map((d) => (d as { toJS(): unknown }).toJS() as OpenSloDoc);
    const september = await measured('2026-09');
    const { range, time } = PERIODS['2026-09'];
    const fill = (q: string) => q.replace(/\{\{ *\.window *\}\}/g, range);
    const sli = (name: string) =>
      docs.find((d) => d.kind === 'SLI' && d.metadata.name === name)?.spec.ratioMetric;
    const uptime = sli('payments-api-uptime');
    const good = await ask(fill(uptime?.good?.metricSource.spec.query as string), time);
    const total = await ask(fill(uptime?.total?.metricSource.spec.query as string), time);
    expect((good / total) * 100).toBeCloseTo(september.uptime as number, 3);
    const satisfaction = sli('payments-api-satisfaction');
    expect(satisfaction?.rawType).toBe('failure');
    const ratio = await ask(fill(satisfaction?.raw?.metricSource.spec.query as string), time);
    expect((1 - ratio) * 100).toBeCloseTo(september.satisfaction as number, 3);
  });
});
