// `slac measure`: each objective with Prometheus queries, measured for a period. One instant
// query per part at the period's exclusive end (00:00 UTC of the day after its last day), over
// the period's length, so `increase(...[{{range}}])` counts exactly the period's events.
import { INDICATORS } from '../model/indicators.js';
import { isRatioIndicator, type Objective, type Sla } from '../model/sla.js';
import { lastPeriods, periodKindOf, type Period } from '../results/period.js';
import type { PrometheusClient, QueryAnswer } from './prometheus.js';
import { formatMeasured } from './round.js';

export type { PrometheusClient, QueryAnswer } from './prometheus.js';
export { createHttpPrometheus, redact, DEFAULT_TIMEOUT_MS } from './http.js';
export { resultsFileText } from './file.js';
export { planResultsWrites, resultsPathOf, type ResultsFolder } from './plan.js';

export interface MeasuredRow {
  sla: string;
  objective: string;
  /** In the objective's target syntax: "99.985%", "406ms", "1200 rps". */
  value: string;
  good?: number;
  total?: number;
}

export interface MeasuredPeriod {
  period: Period;
  rows: MeasuredRow[];
}

export interface MeasureFailure {
  sla: string;
  objective: string;
  /** The query as sent ({{range}} filled in). */
  query: string;
  message: string;
}

export interface MeasureOutcome {
  /** Periods with at least one measured objective, oldest first. */
  periods: MeasuredPeriod[];
  failures: MeasureFailure[];
  /** True when a failure stopped the run before every objective was asked for. */
  stopped: boolean;
}

export interface MeasureRequest {
  slas: readonly Sla[];
  prometheus: PrometheusClient;
  /** ISO date; the default period of each objective is the last complete one before it. */
  today: string;
  /** One period: only objectives reported in periods of its kind are measured. */
  period?: Period;
}

const DAY_MS = 86_400_000;

/** The instant a period is measured at: the day after its last day, 00:00 UTC. */
export function periodEnd(period: Period): string {
  return new Date(Date.parse(`${period.end}T00:00:00Z`) + DAY_MS)
    .toISOString()
    .replace('.000Z', 'Z');
}

/** The period's length in seconds, as {{range}} gets it: "2592000s" for a month of 30 days. */
export function periodRange(period: Period): string {
  const seconds = (Date.parse(periodEnd(period)) - Date.parse(`${period.start}T00:00:00Z`)) / 1000;
  return `${seconds}s`;
}

/** The objectives a run measures, with their period (SLAs not in force then are left out). */
export function planMeasurements(
  slas: readonly Sla[],
  today: string,
  period?: Period,
): Array<{ sla: Sla; objective: Objective; period: Period }> {
  const out: Array<{ sla: Sla; objective: Objective; period: Period }> = [];
  for (const sla of [...slas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const objective of sla.objectives) {
      if (!objective.prometheus) continue;
      const kind = periodKindOf(objective.window);
      if (period && period.kind !== kind) continue;
      const p = period ?? (lastPeriods(kind, today, 1)[0] as Period);
      if (p.end < sla.effective.from) continue;
      if (sla.effective.until !== undefined && p.start > sla.effective.until) continue;
      out.push({ sla, objective, period: p });
    }
  }
  return out;
}

export async function measure(request: MeasureRequest): Promise<MeasureOutcome> {
  const plan = planMeasurements(request.slas, request.today, request.period);
  const byPeriod = new Map<string, MeasuredPeriod>();
  const failures: MeasureFailure[] = [];
  for (const { sla, objective, period } of plan) {
    const got = await measureObjective(request.prometheus, objective, period);
    if (!got.ok) {
      failures.push({
        sla: sla.id,
        objective: objective.id,
        query: got.query,
        message: got.message,
      });
      if (got.fatal) return { periods: sorted(byPeriod), failures, stopped: true };
      continue;
    }
    let entry = byPeriod.get(period.id);
    if (!entry) byPeriod.set(period.id, (entry = { period, rows: [] }));
    entry.rows.push({ sla: sla.id, objective: objective.id, ...got.row });
  }
  return { periods: sorted(byPeriod), failures, stopped: false };
}

/** By the day periods end, the shorter first: 2026-09 before 2026-Q3. */
function sorted(map: Map<string, MeasuredPeriod>): MeasuredPeriod[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...map.values()].sort(
    (a, b) => cmp(a.period.end, b.period.end) || cmp(b.period.start, a.period.start),
  );
}

type Measured =
  | { ok: true; row: Omit<MeasuredRow, 'sla' | 'objective'> }
  | { ok: false; query: string; message: string; fatal: boolean };

async function measureObjective(
  client: PrometheusClient,
  o: Objective,
  period: Period,
): Promise<Measured> {
  const q = o.prometheus;
  if (!q) throw new Error('unreachable: planned objectives have queries');
  const time = periodEnd(period);
  const range = periodRange(period);
  const fill = (promql: string) => promql.replace(/\{\{\s*range\s*\}\}/g, range);
  const ask = async (part: string, promql: string) => {
    const query = fill(promql);
    const answer = await client.query(query, time);
    const n = oneNumber(answer, part);
    return n.ok
      ? { ok: true as const, value: n.value }
      : { ok: false as const, query, message: n.message, fatal: n.fatal };
  };

  if (q.kind === 'value') {
    const v = await ask('value', q.value);
    if (!v.ok) return v;
    const formatted = formatMeasured(o, v.value);
    if (!formatted.ok)
      return { ok: false, query: fill(q.value), message: formatted.reason, fatal: false };
    return { ok: true, row: { value: formatted.value } };
  }
  if (!isRatioIndicator(o.indicator))
    throw new Error('unreachable: ratio queries on a ratio indicator');
  const good = await ask('good', q.good);
  if (!good.ok) return good;
  const total = await ask('total', q.total);
  if (!total.ok) return total;
  const both = `good: ${fill(q.good)}; total: ${fill(q.total)}`;
  if (total.value === 0)
    return {
      ok: false,
      query: fill(q.total),
      fatal: false,
      message: `total is 0: no events in ${period.id}, so there is no share to report; check that the metric has data for the period, or enter the period by hand`,
    };
  if (good.value < 0 || total.value < 0)
    return {
      ok: false,
      query: both,
      fatal: false,
      message: `a count is negative (good ${good.value}, total ${total.value}); count events with increase(...) of a counter`,
    };
  if (good.value > total.value * (1 + 1e-9))
    return {
      ok: false,
      query: both,
      fatal: false,
      message: `good (${good.value}) is more than total (${total.value}); good must count a part of the events total counts (the same metric and labels, with one more filter)`,
    };
  const share = Math.min(100, (good.value / total.value) * 100);
  const value = INDICATORS[o.indicator].ratio === 'failed' ? 100 - share : share;
  const formatted = formatMeasured(o, value);
  if (!formatted.ok) return { ok: false, query: both, message: formatted.reason, fatal: false };
  return {
    ok: true,
    row: { value: formatted.value, good: Math.round(good.value), total: Math.round(total.value) },
  };
}

/** The one finite number an answer must hold, or what to do about it. */
function oneNumber(
  answer: QueryAnswer,
  part: string,
): { ok: true; value: number } | { ok: false; message: string; fatal: boolean } {
  if (!answer.ok) return { ok: false, message: answer.message, fatal: answer.fatal };
  const fail = (message: string) => ({
    ok: false as const,
    message: `${part}: ${message}`,
    fatal: false,
  });
  if (answer.resultType === 'matrix')
    return fail(
      'the query returned a range vector; wrap it in a function over the period, e.g. increase(...[{{range}}])',
    );
  if (answer.resultType === 'string')
    return fail('the query returned a string; it must give one number');
  const samples = answer.samples;
  if (samples.length === 0)
    return fail('the query returned no series: check the job label and the metric name');
  if (samples.length > 1) {
    const labels = samples
      .slice(0, 2)
      .map((s) => labelText(s.metric))
      .join(', ');
    return fail(
      `the query returned ${samples.length} series (${labels}${samples.length > 2 ? ', …' : ''}) where one was expected: aggregate with sum(...)`,
    );
  }
  const text = (samples[0] as { value: string }).value;
  const infinite = /^([+-]?)Inf$/i.exec(text);
  const value = infinite ? (infinite[1] === '-' ? -Infinity : Infinity) : Number(text);
  if (Number.isNaN(value))
    return fail(
      'the query returned NaN (no data in the period, or 0 / 0): check that the metric has data for the period',
    );
  if (!Number.isFinite(value))
    return fail(
      `the query returned ${text}${value > 0 ? ' (for histogram_quantile: the quantile lies in the +Inf bucket, so the histogram needs a bucket above it)' : ''}; it must give a finite number`,
    );
  return { ok: true, value };
}

function labelText(metric: Record<string, string>): string {
  const entries = Object.entries(metric);
  return entries.length === 0 ? '{}' : `{${entries.map(([k, v]) => `${k}="${v}"`).join(',')}}`;
}
