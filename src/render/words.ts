// Plain-language phrases for the catalog: every number a customer reads is also said in
// words ("at most 43 min 50 s of downtime a month"). Pure functions of the normalized SLA.
// The phrases the diff and the indicator registry share live in model/words.ts.
import { hasDowntimeBudget, objectiveWords } from '../model/indicators.js';
import type { CreditTier, Hours, Measure, Objective } from '../model/sla.js';
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatPercent,
  windowPhrase,
  type Window,
} from '../model/units.js';
import {
  MONTH_NAMES,
  allowedDowntimeSeconds,
  durationWords,
  measureFigure,
} from '../model/words.js';

export {
  daysWords,
  downtimeWords,
  durationWords,
  hoursWords,
  latencyWords,
  measureFigure,
  oneIn,
  windowWords,
} from '../model/words.js';
export { objectiveWords };

/** Allowed downtime in seconds, rounded to milliseconds (the catalog.json `budget.seconds`). */
export function budgetSeconds(
  targetPercent: number,
  window: Window,
  minutesPerWeek = MINUTES_PER_WEEK,
): number {
  return Math.round(allowedDowntimeSeconds(targetPercent, window, minutesPerWeek) * 1000) / 1000;
}

/** "2026-06-15" → "15 June 2026" (no locale, no clock). */
export function dateWords(iso: string): string {
  // Remembered for short texts (dates: V8 copies texts that short, so no file is kept alive).
  let words = dateSaid.get(iso);
  if (words === undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    words = m ? `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : iso;
    if (iso.length > 12) return words;
    if (dateSaid.size >= 10_000) dateSaid.clear();
    dateSaid.set(iso, words);
  }
  return words;
}
const dateSaid = new Map<string, string>();

export interface ToleranceBand {
  /** The least the customer should accept (left end of the band). */
  adequate: string;
  /** What the customer hopes for (right end). */
  desired: string;
  target: string;
  /** Where the target sits in the band, 0–100 (percent of its width). */
  position: number;
  sentence: string;
  /** The sentence with the exact downtime of each rounded figure (partials/phrase.hbs). */
  sentenceParts: Phrase;
}

/** The zone of tolerance as a band from adequate to desired, with the target in it. */
export function toleranceBand(
  objective: Objective,
  serviceHours: Hours,
): ToleranceBand | undefined {
  const t = objective.tolerance;
  if (!t) return undefined;
  const value = (m: Measure) => (m.kind === 'duration' ? m.seconds : m.value);
  const lo = value(t.adequate);
  const hi = value(t.desired);
  const span = hi - lo;
  const raw = span === 0 ? 50 : ((value(objective.target) - lo) / span) * 100;
  const position = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
  let sentence = `The least you should accept is ${measureFigure(t.adequate)}; we aim for ${measureFigure(t.desired)}; we commit to ${measureFigure(objective.target)}.`;
  const downtime: number[] = [];
  if (
    hasDowntimeBudget(objective) &&
    t.adequate.kind === 'percent' &&
    t.desired.kind === 'percent'
  ) {
    const minutes = serviceHours.schedule.minutesPerWeek;
    const down = (p: number) => {
      const seconds = allowedDowntimeSeconds(p, objective.window, minutes);
      downtime.push(seconds);
      return formatDuration(seconds);
    };
    sentence += ` In downtime: between ${down(t.desired.value)} and ${down(t.adequate.value)} ${windowPhrase(objective.window)}.`;
  }
  const sentenceParts = approximate(sentence, downtime);
  return {
    adequate: measureFigure(t.adequate),
    desired: measureFigure(t.desired),
    target: measureFigure(objective.target),
    position,
    sentence: phraseText(sentenceParts),
    sentenceParts,
  };
}

/** "monthly fee" for a month window, "fee for the period" otherwise. */
export function feeWords(window: Window | undefined): string {
  if (window?.kind !== 'calendar') return 'fee for the period';
  const adjective = { week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' };
  return `${adjective[window.unit]} fee`;
}

export interface CreditRow {
  below: string;
  credit: string;
  /** "10% of the monthly fee". */
  amount: string;
  /** "below 99.9%: 10% of the monthly fee". */
  sentence: string;
  /** "more than about 44 min of downtime a month" (availability only). */
  downtime?: string;
  /** The same with the exact downtime of the rounded figure (partials/phrase.hbs). */
  downtimeParts?: Phrase;
}

/** Credit tiers, mildest first: "below 99.9%: 10% of the monthly fee". */
export function creditRows(
  tiers: readonly CreditTier[],
  objective: Objective | undefined,
  serviceHours: Hours,
): CreditRow[] {
  const fee = feeWords(objective?.window);
  const better = objective?.better ?? 'higher';
  const sorted = [...tiers].sort((a, b) =>
    better === 'higher' ? b.below - a.below : a.below - b.below,
  );
  return sorted.map((tier) => {
    const row: CreditRow = {
      below: formatPercent(tier.below),
      credit: formatPercent(tier.credit),
      amount: `${formatPercent(tier.credit)} of the ${fee}`,
      sentence: `below ${formatPercent(tier.below)}: ${formatPercent(tier.credit)} of the ${fee}`,
    };
    if (objective && hasDowntimeBudget(objective)) {
      const seconds = allowedDowntimeSeconds(
        tier.below,
        objective.window,
        serviceHours.schedule.minutesPerWeek,
      );
      const parts = approximate(
        `more than ${formatDuration(seconds)} of downtime ${windowPhrase(objective.window)}`,
        [seconds],
      );
      row.downtime = phraseText(parts);
      row.downtimeParts = parts;
    }
    return row;
  });
}

/** "within 15 minutes, around the clock". */
export function responseWords(seconds: number, hours?: string): string {
  return `within ${durationWords(seconds)}${hours ? `, ${hours}` : ''}`;
}

/**
 * A duration rounded for reading, with the exact figure kept: "about 1 h 25 min" for
 * 1 h 24 min 47 s. Under a minute: whole seconds; under an hour: whole minutes; under a day:
 * 5 minutes; from a day on: whole hours. `text` is the exact figure when it is already round.
 */
export function approxDuration(seconds: number): { text: string; exact: string } {
  // Remembered: the same budgets come back on every page (a copy, as callers may keep it).
  let known = approximated.get(seconds);
  if (known === undefined) {
    known = approxDurationOnce(seconds);
    if (approximated.size >= 10_000) approximated.clear();
    approximated.set(seconds, known);
  }
  return { text: known.text, exact: known.exact };
}
const approximated = new Map<number, { text: string; exact: string }>();

function approxDurationOnce(seconds: number): { text: string; exact: string } {
  const exact = formatDuration(seconds);
  const step = seconds < 60 ? 1 : seconds < 3600 ? 60 : seconds < 86_400 ? 300 : 3600;
  const rounded = seconds < 1 ? seconds : Math.max(step, Math.round(seconds / step) * step);
  const text = formatDuration(rounded);
  return { text: text === exact ? exact : `about ${text}`, exact };
}

/** Text with rounded figures: each part is plain text or a figure with its exact value. */
export type Phrase = Array<{ text: string; exact?: string }>;

/**
 * Rounds the durations `seconds` where `text` says them exactly (as formatDuration writes
 * them), keeping each exact figure beside its rounded text (for a `title`, see phrase.hbs).
 */
export function approximate(text: string, seconds: readonly number[]): Phrase {
  let parts: Phrase = [{ text }];
  const figures: { text: string; exact: string }[] = [];
  for (const s of seconds) {
    const figure = approxDuration(s);
    if (figure.text !== figure.exact) figures.push(figure);
  }
  // Longest first, so that "1 h 5 min 45 s" is not taken for "5 min 45 s".
  if (figures.length > 1) figures.sort((a, b) => b.exact.length - a.exact.length);
  for (const figure of figures) {
    const next: Phrase = [];
    for (const part of parts) {
      if (part.exact !== undefined || !part.text.includes(figure.exact)) {
        next.push(part);
        continue;
      }
      const pieces = part.text.split(figure.exact);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0) next.push({ text: figure.text, exact: figure.exact });
        const piece = pieces[i] as string;
        if (piece) next.push({ text: piece });
      }
    }
    parts = next;
  }
  return parts;
}

/** The text of a phrase, rounded figures included. */
export function phraseText(phrase: Phrase): string {
  return phrase.map((p) => p.text).join('');
}
