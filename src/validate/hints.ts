// Suggestions that echo the author's value with the fix: `99,95%` → "write 99.95%", not
// "write e.g. 99.9%". A fix is offered only when it is derivable and the value's own parser
// accepts it, so a suggestion is never itself an error. Everything here runs on the way from
// a problem to its message, never for a valid file.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { INDICATOR_NAMES, targetKindOf } from '../model/indicators.js';
import type { DocPath, Problem } from '../model/problem.js';
import type { RuleId } from '../model/rules.js';
import { closest } from './schema.js';
import type { Indicator } from '../model/sla.js';
import {
  isValidTimeZone,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  type Parsed,
} from '../model/units.js';
import type { YamlSource } from '../load/index.js';

type ValueKind = 'percent' | 'duration' | 'window' | 'schedule' | 'cadence' | 'quantity';

/** The kind of value a rule reads, where its problem is a value that could not be read. */
const KIND_OF_RULE: Partial<Record<RuleId, ValueKind>> = {
  'percent-format': 'percent',
  'duration-format': 'duration',
  'window-format': 'window',
  'schedule-format': 'schedule',
  'review-cadence': 'cadence',
};

/**
 * The message of a problem with the author's value fixed in it, where a fix can be derived:
 * "…; write e.g. 99.9%" becomes "…; write 99.95%". Other messages come back as they are.
 */
export function withFix(rule: string, path: DocPath, message: string, data: unknown): string {
  const raw = valueAt(data, path);
  return withEcho(message, fixFor(rule, path, raw, data));
}

/** The message of a measured value (a results file's `value`) with the value fixed in it. */
export function withMeasureFix(message: string, indicator: Indicator, raw: unknown): string {
  return withEcho(message, measureFix(indicator, raw));
}

/** "…; write e.g. 99.9%" → "…; write 99.95%" (a message without such an ending gains one). */
function withEcho(message: string, fix: string | undefined): string {
  if (fix === undefined) return message;
  const cut = message.search(/; (?:write|use|add) [^;]*$/);
  return `${cut < 0 ? message : message.slice(0, cut)}; write ${fix}`;
}

function fixFor(rule: string, path: DocPath, raw: unknown, data: unknown): string | undefined {
  if (rule === 'owner-format') return typeof raw === 'string' ? ownerFix(raw) : undefined;
  if (rule === 'objective-target-type') {
    const indicator = valueAt(data, [...path.slice(0, 3), 'indicator']);
    if (typeof indicator !== 'string' || !(INDICATOR_NAMES as string[]).includes(indicator)) {
      return undefined;
    }
    return measureFix(indicator as Indicator, raw);
  }
  const kind = KIND_OF_RULE[rule as RuleId];
  return kind === undefined ? undefined : fixedValue(kind, raw);
}

function measureFix(indicator: Indicator, raw: unknown): string | undefined {
  const kind = targetKindOf(indicator);
  return kind === 'any' ? undefined : fixedValue(kind, raw);
}

/** The value at `path` of the data, or undefined. */
function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * The message of a schema error at a value of a known kind (a pattern or a choice of forms
 * the value fails), said as the value's own parser says it, with the fix where there is
 * one: `spec.objectives[0].target "99,95%" is not a percentage; write 99.95%`. Undefined
 * for other values, whose schema message stands.
 */
export function schemaValueMessage(
  where: string,
  path: DocPath,
  data: unknown,
): string | undefined {
  const raw = valueAt(data, path);
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  if (path.length === 2 && path[0] === 'metadata' && path[1] === 'owner') {
    const fix = typeof raw === 'string' ? ownerFix(raw) : undefined;
    return fix === undefined
      ? undefined
      : `${where} "${raw}" is not "@login" or "@org/team-slug"; write ${fix}`;
  }
  const kind = valueKindAt(path, data);
  if (kind === undefined) return undefined;
  const parsed = PARSERS[kind](raw);
  if (parsed.ok) return undefined;
  const fix = fixedValue(kind, raw);
  const reason = fix === undefined ? parsed.reason : withEcho(parsed.reason, fix);
  return `${where} ${reason}`;
}

/**
 * A number written as text where the schema wants a number: `p95` or `95th` → 95,
 * `2,591,222` → 2591222. Undefined when the text is no such number.
 */
export function numberFix(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(?:p\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(?:th|%))?$/i.exec(raw.trim());
  if (!m) return undefined;
  return `${(m[1] as string).replace(/,/g, '')}${m[2] ?? ''}`;
}

/** The kind of value at `path` of an SLA file, where it is one the units parse. */
function valueKindAt(path: DocPath, data: unknown): ValueKind | undefined {
  const [top, section, i, key] = path;
  if (top !== 'spec') return undefined;
  if (section === 'objectives' && typeof i === 'number') {
    if (key === 'window' && path.length === 4) return 'window';
    if ((key === 'target' && path.length === 4) || (key === 'tolerance' && path.length === 5)) {
      const indicator = valueAt(data, ['spec', 'objectives', i, 'indicator']);
      if (!(INDICATOR_NAMES as unknown[]).includes(indicator)) return undefined;
      const kind = targetKindOf(indicator as Indicator);
      return kind === 'any' ? undefined : kind;
    }
    return undefined;
  }
  if (section === 'review' && i === 'every' && path.length === 3) return 'cadence';
  const hours = section === 'support' && i === 'priorities' && path[4] === 'hours';
  if (path.includes('schedule') || hours) return 'schedule';
  const last = path[path.length - 1];
  if (last === 'response' || last === 'resolution' || last === 'notice') return 'duration';
  if (section === 'credits' && (last === 'below' || last === 'credit')) return 'percent';
  return undefined;
}

// ---------------------------------------------------------------------------
// Values

const PARSERS: Record<ValueKind, (input: unknown) => Parsed<unknown>> = {
  percent: parsePercent,
  duration: parseDuration,
  window: parseWindow,
  schedule: parseSchedule,
  cadence: parseCadence,
  quantity: parseQuantity,
};

/**
 * The value as it should be written, when the author's value does not parse and a rewrite of
 * it does: `99,95%` → `99.95%`, `4 hours` → `4h`, `monthly` → `month`, `Mon to Fri 8am-6pm`
 * → `"Mon-Fri 08:00-18:00"`, `annually` → `"1 year"`. Undefined when no fix is derivable.
 */
function fixedValue(kind: ValueKind, raw: unknown): string | undefined {
  const parse = PARSERS[kind];
  if (parse(raw).ok) return undefined;
  if (kind === 'schedule' && Array.isArray(raw)) return scheduleListFix(raw);
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  if (text === '' || text.length > 200) return undefined;
  for (const candidate of CANDIDATES[kind](text)) {
    if (candidate !== text && parse(candidate).ok) return shown(kind, candidate);
  }
  return undefined;
}

/** Schedules and cadences with spaces are shown quoted, as the examples write them. */
function shown(kind: ValueKind, value: string): string {
  return (kind === 'schedule' || kind === 'cadence') && /\s|,/.test(value) ? `"${value}"` : value;
}

function scheduleListFix(raw: unknown[]): string | undefined {
  if (!raw.every((p) => typeof p === 'string')) return undefined;
  const fixed = (raw as string[]).map((p) =>
    parseSchedule(p).ok ? p : CANDIDATES.schedule(p.trim()).find((c) => parseSchedule(c).ok),
  );
  if (fixed.some((p) => p === undefined)) return undefined;
  return `[${(fixed as string[]).map((p) => `"${p}"`).join(', ')}]`;
}

/** A decimal comma where a point is meant: `99,95` → `99.95` (thousands groups stay). */
function decimalPoint(s: string): string {
  return s.replace(/(\d),(\d{1,2}(?!\d))/g, '$1.$2');
}

const CANDIDATES: Record<ValueKind, (text: string) => string[]> = {
  percent(text) {
    const number = decimalPoint(text)
      .replace(/^(?:>=|≥|>|at least|min(?:imum)?|%)\s*/i, '')
      .replace(/\s*(?:%+|percent|per cent|pct)\s*$/i, '')
      .trim();
    return /^-?\d+(?:\.\d+)?$/.test(number) ? [`${number}%`] : [];
  },
  duration(text) {
    const compact = decimalPoint(text)
      .toLowerCase()
      .replace(/^(?:<=|≤|<|within|at most|max(?:imum)?)\s*/, '');
    return [unitWords(compact, DURATION_WORDS), compact];
  },
  window(text) {
    const lower = text.toLowerCase().replace(/^(?:per|a|one|1|every|calendar|rolling)\s+/, '');
    const named = WINDOW_WORDS[lower];
    if (named) return [named];
    const m = /^(\d+)\s*(days?|d|weeks?|w|months?|mo|quarters?|years?|y|yr)$/.exec(lower);
    if (m) {
      const n = Number(m[1]);
      const unit = (m[2] as string)[0];
      if (unit === 'd') return [`${n}d`];
      if (unit === 'w') return n === 1 ? ['week'] : [`${n * 7}d`];
      if (unit === 'q') return n === 1 ? ['quarter'] : [`${n * 91}d`];
      if (unit === 'y') return n === 1 ? ['year'] : [];
      return n === 1 ? ['month'] : n === 3 ? ['quarter'] : n === 12 ? ['year'] : [`${n * 30}d`];
    }
    return [unitWords(lower, DURATION_WORDS)];
  },
  schedule(text) {
    return [scheduleFix(text)];
  },
  cadence(text) {
    const lower = text.toLowerCase().replace(/^every\s+/, '');
    const named = CADENCE_WORDS[lower];
    if (named) return [named];
    const m =
      /^(\d+)\s*(d|days?|w|wks?|weeks?|m|mo|mos|mths?|months?|q|quarters?|y|yrs?|years?)$/.exec(
        lower,
      );
    if (!m) return [];
    const n = Number(m[1]);
    const unit = { d: 'day', w: 'week', m: 'month', q: 'quarter', y: 'year' }[
      (m[2] as string)[0] as 'd' | 'w' | 'm' | 'q' | 'y'
    ];
    return [`${n} ${unit}${n === 1 ? '' : 's'}`];
  },
  quantity(text) {
    return [decimalPoint(text)];
  },
};

const DURATION_WORDS: Array<[RegExp, string]> = [
  [/^(?:milli(?:second|sec)s?|msecs?)$/, 'ms'],
  [/^(?:seconds?|secs?)$/, 's'],
  [/^(?:minutes?|mins?)$/, 'm'],
  [/^(?:hours?|hrs?)$/, 'h'],
  [/^(?:days?)$/, 'd'],
  [/^(?:weeks?|wks?)$/, 'w'],
];

/** `1 hour 30 minutes` → `1h30m`, `15 mins` → `15m`; the text as it is when a word is unknown. */
function unitWords(text: string, words: Array<[RegExp, string]>): string {
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;
  const parts = [...text.matchAll(pair)];
  const rest = text
    .replace(pair, '')
    .replace(/,|\band\b/g, '')
    .trim();
  if (parts.length === 0 || rest !== '') return text;
  return parts
    .map(([, n, word]) => `${n}${words.find(([re]) => re.test(word as string))?.[1] ?? word}`)
    .join('');
}

const WINDOW_WORDS: Record<string, string> = {
  weekly: 'week',
  week: 'week',
  monthly: 'month',
  month: 'month',
  'calendar month': 'month',
  quarterly: 'quarter',
  quarter: 'quarter',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
  year: 'year',
};

const CADENCE_WORDS: Record<string, string> = {
  weekly: '1 week',
  monthly: '1 month',
  quarterly: '3 months',
  'half-yearly': '6 months',
  'half yearly': '6 months',
  semiannually: '6 months',
  'semi-annually': '6 months',
  biannually: '6 months',
  'twice a year': '6 months',
  yearly: '1 year',
  annually: '1 year',
  annual: '1 year',
  'once a year': '1 year',
  year: '1 year',
  month: '1 month',
  quarter: '3 months',
};

const SCHEDULE_ALWAYS =
  /^(?:24\s*[x*×/]\s*7(?:\s*[x*×/]\s*365)?|always|around the clock|24 hours)$/i;

/** `Mon to Fri 8am-6pm` → `Mon-Fri 08:00-18:00`, `weekdays 08-18` → `Mon-Fri 08:00-18:00`. */
function scheduleFix(text: string): string {
  if (SCHEDULE_ALWAYS.test(text)) return '24x7';
  const s = text.replace(/[\u2012-\u2015]/g, '-').replace(/\s+/g, ' ');
  const m =
    /^(.*?)[\s,]*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:-|to|until|till)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$/i.exec(
      s,
    );
  if (!m) return text;
  const start = clock(m[2] as string);
  const end = clock(m[3] as string);
  const days = dayWords((m[1] as string).trim());
  if (start === undefined || end === undefined || days === undefined) return text;
  return `${days} ${start}-${end}`;
}

/** `8am` → `08:00`, `18.30` → `18:30`, `8` → `08:00`. */
function clock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?$/i.exec(text.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  const mm = m[2] ?? '00';
  const half = m[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  if (h > 24) return undefined;
  return `${String(h).padStart(2, '0')}:${mm}`;
}

const DAY_WORDS: Record<string, string> = {
  '': 'Mon-Sun',
  daily: 'Mon-Sun',
  'every day': 'Mon-Sun',
  'all week': 'Mon-Sun',
  weekdays: 'Mon-Fri',
  'business days': 'Mon-Fri',
  'working days': 'Mon-Fri',
  weekends: 'Sat,Sun',
  weekend: 'Sat,Sun',
};

/** `Monday to Friday` → `Mon-Fri`, `Sat and Sun` → `Sat,Sun`; undefined when not days. */
function dayWords(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/,$/, '').trim();
  if (lower in DAY_WORDS) return DAY_WORDS[lower];
  const pieces = lower
    .replace(/\s*(?:-|–|—|to|through|thru|until)\s*/g, '-')
    .split(/\s*(?:,|&|\band\b|\s)\s*/)
    .filter((p) => p !== '');
  const out: string[] = [];
  for (const piece of pieces) {
    const range = piece.split('-').map(dayName);
    if (range.length > 2 || range.some((d) => d === undefined)) return undefined;
    out.push(range.join('-'));
  }
  return out.length > 0 ? out.join(',') : undefined;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function dayName(word: string): string | undefined {
  const w = word.replace(/\.$/, '');
  if (w.length < 2) return undefined;
  return DAYS.find((d) => `${d.toLowerCase()}${DAY_TAILS[d] ?? ''}`.startsWith(w));
}

const DAY_TAILS: Record<string, string> = {
  Mon: 'day',
  Tue: 'sday',
  Wed: 'nesday',
  Thu: 'rsday',
  Fri: 'day',
  Sat: 'urday',
  Sun: 'day',
};

// ---------------------------------------------------------------------------
// Owners

const OWNER =
  /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/;

/** `globex/netops` → `"@globex/netops"`, a team's GitHub address → its `@org/team`. */
function ownerFix(raw: string): string | undefined {
  const s = raw.trim();
  const team = /^(?:https?:\/\/)?github\.com\/orgs\/([^/\s]+)\/teams\/([^/\s]+)\/?$/i.exec(s);
  const user = /^(?:https?:\/\/)?github\.com\/([^/\s]+)\/?$/i.exec(s);
  const candidate = team
    ? `@${team[1]}/${team[2]}`
    : user
      ? `@${user[1]}`
      : `@${s.replace(/^@+/, '').replace(/\s*\/\s*/, '/')}`;
  if (!OWNER.test(candidate)) return undefined;
  // A bare name may be a user or a team: show both forms.
  const both = !team && !user && !candidate.includes('/');
  return both
    ? `"${candidate}" for a user or "@org/${candidate.slice(1)}" for a team (with the quotes: YAML reserves @)`
    : `"${candidate}" (with the quotes: YAML reserves @)`;
}

// ---------------------------------------------------------------------------
// Time zones

/** Abbreviations that are no IANA name, with the zone most people mean by them. */
const ZONE_ABBREVIATIONS: Record<string, string> = {
  cest: 'Europe/Berlin',
  bst: 'Europe/London',
  edt: 'America/New_York',
  cdt: 'America/Chicago',
  mdt: 'America/Denver',
  pdt: 'America/Los_Angeles',
  aest: 'Australia/Sydney',
  aedt: 'Australia/Sydney',
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  sgt: 'Asia/Singapore',
  msk: 'Europe/Moscow',
  z: 'UTC',
  zulu: 'UTC',
};

const REGIONS = [
  'Europe',
  'America',
  'Asia',
  'Africa',
  'Australia',
  'Pacific',
  'Atlantic',
  'Indian',
];

let zones: { names: string[]; byCity: Map<string, string> } | undefined;

function knownZones() {
  if (!zones) {
    const names = ['UTC', ...Intl.supportedValuesOf('timeZone')];
    const byCity = new Map<string, string>();
    for (const name of names) {
      const city = (name.split('/').pop() as string).toLowerCase();
      if (!byCity.has(city)) byCity.set(city, name);
    }
    zones = { names, byCity };
  }
  return zones;
}

/**
 * The IANA zone meant by `zone`: the name in another case or with spaces (`new york`), a
 * city alone (`Amsterdam` → Europe/Amsterdam), a misspelt city or name, an abbreviation
 * (`CEST`), a fixed offset (`UTC+2` → Etc/GMT-2). Undefined when nothing is close.
 */
export function suggestTimeZone(zone: string): string | undefined {
  const { names, byCity } = knownZones();
  const s = zone.trim();
  const lower = s.toLowerCase().replace(/\s+/g, '_');
  const exact = names.find((n) => n.toLowerCase() === lower);
  if (exact) return exact;
  const abbreviation = ZONE_ABBREVIATIONS[lower];
  if (abbreviation) return abbreviation;
  const offset = /^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?00)?$/i.exec(s);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    // POSIX signs: Etc/GMT-2 is two hours ahead of UTC.
    const name = `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
    return isValidTimeZone(name) ? name : undefined;
  }
  // A city, alone or with its country ("Berlin, Germany"), or the last part of a name; also
  // a city whose current name the runtime knows but does not list (Asia/Kolkata).
  for (const part of s.split(/\s*[,/]\s*/)) {
    const key = part.toLowerCase().replace(/\s+/g, '_');
    const city = byCity.get(key);
    if (city) return city;
    const name = key.replace(/(^|_)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
    const renamed = REGIONS.map((r) => `${r}/${name}`).find((n) => isValidTimeZone(n));
    if (renamed) return renamed;
  }
  const cityGuess = closest(lower.split('/').pop() as string, [...byCity.keys()]);
  if (cityGuess) return byCity.get(cityGuess);
  return closest(lower, names);
}

// ---------------------------------------------------------------------------
// Indicators

/** Words people use for an indicator, with the indicator meant. */
const INDICATOR_WORDS: Record<string, Indicator> = {
  uptime: 'availability',
  up: 'availability',
  downtime: 'availability',
  success: 'success-rate',
  errors: 'error-rate',
  'error-ratio': 'error-rate',
  failures: 'error-rate',
  'response-latency': 'latency',
  duration: 'latency',
  'request-duration': 'latency',
  rps: 'throughput',
  qps: 'throughput',
  requests: 'throughput',
  'first-response': 'response-time',
  'time-to-respond': 'response-time',
  'time-to-resolve': 'resolution-time',
  'time-to-resolution': 'resolution-time',
  mttr: 'resolution-time',
  resolution: 'resolution-time',
  staleness: 'freshness',
  'data-age': 'freshness',
  age: 'freshness',
  lag: 'freshness',
  'replication-lag': 'freshness',
  delay: 'freshness',
  recency: 'freshness',
  'data-freshness': 'freshness',
};

/** The hint after an unknown indicator: the one meant, or where custom and freshness fit. */
export function indicatorHint(value: string): string {
  const word = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  // A misspelling needs only its correction; another word gets the two open-ended indicators.
  const misspelt = closest(word, INDICATOR_NAMES);
  if (misspelt) return `did you mean "${misspelt}"?`;
  const meant = INDICATOR_WORDS[word];
  const guess = meant ? `did you mean "${meant}"? ` : '';
  return `${guess}freshness is how old the data a service serves may be (a duration such as 15m); for any other measure use custom with better: higher or lower.`;
}

/** Whether an enum error is the indicator of an objective. */
export function isIndicatorPath(path: DocPath): boolean {
  return path.length === 4 && path[1] === 'objectives' && path[3] === 'indicator';
}

// ---------------------------------------------------------------------------
// Commas in flow mappings

/**
 * `{ timezone: Europe/Berlin, schedule: Mon,Tue 07:00-20:00 }`: inside braces a comma ends
 * the value, so "Tue 07:00-20:00" becomes a key of its own with no value. Finds such runs of
 * empty unknown keys after a known key and reports each run once, at the value it split,
 * with the value quoted; the unknown-key errors it explains are left out.
 */
export function commaSplits(
  source: YamlSource,
  errors: readonly ErrorObject[],
): { problems: Problem[]; explained: Set<ErrorObject> } {
  const problems: Problem[] = [];
  const explained = new Set<ErrorObject>();
  const byObject = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const data = e.data as Record<string, unknown> | null;
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    if (data === null || typeof data !== 'object' || data[key] !== null) continue;
    const list = byObject.get(e.instancePath) ?? [];
    list.push(e);
    byObject.set(e.instancePath, list);
  }
  for (const [instancePath, list] of byObject) {
    const first = list[0] as ErrorObject;
    const data = first.data as Record<string, unknown>;
    const known = new Set(
      Object.keys((first.parentSchema as { properties?: object } | undefined)?.properties ?? {}),
    );
    const path = pointerPath(instancePath);
    const unknown = new Map(
      list.map((e) => [(e.params as { additionalProperty: string }).additionalProperty, e]),
    );
    // The keys in the order they are written.
    const keys = Object.keys(data)
      .map((key) => ({ key, pos: source.locate([...path, key], 'key') }))
      .sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    for (let i = 0; i < keys.length; i++) {
      const owner = keys[i] as (typeof keys)[number];
      const value = data[owner.key];
      if (!known.has(owner.key) || (typeof value !== 'string' && typeof value !== 'number')) {
        continue;
      }
      // `{ timezone: UTC, foo }` is an unknown key, not a split: a piece of a split value
      // follows its comma closely, has words, or leaves a value that cannot be read.
      const broken = ownerBroken([...path, owner.key], source.data);
      const run: typeof keys = [];
      for (let j = i + 1; j < keys.length; j++) {
        const next = keys[j] as (typeof keys)[number];
        const comma = unknown.has(next.key) ? commaBefore(source, next.pos) : undefined;
        if (comma === undefined) break;
        if (comma === 'spaced' && !broken && !/\s/.test(next.key)) break;
        run.push(next);
      }
      if (run.length === 0) continue;
      for (const r of run) explained.add(unknown.get(r.key) as ErrorObject);
      // The piece before the first comma may break the schema too (`resolution: 1,5h` is 1).
      const ownerPointer = `${instancePath}/${owner.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      for (const e of errors) if (e.instancePath === ownerPointer) explained.add(e);
      const at = source.locate([...path, owner.key], 'value');
      const written = writtenValue(source, at, run, value);
      const whole = written.length > 200 ? `${written.slice(0, 180)}…` : written;
      const where = path.length === 0 ? 'the file' : describePath(path);
      const names =
        run
          .slice(0, MAX_NAMED)
          .map((r) => `"${r.key}"`)
          .join(', ') + (run.length > MAX_NAMED ? ` and ${run.length - MAX_NAMED} more` : '');
      // `{ below: 99,5% }`: a decimal comma, which a point fixes better than quotes.
      const decimal = /^\d+,\d{1,2}(?!\d)\s*[a-z%]*$/i.test(whole);
      const fix = decimal ? decimalPoint(whole).replace(/\s+/, '') : `"${whole}"`;
      problems.push({
        file: source.file,
        line: at.line,
        column: at.column,
        rule: 'schema-unknown-key',
        message: `inside { } a comma ends a value: ${owner.key}: ${whole} was read as ${owner.key} "${String(value)}" and ${run.length === 1 ? 'a key' : 'keys'} ${names} of ${where}; ${decimal ? 'write the decimal with a point' : 'quote the value'}: ${owner.key}: ${fix}`,
        severity: 'error',
      });
      i += run.length;
    }
  }
  return { problems, explained };
}

/** Keys of a split value named in its message; the rest are counted. */
const MAX_NAMED = 5;

/** The comma right before a key on its line, if any (read backwards: lines can be long). */
function commaBefore(
  source: YamlSource,
  pos: { line: number; column: number },
): 'tight' | 'spaced' | undefined {
  const line = source.lineText(pos.line);
  let i = pos.column - 2;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  if (line[i] !== ',') return undefined;
  return i === pos.column - 2 ? 'tight' : 'spaced';
}

/** Whether the value at `path` is of a kind slac parses and does not parse (`schedule: Mon`). */
function ownerBroken(path: DocPath, data: unknown): boolean {
  const kind = valueKindAt(path, data);
  return kind !== undefined && !PARSERS[kind](valueAt(data, path)).ok;
}

/** The split value as written (`Mon,Tue 07:00-20:00`), from the file where it is on one line. */
function writtenValue(
  source: YamlSource,
  at: { line: number; column: number },
  run: ReadonlyArray<{ key: string; pos: { line: number; column: number } }>,
  value: string | number,
): string {
  const last = run[run.length - 1] as (typeof run)[number];
  if (last.pos.line === at.line) {
    const text = source
      .lineText(at.line)
      .slice(at.column - 1, last.pos.column - 1 + last.key.length);
    if (text.startsWith(String(value))) return text.trim();
  }
  return [String(value), ...run.map((r) => r.key)].join(',');
}

function pointerPath(instancePath: string): Array<string | number> {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: DocPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

// ---------------------------------------------------------------------------
