// Parsing and formatting of the value types of the SLA format: percentages, durations,
// windows, schedules, review cadences and quantities. Each parser returns a value or a
// reason that tells the author what to write instead.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Longer text is parsed every time: a hostile file must not fill the caches with it. */
const MAX_CACHED_TEXT = 100;

/**
 * `parse`, remembering its result for each short text: thousands of SLAs share a handful of
 * spellings ("99.9%", "4h", "month"). A result is shared by every SLA with that text, so it
 * is frozen, value included.
 */
function memoized<T>(parse: (text: string) => Parsed<T>): (text: string) => Parsed<T> {
  const results = new Map<string, Parsed<T>>();
  return (text) => {
    let parsed = results.get(text);
    if (parsed === undefined) {
      parsed = parse(text);
      if (text.length <= MAX_CACHED_TEXT) {
        if (parsed.ok && typeof parsed.value === 'object') Object.freeze(parsed.value);
        if (results.size >= 10_000) results.clear();
        results.set(text, Object.freeze(parsed));
      }
    }
    return parsed;
  };
}

/** Average Gregorian lengths of calendar windows, in seconds (see the design). */
export const CALENDAR_SECONDS = {
  week: 604_800,
  month: 2_629_746,
  quarter: 7_889_238,
  year: 31_556_952,
} as const;

export type CalendarUnit = keyof typeof CALENDAR_SECONDS;

// ---------------------------------------------------------------------------
// Percentages

/** `99.95%`, `"99.95"` or `99.95` → 99.95. */
export function parsePercent(input: unknown): Parsed<number> {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? ok(input) : fail('is not a finite number');
  }
  if (typeof input !== 'string') return fail('must be a percentage such as 99.9%');
  return percentText(input);
}

const percentText = memoized((input: string): Parsed<number> => {
  // One run of space on each side of the %: `\s*%?\s*` backtracked quadratically on spaces.
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:%\s*)?$/.exec(input);
  if (!m) return fail(`"${input}" is not a percentage; write e.g. 99.9%`);
  return ok(Number(m[1]));
});

// ---------------------------------------------------------------------------
// Durations

/**
 * The units of a duration, abbreviated or in words (`15m`, `15 min`, `15 minutes`). Longer
 * spellings come first in DURATION_UNITS, so that `5ms` is not read as 5 minutes and a stray `s`.
 */
const UNIT_SECONDS: Record<string, number> = {
  milliseconds: 0.001,
  millisecond: 0.001,
  ms: 0.001,
  seconds: 1,
  second: 1,
  secs: 1,
  sec: 1,
  s: 1,
  minutes: 60,
  minute: 60,
  mins: 60,
  min: 60,
  m: 60,
  hours: 3600,
  hour: 3600,
  hrs: 3600,
  hr: 3600,
  h: 3600,
  days: 86_400,
  day: 86_400,
  d: 86_400,
  weeks: 604_800,
  week: 604_800,
  w: 604_800,
};

/** The unit words of a duration as a regex alternation; schemas/sla.schema.json repeats it. */
export const DURATION_UNITS = Object.keys(UNIT_SECONDS).join('|');

/**
 * `15m`, `4h`, `1h30m`, `2d`, `300ms`, `1.5h`, `15 minutes`, `30 days` or ISO 8601 `PT4H`,
 * `P2D`, `P1W` → seconds.
 * Months and years are rejected: their length varies, so a duration must not use them.
 */
export function parseDuration(input: unknown): Parsed<number> {
  if (typeof input !== 'string') {
    return fail('must be a duration such as 15m, 4h, 1h30m or PT4H (a number alone has no unit)');
  }
  return durationText(input);
}

const durationText = memoized((input: string): Parsed<number> => {
  const s = input.trim();
  if (/^P/i.test(s)) return parseIsoDuration(s);
  const re = DURATION_COMPONENT;
  let total = 0;
  let seen = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return fail(`"${input}" is not a duration; write e.g. 15m, 4h, 1h30m, 300ms or PT4H`);
    total += Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
    seen++;
    pos = re.lastIndex;
    while (s[pos] === ' ') pos++;
  }
  if (seen === 0) return fail('is empty; write a duration such as 15m');
  return ok(round6(total));
});

/** One number and its unit; read sticky, one after the other (`1h30m`, `1 hour 30 minutes`). */
const DURATION_COMPONENT = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(${DURATION_UNITS})`, 'gy');

function parseIsoDuration(s: string): Parsed<number> {
  const m =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      s,
    );
  if (!m || s.length <= 1 || /T$/i.test(s)) {
    return fail(`"${s}" is not an ISO 8601 duration; write e.g. PT4H or PT15M`);
  }
  if (m[1] || m[2]) {
    return fail(`"${s}" uses years or months, whose length varies; write days (P30D) instead`);
  }
  const n = (i: number) => Number(m[i] ?? 0);
  return ok(round6(n(3) * 604_800 + n(4) * 86_400 + n(5) * 3600 + n(6) * 60 + n(7)));
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

// ---------------------------------------------------------------------------
// Windows

export type Window =
  { kind: 'calendar'; unit: CalendarUnit; seconds: number } | { kind: 'rolling'; seconds: number };

/** `week|month|quarter|year` (calendar) or a rolling duration such as `28d`. */
export function parseWindow(input: unknown): Parsed<Window> {
  if (typeof input !== 'string') return fail('must be week, month, quarter, year or e.g. 28d');
  return windowText(input);
}

const windowText = memoized((input: string): Parsed<Window> => {
  const s = input.trim().toLowerCase();
  // Own keys only: "constructor" is in every object.
  if (Object.hasOwn(CALENDAR_SECONDS, s)) {
    const unit = s as CalendarUnit;
    return ok({ kind: 'calendar', unit, seconds: CALENDAR_SECONDS[unit] });
  }
  const d = parseDuration(input);
  if (!d.ok) {
    return fail(
      `"${input}" is not a window; write week, month, quarter, year or a duration like 28d`,
    );
  }
  if (d.value <= 0) return fail('must be longer than zero');
  return ok({ kind: 'rolling', seconds: d.value });
});

// ---------------------------------------------------------------------------
// Schedules

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** A half-open interval of minutes within one day (0 = Monday). */
export interface DayInterval {
  day: number;
  start: number;
  end: number;
}

export interface WeeklySchedule {
  always: boolean;
  /** Sorted, merged intervals; for `24x7` one full interval per day. */
  intervals: DayInterval[];
  minutesPerWeek: number;
}

const MINUTES_PER_DAY = 24 * 60;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** `24x7`, `Mon-Fri 08:00-18:00`, `Sat,Sun 10:00-14:00`, or a list of those. */
export function parseSchedule(input: unknown): Parsed<WeeklySchedule> {
  // Thousands of SLAs share a handful of schedules: parse each once. The results are frozen,
  // since every SLA with that schedule holds the same object.
  const key =
    typeof input === 'string'
      ? input
      : Array.isArray(input) && input.every((p) => typeof p === 'string')
        ? `a ${JSON.stringify(input)}`
        : undefined;
  if (key === undefined) return parseScheduleOnce(input);
  const schedules = typeof input === 'string' ? textSchedules : listSchedules;
  let parsed = schedules.get(key);
  if (!parsed) {
    parsed = parseScheduleOnce(input);
    if (parsed.ok) {
      parsed.value.intervals.forEach((i) => Object.freeze(i));
      Object.freeze(parsed.value.intervals);
      Object.freeze(parsed.value);
    }
    if (schedules.size > 10_000) schedules.clear();
    schedules.set(key, Object.freeze(parsed));
  }
  return parsed;
}

const textSchedules = new Map<string, Parsed<WeeklySchedule>>();
const listSchedules = new Map<string, Parsed<WeeklySchedule>>();

function parseScheduleOnce(input: unknown): Parsed<WeeklySchedule> {
  const parts = Array.isArray(input) ? input : [input];
  if (parts.length === 0) return fail('is empty; write 24x7 or e.g. Mon-Fri 08:00-18:00');
  const intervals: DayInterval[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') return fail('must be 24x7 or e.g. "Mon-Fri 08:00-18:00"');
    const one = parseScheduleEntry(part);
    if (!one.ok) return one;
    intervals.push(...one.value);
  }
  const merged = mergeIntervals(intervals);
  const minutesPerWeek = merged.reduce((sum, i) => sum + (i.end - i.start), 0);
  return ok({ always: minutesPerWeek === MINUTES_PER_WEEK, intervals: merged, minutesPerWeek });
}

function parseScheduleEntry(raw: string): Parsed<DayInterval[]> {
  const s = raw.trim();
  if (/^24\s*x\s*7$/i.test(s) || /^24\/7$/.test(s)) {
    return ok(DAY_NAMES.map((_, day) => ({ day, start: 0, end: MINUTES_PER_DAY })));
  }
  const m = scheduleEntryParts(s);
  if (!m) {
    return fail(
      `"${raw}" is not a schedule; write 24x7 or days and hours like "Mon-Fri 08:00-18:00"`,
    );
  }
  const days = parseDays(m[1] as string);
  if (!days.ok) return days;
  const start = toMinutes(m[2] as string, m[3] as string);
  const end = toMinutes(m[4] as string, m[5] as string);
  if (start === null || end === null || start >= MINUTES_PER_DAY) {
    return fail(`"${raw}" has an invalid time; use HH:MM between 00:00 and 24:00`);
  }
  if (start === end) return fail(`"${raw}" starts and ends at the same time`);
  const out: DayInterval[] = [];
  for (const day of days.value) {
    if (end > start) out.push({ day, start, end });
    else {
      // Overnight, e.g. 22:00-02:00: runs into the next day.
      out.push({ day, start, end: MINUTES_PER_DAY });
      if (end > 0) out.push({ day: (day + 1) % 7, start: 0, end });
    }
  }
  return ok(out);
}

/**
 * `Mon-Fri 08:00-18:00` → [whole, days, h, mm, h, mm], or null. The days are words joined by
 * single runs of spaces, so they cannot also be read as the space before the hours (a lazy
 * `[A-Za-z ]*?\s+` backtracked quadratically on a long run of spaces).
 */
export function scheduleEntryParts(entry: string): RegExpExecArray | null {
  return /^([A-Za-z][A-Za-z,-]*(?: +[A-Za-z,-]+)*)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(
    entry,
  );
}

function parseDays(spec: string): Parsed<number[]> {
  const days = new Set<number>();
  const lower = spec.trim().toLowerCase();
  if (lower === 'daily' || lower === 'every day') return ok([0, 1, 2, 3, 4, 5, 6]);
  for (const piece of spec.split(',')) {
    const range = piece
      .trim()
      .split('-')
      .map((p) => p.trim());
    const idx = range.map(dayIndex);
    if (idx.some((i) => i === -1) || range.length > 2 || range.length === 0) {
      return fail(
        `"${piece.trim()}" is not a day or day range; use Mon, Tue, … Sun, e.g. Mon-Fri or Sat,Sun`,
      );
    }
    const from = idx[0] as number;
    const to = (idx[1] ?? from) as number;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return ok([...days].sort((a, b) => a - b));
}

const DAY_INDEX = new Map(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap(
    (full, i) => [
      [full, i],
      [full.slice(0, 3), i],
    ],
  ) as Array<[string, number]>,
);

/** 0 for "Mon" or "Monday" (any case), …; -1 for anything else ("Monkey"). */
function dayIndex(name: string): number {
  return DAY_INDEX.get(name.toLowerCase()) ?? -1;
}

function toMinutes(h: string, m: string): number | null {
  const hh = Number(h);
  const mm = Number(m);
  if (mm > 59 || hh > 24 || (hh === 24 && mm !== 0)) return null;
  return hh * 60 + mm;
}

function mergeIntervals(list: DayInterval[]): DayInterval[] {
  const sorted = [...list].sort((a, b) => a.day - b.day || a.start - b.start);
  const out: DayInterval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last.day === i.day && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Review cadence

export interface Cadence {
  months: number;
  days: number;
}

/** `6 months`, `1 year`, `90 days`, `90d`, `2 weeks`, `2w`, `P6M`, `P1Y`. */
export function parseCadence(input: unknown): Parsed<Cadence> {
  if (typeof input !== 'string') return fail('must be a cadence such as "6 months" or P6M');
  return cadenceText(input);
}

/** The longest review cadence: an SLA is reviewed at least once a century. */
const MAX_CADENCE_YEARS = 100;

const cadenceText = memoized((input: string): Parsed<Cadence> => {
  const cadence = cadenceOf(input);
  if (!cadence.ok) return cadence;
  const { months, days } = cadence.value;
  // 275761 years ran past the last day a Date can hold and threw; past 9999 the dates no
  // longer compare as text.
  if (months / 12 + days / 365.2425 > MAX_CADENCE_YEARS) {
    return fail(
      `"${input}" is longer than ${MAX_CADENCE_YEARS} years; review at least once in ${MAX_CADENCE_YEARS} years, e.g. "1 year" or P1Y`,
    );
  }
  return cadence;
});

function cadenceOf(input: string): Parsed<Cadence> {
  const s = input.trim();
  const words =
    /^(\d+)\s*(days|day|d|weeks|week|w|months|month|quarters|quarter|years|year)$/i.exec(s);
  if (words) {
    const n = Number(words[1]);
    const unit = (words[2] as string).toLowerCase().replace(/s$/, '');
    if (n <= 0) return fail('must be longer than zero');
    if (unit === 'day' || unit === 'd') return ok({ months: 0, days: n });
    if (unit === 'week' || unit === 'w') return ok({ months: 0, days: 7 * n });
    if (unit === 'month') return ok({ months: n, days: 0 });
    if (unit === 'quarter') return ok({ months: 3 * n, days: 0 });
    return ok({ months: 12 * n, days: 0 });
  }
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(s);
  if (iso && s.length > 1) {
    const months = Number(iso[1] ?? 0) * 12 + Number(iso[2] ?? 0);
    const days = Number(iso[3] ?? 0) * 7 + Number(iso[4] ?? 0);
    if (months + days > 0) return ok({ months, days });
  }
  return fail(`"${input}" is not a review cadence; write e.g. "6 months", "1 year" or P6M`);
}

// ---------------------------------------------------------------------------
// Dates (ISO calendar dates, compared as strings)

export function isValidDate(s: string): boolean {
  // YYYY-MM-DD read by hand: this runs several times for every file.
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  // Years before 100 are refused, as Date.UTC reads them as 19xx.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DASH = 0x2d;

/** The number written with ASCII digits from `start` to `end` of `s`, or -1 (no such date part). */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The date `cadence` after `date` (ISO), clamping to the month's end (Jan 31 + 1 month = Feb 28). */
export function addCadence(date: string, cadence: Cadence): string {
  // Validation asks twice for each file (the review rules, then the days they hold for).
  const { months, days } = cadence;
  const last = lastSum;
  if (last && last.date === date && last.months === months && last.days === days) return last.sum;
  // Thousands of SLAs share a handful of review dates and cadences.
  const key = `${date} ${months} ${days}`;
  let sum = cadenceSums.get(key);
  if (sum === undefined) {
    sum = addCadenceOnce(date, cadence);
    if (cadenceSums.size > 10_000) cadenceSums.clear();
    cadenceSums.set(key, sum);
  }
  lastSum = { date, months, days, sum };
  return sum;
}

const cadenceSums = new Map<string, string>();
let lastSum: { date: string; months: number; days: number; sum: string } | undefined;

function addCadenceOnce(date: string, cadence: Cadence): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + cadence.months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const sum = new Date(Date.UTC(year, month, Math.min(d, lastDay)) + cadence.days * 86_400_000);
  // Dates are compared as text, which holds for four-digit years only: a later day is
  // written as the last one (nothing is due before it), and so is a sum that is no date.
  if (Number.isNaN(sum.getTime()) || sum.getUTCFullYear() > 9999) return LAST_DATE;
  return sum.toISOString().slice(0, 10);
}

/** The last day written YYYY-MM-DD. */
const LAST_DATE = '9999-12-31';

// ---------------------------------------------------------------------------
// Quantities

export interface Quantity {
  value: number;
  unit: string;
}

/** `1000 rps`, `5 GB/s`, or a bare number. */
export function parseQuantity(input: unknown): Parsed<Quantity> {
  if (typeof input === 'number' && Number.isFinite(input)) return ok({ value: input, unit: '' });
  if (typeof input !== 'string') return fail('must be a number with a unit, e.g. 1000 rps');
  return quantityText(input);
}

const quantityText = memoized((input: string): Parsed<Quantity> => {
  const m = /^\s*(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s,.].*)?$/.exec(input);
  if (!m) return fail(`"${input}" is not a number with a unit; write e.g. 1000 rps`);
  const number = m[1] as string;
  // "1e3 rps" would read as 1 of the unit "e3 rps": an exponent is refused, not misread.
  if (m[2] !== undefined && /^[eE][+-]?\d/.test(m[2]))
    return fail(`"${input}" has an exponent; write the number out, e.g. 1000 rps`);
  // Thousands separators are fine when they group by three: 1,000 and 10,000,000.
  if (number.includes(',') && !/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(number))
    return fail(`"${input}" has misplaced commas; write e.g. 1000 rps or 1,000 rps`);
  return ok({ value: Number(number.replace(/,/g, '')), unit: (m[2] ?? '').trim() });
});

// ---------------------------------------------------------------------------
// Time zones

/**
 * Zones that SLAs name most, which every ICU Node has shipped knows: answered without
 * Intl, whose first time zone costs about 15 ms (loading the zone data) in each run of
 * `slac validate`. test/units.test.ts holds each to Intl.
 */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Etc/UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Berlin',
  'Europe/Paris',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Stockholm',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Athens',
  'Europe/Istanbul',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const;

const zoneCache = new Map<string, boolean>(COMMON_TIME_ZONES.map((zone) => [zone, true]));

/** True for IANA time zone names known to this runtime (and UTC). */
export function isValidTimeZone(tz: string): boolean {
  let known = zoneCache.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      known = /^[A-Za-z_+\-0-9/]+$/.test(tz);
    } catch {
      known = false;
    }
    zoneCache.set(tz, known);
  }
  return known;
}

// ---------------------------------------------------------------------------
// Formatting for people

/** 2629.746 → "43 min 50 s"; 0.3 → "300 ms"; 86400 → "1 d". Deterministic, rounds to seconds. */
export function formatDuration(seconds: number): string {
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  let rest = Math.round(seconds);
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
  }
  return parts.join(' ');
}

/** 99.95 → "99.95%", 99.9 → "99.9%". */
export function formatPercent(value: number): string {
  // A figure whose shortest text has at most 12 decimals and no exponent is what roundPercent
  // gives back (toFixed(12) of it reads as the same number): most figures, measured ones too.
  const plain = String(value);
  const dot = plain.indexOf('.');
  if ((dot < 0 || plain.length - dot <= 13) && !plain.includes('e')) return `${plain}%`;
  // Else the same few figures come back on every page of a catalog, and toFixed is slow:
  // remembered (0 and -0 give the same text).
  let text = percentTexts.get(value);
  if (text === undefined) {
    text = `${roundPercent(value)}%`;
    if (percentTexts.size >= 10_000) percentTexts.clear();
    percentTexts.set(value, text);
  }
  return text;
}
const percentTexts = new Map<number, string>();

/**
 * A percentage without the noise of binary floating point (100 - 99.9 is 0.0999…94), kept
 * to 12 decimals so that eleven nines (99.999999999%) stay eleven nines.
 */
export function roundPercent(value: number): number {
  return Number(value.toFixed(12));
}

export function formatWindow(window: Window): string {
  return window.kind === 'calendar'
    ? window.unit
    : formatDuration(window.seconds).replace(/ /g, '');
}

/** Phrase for "a month", "a week", "every 28 days". */
export function windowPhrase(window: Window): string {
  if (window.kind === 'calendar') return `a ${window.unit}`;
  const days = window.seconds / 86_400;
  if (Number.isInteger(days)) return days === 1 ? 'a day' : `per ${days} days`;
  return `per ${formatDuration(window.seconds)}`;
}
