// Semantic rules: what the schema cannot say. Each rule has a stable id and a message that
// tells the author what to do. Rules read the normalized SLA and point back into the file
// by document path.
import { article, type DocPath } from '../model/problem.js';
import { INDICATORS, INDICATOR_NAMES, isRatioIndicator } from '../model/indicators.js';
import {
  magnitude,
  type CreditTier,
  type Measure,
  type Objective,
  type Sla,
} from '../model/sla.js';
import {
  addCadence,
  formatDuration,
  formatPercent,
  isValidDate,
  isValidTimeZone,
} from '../model/units.js';
import { isValidOwner } from '../model/owner.js';
import { joinList } from '../model/words.js';
import type { RuleId } from '../model/rules.js';
import type { LoadedSla, ValidateOptions } from './index.js';
import { closest } from './schema.js';
import { suggestTimeZone } from './hints.js';

export interface Finding {
  path: DocPath;
  /** The rule, whose severity the registry gives. */
  rule: RuleId;
  message: string;
  /** Point at the key instead of the value. */
  part?: 'key' | 'value';
}

/** The indicators that take a percentile ("latency"), for messages. */
const PERCENTILE_INDICATORS = joinList(
  INDICATOR_NAMES.filter((i) => INDICATORS[i].percentile === 'required'),
);

const DAY_SECONDS = 86_400;

/**
 * Rules that look at one SLA on its own. `unreadable` lists the paths whose values could not
 * be normalized (already reported); rules skip them so one mistake is reported once.
 */
export function checkSla(
  loaded: LoadedSla,
  options: ValidateOptions,
  unreadable: readonly DocPath[] = [],
): Finding[] {
  const out: Finding[] = [];
  const { sla, raw } = loaded;
  const broken: Broken = unreadable.length === 0 ? undefined : new Set(unreadable.map(pathKey));

  if (!isValidOwner(sla.owner)) {
    out.push({
      path: ['metadata', 'owner'],
      rule: 'owner-format',
      message: `owner "${sla.owner}" is not a GitHub user "@login" or team "@org/team-slug"; write e.g. "@acme/payments"`,
    });
  }

  checkDates(sla, options, out);
  checkTimeZones(raw.spec, out);

  const objectives = raw.spec.objectives;
  const firstObjective = objectives.length > FEW_ITEMS ? new Map<string, number>() : undefined;
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i] as (typeof objectives)[number];
    const earlier = firstWithKey(objectives, i, o.id, idOf, firstObjective);
    if (earlier >= 0) {
      out.push({
        path: ['spec', 'objectives', i, 'id'],
        rule: 'objective-id-unique',
        message: `objective id "${o.id}" is already used by objective ${earlier + 1} ("${objectives[earlier]?.title}"); give each objective its own id`,
      });
    }
    const objective = sla.objectives[i];
    if (objective) checkObjective(objective, o, i, broken, out);
  }

  if (sla.support) checkPriorities(sla.support.priorities, broken, out);
  if (sla.credits) checkCredits(sla, sla.credits, broken, out);
  return out;
}

/** Lists longer than this are checked for repeated keys with a Map (see firstWithKey). */
const FEW_ITEMS = 16;

/**
 * The index of the first of items 0 to i - 1 whose key (`keyOf`) is `key`, -1 when there is
 * none; `seen` (for a long list) is filled as i grows. A file's lists are short: scanning them
 * allocates nothing, where a Map per list and file was about a twelfth of what the rules
 * allocated.
 */
function firstWithKey<T>(
  items: readonly T[],
  i: number,
  key: string,
  keyOf: (item: T) => string,
  seen: Map<string, number> | undefined,
): number {
  if (seen) {
    const earlier = seen.get(key);
    if (earlier !== undefined) return earlier;
    seen.set(key, i);
    return -1;
  }
  for (let j = 0; j < i; j++) if (keyOf(items[j] as T) === key) return j;
  return -1;
}

const idOf = (item: { id: string }): string => item.id;
const levelOf = (item: { level: string }): string => item.level;

/** The pathKeys of the values that could not be normalized; undefined when there are none. */
type Broken = ReadonlySet<string> | undefined;

/** Whether the value at `path` could be normalized. */
function readable(broken: Broken, path: DocPath): boolean {
  return broken === undefined || !broken.has(pathKey(path));
}

/**
 * The document path of objective `i`, or of a value in it. Paths are built only for a finding
 * (or for a file with values that could not be normalized): most files have none, and the
 * arrays were about a third of what the rules allocated per file.
 */
function objectivePath(i: number, ...rest: Array<string | number>): DocPath {
  return ['spec', 'objectives', i, ...rest];
}

// ---------------------------------------------------------------------------
// Objectives

function checkObjective(
  o: Objective,
  rawObjective: {
    target: string | number;
    window: string;
    better?: string;
    prometheus?: PrometheusBlock;
  },
  i: number,
  broken: Broken,
  out: Finding[],
): void {
  if (rawObjective.prometheus) checkPrometheus(o, rawObjective.prometheus, i, out);
  // Which way is better.
  const spec = INDICATORS[o.indicator];
  if (spec.direction === 'declared' && !o.better) {
    out.push({
      path: objectivePath(i, 'indicator'),
      rule: 'objective-better-missing',
      message: `objective "${o.id}" has a custom indicator but no "better"; add better: higher or better: lower so slac knows which way is better`,
    });
  }
  if (spec.direction !== 'declared' && rawObjective.better !== undefined) {
    out.push({
      path: objectivePath(i, 'better'),
      part: 'key',
      rule: 'objective-better-ignored',
      message: `"better" is only read for custom indicators; for ${article(o.indicator)} objective ${o.better} is always better, so remove it`,
    });
  }

  // Percentile.
  if (o.percentile !== undefined && spec.percentile === 'refused') {
    out.push({
      path: objectivePath(i, 'percentile'),
      part: 'key',
      rule: 'objective-percentile',
      message: `percentile applies to ${PERCENTILE_INDICATORS} objectives only, not ${o.indicator}; remove it`,
    });
  } else if (o.percentile !== undefined && !(o.percentile > 0 && o.percentile < 100)) {
    out.push({
      path: objectivePath(i, 'percentile'),
      rule: 'objective-percentile',
      message: `percentile ${o.percentile} must lie between 0 and 100 (exclusive); write e.g. 95 or 99.9`,
    });
  }
  if (spec.percentile === 'required' && o.percentile === undefined) {
    out.push({
      path: objectivePath(i, 'indicator'),
      rule: 'objective-percentile-missing',
      message: `${o.indicator} objective "${o.id}" has no percentile, so "${String(rawObjective.target)}" is ambiguous (average? maximum?); add e.g. percentile: 95`,
    });
  }

  // Target and tolerance values.
  let valuesOk = measureOk(o, 'target', o.target, i, 'target', broken, out);
  if (o.tolerance) {
    const { desired, adequate } = o.tolerance;
    const desiredOk = measureOk(o, 'tolerance.desired', desired, i, 'desired', broken, out);
    const adequateOk = measureOk(o, 'tolerance.adequate', adequate, i, 'adequate', broken, out);
    valuesOk = valuesOk && desiredOk && adequateOk;
    if (valuesOk && o.better) checkTolerance(o, o.better, i, out);
  }

  // Window.
  if (broken === undefined || readable(broken, objectivePath(i, 'window'))) {
    const minutes = MINUTES_WINDOW.exec(rawObjective.window);
    if (minutes) {
      const n = Number(minutes[1]);
      out.push({
        path: objectivePath(i, 'window'),
        rule: 'window-minute',
        message:
          n === 1
            ? `window "${rawObjective.window}" is one minute; write month for a calendar month or 30d`
            : `window "${rawObjective.window}" is ${n} minutes; for ${n} months write ${n === 3 ? 'quarter or 90d' : `${n * 30}d`}`,
      });
    } else if (o.window.kind === 'rolling' && o.window.seconds < DAY_SECONDS) {
      out.push({
        path: objectivePath(i, 'window'),
        rule: 'window-short',
        message: `window "${rawObjective.window}" is shorter than a day (${formatDuration(o.window.seconds)}), too short for a commitment customers can check; use e.g. 28d or month`,
      });
    }
  }
}

type PrometheusBlock = { good?: string; total?: string; value?: string };

/**
 * The `prometheus` block of an objective: the form fits the indicator (good and total for a
 * ratio, value for the others), no query is blank, and each covers the period ({{range}}).
 */
function checkPrometheus(o: Objective, q: PrometheusBlock, i: number, out: Finding[]): void {
  const ratio = isRatioIndicator(o.indicator);
  const hasRatioPart = q.good !== undefined || q.total !== undefined;
  if (q.value !== undefined && hasRatioPart) {
    out.push({
      path: promPath(i, ratio ? 'value' : q.good !== undefined ? 'good' : 'total'),
      part: 'key',
      rule: 'prometheus-both-forms',
      message: ratio
        ? `prometheus has both "value" and good/total; ${article(o.indicator)} objective is measured as good / total, so remove "value"`
        : `prometheus has both "value" and good/total; ${article(o.indicator)} objective is measured by one value, so remove good and total`,
    });
  } else if (ratio && q.value !== undefined) {
    out.push({
      path: promPath(i, 'value'),
      part: 'key',
      rule: 'prometheus-value-on-ratio',
      message: `${article(o.indicator)} objective is measured as a share of events: replace "value" with "good" (the good events of the period) and "total" (all events), e.g. sum(increase(...[{{range}}]))`,
    });
  } else if (ratio && (q.good === undefined || q.total === undefined)) {
    const missing =
      q.good === undefined && q.total === undefined
        ? 'good and total'
        : q.good === undefined
          ? 'good'
          : 'total';
    out.push({
      path: promPath(
        i,
        PROMETHEUS_KEYS.find((k) => q[k] !== undefined),
      ),
      part: 'key',
      rule: 'prometheus-ratio-incomplete',
      message: `prometheus of ${article(o.indicator)} objective needs both "good" and "total" (value = good / total); add ${missing}`,
    });
  } else if (!ratio && hasRatioPart) {
    out.push({
      path: promPath(i, q.good !== undefined ? 'good' : 'total'),
      part: 'key',
      rule: 'prometheus-ratio-on-value',
      message: `${article(o.indicator)} objective is measured by one value, not a ratio: replace good/total with "value", a query giving the period's figure ${o.target.kind === 'duration' ? 'in seconds' : "in the target's unit"}`,
    });
  } else if (!ratio && q.value === undefined) {
    out.push({
      path: promPath(i),
      part: 'key',
      rule: 'prometheus-value-missing',
      message: `prometheus of ${article(o.indicator)} objective needs "value": a query giving the period's figure ${o.target.kind === 'duration' ? 'in seconds' : "in the target's unit"}`,
    });
  }
  for (const key of PROMETHEUS_KEYS) {
    const query = q[key];
    if (query === undefined) continue;
    if (query.trim() === '') {
      out.push({
        path: promPath(i, key),
        rule: 'prometheus-query-empty',
        message: `prometheus.${key} is empty; write a PromQL query, e.g. ${QUERY_EXAMPLE[key]}`,
      });
      continue;
    }
    const unknown = OTHER_PLACEHOLDER.exec(query);
    if (unknown) {
      out.push({
        path: promPath(i, key),
        rule: 'prometheus-placeholder',
        message: `prometheus.${key} uses the placeholder "${unknown[0]}"; the only placeholder is {{range}} (the period's length in seconds)`,
      });
    } else if (!RANGE_PLACEHOLDER.test(query)) {
      out.push({
        path: promPath(i, key),
        rule: 'prometheus-range-missing',
        message: `prometheus.${key} does not use {{range}}, so it reads one instant at the end of the period instead of the whole period; write e.g. increase(...[{{range}}]) or avg_over_time(...[{{range}}])`,
      });
    }
  }
}

/** The queries of a prometheus block, in the order they are reported. */
const PROMETHEUS_KEYS = ['good', 'total', 'value'] as const;

/** The path of objective `i`'s prometheus block, or of one of its queries. */
function promPath(i: number, key?: string): DocPath {
  return key === undefined ? objectivePath(i, 'prometheus') : objectivePath(i, 'prometheus', key);
}

// Module-level: a regular expression literal in a function is a new object on every call.
const OTHER_PLACEHOLDER = /\{\{\s*(?!range\s*\}\})([^}]*)\}\}/;
const RANGE_PLACEHOLDER = /\{\{\s*range\s*\}\}/;

const QUERY_EXAMPLE = {
  good: 'sum(increase(http_requests_total{code!~"5.."}[{{range}}]))',
  total: 'sum(increase(http_requests_total[{{range}}]))',
  value:
    'histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket[{{range}}])))',
} as const;

/** "5m": minutes, which surely meant months. */
const MINUTES_WINDOW = /^\s*(\d+)\s*m\s*$/;

/**
 * Whether the target or tolerance value `key` of objective `i` is readable and right; reports
 * it when not.
 */
function measureOk(
  o: Objective,
  what: string,
  m: Measure,
  i: number,
  key: 'target' | 'desired' | 'adequate',
  broken: Broken,
  out: Finding[],
): boolean {
  if (broken !== undefined && !readable(broken, measurePath(i, key))) return false;
  const problem = checkMeasure(o, what, m, o.target);
  if (!problem) return true;
  out.push({ path: measurePath(i, key), ...problem });
  return false;
}

function measurePath(i: number, key: 'target' | 'desired' | 'adequate'): DocPath {
  return key === 'target' ? objectivePath(i, 'target') : objectivePath(i, 'tolerance', key);
}

/** Range and kind of one target or tolerance value. */
function checkMeasure(
  o: Objective,
  what: string,
  m: Measure,
  target: Measure,
): Omit<Finding, 'path'> | undefined {
  if (what !== 'target' && (m.kind !== target.kind || unitOf(m) !== unitOf(target))) {
    return {
      rule: 'objective-target-type',
      message: `${what} is ${describeKind(m)} but the target is ${describeKind(target)}; write both in the same unit`,
    };
  }
  // A rate of events (throughput) below zero cannot be delivered or measured: surely a typo.
  if (m.kind === 'quantity' && m.value < 0 && INDICATORS[o.indicator].target === 'quantity') {
    return {
      rule: 'objective-target-range',
      message: `${what} ${show(m)} is negative; ${o.indicator} cannot be below zero`,
    };
  }
  if (m.kind !== 'percent') return undefined;
  if (m.value < 0 || m.value > 100) {
    return {
      rule: 'objective-target-range',
      message: `${what} ${formatPercent(m.value)} is outside 0–100%; a percentage cannot be ${m.value < 0 ? 'negative' : 'above 100%'}`,
    };
  }
  if (INDICATORS[o.indicator].fractionProne && m.value > 0 && m.value <= 1) {
    return {
      rule: 'objective-target-range',
      message: `${what} ${m.value} looks like a fraction; write ${formatPercent(m.value * 100)}`,
    };
  }
  return undefined;
}

function unitOf(m: Measure): string {
  return m.kind === 'quantity' ? m.unit : '';
}

function describeKind(m: Measure): string {
  if (m.kind === 'percent') return 'a percentage';
  if (m.kind === 'duration') return 'a duration';
  return m.unit ? `a number of ${m.unit}` : 'a plain number';
}

function show(m: Measure): string {
  if (m.kind === 'percent') return formatPercent(m.value);
  if (m.kind === 'duration') return formatDuration(m.seconds);
  return m.unit ? `${m.value} ${m.unit}` : String(m.value);
}

/** The zone of tolerance: adequate is worse than desired, the target lies within. */
function checkTolerance(o: Objective, better: 'higher' | 'lower', i: number, out: Finding[]): void {
  const tolerance = o.tolerance;
  if (!tolerance) return;
  const sign = better === 'higher' ? 1 : -1;
  const { desired, adequate } = tolerance;
  const worse = better === 'higher' ? 'lower' : 'higher';
  if (betterBy(sign, desired, adequate) <= 0) {
    out.push({
      path: objectivePath(i, 'tolerance', 'adequate'),
      rule: 'tolerance-order',
      message: `tolerance.adequate ${show(adequate)} must be worse than desired ${show(desired)}: for ${o.indicator} ${better} is better, so adequate must be ${worse}; swap the two values`,
    });
  } else if (betterBy(sign, o.target, adequate) < 0 || betterBy(sign, o.target, desired) > 0) {
    out.push({
      path: objectivePath(i, 'target'),
      rule: 'tolerance-target-outside',
      message: `target ${show(o.target)} lies outside the tolerance band from adequate ${show(adequate)} to desired ${show(desired)}; promise a level inside the band or widen it`,
    });
  }
}

/** Positive when `a` is better than `b` (`sign` 1 when higher is better, -1 when lower is). */
function betterBy(sign: number, a: Measure, b: Measure): number {
  return sign * (magnitude(a) - magnitude(b));
}

// ---------------------------------------------------------------------------
// Support, credits

function checkPriorities(
  priorities: NonNullable<Sla['support']>['priorities'],
  broken: Broken,
  out: Finding[],
): void {
  const firstLevel = priorities.length > FEW_ITEMS ? new Map<string, number>() : undefined;
  for (let i = 0; i < priorities.length; i++) {
    const p = priorities[i] as (typeof priorities)[number];
    const earlier = firstWithKey(priorities, i, p.level, levelOf, firstLevel);
    if (earlier >= 0) {
      out.push({
        path: ['spec', 'support', 'priorities', i, 'level'],
        rule: 'priority-level-unique',
        message: `priority level "${p.level}" is listed twice (also priority ${earlier + 1}); give each priority its own level`,
      });
    }
    if (p.resolution !== undefined && p.response > p.resolution) {
      const path = ['spec', 'support', 'priorities', i];
      if (readable(broken, [...path, 'response']) && readable(broken, [...path, 'resolution'])) {
        out.push({
          path: [...path, 'response'],
          rule: 'priority-response-after-resolution',
          message: `${p.level}: response ${formatDuration(p.response)} is longer than resolution ${formatDuration(p.resolution)}; the first response comes before the resolution, so shorten response or lengthen resolution`,
        });
      }
    }
  }
}

function checkCredits(
  sla: Sla,
  credits: NonNullable<Sla['credits']>,
  broken: Broken,
  out: Finding[],
): void {
  let targetIndex = 0;
  while (
    targetIndex < sla.objectives.length &&
    sla.objectives[targetIndex]?.id !== credits.objective
  )
    targetIndex++;
  const target = sla.objectives[targetIndex];
  if (!target || !INDICATORS[target.indicator].credits) {
    const names = sla.objectives.filter((o) => INDICATORS[o.indicator].credits).map((o) => o.id);
    if (!target) {
      const guess = closest(credits.objective, names);
      out.push({
        path: ['spec', 'credits', 'objective'],
        rule: 'credits-objective',
        message:
          `credits.objective "${credits.objective}" names no objective of this SLA; ` +
          (guess
            ? `did you mean "${guess}"?`
            : names.length > 0
              ? `write one of the availability objectives: ${names.join(', ')}`
              : 'add an availability objective for the credits to apply to'),
      });
    } else {
      out.push({
        path: ['spec', 'credits', 'objective'],
        rule: 'credits-objective',
        message: `credits.objective "${credits.objective}" is ${article(target.indicator)} objective; credits are tied to an availability objective${names.length > 0 ? ` (${names.join(', ')})` : ''}`,
      });
    }
  }

  // The indexes of the tiers whose values are right, in the file's order (indexes rather than
  // a copy of each tier: this runs for every file).
  const tiers = credits.tiers;
  const inRange: number[] = [];
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i] as CreditTier;
    if (broken !== undefined) {
      const path = ['spec', 'credits', 'tiers', i];
      if (!readable(broken, [...path, 'below']) || !readable(broken, [...path, 'credit'])) continue;
    }
    const belowOk = tierValueOk('below', t.below, i, out);
    const creditOk = tierValueOk('credit', t.credit, i, out);
    if (belowOk && creditOk) inRange.push(i);
  }
  if (target && INDICATORS[target.indicator].credits) {
    if (broken === undefined || readable(broken, objectivePath(targetIndex, 'target'))) {
      checkTiersAgainstTarget(target, tiers, inRange, out);
    }
  }
  // Sorted from the highest threshold down: each lower threshold must give a larger credit.
  const sorted = sortFew(
    inRange,
    (a, b) => (tiers[b] as CreditTier).below - (tiers[a] as CreditTier).below || a - b,
  );
  for (let k = 1; k < sorted.length; k++) {
    const hi = sorted[k - 1] as number;
    const lo = sorted[k] as number;
    const higher = tiers[hi] as CreditTier;
    const lower = tiers[lo] as CreditTier;
    if (lower.below === higher.below) {
      out.push({
        path: ['spec', 'credits', 'tiers', Math.max(lo, hi), 'below'],
        rule: 'credits-tiers-order',
        message: `two credit tiers start below ${formatPercent(lower.below)}; give each tier its own threshold`,
      });
    } else if (lower.credit <= higher.credit) {
      out.push({
        path: ['spec', 'credits', 'tiers', lo, 'credit'],
        rule: 'credits-tiers-order',
        message: `the tier below ${formatPercent(lower.below)} gives ${formatPercent(lower.credit)}, not more than the ${formatPercent(higher.credit)} below ${formatPercent(higher.below)}; a lower threshold must give a larger credit`,
      });
    }
  }
}

/**
 * A tier pays when the measured value falls below its threshold; a threshold above the target
 * pays while the target is met, which no owner means (usually the target was lowered and the
 * credits were not).
 */
function checkTiersAgainstTarget(
  objective: Objective,
  tiers: readonly CreditTier[],
  inRange: readonly number[],
  out: Finding[],
): void {
  const target = objective.target;
  // A target that is itself wrong (a fraction, out of range) is reported on its own.
  if (target.kind !== 'percent' || checkMeasure(objective, 'target', target, target)) return;
  // In the file's order: checkCredits collects the tiers in it.
  for (const i of inRange) {
    const t = tiers[i] as CreditTier;
    if (!(t.below > target.value)) continue;
    out.push({
      path: ['spec', 'credits', 'tiers', i, 'below'],
      rule: 'credits-tier-above-target',
      message: `the tier below ${formatPercent(t.below)} pays ${formatPercent(t.credit)} while "${objective.id}" meets its target of ${formatPercent(target.value)} (at any value from ${formatPercent(target.value)} up to ${formatPercent(t.below)}); start the tier at the target or lower (below: ${formatPercent(target.value)}), or raise the target`,
    });
  }
}

/**
 * Sorts a list in place, a short one by insertion (`compare` must be a total order, so the
 * result is the one Array.prototype.sort gives). A list has a handful of tiers: the built-in
 * sort allocates a copy of it on every call, and this runs for every file.
 */
function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= 0 && compare(items[j] as T, item) > 0; j--) items[j + 1] = items[j] as T;
    items[j + 1] = item;
  }
  return items;
}

/** Whether the below or credit of tier `i` is a percentage a tier can have; reports it when not. */
function tierValueOk(field: 'below' | 'credit', v: number, i: number, out: Finding[]): boolean {
  if (!(v < 0 || v > 100 || (field === 'credit' && v === 0))) return true;
  out.push({
    path: ['spec', 'credits', 'tiers', i, field],
    rule: 'credits-range',
    message:
      v === 0
        ? `credit 0% gives the customer nothing; remove the tier or write a credit above 0%`
        : `${field} ${formatPercent(v)} is outside 0–100%; write a percentage such as 10%`,
  });
  return false;
}

// ---------------------------------------------------------------------------
// Dates and time zones

function checkDates(sla: Sla, options: ValidateOptions, out: Finding[]): void {
  const { from, until } = sla.effective;
  const review = sla.review;
  const fromValid = dateValid(from, 'effective', 'from', out);
  const untilValid = until !== undefined && dateValid(until, 'effective', 'until', out);
  const reviewedValid =
    review !== undefined && dateValid(review.lastReviewed, 'review', 'lastReviewed', out);
  if (until !== undefined && fromValid && untilValid && until < from) {
    out.push({
      path: ['spec', 'effective', 'until'],
      rule: 'effective-order',
      message: `effective.until ${until} is before effective.from ${from}; the SLA would never be in force — fix the dates`,
    });
  }
  const today = options.today;
  if (review && today && reviewedValid && isValidDate(today)) {
    const due = addCadence(review.lastReviewed, review.every);
    if (review.lastReviewed > today) {
      out.push({
        path: ['spec', 'review', 'lastReviewed'],
        rule: 'review-future',
        message: `lastReviewed ${review.lastReviewed} is after today (${today}); write the date the review took place`,
      });
    } else if (due < today) {
      out.push({
        path: ['spec', 'review', 'lastReviewed'],
        rule: 'review-overdue',
        message: `review was due on ${due} (${review.lastReviewed} + ${review.everyText}); review the SLA with its owner and set lastReviewed to the review date`,
      });
    }
  }
}

/** Whether the date at spec.`section`.`key` is a day in the calendar; reports it when not. */
function dateValid(value: string, section: string, key: string, out: Finding[]): boolean {
  if (isValidDate(value)) return true;
  out.push({
    path: ['spec', section, key],
    rule: 'date-invalid',
    message: `${value} is not a date in the calendar; write a real day as YYYY-MM-DD`,
  });
  return false;
}

function checkTimeZones(
  spec: {
    serviceHours?: { timezone?: string };
    support?: { hours?: { timezone?: string } };
    maintenance?: { windows?: Array<{ timezone?: string }> };
  },
  out: Finding[],
): void {
  const service = spec.serviceHours?.timezone;
  if (unknownZone(service)) out.push(zoneFinding(['spec', 'serviceHours', 'timezone'], service));
  const support = spec.support?.hours?.timezone;
  if (unknownZone(support)) {
    out.push(zoneFinding(['spec', 'support', 'hours', 'timezone'], support));
  }
  spec.maintenance?.windows?.forEach((w, i) => {
    if (unknownZone(w.timezone)) {
      out.push(zoneFinding(['spec', 'maintenance', 'windows', i, 'timezone'], w.timezone));
    }
  });
}

function unknownZone(zone: string | undefined): zone is string {
  return zone !== undefined && !isValidTimeZone(zone);
}

function zoneFinding(path: DocPath, zone: string): Finding {
  const guess = suggestTimeZone(zone);
  return {
    path,
    rule: 'timezone-unknown',
    message: `"${zone}" is not an IANA time zone; ${guess ? `did you mean "${guess}"?` : 'write e.g. UTC, Europe/Berlin or America/New_York'}`,
  };
}

function pathKey(path: DocPath): string {
  return path.map(String).join('\u0000');
}
