// The indicator registry: everything slac knows about an indicator, in one entry per
// indicator of the schema's enum. The mapped type makes the compiler reject a missing entry,
// so a new indicator is the schema, one entry here, the docs and tests — nothing else.
import type { Direction, Hours, Indicator, Measure, Objective } from './sla.js';
import { MINUTES_PER_WEEK, formatDuration, formatPercent, windowPhrase } from './units.js';
import {
  allowedDowntimeSeconds,
  capitalize,
  downtimeWords,
  durationWords,
  hoursPerWeekPhrase,
  hoursWords,
  latencyWords,
  measureFigure,
  measureWords,
  oneIn,
  shortDuration,
  windowWords,
} from './words.js';

/** What a target (and its tolerance and measured values) must be; `any`: see parseMeasure. */
export type TargetKind = Measure['kind'] | 'any';

/** The words one period of measured results is said in ("… 99.97% of the time; we commit to 99.95%"). */
export interface PerformanceWords {
  /** What was measured: "the service was available 99.97% of the time". */
  measured: string;
  /** What was promised: "at least 99.9%". */
  commit: string;
}

export interface IndicatorSpec {
  /** Which way is better; `declared` when the objective says it (`better:`, custom only). */
  direction: Direction | 'declared';
  /** The kind of value a target must be (see the design's "Which way is better"). */
  target: TargetKind;
  /** A percentage of good events, where a target of 0.999 is surely meant as 99.9%. */
  fractionProne: boolean;
  /** `required`: a target without a percentile is ambiguous (a warning); `refused`: an error. */
  percentile: 'required' | 'refused';
  /** Whether service credits may follow an objective of this indicator. */
  credits: boolean;
  /**
   * Measured as a share of events (good / total) or as one value (null). `failed`: the share
   * the indicator counts is the failed one (100% − good / total).
   */
  ratio: 'good' | 'failed' | null;
  /**
   * The share of the error budget a measured percentage spends: `complement`
   * (100 − value) / (100 − target), `direct` value / target, `declared` by the objective's
   * `better` (complement when higher), `none` (no budget).
   */
  budget: 'complement' | 'direct' | 'declared' | 'none';
  /**
   * What a percentage target lets customers lose over its window, said in the diff and the
   * catalog: `downtime` (also the catalog's budget and headline), `failed-requests`, or none.
   */
  allowance: 'downtime' | 'failed-requests' | null;
  /** The catalog's sentence for the commitment; undefined falls back to "At least …". */
  catalogWords(o: Objective, serviceHours: Hours): string | undefined;
  /**
   * The diff's meaning of a moved target when the indicator has no allowance to compare
   * ("customers may wait up to 8 h instead of 4 h"); undefined: "worse for customers".
   */
  targetChangeWords?(
    b: Objective,
    h: Objective,
    worse: boolean,
    before: string,
    after: string,
  ): string;
  /** The short figure of the catalog's number column, when it is more than the target ("p95 ≤ 300 ms"). */
  figure?(o: Objective, target: string): string | undefined;
  /** How one period's measured value and the promise are said in the catalog's performance. */
  performanceWords(
    o: Objective,
    value: Measure,
    context: { limitedHours: boolean; downtime: string | null },
  ): PerformanceWords;
}

/** A duration in short words for figures: "300 ms" ("1,000 rps" when it is not one). */
function durationShort(m: Measure): string {
  return m.kind === 'duration' ? shortDuration(m.seconds) : measureWords(m);
}

/** A duration in full words: "4 hours". */
function durationLong(m: Measure): string {
  return m.kind === 'duration' ? durationWords(m.seconds) : measureWords(m);
}

/** The fallback words of an indicator whose direction is declared (or whose target does not fit). */
function declaredWords(o: Objective): string {
  const how = o.better === 'lower' ? 'at most' : 'at least';
  return `${capitalize(how)} ${measureWords(o.target)}, measured ${windowWords(o.window)}.`;
}

function declaredPerformance(o: Objective, value: Measure): PerformanceWords {
  return {
    measured: `we measured ${measureWords(value)}`,
    commit: `${o.better === 'lower' ? 'at most' : 'at least'} ${measureWords(o.target)}`,
  };
}

/** The shared traits of a percentage of good events (availability, success-rate, durability). */
const SHARE_OF_GOOD = {
  direction: 'higher',
  target: 'percent',
  fractionProne: true,
  percentile: 'refused',
  ratio: 'good',
  budget: 'complement',
} as const;

/** The shared traits of a duration that is better shorter. */
const TIME_TAKEN = {
  direction: 'lower',
  target: 'duration',
  fractionProne: false,
  percentile: 'refused',
  credits: false,
  ratio: null,
  budget: 'none',
  allowance: null,
} as const;

export const INDICATORS: { readonly [K in Indicator]: IndicatorSpec } = {
  availability: {
    ...SHARE_OF_GOOD,
    credits: true,
    allowance: 'downtime',
    catalogWords(o, serviceHours) {
      if (o.target.kind !== 'percent') return undefined;
      const minutes = serviceHours.schedule.minutesPerWeek;
      const hours =
        minutes < MINUTES_PER_WEEK ? ` during service hours, ${hoursWords(serviceHours)}` : '';
      const allowed = allowedDowntimeSeconds(o.target.value, o.window, minutes);
      const counted = minutes < MINUTES_PER_WEEK ? ', counted during service hours' : '';
      return allowed > 0
        ? `Available ${formatPercent(o.target.value)} of the time${hours}, which allows ${formatDuration(allowed)} of downtime ${windowPhrase(o.window)}${counted}.`
        : `Available ${formatPercent(o.target.value)} of the time${hours}: ${downtimeWords(o.target.value, o.window, minutes)}.`;
    },
    performanceWords: (o, value, { limitedHours, downtime }) => ({
      measured: `the service was available ${measureFigure(value)} of the time${limitedHours ? ' during service hours' : ''}${downtime ? `, ${downtime} of downtime` : ''}`,
      commit: measureFigure(o.target),
    }),
  },
  'success-rate': {
    ...SHARE_OF_GOOD,
    credits: false,
    allowance: 'failed-requests',
    catalogWords(o) {
      if (o.target.kind !== 'percent') return undefined;
      const fail = oneIn(100 - o.target.value);
      return `At least ${formatPercent(o.target.value)} of requests succeed ${windowWords(o.window)}${fail ? `: at most ${fail} fails` : ''}.`;
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of requests succeeded`,
      commit: `at least ${measureFigure(o.target)}`,
    }),
  },
  durability: {
    ...SHARE_OF_GOOD,
    credits: false,
    allowance: null,
    catalogWords(o) {
      if (o.target.kind !== 'percent') return undefined;
      const lost = oneIn(100 - o.target.value);
      return `${formatPercent(o.target.value)} of stored data is kept safe ${windowWords(o.window)}${lost ? `: at most ${lost} objects lost` : ''}.`;
    },
    targetChangeWords(b, h, worse) {
      const lost = (o: Objective) =>
        o.target.kind === 'percent' ? oneIn(100 - o.target.value) : undefined;
      const [before, after] = [lost(b), lost(h)];
      return before && after
        ? `at most ${after} stored objects may be lost instead of ${before}`
        : worse
          ? 'more stored data may be lost'
          : 'less stored data may be lost';
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of stored data was kept safe`,
      commit: `at least ${measureFigure(o.target)}`,
    }),
  },
  'error-rate': {
    direction: 'lower',
    target: 'percent',
    fractionProne: false,
    percentile: 'refused',
    credits: false,
    ratio: 'failed',
    budget: 'direct',
    allowance: 'failed-requests',
    catalogWords(o) {
      if (o.target.kind !== 'percent') return undefined;
      const fail = oneIn(o.target.value);
      return `At most ${formatPercent(o.target.value)} of requests fail ${windowWords(o.window)}${fail ? ` (${fail})` : ''}.`;
    },
    performanceWords: (o, value) => ({
      measured: `${measureFigure(value)} of requests failed`,
      commit: `at most ${measureFigure(o.target)}`,
    }),
  },
  latency: {
    ...TIME_TAKEN,
    percentile: 'required',
    catalogWords(o) {
      if (o.target.kind !== 'duration') return undefined;
      return `${latencyWords(o.percentile, o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords(_b, h, worse, before, after) {
      const share = h.percentile !== undefined ? `${h.percentile}% of requests` : 'requests';
      return `${share} must complete within ${after} instead of ${before}${worse ? ', slower than before' : ', faster than before'}`;
    },
    figure: (o, target) =>
      o.percentile !== undefined ? `p${o.percentile} ≤ ${target}` : undefined,
    performanceWords: (o, value) => ({
      measured: `${o.percentile === undefined ? 'requests were' : `${o.percentile}% of requests were`} answered within ${durationShort(value)}`,
      commit: durationShort(o.target),
    }),
  },
  throughput: {
    direction: 'higher',
    target: 'quantity',
    fractionProne: false,
    percentile: 'refused',
    credits: false,
    ratio: null,
    budget: 'none',
    allowance: null,
    catalogWords: (o) =>
      `At least ${measureWords(o.target)} sustained, measured ${windowWords(o.window)}.`,
    targetChangeWords: (_b, _h, worse, before, after) =>
      `at least ${after} must be sustained instead of ${before}, ${worse ? 'less' : 'more'} capacity for customers`,
    performanceWords: (o, value) => ({
      measured: `the service sustained ${measureWords(value)}`,
      commit: `at least ${measureWords(o.target)}`,
    }),
  },
  'response-time': {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== 'duration') return undefined;
      return `A first response within ${durationWords(o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) =>
      `customers may wait up to ${after} instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `the first response came within ${durationLong(value)}`,
      commit: durationLong(o.target),
    }),
  },
  'resolution-time': {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== 'duration') return undefined;
      return `Resolved within ${durationWords(o.target.seconds)}, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) =>
      `customers may wait up to ${after} instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `issues were resolved within ${durationLong(value)}`,
      commit: durationLong(o.target),
    }),
  },
  freshness: {
    ...TIME_TAKEN,
    catalogWords(o) {
      if (o.target.kind !== 'duration') return undefined;
      return `Data at most ${durationWords(o.target.seconds)} old, measured ${windowWords(o.window)}.`;
    },
    targetChangeWords: (_b, _h, _worse, before, after) =>
      `the data customers get may be up to ${after} old instead of ${before}`,
    performanceWords: (o, value) => ({
      measured: `the data was at most ${durationLong(value)} old`,
      commit: `at most ${durationLong(o.target)}`,
    }),
  },
  custom: {
    direction: 'declared',
    target: 'any',
    fractionProne: false,
    percentile: 'refused',
    credits: false,
    ratio: null,
    budget: 'declared',
    allowance: null,
    catalogWords: () => undefined,
    performanceWords: declaredPerformance,
  },
};

/** Every indicator, in the schema's order of the registry. */
export const INDICATOR_NAMES = Object.keys(INDICATORS) as Indicator[];

/** Which way is better, from the indicator (the design's table); custom: as declared. */
export function directionOf(indicator: Indicator, better?: Direction): Direction | undefined {
  const d = INDICATORS[indicator].direction;
  return d === 'declared' ? better : d;
}

/** What kind of value a target of this indicator must be. */
export function targetKindOf(indicator: Indicator): TargetKind {
  return INDICATORS[indicator].target;
}

/** Indicators measured as a share of events: good / total. */
export function isRatioIndicator(indicator: Indicator): boolean {
  return INDICATORS[indicator].ratio !== null;
}

/** The objective's commitment said in words a customer understands. */
export function objectiveWords(o: Objective, serviceHours: Hours): string {
  return INDICATORS[o.indicator].catalogWords(o, serviceHours) ?? declaredWords(o);
}

/** The performance words of one measured value of an objective. */
export function performanceWords(
  o: Objective,
  value: Measure,
  context: { limitedHours: boolean; downtime: string | null },
): PerformanceWords {
  return INDICATORS[o.indicator].performanceWords(o, value, context);
}

/** Whether an objective's target is a percentage with allowed downtime (the catalog's budget). */
export function hasDowntimeBudget(o: Objective): o is Objective & { target: { kind: 'percent' } } {
  return INDICATORS[o.indicator].allowance === 'downtime' && o.target.kind === 'percent';
}

/**
 * What an objective's target lets customers lose over its window, where the indicator
 * allows saying it: downtime (availability) or failed requests (success-rate, error-rate).
 * `text` is the full phrase, `short` the amount alone, `amount` a number to compare.
 */
export function objectiveAllowance(
  o: Objective,
  minutesPerWeek: number,
): { what: string; text: string; short: string; amount: number } | undefined {
  if (o.target.kind !== 'percent') return undefined;
  const spec = INDICATORS[o.indicator];
  const per = windowPhrase(o.window);
  if (spec.allowance === 'downtime') {
    const seconds = allowedDowntimeSeconds(o.target.value, o.window, minutesPerWeek);
    const within =
      minutesPerWeek < MINUTES_PER_WEEK
        ? ` within ${hoursPerWeekPhrase(minutesPerWeek)} of service hours`
        : '';
    return {
      what: 'allowed downtime',
      text: `${formatDuration(seconds)} ${per}${within}`,
      short: formatDuration(seconds),
      amount: seconds,
    };
  }
  if (spec.allowance === 'failed-requests') {
    // The target is the share that succeeds (higher is better) or the share that fails.
    const failed = spec.direction === 'higher' ? 100 - o.target.value : o.target.value;
    return {
      what: 'allowed failures',
      text: `${formatPercent(failed)} of requests ${per}`,
      short: formatPercent(failed),
      amount: failed,
    };
  }
  return undefined;
}

/**
 * The error-budget formula of an objective with a percentage target: `complement` or
 * `direct` (see IndicatorSpec.budget); null when it has none.
 */
export function budgetFormulaOf(o: Objective): 'complement' | 'direct' | null {
  if (o.target.kind !== 'percent') return null;
  const budget = INDICATORS[o.indicator].budget;
  if (budget === 'declared') return o.better === 'higher' ? 'complement' : 'direct';
  return budget === 'none' ? null : budget;
}
