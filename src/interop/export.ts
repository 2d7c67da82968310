// slac objectives → Sloth `prometheus/v1` specs and OpenSLO v1 documents, so that Sloth (or
// Pyrra, or an OpenSLO platform) generates the burn-rate alerts from the same queries the
// contract is measured with. Only objectives with `prometheus` queries that the other spec
// can hold are exported; every other one is named with the reason.
import { stringify } from 'yaml';
import { formatWindow, type Window } from '../model/units.js';
import type { Objective } from '../model/sla.js';
import type { LoadedSla } from '../validate/index.js';
import { noticeAt, type Notice } from './notice.js';
import {
  errorsFromGood,
  hasRange,
  pointsOfQuantile,
  rangeToWindow,
  ratioOfPercent,
} from './promql.js';

interface ExportedFile {
  /** File name: `<sla id>.yaml`, or `<sla id>-<window>.yaml` for Sloth specs of several periods. */
  name: string;
  text: string;
  sla: string;
  objectives: number;
}

export interface ExportOutcome {
  files: ExportedFile[];
  notices: Notice[];
}

type Refused = { reason: string };

function refuse(s: LoadedSla, i: number, reason: string, notices: Notice[]): void {
  notices.push(
    noticeAt(
      s.file,
      s.source.locate(['spec', 'objectives', i]),
      'not-converted',
      reason,
      `objective ${s.sla.objectives[i]?.id ?? i}`,
    ),
  );
}

/** The percentage a ratio objective promises of good events (error-rate: its complement). */
function goodPercent(o: Objective): number {
  const t = o.target.kind === 'percent' ? o.target.value : NaN;
  return o.indicator === 'error-rate' ? Number((100 - t).toPrecision(12)) : t;
}

// ---------------------------------------------------------------------------------------
// Sloth

/** Names Sloth accepts (its pkg/common/conventions). */
const SLOTH_NAME = /^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$/;

/** Sloth's period for a slac window: rolling as written; calendar periods as days. */
function slothPeriod(w: Window): string {
  if (w.kind === 'calendar')
    return { week: '7d', month: '30d', quarter: '90d', year: '365d' }[w.unit];
  const days = w.seconds / 86_400;
  return Number.isInteger(days) ? `${days}d` : `${Math.round(w.seconds / 3600)}h`;
}

type SlothSli =
  { events: { error_query: string; total_query: string } } | { raw: { error_ratio_query: string } };

function slothSli(o: Objective): SlothSli | Refused {
  const q = o.prometheus;
  if (!q) return { reason: 'it has no prometheus queries to export' };
  if (q.kind === 'ratio') {
    if (!hasRange(q.good) || !hasRange(q.total))
      return {
        reason:
          'its queries have no {{range}}, and Sloth needs {{.window}} in each query to evaluate it over its windows',
      };
    const errors = rangeToWindow(errorsFromGood(q.good, q.total));
    const total = rangeToWindow(q.total.trim());
    if (errors === total) return { reason: 'its error and total queries would be the same' };
    return { events: { error_query: errors, total_query: total } };
  }
  if (o.indicator === 'custom' && o.target.kind === 'percent' && o.better === 'higher') {
    if (!hasRange(q.value))
      return { reason: 'its value query has no {{range}}, and Sloth needs {{.window}}' };
    const { ratio, kind } = ratioOfPercent(q.value);
    const errorRatio = kind === 'failure' ? ratio : `1 - (${ratio})`;
    return { raw: { error_ratio_query: rangeToWindow(errorRatio) } };
  }
  return {
    reason: `Sloth's SLIs are shares of good events, and ${o.indicator === 'custom' ? 'this custom objective' : `a ${o.indicator} objective`} measures one value${o.indicator === 'latency' ? ' — a success-rate objective counting the requests faster than the target exports (see docs/measure.md)' : ''}`,
  };
}

function alertName(...parts: string[]): string {
  return parts
    .join('-')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** One Sloth `prometheus/v1` spec per SLA (per period where its objectives differ). */
export function exportSloth(slas: readonly LoadedSla[], command: string): ExportOutcome {
  const files: ExportedFile[] = [];
  const notices: Notice[] = [];
  for (const s of sorted(slas)) {
    const byPeriod = new Map<string, Array<{ o: Objective; slo: Record<string, unknown> }>>();
    s.sla.objectives.forEach((o, i) => {
      const sli = slothSli(o);
      if ('reason' in sli) return refuse(s, i, sli.reason, notices);
      if (!SLOTH_NAME.test(o.id) || !SLOTH_NAME.test(s.sla.id))
        return refuse(
          s,
          i,
          `Sloth names have at least two characters (${SLOTH_NAME.source}); rename ${SLOTH_NAME.test(o.id) ? `the SLA ${s.sla.id}` : `the objective`}`,
          notices,
        );
      const objective = o.target.kind === 'percent' ? goodPercent(o) : NaN;
      if (!(objective > 0 && objective <= 100))
        return refuse(
          s,
          i,
          `its target is no percentage above 0 and at most 100 of good events, as Sloth's objective must be`,
          notices,
        );
      const period = slothPeriod(o.window);
      const slo = {
        name: o.id,
        objective,
        description: o.title,
        labels: { category: o.indicator, slac_window: formatWindow(o.window) },
        sli,
        alerting: {
          name: alertName(s.sla.id, o.id),
          page_alert: { labels: { severity: 'critical' } },
          ticket_alert: { labels: { severity: 'warning' } },
        },
      };
      const list = byPeriod.get(period) ?? [];
      list.push({ o, slo });
      byPeriod.set(period, list);
    });
    const periods = [...byPeriod.keys()].sort();
    for (const period of periods) {
      const entries = byPeriod.get(period) ?? [];
      const name = periods.length === 1 ? `${s.sla.id}.yaml` : `${s.sla.id}-${period}.yaml`;
      const calendar = entries
        .filter((e) => e.o.window.kind === 'calendar')
        .map((e) => `${e.o.id} (${formatWindow(e.o.window)})`);
      const header = [
        `# Exported by "${command}" from ${s.file} (slac/v1): the objectives of SLA ${s.sla.id} that Sloth can alert on.`,
        `# Generate the rules with: sloth generate -i ${name} --default-slo-period=${period}`,
        ...(calendar.length > 0
          ? [
              `# Sloth's periods roll: ${calendar.join(', ')} ${calendar.length === 1 ? 'is' : 'are'} alerted on over a rolling ${period}; slac reports per calendar period.`,
            ]
          : []),
        '# Edit the SLA, not this file: export again after a change.',
      ].join('\n');
      const spec = {
        version: 'prometheus/v1',
        service: s.sla.id,
        labels: { owner: s.sla.owner, ...(s.sla.tier !== undefined ? { tier: s.sla.tier } : {}) },
        slos: entries.map((e) => e.slo),
      };
      files.push({
        name,
        text: `${header}\n${stringify(spec, { lineWidth: 0 })}`,
        sla: s.sla.id,
        objectives: entries.length,
      });
    }
  }
  return { files, notices };
}

// ---------------------------------------------------------------------------------------
// OpenSLO

function openSloWindow(w: Window, from: string): Record<string, unknown> {
  if (w.kind === 'calendar')
    return {
      duration: { week: '1w', month: '1M', quarter: '1Q', year: '1Y' }[w.unit],
      isRolling: false,
      calendar: { startTime: `${from} 00:00:00`, timeZone: 'UTC' },
    };
  const days = w.seconds / 86_400;
  return {
    duration: Number.isInteger(days) ? `${days}d` : `${Math.round(w.seconds / 3600)}h`,
    isRolling: true,
  };
}

/** A name OpenSLO implementations accept (RFC 1123: at most 63 characters). */
function openSloName(...parts: string[]): string {
  return parts.join('-').slice(0, 63).replace(/-+$/, '');
}

function source(query: string): Record<string, unknown> {
  return { metricSource: { type: 'Prometheus', spec: { query } } };
}

function openSloIndicator(
  o: Objective,
): { spec: Record<string, unknown>; target: number; op?: string; value?: number } | Refused {
  const q = o.prometheus;
  if (!q) return { reason: 'it has no prometheus queries to export' };
  const fraction = (p: number) => Number((p / 100).toPrecision(12));
  if (q.kind === 'ratio') {
    if (!hasRange(q.good) || !hasRange(q.total))
      return {
        reason: 'its queries have no {{range}}, so they read one instant and no window of events',
      };
    return {
      spec: {
        ratioMetric: {
          counter: true,
          good: source(rangeToWindow(q.good.trim())),
          total: source(rangeToWindow(q.total.trim())),
        },
      },
      target: fraction(goodPercent(o)),
    };
  }
  if (o.indicator === 'custom' && o.target.kind === 'percent' && o.better === 'higher') {
    const { ratio, kind } = ratioOfPercent(q.value);
    return {
      spec: { ratioMetric: { rawType: kind, raw: source(rangeToWindow(ratio)) } },
      target: fraction(o.target.value),
    };
  }
  const points = pointsOfQuantile(q.value);
  if (o.indicator === 'custom' && o.target.kind === 'quantity' && points && o.better) {
    const lower = o.better === 'lower';
    return {
      spec: { thresholdMetric: source(rangeToWindow(points.query)) },
      target: lower ? points.quantile : Number((1 - points.quantile).toPrecision(12)),
      op: lower ? 'lt' : 'gt',
      value: o.target.value,
    };
  }
  return {
    reason: `a ${o.indicator} objective measured as one value over the period has no OpenSLO form (OpenSLO counts good events or good data points)`,
  };
}

/** Per SLA: its Service, and an SLI and an SLO for each objective with queries. */
export function exportOpenSlo(slas: readonly LoadedSla[], command: string): ExportOutcome {
  const files: ExportedFile[] = [];
  const notices: Notice[] = [];
  for (const s of sorted(slas)) {
    const sla = s.sla;
    const docs: unknown[] = [];
    const names = new Set<string>();
    sla.objectives.forEach((o, i) => {
      const indicator = openSloIndicator(o);
      if ('reason' in indicator) return refuse(s, i, indicator.reason, notices);
      if (!(indicator.target > 0 && indicator.target < 1))
        return refuse(
          s,
          i,
          `its target ${indicator.target} is not a fraction above 0 and below 1, as OpenSLO's target must be`,
          notices,
        );
      const name = openSloName(sla.id, o.id);
      if (names.has(name))
        return refuse(
          s,
          i,
          `its OpenSLO name ${name} (cut to 63 characters) is another objective's; shorten the ids`,
          notices,
        );
      names.add(name);
      docs.push({
        apiVersion: 'openslo/v1',
        kind: 'SLI',
        metadata: { name, displayName: o.title },
        spec: indicator.spec,
      });
      docs.push({
        apiVersion: 'openslo/v1',
        kind: 'SLO',
        metadata: {
          name,
          displayName: o.title,
          annotations: { 'slac.dev/objective': o.id, 'slac.dev/indicator': o.indicator },
        },
        spec: {
          ...(o.description !== undefined ? { description: o.description.slice(0, 1050) } : {}),
          service: sla.id,
          indicatorRef: name,
          timeWindow: [openSloWindow(o.window, sla.effective.from)],
          budgetingMethod: 'Occurrences',
          objectives: [
            {
              displayName: o.title,
              ...(indicator.op !== undefined ? { op: indicator.op, value: indicator.value } : {}),
              target: indicator.target,
            },
          ],
        },
      });
    });
    if (docs.length === 0) continue;
    const service = {
      apiVersion: 'openslo/v1',
      kind: 'Service',
      metadata: {
        name: openSloName(sla.id),
        displayName: sla.title,
        ...(sla.tier !== undefined ? { labels: { tier: sla.tier } } : {}),
        annotations: { 'slac.dev/owner': sla.owner },
      },
      spec: { description: sla.service.summary.slice(0, 1050) },
    };
    const header = [
      `# Exported by "${command}" from ${s.file} (slac/v1): OpenSLO v1 documents for the objectives of SLA ${sla.id} with Prometheus queries.`,
      "# Queries use {{.window}} for the SLO tool's evaluation window, as Sloth does. Edit the SLA, not this file.",
    ].join('\n');
    const text = [service, ...docs].map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
    files.push({
      name: `${sla.id}.yaml`,
      text: `${header}\n${text}`,
      sla: sla.id,
      objectives: docs.length / 2,
    });
  }
  return { files, notices };
}

function sorted(slas: readonly LoadedSla[]): LoadedSla[] {
  return [...slas].sort((a, b) => (a.sla.id < b.sla.id ? -1 : a.sla.id > b.sla.id ? 1 : 0));
}
