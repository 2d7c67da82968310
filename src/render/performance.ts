// "How we performed": what the catalog tells customers about the measured results of each
// objective over its last `report.periods` complete periods — met or missed in words and
// numbers, a chart, and a table with the same data. Pure: SLAs, results and today in.
// Customer-facing: no reviewer words ("budget", "weakened"); no data is never shown as met.
import type { SlacConfig } from '../config/index.js';
import { formatMeasure } from '../diff/words.js';
import { performanceWords } from '../model/indicators.js';
import type { Measure, Objective, Sla } from '../model/sla.js';
import { MINUTES_PER_WEEK } from '../model/units.js';
import { chartSvg } from '../report/chart.js';
import { createReporter, type AttainedObjective } from '../report/index.js';
import { periodKindOf, type Period, type PeriodKind } from '../results/period.js';
import type { MeasuredResult } from '../results/validate.js';
import { MONTH_NAMES } from '../model/words.js';
import { approxDuration, measureFigure, phraseText, type Phrase } from './words.js';

const ORDINALS = ['first', 'second', 'third', 'fourth'];
const KIND_PLURAL: Record<PeriodKind, string> = {
  week: 'weeks',
  month: 'months',
  quarter: 'quarters',
  year: 'years',
};

export type Outcome = 'met' | 'missed' | 'no-data';

/** One period of one objective, as the page's table and sentences show it. */
export interface PerformanceRow {
  /** As in results files: "2026-11", "2026-Q3", "2026-W47", "2026". */
  period: string;
  /** For people: "November 2026", "Q3 2026", "Week of 16 November 2026", "2026". */
  label: string;
  /** The measured value as written for people ("99.982%", "261 ms"); null: no data. */
  value: string | null;
  met: boolean | null;
  outcome: Outcome;
  /** "Met", "Missed", "No data": the outcome in words, never only a colour. */
  outcomeText: string;
  /** Availability only: the downtime the value stands for, rounded ("about 8 min"). */
  downtime: string | null;
  /** The exact downtime ("7 min 53 s") when `downtime` is rounded, else null. */
  downtimeExact: string | null;
  /** The note of the result, shown to customers as written. */
  note: string | null;
  /** "In November 2026 the service was available 99.982% of the time, 7 min 53 s of downtime; we commit to 99.95%: met." */
  sentence: string;
  /** The sentence with the exact downtime of its rounded figure (partials/phrase.hbs). */
  sentenceParts: Phrase;
}

export interface ObjectivePerformance {
  id: string;
  title: string;
  /** The commitment as a figure ("99.95%", "p95 ≤ 300 ms" is on the commitments; here "99.95%"). */
  target: string;
  /** False when no period shown has a result: the page then says so instead of a table. */
  hasResults: boolean;
  /** "the last 12 months". */
  span: string;
  /** The sentence of the latest period shown (or that there is none). */
  latest: string;
  latestParts: Phrase;
  /** The latest period's outcome (for styling; the sentence says it in words). */
  latestOutcome: Outcome;
  /** The latest period's note, if any. */
  latestNote: string | null;
  /** "Met in 10 of the last 12 months; missed in 1 (August 2026); no data for 1 (March 2026)." */
  summary: string;
  /** The periods missed before the latest one, newest first, each a sentence (with its note). */
  missed: { sentence: string; sentenceParts: Phrase; note: string | null }[];
  /** The chart as SVG markup; every text in it is escaped (it is placed with {{{ }}}). */
  chartSvg: string | null;
  /** "Monthly uptime: results of the last 12 months". */
  caption: string;
  /** Availability objectives get a downtime column. */
  showDowntime: boolean;
  /** Whether any period has a note (else the table has no note column). */
  showNotes: boolean;
  rows: PerformanceRow[];
}

export interface ServicePerformance {
  hasResults: boolean;
  objectives: ObjectivePerformance[];
  /** The index's line: "November 2026: all 2 objectives met", "No results yet". */
  glance: string;
  /** Whether the latest periods include a missed objective (for styling; the text says it). */
  glanceMissed: boolean;
}

/** The catalog.json `performance` entry (the design's contract). */
export interface PerformanceEntry {
  objective: string;
  period: string;
  value: string | null;
  met: boolean | null;
}

/**
 * The performance of each SLA, computed when asked for (a service at a time, as its page is
 * rendered). `today` decides which periods are complete; when it is undefined, the day after
 * the latest period that has a result stands in for it (so a render outside git still shows
 * the latest results, and never reads the clock).
 */
export function performanceOf(
  results: readonly MeasuredResult[],
  config: Pick<SlacConfig, 'report'>,
  today: string | undefined,
): (sla: Sla) => ServicePerformance {
  const day = today ?? dayAfterLatest(results);
  if (day === undefined) return noResults;
  const reporter = createReporter({
    results,
    config,
    today: day,
    selection: { last: config.report.periods },
  });
  // The words of a period are the same for every objective reported in it.
  const named = new Map<string, PeriodNames>();
  const namesOf = (period: Period): PeriodNames => {
    let names = named.get(period.id);
    if (!names) {
      names = { label: periodLabel(period), words: periodWords(period), short: shortLabel(period) };
      named.set(period.id, names);
    }
    return names;
  };
  return (sla) => {
    const objectives = reporter
      .attained(sla)
      .map(({ objective, rows }) => objectivePerformance(sla, objective, rows, namesOf));
    return {
      hasResults: objectives.some((o) => o.hasResults),
      objectives,
      ...glanceOf(objectives),
    };
  };
}

/** A period in words: "November 2026", "In November 2026", "Nov". */
interface PeriodNames {
  label: string;
  words: string;
  short: string;
}

/** The catalog.json entries: every period shown, oldest first, of each objective with results. */
export function performanceEntries(
  performance: ServicePerformance | undefined,
): PerformanceEntry[] {
  if (!performance) return [];
  return performance.objectives.flatMap((o) =>
    o.hasResults
      ? o.rows.map((r) => ({ objective: o.id, period: r.period, value: r.value, met: r.met }))
      : [],
  );
}

function noResults(sla: Sla): ServicePerformance {
  return {
    hasResults: false,
    objectives: sla.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      target: formatMeasure(o.target),
      hasResults: false,
      span: '',
      latest: 'No results have been published for this objective yet.',
      latestParts: [{ text: 'No results have been published for this objective yet.' }],
      latestOutcome: 'no-data',
      latestNote: null,
      summary: '',
      missed: [],
      chartSvg: null,
      caption: '',
      showDowntime: false,
      showNotes: false,
      rows: [],
    })),
    glance: 'No results yet',
    glanceMissed: false,
  };
}

function objectivePerformance(
  sla: Sla,
  o: Objective,
  attained: AttainedObjective['rows'],
  namesOf: (period: Period) => PeriodNames,
): ObjectivePerformance {
  const kind = periodKindOf(o.window);
  const target = formatMeasure(o.target);
  // The chart needs the number behind each value as measured (rows keep text for people).
  const amounts: (number | null)[] = [];
  const shortLabels: string[] = [];
  const rows = attained.map(({ period, measured, met, downtimeSeconds }): PerformanceRow => {
    const value = measured?.value;
    const names = namesOf(period);
    amounts.push(value && met !== null ? amount(value) : null);
    shortLabels.push(names.short);
    const seconds = downtimeSeconds;
    const downtime = seconds !== undefined ? approxDuration(seconds) : undefined;
    const outcome: Outcome = met === null ? 'no-data' : met ? 'met' : 'missed';
    // approximate(sentence, [seconds]), with the rounding already worked out for the row.
    const sentence = sentenceOf(sla, o, names.words, value, downtime?.exact ?? null, outcome);
    const sentenceParts =
      downtime && downtime.text !== downtime.exact
        ? roundedIn(sentence, downtime)
        : [{ text: sentence }];
    return {
      period: period.id,
      label: names.label,
      value: value ? measureFigure(value) : null,
      met,
      outcome,
      outcomeText: outcome === 'met' ? 'Met' : outcome === 'missed' ? 'Missed' : 'No data',
      downtime: downtime?.text ?? null,
      downtimeExact: downtime && downtime.text !== downtime.exact ? downtime.exact : null,
      note: measured?.note ?? null,
      sentence: phraseText(sentenceParts),
      sentenceParts,
    };
  });
  const hasResults = rows.some((r) => r.met !== null);
  const span =
    rows.length === 1 ? `the last ${kind}` : `the last ${rows.length} ${KIND_PLURAL[kind]}`;
  const none =
    rows.length === 0
      ? 'No results have been published for this objective yet.'
      : `No results have been published for ${span} yet.`;
  if (!hasResults)
    return {
      id: o.id,
      title: o.title,
      target,
      hasResults,
      span,
      latest: none,
      latestParts: [{ text: none }],
      latestOutcome: 'no-data',
      latestNote: null,
      summary: '',
      missed: [],
      chartSvg: null,
      caption: '',
      showDowntime: false,
      showNotes: false,
      rows,
    };
  const latest = rows[rows.length - 1] as PerformanceRow;
  const missedRows = rows.filter((r) => r.outcome === 'missed');
  const noData = rows.filter((r) => r.outcome === 'no-data');
  const met = rows.length - missedRows.length - noData.length;
  const parts = [`Met in ${met} of ${span}`];
  if (missedRows.length > 0)
    parts.push(`missed in ${missedRows.length} (${missedRows.map((r) => r.label).join(', ')})`);
  if (noData.length > 0)
    parts.push(`no data for ${noData.length} (${noData.map((r) => r.label).join(', ')})`);
  const caption = `${o.title}: results of ${span}`;
  return {
    id: o.id,
    title: o.title,
    target,
    hasResults,
    span,
    latest: latest.sentence,
    latestParts: latest.sentenceParts,
    latestOutcome: latest.outcome,
    latestNote: latest.note,
    summary: `${parts.join('; ')}.`,
    missed: missedRows
      .filter((r) => r !== latest)
      .reverse()
      .map((r) => ({ sentence: r.sentence, sentenceParts: r.sentenceParts, note: r.note })),
    chartSvg: chartOf(sla, o, rows, amounts, shortLabels, caption, [
      met,
      missedRows.length,
      noData.length,
    ]),
    caption,
    showDowntime: rows.some((r) => r.downtime !== null),
    showNotes: rows.some((r) => r.note !== null),
    rows,
  };
}

/** The text with each `exact` figure in it said as `text` (as approximate splits it). */
function roundedIn(sentence: string, figure: { text: string; exact: string }): Phrase {
  if (!sentence.includes(figure.exact)) return [{ text: sentence }];
  return sentence
    .split(figure.exact)
    .flatMap((piece, i) => [
      ...(i > 0 ? [{ text: figure.text, exact: figure.exact }] : []),
      ...(piece ? [{ text: piece }] : []),
    ]);
}

function chartOf(
  sla: Sla,
  o: Objective,
  rows: readonly PerformanceRow[],
  amounts: readonly (number | null)[],
  shortLabels: readonly string[],
  title: string,
  [met, missed, noData]: [number, number, number],
): string {
  return chartSvg({
    id: `${sla.id}-${o.id}`,
    title,
    description: `The dashed line is the commitment, ${measureFigure(o.target)}${o.tolerance ? '; the shaded band is the zone of tolerance' : ''}. ${met} met, ${missed} missed (marked with a cross), ${noData} without data. The table below gives every figure.`,
    points: rows.map((r, i) => ({
      label: shortLabels[i] as string,
      value: amounts[i] ?? null,
      met: r.met,
    })),
    target: amount(o.target),
    ...(o.tolerance
      ? { band: { desired: amount(o.tolerance.desired), adequate: amount(o.tolerance.adequate) } }
      : {}),
    format: () => measureFigure(o.target),
  });
}

function amount(m: Measure): number {
  return m.kind === 'duration' ? m.seconds : m.value;
}

/** The sentence of one period, in the indicator's words, ending in met, missed or no data. */
function sentenceOf(
  sla: Sla,
  o: Objective,
  when: string,
  value: Measure | undefined,
  downtime: string | null,
  outcome: Outcome,
): string {
  if (!value || outcome === 'no-data') return `${when} we have no data.`;
  const hours = sla.serviceHours.schedule.minutesPerWeek < MINUTES_PER_WEEK;
  const { measured, commit } = performanceWords(o, value, { limitedHours: hours, downtime });
  return `${when} ${measured}; we commit to ${commit}: ${outcome === 'met' ? 'met' : 'missed'}.`;
}

/** "In November 2026", "In the third quarter of 2026", "In the week of 16 November 2026". */
function periodWords(p: Period): string {
  const [year, n] = p.id.split(/-Q?W?/).map(Number) as [number, number];
  switch (p.kind) {
    case 'month':
      return `In ${MONTH_NAMES[n - 1]} ${year}`;
    case 'quarter':
      return `In the ${ORDINALS[n - 1]} quarter of ${year}`;
    case 'week':
      return `In the week of ${dayWords(p.start)}`;
    case 'year':
      return `In ${year}`;
  }
}

/** "November 2026", "Q3 2026", "Week of 16 Nov 2026", "2026". */
function periodLabel(p: Period): string {
  const [year, n] = p.id.split(/-Q?W?/).map(Number) as [number, number];
  switch (p.kind) {
    case 'month':
      return `${MONTH_NAMES[n - 1]} ${year}`;
    case 'quarter':
      return `Q${n} ${year}`;
    case 'week':
      return `Week of ${dayWords(p.start, true)}`;
    case 'year':
      return String(year);
  }
}

/** The chart's axis label: "Nov", "Q3", "W47", "2026". */
function shortLabel(p: Period): string {
  const [, n] = p.id.split(/-Q?W?/).map(Number) as [number, number];
  switch (p.kind) {
    case 'month':
      return (MONTH_NAMES[n - 1] as string).slice(0, 3);
    case 'quarter':
      return p.id.slice(5);
    case 'week':
      return p.id.slice(5);
    case 'year':
      return p.id;
  }
}

function dayWords(iso: string, short = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] as string;
  return `${d} ${short ? month.slice(0, 3) : month} ${y}`;
}

/** The day after the end of the latest period that has a result (ISO), or undefined. */
function dayAfterLatest(results: readonly MeasuredResult[]): string | undefined {
  let end: string | undefined;
  for (const r of results) if (end === undefined || r.period.end > end) end = r.period.end;
  if (end === undefined) return undefined;
  return new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The index's line: each objective's latest period. "November 2026: all 2 objectives met",
 * "November 2026: 1 of 2 objectives missed", "No results yet".
 */
function glanceOf(objectives: readonly ObjectivePerformance[]): {
  glance: string;
  glanceMissed: boolean;
} {
  const measured = objectives.filter((o) => o.hasResults);
  if (measured.length === 0) return { glance: 'No results yet', glanceMissed: false };
  const latest = measured.map((o) => o.rows[o.rows.length - 1] as PerformanceRow);
  const labels = [...new Set(latest.map((r) => r.label))];
  const n = latest.length;
  const missed = latest.filter((r) => r.outcome === 'missed').length;
  const noData = latest.filter((r) => r.outcome === 'no-data').length;
  const met = n - missed - noData;
  const objectivesWord = n === 1 ? 'objective' : 'objectives';
  const parts: string[] = [];
  if (missed > 0) parts.push(`${missed} of ${n} ${objectivesWord} missed`);
  else if (noData === 0) parts.push(n === 1 ? 'objective met' : `all ${n} objectives met`);
  else parts.push(`${met} of ${n} ${objectivesWord} met`);
  if (noData > 0) parts.push(`${noData} without data`);
  const when = labels.length === 1 ? labels[0] : `Latest results (${labels.join(', ')})`;
  return { glance: `${when}: ${parts.join(', ')}`, glanceMissed: missed > 0 };
}
