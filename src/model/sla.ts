// The normalized SLA: every value parsed once into numbers (percent, seconds, weekly
// minutes), so diff, approval and render compare meaning, not spelling.
import type { ServiceLevelAgreement, Objective as RawObjective } from './sla.generated.js';
import { article, type DocPath } from './problem.js';
import {
  formatPercent,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  type Cadence,
  type Parsed,
  type WeeklySchedule,
  type Window,
} from './units.js';
import { INDICATORS, directionOf, isRatioIndicator, targetKindOf } from './indicators.js';
import type { RuleId } from './rules.js';

export type { ServiceLevelAgreement as SlaFile } from './sla.generated.js';
export type { SlacConfig as SlacConfigFile } from './config.generated.js';

export type Indicator = RawObjective['indicator'];
export type Direction = 'higher' | 'lower';

// Callers of the model keep importing these from here; the knowledge is the registry's.
export { isRatioIndicator };

/**
 * How `slac measure` reads an objective from Prometheus: two counts for a ratio indicator,
 * one value (seconds for durations, the target's unit otherwise) for the others. PromQL as
 * written, `{{range}}` still in it. Not for customers' eyes: the catalog never shows it.
 */
export type PrometheusQuery =
  { kind: 'ratio'; good: string; total: string } | { kind: 'value'; value: string };

export type Measure =
  | { kind: 'percent'; value: number }
  | { kind: 'duration'; seconds: number }
  | { kind: 'quantity'; value: number; unit: string };

/** The comparable number of a measure (percent, seconds, or quantity value). */
export function magnitude(m: Measure): number {
  return m.kind === 'duration' ? m.seconds : m.value;
}

export interface Hours {
  timezone: string;
  schedule: WeeklySchedule;
  /** The schedule as written, for display. */
  text: string[];
}

export interface Objective {
  id: string;
  title: string;
  description?: string;
  indicator: Indicator;
  /** Undefined only for a custom indicator without `better` (a validation error). */
  better?: Direction;
  target: Measure;
  percentile?: number;
  window: Window;
  tolerance?: { desired: Measure; adequate: Measure };
  measurement?: string;
  /** Set only when the form fits the indicator (rules report the others). */
  prometheus?: PrometheusQuery;
}

export interface Priority {
  level: string;
  meaning: string;
  response: number;
  resolution?: number;
  hours?: { schedule: WeeklySchedule; text: string[] };
}

export interface CreditTier {
  below: number;
  credit: number;
}

export interface Contact {
  name: string;
  email?: string;
  url?: string;
  phone?: string;
}

export interface Sla {
  id: string;
  title: string;
  owner: string;
  tier?: string;
  tags: string[];
  service: { name: string; summary: string; url?: string };
  customers: string[];
  effective: { from: string; until?: string };
  review?: { every: Cadence; everyText: string; lastReviewed: string };
  /** Defaults to 24x7 in UTC when the file says nothing. */
  serviceHours: Hours;
  objectives: Objective[];
  support?: { hours?: Hours; priorities: Priority[] };
  maintenance?: { notice?: number; windows: Hours[] };
  exclusions: string[];
  credits?: { objective: string; tiers: CreditTier[] };
  contacts: Contact[];
}

/** A value that could not be normalized, with the path of the node that holds it. */
export interface NormalizeIssue {
  path: DocPath;
  rule: RuleId;
  message: string;
}

/**
 * Normalizes a schema-valid SLA file. Values that do not parse are reported as issues
 * (with their document path) and the SLA is still returned with what could be read,
 * so that one bad value does not hide other problems.
 */
export function normalizeSla(raw: ServiceLevelAgreement): { sla: Sla; issues: NormalizeIssue[] } {
  const issues: NormalizeIssue[] = [];
  const spec = raw.spec;

  const objectives: Objective[] = spec.objectives.map((o, i) => {
    const objective: Objective = {
      id: o.id,
      title: o.title,
      indicator: o.indicator,
      target: parseMeasure(o.indicator, o.target, OBJECTIVES, i, 'target', 'target', issues),
      window: take(
        issues,
        parseWindow(o.window),
        OBJECTIVES,
        i,
        'window',
        'window-format',
        'window',
        MONTH,
      ),
    };
    const better = directionOf(o.indicator, o.better);
    if (better) objective.better = better;
    if (o.description !== undefined) objective.description = o.description;
    if (o.percentile !== undefined) objective.percentile = o.percentile;
    if (o.measurement !== undefined) objective.measurement = o.measurement;
    const prometheus = o.prometheus && prometheusQuery(o.indicator, o.prometheus);
    if (prometheus) objective.prometheus = prometheus;
    if (o.tolerance) {
      objective.tolerance = {
        desired: parseMeasure(
          o.indicator,
          o.tolerance.desired,
          OBJECTIVES,
          i,
          TOLERANCE_DESIRED,
          'tolerance.desired',
          issues,
        ),
        adequate: parseMeasure(
          o.indicator,
          o.tolerance.adequate,
          OBJECTIVES,
          i,
          TOLERANCE_ADEQUATE,
          'tolerance.adequate',
          issues,
        ),
      };
    }
    return objective;
  });

  // The lists and small objects that need no normalizing are the file's own, not copies: the
  // reader made them for this file alone and nothing changes them (copying them was about a
  // tenth of what normalizing allocated per file).
  const sla: Sla = {
    id: raw.metadata.id,
    title: raw.metadata.title,
    owner: raw.metadata.owner,
    tags: raw.metadata.tags ?? [],
    service: spec.service,
    customers: spec.customers ?? [],
    effective: spec.effective,
    serviceHours: hoursOf(issues, spec.serviceHours, SERVICE_HOURS),
    objectives,
    exclusions: spec.exclusions ?? [],
    contacts: spec.contacts ?? [],
  };
  if (raw.metadata.tier !== undefined) sla.tier = raw.metadata.tier;
  if (spec.review) {
    sla.review = {
      every: take(
        issues,
        parseCadence(spec.review.every),
        REVIEW,
        undefined,
        'every',
        'review-cadence',
        'review.every',
        { months: 12, days: 0 },
      ),
      everyText: spec.review.every,
      lastReviewed: spec.review.lastReviewed,
    };
  }
  if (spec.support) {
    const support: NonNullable<Sla['support']> = {
      priorities: (spec.support.priorities ?? []).map((p, i) => {
        const priority: Priority = {
          level: p.level,
          meaning: p.meaning,
          response: take(
            issues,
            parseDuration(p.response),
            PRIORITIES,
            i,
            'response',
            'duration-format',
            'response',
            0,
          ),
        };
        if (p.resolution !== undefined) {
          priority.resolution = take(
            issues,
            parseDuration(p.resolution),
            PRIORITIES,
            i,
            'resolution',
            'duration-format',
            'resolution',
            0,
          );
        }
        if (p.hours !== undefined) {
          priority.hours = {
            schedule: take(
              issues,
              parseSchedule(p.hours),
              PRIORITIES,
              i,
              'hours',
              'schedule-format',
              'hours',
              ALWAYS,
            ),
            text: Array.isArray(p.hours) ? [...p.hours] : [p.hours],
          };
        }
        return priority;
      }),
    };
    if (spec.support.hours) support.hours = hoursOf(issues, spec.support.hours, SUPPORT_HOURS);
    sla.support = support;
  }
  if (spec.maintenance) {
    const m: NonNullable<Sla['maintenance']> = {
      windows: (spec.maintenance.windows ?? []).map((w, i) =>
        hoursOf(issues, w, MAINTENANCE_WINDOWS, i),
      ),
    };
    if (spec.maintenance.notice !== undefined) {
      m.notice = take(
        issues,
        parseDuration(spec.maintenance.notice),
        MAINTENANCE,
        undefined,
        'notice',
        'duration-format',
        'maintenance.notice',
        0,
      );
    }
    sla.maintenance = m;
  }
  if (spec.credits) {
    sla.credits = {
      objective: spec.credits.objective,
      tiers: spec.credits.tiers.map((t, i) => ({
        below: take(issues, parsePercent(t.below), TIERS, i, 'below', 'percent-format', 'below', 0),
        credit: take(
          issues,
          parsePercent(t.credit),
          TIERS,
          i,
          'credit',
          'percent-format',
          'credit',
          0,
        ),
      })),
    };
  }
  return { sla, issues };
}

/**
 * The value parsed, or `fallback` with an issue at its path. The path is built only for a
 * value that does not parse (most files have none): it is given as a shared prefix, an index
 * in it (or undefined) and a key, so that no array is made for a value that parses.
 */
function take<T>(
  issues: NormalizeIssue[],
  parsed: Parsed<T>,
  prefix: DocPath,
  index: number | undefined,
  key: string,
  rule: RuleId,
  what: string,
  fallback: T,
): T {
  if (parsed.ok) return parsed.value;
  issues.push({ path: pathTo(prefix, index, key), rule, message: `${what} ${parsed.reason}` });
  return fallback;
}

function hoursOf(
  issues: NormalizeIssue[],
  h: { timezone?: string; schedule: string | string[] } | undefined,
  prefix: DocPath,
  index?: number,
): Hours {
  if (!h) return { timezone: 'UTC', schedule: always(), text: ['24x7'] };
  const text = Array.isArray(h.schedule) ? [...h.schedule] : [h.schedule];
  const schedule = take(
    issues,
    parseSchedule(h.schedule),
    prefix,
    index,
    'schedule',
    'schedule-format',
    'schedule',
    ALWAYS,
  );
  return { timezone: h.timezone ?? 'UTC', schedule, text };
}

// The parts of the document paths of normalizeSla's issues, shared (see `take`).
const OBJECTIVES: DocPath = ['spec', 'objectives'];
const TOLERANCE_DESIRED: DocPath = ['tolerance', 'desired'];
const TOLERANCE_ADEQUATE: DocPath = ['tolerance', 'adequate'];
const SERVICE_HOURS: DocPath = ['spec', 'serviceHours'];
const REVIEW: DocPath = ['spec', 'review'];
const PRIORITIES: DocPath = ['spec', 'support', 'priorities'];
const SUPPORT_HOURS: DocPath = ['spec', 'support', 'hours'];
const MAINTENANCE: DocPath = ['spec', 'maintenance'];
const MAINTENANCE_WINDOWS: DocPath = ['spec', 'maintenance', 'windows'];
const TIERS: DocPath = ['spec', 'credits', 'tiers'];

/** `prefix`, then `index` (when there is one), then `key` (one key or a path of keys). */
function pathTo(prefix: DocPath, index: number | undefined, key: string | DocPath): DocPath {
  const path = index === undefined ? [...prefix] : [...prefix, index];
  if (typeof key === 'string') path.push(key);
  else path.push(...key);
  return path;
}

/** The query form that fits the indicator, when the block holds exactly that form. */
function prometheusQuery(
  indicator: Indicator,
  q: { good?: string; total?: string; value?: string },
): PrometheusQuery | undefined {
  if (isRatioIndicator(indicator)) {
    if (q.good === undefined || q.total === undefined || q.value !== undefined) return undefined;
    return { kind: 'ratio', good: q.good, total: q.total };
  }
  if (q.value === undefined || q.good !== undefined || q.total !== undefined) return undefined;
  return { kind: 'value', value: q.value };
}

function always(): WeeklySchedule {
  const s = parseSchedule('24x7');
  if (!s.ok) throw new Error('unreachable: 24x7 parses');
  return s.value;
}

/** The stand-ins for a schedule or window that does not parse (frozen, as they are shared). */
const ALWAYS = always();
const MONTH: Window = Object.freeze({ kind: 'calendar', unit: 'month', seconds: 2_629_746 });

/**
 * Reads a measured value for an objective (a results file's `value`): the same syntax as the
 * objective's target, in the same kind (and unit) — "99.97%" for a percentage target,
 * "280ms" for a duration, "1200 rps" for a quantity in rps.
 */
export function parseObjectiveValue(o: Objective, value: string | number): Parsed<Measure> {
  const issues: NormalizeIssue[] = [];
  const m = parseMeasure(o.indicator, value, [], undefined, 'value', 'value', issues);
  if (issues[0]) return { ok: false, reason: issues[0].message };
  const t = o.target;
  if (m.kind !== t.kind)
    return {
      ok: false,
      reason: `value "${value}" is ${KIND_WORDS[m.kind]}, but objective "${o.id}" has ${KIND_WORDS[t.kind]} target; write the value as the target is written`,
    };
  if (m.kind === 'quantity' && t.kind === 'quantity' && m.unit !== t.unit)
    return {
      ok: false,
      reason: `value "${value}" is in ${m.unit ? `"${m.unit}"` : 'no unit'}, but objective "${o.id}" counts in ${t.unit ? `"${t.unit}"` : 'no unit'}; write the value in the target's unit`,
    };
  if (m.kind === 'percent' && (m.value < 0 || m.value > 100))
    return { ok: false, reason: `value ${value} is not a percentage from 0% to 100%` };
  // As in a target: a bare 0.997 for availability is a fraction, not 0.997%.
  if (
    m.kind === 'percent' &&
    INDICATORS[o.indicator].fractionProne &&
    m.value > 0 &&
    m.value <= 1 &&
    !String(value).includes('%')
  )
    return {
      ok: false,
      reason: `value ${value} looks like a fraction; write ${formatPercent(m.value * 100)} (a percentage, with %)`,
    };
  if (m.kind === 'duration' && m.seconds < 0)
    return { ok: false, reason: `value "${value}" is a negative duration` };
  return { ok: true, value: m };
}

const KIND_WORDS: Record<Measure['kind'], string> = {
  percent: 'a percentage',
  duration: 'a duration',
  quantity: 'a number',
};

/**
 * Parses a target or tolerance value (at `prefix`, `index`, `key`; see `pathTo`) as the kind
 * its indicator calls for.
 */
function parseMeasure(
  indicator: Indicator,
  value: string | number,
  prefix: DocPath,
  index: number | undefined,
  key: string | DocPath,
  what: string,
  issues: NormalizeIssue[],
): Measure {
  const kind = targetKindOf(indicator);
  if (kind === 'percent') {
    const p = parsePercent(value);
    if (p.ok) return { kind: 'percent', value: p.value };
    const d = typeof value === 'string' ? parseDuration(value) : p;
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      d.ok
        ? `${what} of ${article(indicator)} objective must be a percentage such as 99.9%, not the duration "${value}"`
        : `${what} ${p.reason}`,
    );
    return { kind: 'percent', value: 0 };
  }
  if (kind === 'duration') {
    const d = parseDuration(value);
    if (d.ok) return { kind: 'duration', seconds: d.value };
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      typeof value === 'number' || PERCENT_SIGN.test(String(value))
        ? `${what} of ${article(indicator)} objective must be a duration such as 300ms or 15m, not "${value}"`
        : `${what} ${d.reason}`,
    );
    return { kind: 'duration', seconds: 0 };
  }
  if (kind === 'quantity') {
    const q = parseQuantity(value);
    if (q.ok && !PERCENT_SIGN.test(String(value))) return { kind: 'quantity', ...q.value };
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      `${what} of ${article(indicator)} objective must be a number with a unit such as 1000 rps, not "${value}"`,
    );
    return { kind: 'quantity', value: 0, unit: '' };
  }
  // custom: a percentage if written with %, a duration if it has a time unit, else a quantity.
  if (typeof value === 'string' && PERCENT_SIGN.test(value)) {
    const p = parsePercent(value);
    if (p.ok) return { kind: 'percent', value: p.value };
  }
  const d = typeof value === 'string' ? parseDuration(value) : undefined;
  if (d?.ok) return { kind: 'duration', seconds: d.value };
  const q = parseQuantity(value);
  if (q.ok) return { kind: 'quantity', ...q.value };
  targetIssue(issues, pathTo(prefix, index, key), `${what} ${q.reason}`);
  return { kind: 'quantity', value: 0, unit: '' };
}

/** Written with a percent sign (module-level: a literal in a function is a new object on every call). */
const PERCENT_SIGN = /%\s*$/;

function targetIssue(issues: NormalizeIssue[], path: DocPath, message: string): void {
  issues.push({ path, rule: 'objective-target-type', message });
}
