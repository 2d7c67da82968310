// Plain-language phrases for numbers: durations, percentages, hours and windows in words.
// The vocabulary that the indicator registry, the diff and the catalog share (model/, so
// that neither capability has to import the other).
import type { Hours, Measure } from './sla.js';
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatPercent,
  roundPercent,
  scheduleEntryParts,
  windowPhrase,
  type Window,
} from './units.js';

const DAY_WORDS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A target or tolerance value as written for people: "99.95%", "300 ms", "1000 rps". */
export function formatMeasure(m: Measure): string {
  if (m.kind === 'percent') return formatPercent(m.value);
  if (m.kind === 'duration') return formatDuration(m.seconds);
  return m.unit ? `${Number(m.value.toFixed(6))} ${m.unit}` : String(Number(m.value.toFixed(6)));
}

/**
 * Seconds of allowed downtime (error budget) of a percentage target over a window:
 * `(1 - target) × window`, scaled to the share of the week the service hours cover.
 */
export function allowedDowntimeSeconds(
  targetPercent: number,
  window: Window,
  minutesPerWeek: number = MINUTES_PER_WEEK,
): number {
  const share = Math.min(1, Math.max(0, minutesPerWeek / MINUTES_PER_WEEK));
  return Math.max(0, (1 - targetPercent / 100) * window.seconds * share);
}

/** "50 h a week", "168 h a week", "37 h 30 min a week", "30 min a week". */
export function hoursPerWeekPhrase(minutesPerWeek: number): string {
  const hours = Math.floor(minutesPerWeek / 60);
  const minutes = Math.round(minutesPerWeek - hours * 60);
  if (hours === 0 && minutes > 0) return `${minutes} min a week`;
  return `${hours} h${minutes > 0 ? ` ${minutes} min` : ''} a week`;
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

/** The months' names in English (no locale: the same bytes everywhere). */
export const MONTH_NAMES = [
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
] as const;

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

/**
 * Short form for measured and promised figures, with their precision: 0.3 → "300 ms",
 * 1.5 → "1.5 s", 300.4 → "300.4 s" (a 300.4 s result misses a 5 min target, so it must not
 * read "5 min"), 120 → "2 min".
 */
export function shortDuration(seconds: number): string {
  if (seconds > 0 && seconds < 1) return `${Number((seconds * 1000).toFixed(3))} ms`;
  if (seconds < 3600 && !Number.isInteger(seconds)) return `${Number(seconds.toFixed(3))} s`;
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
function zoneWords(timezone: string): string {
  if (/^(UTC|GMT|Etc\/UTC)$/i.test(timezone)) return 'UTC';
  const city = timezone.split('/').pop() ?? timezone;
  return `${city.replace(/_/g, ' ')} time`;
}

/**
 * Service hours as a sentence fragment: "around the clock",
 * "Monday to Friday, 08:00–18:00 (Berlin time)", "Monday to Friday, 08:00–18:00 and
 * Saturday, 10:00–14:00 (Berlin time)".
 */
export function hoursWords(hours: Pick<Hours, 'text' | 'timezone'> & { always?: boolean }): string {
  // The same hours come back in many SLAs of a catalog: remembered, by a key that cannot be
  // the same for different hours (each part prefixed by its length). Key and words are copies
  // of their own, so that the memory keeps no slice of an SLA file's text alive.
  let key = `${hours.always ? 1 : 0}${hours.timezone.length}:${hours.timezone}`;
  for (const t of hours.text) key += `${t.length}:${t}`;
  let words = hoursSaid.get(key);
  if (words === undefined) {
    words = copied(hoursWordsOnce(hours));
    if (hoursSaid.size >= 1000) hoursSaid.clear();
    hoursSaid.set(copied(key), words);
  }
  return words;
}
const hoursSaid = new Map<string, string>();

/** A flat copy of a text of its own (not a slice of a longer one). */
function copied(text: string): string {
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

function hoursWordsOnce(hours: Pick<Hours, 'text' | 'timezone'> & { always?: boolean }): string {
  if (hours.always || hours.text.some((t) => /^\s*24\s*(x|\/)\s*7\s*$/i.test(t))) {
    return 'around the clock';
  }
  const parts = hours.text.map(scheduleEntryWords);
  return `${joinList(parts)} (${zoneWords(hours.timezone)})`;
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

/** 1000 → "1,000" with a fixed separator (no locale). */
function groupDigits(n: number): string {
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

function count(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The allowed name closest to `word` (Levenshtein distance at most a third of its length, at
 * least 2). A candidate whose length alone is too far off is passed over without a distance.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) >= bestDistance) continue;
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  if (a.length > 100 || b.length > 100) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
