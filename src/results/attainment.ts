// Attainment: what a measured result means against its objective (the design's "Attainment"):
// met or missed, the zone of tolerance, the share of the error budget used (with the downtime
// it stands for), and the credit owed. Pure: an objective, its SLA and a measured value in,
// plain values out. "No data" is never met.
import { budgetFormulaOf, hasDowntimeBudget } from '../model/indicators.js';
import { allowedDowntimeSeconds } from '../model/words.js';
import type { Measure, Objective, Sla } from '../model/sla.js';
import { MINUTES_PER_WEEK, formatDuration } from '../model/units.js';
import { periodSeconds, type PeriodKind } from './period.js';

export type Zone = 'above' | 'within' | 'below';

export interface Attainment {
  /** True when the value meets the target in the indicator's direction; null with no data. */
  met: boolean | null;
  /** The zone of tolerance, where the objective has one; null otherwise or with no data. */
  zone: Zone | null;
  /**
   * The share of the error budget spent, as a fraction (0.3 = 30%; above 1 when overspent),
   * for percentage targets; null where there is no budget (a duration target, a 100% target
   * missed by any amount) or no data.
   */
  budgetUsed: number | null;
  /** For availability: the downtime the value stands for over the period, and the allowance. */
  downtime: { seconds: number; allowedSeconds: number; words: string } | null;
  /**
   * Credit owed for the period, in percent of the period's fee, where the SLA's credits are
   * tied to this objective (0 when no tier applies); null otherwise or with no data.
   */
  credit: number | null;
}

const NO_DATA: Attainment = {
  met: null,
  zone: null,
  budgetUsed: null,
  downtime: null,
  credit: null,
};

/** The comparable number of a measure (percent, seconds, or quantity value). */
function amount(m: Measure): number {
  return m.kind === 'duration' ? m.seconds : m.value;
}

/** What attainment reads of an SLA (a full Sla is one). */
export interface AttainmentSla {
  serviceHours: { schedule: { minutesPerWeek: number } };
  credits?: Sla['credits'];
}

/**
 * Attainment of one objective over one period. `value` is the measured result, in the same
 * kind as the target (undefined: no data); `period` the kind of period it covers.
 */
export function attainment(
  sla: AttainmentSla,
  objective: Objective,
  value: Measure | undefined,
  period: PeriodKind,
): Attainment {
  if (value === undefined || objective.better === undefined) return NO_DATA;
  if (value.kind !== objective.target.kind) return NO_DATA;
  const higher = objective.better === 'higher';
  const v = amount(value);
  const atLeastAsGood = (bound: Measure) => (higher ? v >= amount(bound) : v <= amount(bound));

  const met = atLeastAsGood(objective.target);
  const t = objective.tolerance;
  const zone: Zone | null = t
    ? atLeastAsGood(t.desired)
      ? 'above'
      : atLeastAsGood(t.adequate)
        ? 'within'
        : 'below'
    : null;

  return {
    met,
    zone,
    budgetUsed: budgetUsed(objective, v),
    downtime: downtime(sla, objective, v, period),
    credit: credit(sla, objective, v),
  };
}

/**
 * Of attainment, only whether the value met the target and, for availability, the downtime it
 * stands for over the period: what the catalog shows (no budget, credit or words to work out).
 */
export function outcome(
  sla: AttainmentSla,
  objective: Objective,
  value: Measure | undefined,
  period: PeriodKind,
): { met: boolean | null; downtimeSeconds: number | undefined } {
  if (value === undefined || objective.better === undefined || value.kind !== objective.target.kind)
    return { met: null, downtimeSeconds: undefined };
  const v = amount(value);
  const t = amount(objective.target);
  return {
    met: objective.better === 'higher' ? v >= t : v <= t,
    downtimeSeconds: downtimeSeconds(sla, objective, v, period),
  };
}

/** The downtime a value stands for over a period, for objectives with a downtime budget. */
function downtimeSeconds(
  sla: AttainmentSla,
  objective: Objective,
  value: number,
  period: PeriodKind,
): number | undefined {
  if (!hasDowntimeBudget(objective)) return undefined;
  const window = { kind: 'rolling' as const, seconds: periodSeconds(period) };
  return allowedDowntimeSeconds(value, window, sla.serviceHours.schedule.minutesPerWeek);
}

/**
 * `(100 - value) / (100 - target)` for a percentage that is better higher, `value / target`
 * for one that is better lower (error-rate); null for other targets.
 */
function budgetUsed(objective: Objective, value: number): number | null {
  const formula = budgetFormulaOf(objective);
  if (formula === null || objective.target.kind !== 'percent') return null;
  const target = objective.target.value;
  const [spent, budget] =
    formula === 'complement' ? [complement(value), complement(target)] : [value, target];
  if (budget <= 0) return spent <= 0 ? 0 : null;
  // Rounded to six places: 0.03 / 0.1 is 0.3, not 0.29999999999999716.
  return Math.round((Math.max(0, spent) / budget) * 1e6) / 1e6;
}

/**
 * 100 − x with x's own decimals: 100 − 99.9999999995 is 5e-10, not the 5.0000004e-10 that
 * binary floating point leaves, which would skew the budget of many nines.
 */
function complement(x: number): number {
  const text = String(x);
  const dot = text.indexOf('.');
  const decimals = text.includes('e') ? 15 : dot < 0 ? 0 : text.length - dot - 1;
  return Number((100 - x).toFixed(Math.min(20, decimals)));
}

function downtime(
  sla: AttainmentSla,
  objective: Objective,
  value: number,
  period: PeriodKind,
): Attainment['downtime'] {
  if (!hasDowntimeBudget(objective)) return null;
  const seconds = downtimeSeconds(sla, objective, value, period) as number;
  const minutes = sla.serviceHours.schedule.minutesPerWeek;
  const window = { kind: 'rolling' as const, seconds: periodSeconds(period) };
  const allowedSeconds = allowedDowntimeSeconds(objective.target.value, window, minutes);
  const hours = minutes < MINUTES_PER_WEEK ? ' during service hours' : '';
  return {
    seconds,
    allowedSeconds,
    words: `${formatDuration(seconds)} of ${formatDuration(allowedSeconds)} allowed${hours}`,
  };
}

/** The credit of the tier with the lowest `below` that the value falls under (0 when none). */
function credit(sla: AttainmentSla, objective: Objective, value: number): number | null {
  const credits = sla.credits;
  if (!credits || credits.objective !== objective.id) return null;
  let owed: { below: number; credit: number } | undefined;
  for (const tier of credits.tiers) {
    if (!(value < tier.below)) continue;
    if (!owed || tier.below < owed.below) owed = tier;
  }
  return owed?.credit ?? 0;
}
