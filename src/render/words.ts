// Plain-language phrases for the catalog: every number a customer reads is also said in
// words ("at most 43 min 50 s of downtime a month"). Pure functions of the normalized SLA.
import { allowedDowntimeSeconds, formatMeasure } from '../diff/words.js';
import type { CreditTier, Hours, Measure, Objective } from '../model/sla.js';
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatPercent,
  roundPercent,
  scheduleEntryParts,
  windowPhrase,
  type Window,
} from '../model/units.js';

export { allowedDowntimeSeconds, formatMeasure };

const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Allowed downtime in seconds, rounded to milliseconds (the catalog.json `budget.seconds`). */
export function budgetSeconds(
  targetPercent: number,
  window: Window,
  minutesPerWeek = MINUTES_PER_WEEK,
): number {
  return Math.round(allowedDowntimeSeconds(targetPercent, window, minutesPerWeek) * 1000) / 1000;
}

/** "at most 43 min 50 s of downtime a month" (over service hours when they are limited). */
export function downtimeWords(
  targetPercent: number,
  window: Window,
  minutesPerWeek = MINUTES_PER_WEEK,
): string {
  const seconds = allowedDowntimeSeconds(targetPercent, window, minutesPerWeek);
  const limited = minutesPerWeek < MINUTES_PER_WEEK ? ', counted during service hours' : '';
  if (seconds <= 0) return `no downtime at all ${windowPhrase(window)}${limited}`;
  return `at most ${formatDuration(seconds)} of downtime ${windowPhrase(window)}${limited}`;
}

/** 900 → "15 minutes", 5400 → "1 hour 30 minutes", 0.3 → "300 milliseconds". */
export function durationWords(seconds: number): string {
  if (seconds > 0 && seconds < 1) return count(Math.round(seconds * 1000), 'millisecond');
  let rest = Math.round(seconds);
  if (rest === 0) return 'no time';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(count(n, unit));
    rest -= n * size;
  }
  return parts.join(' ');
}

/** Short form for latency figures: 0.3 → "300 ms", 1.5 → "1.5 s", 120 → "2 min". */
export function shortDuration(seconds: number): string {
  if (seconds > 0 && seconds < 1) return `${Number((seconds * 1000).toFixed(3))} ms`;
  if (seconds < 60 && !Number.isInteger(seconds)) return `${Number(seconds.toFixed(3))} s`;
  return formatDuration(seconds);
}

/** "each month", "over any 28 days". */
export function windowWords(window: Window): string {
  if (window.kind === 'calendar') return `each ${window.unit}`;
  const days = window.seconds / 86_400;
  if (Number.isInteger(days)) return days === 1 ? 'over any day' : `over any ${days} days`;
  return `over any ${durationWords(window.seconds)}`;
}

/** "Europe/Berlin" → "Berlin time", "UTC" → "UTC". */
export function zoneWords(timezone: string): string {
  if (/^(UTC|GMT|Etc\/UTC)$/i.test(timezone)) return 'UTC';
  const city = timezone.split('/').pop() ?? timezone;
  return `${city.replace(/_/g, ' ')} time`;
}

/**
 * Service hours as a sentence fragment: "around the clock",
 * "Monday to Friday, 08:00–18:00 Berlin time", "Monday to Friday, 08:00–18:00 and
 * Saturday, 10:00–14:00 Berlin time".
 */
export function hoursWords(hours: Pick<Hours, 'text' | 'timezone'> & { always?: boolean }): string {
  if (hours.always || hours.text.some((t) => /^\s*24\s*(x|\/)\s*7\s*$/i.test(t))) {
    return 'around the clock';
  }
  const parts = hours.text.map(scheduleEntryWords);
  return `${joinList(parts)} ${zoneWords(hours.timezone)}`;
}

function scheduleEntryWords(entry: string): string {
  const m = scheduleEntryParts(entry.trim());
  if (!m) return entry.trim();
  const time = (h: string, min: string) => `${h.padStart(2, '0')}:${min}`;
  const from = time(m[2] as string, m[3] as string);
  const to = time(m[4] as string, m[5] as string);
  const overnight = to <= from && to !== '00:00' ? ' the next day' : '';
  const clock =
    from === '00:00' && (to === '24:00' || to === '00:00')
      ? 'all day'
      : `${from}–${to}${overnight}`;
  return `${daysWords(m[1] as string)}, ${clock}`;
}

/** "Mon-Fri" → "Monday to Friday", "Sat,Sun" → "Saturday and Sunday". */
export function daysWords(spec: string): string {
  const lower = spec.trim().toLowerCase();
  if (lower === 'daily' || lower === 'every day') return 'every day';
  const pieces = spec.split(',').map((piece) => {
    const [from, to] = piece.split('-').map((d) => dayWord(d.trim()));
    if (to && to !== from) return `${from} to ${to}`;
    return from ?? piece.trim();
  });
  return joinList(pieces);
}

function dayWord(abbrev: string): string {
  const i = DAY_WORDS.findIndex(
    (d) => d.slice(0, 3).toLowerCase() === abbrev.slice(0, 3).toLowerCase(),
  );
  return i === -1 ? abbrev : (DAY_WORDS[i] as string);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "2026-06-15" → "15 June 2026" (no locale, no clock). */
export function dateWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** 1000 → "1,000" with a fixed separator (no locale). */
export function groupDigits(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A failure share in words: 0.1 (percent) → "1 in 1,000". */
export function oneIn(percent: number): string | undefined {
  const share = roundPercent(percent);
  if (share <= 0 || share >= 100) return undefined;
  const n = 100 / share;
  // Said only when it is a round figure: 0.1% is 1 in 1,000; 0.3% is not said this way.
  const round = Number(n.toPrecision(3));
  if (Math.abs(n - round) / n > 0.001) return undefined;
  return `1 in ${groupDigits(round)}`;
}

/** "95% of requests answered within 300 ms". */
export function latencyWords(percentile: number | undefined, seconds: number): string {
  const share = percentile === undefined ? 'Requests' : `${formatPercent(percentile)} of requests`;
  return `${share} answered within ${shortDuration(seconds)}`;
}

/** The objective's commitment said in words a customer understands. */
export function objectiveWords(objective: Objective, serviceHours: Hours): string {
  const { target, window } = objective;
  const over = windowWords(window);
  switch (objective.indicator) {
    case 'availability': {
      if (target.kind !== 'percent') break;
      const hours =
        serviceHours.schedule.minutesPerWeek < MINUTES_PER_WEEK
          ? ` during service hours (${hoursWords(serviceHours)})`
          : '';
      return `Available ${formatPercent(target.value)} of the time${hours}: ${downtimeWords(target.value, window, serviceHours.schedule.minutesPerWeek)}.`;
    }
    case 'success-rate': {
      if (target.kind !== 'percent') break;
      const fail = oneIn(100 - target.value);
      return `At least ${formatPercent(target.value)} of requests succeed ${over}${fail ? `: at most ${fail} fails` : ''}.`;
    }
    case 'error-rate': {
      if (target.kind !== 'percent') break;
      const fail = oneIn(target.value);
      return `At most ${formatPercent(target.value)} of requests fail ${over}${fail ? ` (${fail})` : ''}.`;
    }
    case 'durability': {
      if (target.kind !== 'percent') break;
      const lost = oneIn(100 - target.value);
      return `${formatPercent(target.value)} of stored data is kept safe ${over}${lost ? `: at most ${lost} objects lost` : ''}.`;
    }
    case 'latency':
      if (target.kind !== 'duration') break;
      return `${latencyWords(objective.percentile, target.seconds)}, measured ${over}.`;
    case 'response-time':
      if (target.kind !== 'duration') break;
      return `A first response within ${durationWords(target.seconds)}, measured ${over}.`;
    case 'resolution-time':
      if (target.kind !== 'duration') break;
      return `Resolved within ${durationWords(target.seconds)}, measured ${over}.`;
    case 'throughput':
      return `At least ${measureWords(target)} sustained, measured ${over}.`;
    case 'custom':
      break;
  }
  const how = objective.better === 'lower' ? 'at most' : 'at least';
  return `${capitalize(how)} ${measureWords(target)}, measured ${over}.`;
}

/** A measure for reading: "99.95%", "4 hours", "3,500 rps". */
export function measureWords(m: Measure): string {
  if (m.kind === 'duration') return durationWords(m.seconds);
  if (m.kind === 'quantity')
    return m.unit ? `${groupDigits(m.value)} ${m.unit}` : groupDigits(m.value);
  return formatMeasure(m);
}

/** Short figure for the number column: "99.95%", "300 ms", "3500 rps". */
export function measureFigure(m: Measure): string {
  if (m.kind === 'duration') return shortDuration(m.seconds);
  return formatMeasure(m);
}

export interface ToleranceBand {
  /** The least the customer should accept (left end of the band). */
  adequate: string;
  /** What the customer hopes for (right end). */
  desired: string;
  target: string;
  /** Where the target sits in the band, 0–100 (percent of its width). */
  position: number;
  sentence: string;
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
  if (
    objective.indicator === 'availability' &&
    t.adequate.kind === 'percent' &&
    t.desired.kind === 'percent'
  ) {
    const minutes = serviceHours.schedule.minutesPerWeek;
    const down = (p: number) =>
      formatDuration(allowedDowntimeSeconds(p, objective.window, minutes));
    sentence += ` In downtime: between ${down(t.desired.value)} and ${down(t.adequate.value)} ${windowPhrase(objective.window)}.`;
  }
  return {
    adequate: measureFigure(t.adequate),
    desired: measureFigure(t.desired),
    target: measureFigure(objective.target),
    position,
    sentence,
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
  downtime?: string;
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
    if (objective?.indicator === 'availability') {
      const seconds = allowedDowntimeSeconds(
        tier.below,
        objective.window,
        serviceHours.schedule.minutesPerWeek,
      );
      row.downtime = `more than ${formatDuration(seconds)} of downtime ${windowPhrase(objective.window)}`;
    }
    return row;
  });
}

/** "within 15 minutes, around the clock". */
export function responseWords(seconds: number, hours?: string): string {
  return `within ${durationWords(seconds)}${hours ? `, ${hours}` : ''}`;
}

function count(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
