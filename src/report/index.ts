// The review report: for each SLA and objective, the measured results of the periods under
// review with their attainment (met, zone, budget, credit), the trend, breaches, credits owed
// and whether the SLA's review is due. Pure: SLAs, results and today in; a Report out.
import type { SlacConfig } from '../config/defaults.js';
import { formatMeasure } from '../diff/words.js';
import { measureFigure } from '../model/words.js';
import type { Indicator, Objective, Sla } from '../model/sla.js';
import { addCadence, formatWindow } from '../model/units.js';
import { attainment, outcome, type AttainmentSla, type Zone } from '../results/attainment.js';
import {
  comparePeriods,
  lastPeriods,
  periodKindOf,
  periodOf,
  shiftPeriod,
  type Period,
  type PeriodKind,
} from '../results/period.js';
import type { MeasuredResult } from '../results/validate.js';

export type Selection = { period: Period } | { last: number };

/** What the report reads of an SLA (a full Sla is one). */
export type ReportedSla = Pick<
  Sla,
  'id' | 'title' | 'owner' | 'effective' | 'review' | 'objectives' | 'credits'
> &
  AttainmentSla;

/** Of an SLA, only what the report reads (the rest of a loaded SLA need not be kept). */
export function reportedSla(sla: Sla): ReportedSla {
  return {
    id: sla.id,
    title: sla.title,
    owner: sla.owner,
    effective: sla.effective,
    ...(sla.review ? { review: sla.review } : {}),
    objectives: sla.objectives,
    ...(sla.credits ? { credits: sla.credits } : {}),
    serviceHours: { schedule: { minutesPerWeek: sla.serviceHours.schedule.minutesPerWeek } },
  };
}

export interface ReportInput {
  slas: readonly ReportedSla[];
  results: readonly MeasuredResult[];
  config: Pick<SlacConfig, 'report'>;
  /** ISO date: which periods are complete, and which reviews are due. */
  today: string;
  selection: Selection;
  /** Only SLAs of this owner ("@login" or "@org/team", any letter case). */
  owner?: string;
}

export interface ReportResult {
  period: string;
  /** The measured value as written for people ("99.97%", "280 ms"), or null: no data. */
  value: string | null;
  met: boolean | null;
  zone: Zone | null;
  budgetUsed: number | null;
  /** Credit owed in percent of the period's fee (0: none), where credits follow this objective. */
  credit: number | null;
  note: string | null;
  /** For availability: "13 min 9 s of 43 min 50 s allowed". */
  downtime: string | null;
}

export interface ReportObjective {
  id: string;
  title: string;
  indicator: Indicator;
  target: string;
  window: string;
  /** Which way is better, for reading the figures. */
  better: 'higher' | 'lower' | null;
  /** The zone of tolerance, where the objective has one. */
  tolerance: { desired: string; adequate: string } | null;
  results: ReportResult[];
  /** The latest result against the one before it; null with fewer than two. */
  trend: 'better' | 'worse' | 'steady' | null;
  /** Periods missed. */
  breaches: number;
}

export interface ReportSla {
  id: string;
  title: string;
  owner: string;
  review: {
    /** When the next review is due (lastReviewed + every), or null without a review cadence. */
    due: string | null;
    overdue: boolean;
    /** Due within `report.reviewNotice` of today (and not yet overdue). */
    dueSoon: boolean;
  };
  /** The SLA's effective dates: only periods within them are reported. */
  effective: { from: string; until: string | null };
  objectives: ReportObjective[];
  /** Credits owed, period by period (only periods that owe one). */
  creditsOwed: { period: string; credit: number }[];
}

export interface Report {
  /** What the report covers, in words: "the last 12 periods of each objective", "2026-11". */
  scope: string;
  /** Every period the report shows, oldest first. */
  periods: string[];
  today: string;
  slas: ReportSla[];
  summary: { met: number; missed: number; noData: number };
}

/**
 * A report whose SLAs are worked out one at a time as `slas` is iterated (once), to be written
 * as they come: the report of 10,000 SLAs is never held whole. `summary` counts what has been
 * iterated, so it is complete once the iteration ends; `periods` is known from the start.
 */
export interface ReportInParts extends Omit<Report, 'slas'> {
  slas: Iterable<ReportSla>;
}

export function buildReport(input: ReportInput): Report {
  return wholeReport(reportInParts(input));
}

/** The report, its SLAs reported as `slas` is iterated (see ReportInParts). */
export function reportInParts(input: ReportInput): ReportInParts {
  const reporter = createReporter(input);
  const owner = input.owner?.toLowerCase();
  const slas = [...input.slas]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .filter((sla) => !owner || sla.owner.toLowerCase() === owner);
  const scope =
    'last' in input.selection
      ? `the last ${input.selection.last === 1 ? 'complete period' : `${input.selection.last} complete periods`} of each objective`
      : input.selection.period.id;
  return {
    scope,
    periods: reporter.periodsOf(slas),
    today: input.today,
    slas: (function* () {
      for (const sla of slas) yield reporter.report(sla);
    })(),
    summary: reporter.summary,
  };
}

/** A report in parts with its SLAs all reported (for forms that need the summary first). */
export function wholeReport(report: ReportInParts): Report {
  if (Array.isArray(report.slas)) return report as Report;
  const slas = [...report.slas];
  return {
    scope: report.scope,
    periods: report.periods,
    today: report.today,
    slas,
    summary: report.summary,
  };
}

/**
 * One objective's periods under review, each with its result, whether it met the target and,
 * for availability, the downtime it stands for (what the catalog shows).
 */
export interface AttainedObjective {
  objective: Objective;
  periods: readonly Period[];
  rows: {
    period: Period;
    measured: MeasuredResult | undefined;
    met: boolean | null;
    downtimeSeconds: number | undefined;
  }[];
}

/** Reports SLAs one at a time over results indexed once (see createReporter). */
export interface Reporter {
  /** Each objective's periods under review with their outcome (counted nowhere). */
  attained(sla: ReportedSla): AttainedObjective[];
  /** The report of one SLA; counts its periods into `summary`. */
  report(sla: ReportedSla): ReportSla;
  /** Every period the reports of these SLAs show, oldest first. */
  periodsOf(slas: readonly ReportedSla[]): string[];
  summary: Report['summary'];
}

/** One objective's periods under review, each with its result (undefined: no data). */
interface MeasuredPeriods {
  objective: Objective;
  kind: PeriodKind;
  periods: readonly Period[];
  measured: (MeasuredResult | undefined)[];
}

/**
 * The work of buildReport that every SLA shares, done once: the results indexed by SLA, the
 * periods of each kind under review, the date a review counts as due soon. The catalog
 * reports each service as its page is rendered, without holding a report of every SLA.
 */
export function createReporter(input: Omit<ReportInput, 'slas' | 'owner'>): Reporter {
  // By SLA, in the order given: no text key is built per result, and an SLA's few results
  // are found by objective and period among themselves.
  const bySla = new Map<string, MeasuredResult[]>();
  for (const r of input.results) {
    const list = bySla.get(r.sla);
    if (list) list.push(r);
    else bySla.set(r.sla, [r]);
  }
  const summary = { met: 0, missed: 0, noData: 0 };
  // The periods under review of each kind, worked out once: the same objects for every SLA.
  const periodsOfKind = new Map<PeriodKind, readonly Period[]>();
  const periodsOf = (kind: PeriodKind): readonly Period[] => {
    let all = periodsOfKind.get(kind);
    if (!all) {
      all = selectedPeriods(kind, input);
      periodsOfKind.set(kind, all);
    }
    return all;
  };
  const notice = new Date(
    Date.parse(`${input.today}T00:00:00Z`) + input.config.report.reviewNoticeSeconds * 1000,
  )
    .toISOString()
    .slice(0, 10);

  const measuredOf = (sla: ReportedSla): MeasuredPeriods[] => {
    const mine = bySla.get(sla.id);
    return sla.objectives.map((objective) => {
      const kind = periodKindOf(objective.window);
      const periods = withinEffective(sla, periodsOf(kind));
      // Of results given twice, the later counts.
      const byPeriod = new Map<string, MeasuredResult>();
      if (mine)
        for (const r of mine) if (r.objective === objective.id) byPeriod.set(r.period.id, r);
      return { objective, kind, periods, measured: periods.map((p) => byPeriod.get(p.id)) };
    });
  };

  const attained = (sla: ReportedSla): AttainedObjective[] =>
    measuredOf(sla).map(({ objective, kind, periods, measured }) => ({
      objective,
      periods,
      rows: periods.map((period, i) => {
        const m = measured[i];
        const o = outcome(sla, objective, m?.value, kind);
        return { period, measured: m, met: o.met, downtimeSeconds: o.downtimeSeconds };
      }),
    }));

  const report = (sla: ReportedSla): ReportSla => {
    const creditsOwed: ReportSla['creditsOwed'] = [];
    const objectives = measuredOf(sla).map(
      ({ objective: o, kind, periods, measured: found }): ReportObjective => {
        const results = periods.map((period, i): ReportResult => {
          const measured = found[i];
          const a = attainment(sla, o, measured?.value, kind);
          if (a.met === null) summary.noData++;
          else if (a.met) summary.met++;
          else summary.missed++;
          if (a.credit) creditsOwed.push({ period: period.id, credit: a.credit });
          return {
            period: period.id,
            value: measured ? measureFigure(measured.value) : null,
            met: a.met,
            zone: a.zone,
            budgetUsed: a.budgetUsed,
            credit: a.credit,
            note: measured?.note ?? null,
            downtime: a.downtime?.words ?? null,
          };
        });
        return {
          id: o.id,
          title: o.title,
          indicator: o.indicator,
          target: measureFigure(o.target),
          window: formatWindow(o.window),
          better: o.better ?? null,
          tolerance: o.tolerance
            ? {
                desired: formatMeasure(o.tolerance.desired),
                adequate: formatMeasure(o.tolerance.adequate),
              }
            : null,
          results,
          trend: trendOf(o, found),
          breaches: results.filter((r) => r.met === false).length,
        };
      },
    );
    return {
      id: sla.id,
      title: sla.title,
      owner: sla.owner,
      review: reviewOf(sla, input.today, notice),
      effective: { from: sla.effective.from, until: sla.effective.until ?? null },
      objectives,
      creditsOwed,
    };
  };
  const shownBy = (slas: readonly ReportedSla[]) => {
    // Each objective's report shows a row for every period under review within its SLA's
    // dates; those of one kind are the same objects for every SLA.
    const shown = new Set<Period>();
    for (const sla of slas)
      for (const objective of sla.objectives)
        for (const period of withinEffective(sla, periodsOf(periodKindOf(objective.window))))
          shown.add(period);
    const distinct = new Map<string, Period>();
    for (const p of shown) distinct.set(`${p.kind} ${p.id}`, p);
    return [...distinct.values()]
      .sort((a, b) => comparePeriods(a, b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
      .map((p) => p.id);
  };
  return { attained, report, periodsOf: shownBy, summary };
}

const KIND_ORDER = { year: 0, quarter: 1, month: 2, week: 3 } as const;

/**
 * The periods of a kind under review: with `--last N`, the last N complete periods; with
 * `--period P`, those that overlap P and have begun.
 */
function selectedPeriods(kind: PeriodKind, input: Omit<ReportInput, 'slas'>): Period[] {
  if ('last' in input.selection) return lastPeriods(kind, input.today, input.selection.last);
  const p = input.selection.period;
  const periods: Period[] = [];
  for (let q = periodOf(kind, p.start); q.start <= p.end; q = shiftPeriod(q, 1))
    if (q.start <= input.today) periods.push(q);
  return periods;
}

/** Periods wholly outside the SLA's effective dates are left out. */
function withinEffective(sla: ReportedSla, periods: readonly Period[]): Period[] {
  const { from, until } = sla.effective;
  return periods.filter((p) => p.end >= from && (until === undefined || p.start <= until));
}

function trendOf(
  o: Objective,
  measured: readonly (MeasuredResult | undefined)[],
): ReportObjective['trend'] {
  const values = measured.flatMap((r) =>
    r ? [r.value.kind === 'duration' ? r.value.seconds : r.value.value] : [],
  );
  if (values.length < 2 || o.better === undefined) return null;
  const [before, last] = values.slice(-2) as [number, number];
  if (before === last) return 'steady';
  return (o.better === 'higher') === last > before ? 'better' : 'worse';
}

function reviewOf(sla: ReportedSla, today: string, notice: string): ReportSla['review'] {
  if (!sla.review) return { due: null, overdue: false, dueSoon: false };
  const due = addCadence(sla.review.lastReviewed, sla.review.every);
  const overdue = due < today;
  return { due, overdue, dueSoon: !overdue && due <= notice };
}
