import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  periodSeconds
} from "./chunk-HJ74UDHR.js";
import {
  allowedDowntimeSeconds,
  budgetFormulaOf,
  hasDowntimeBudget
} from "./chunk-YRYJ7FDC.js";
import {
  MINUTES_PER_WEEK,
  formatDuration
} from "./chunk-IIUHSBYQ.js";

// src/results/attainment.ts
var NO_DATA = {
  met: null,
  zone: null,
  budgetUsed: null,
  downtime: null,
  credit: null
};
function amount(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function attainment(sla, objective, value, period) {
  if (value === void 0 || objective.better === void 0) return NO_DATA;
  if (value.kind !== objective.target.kind) return NO_DATA;
  const higher = objective.better === "higher";
  const v = amount(value);
  const atLeastAsGood = (bound) => higher ? v >= amount(bound) : v <= amount(bound);
  const met = atLeastAsGood(objective.target);
  const t = objective.tolerance;
  const zone = t ? atLeastAsGood(t.desired) ? "above" : atLeastAsGood(t.adequate) ? "within" : "below" : null;
  return {
    met,
    zone,
    budgetUsed: budgetUsed(objective, v),
    downtime: downtime(sla, objective, v, period),
    credit: credit(sla, objective, v)
  };
}
function outcome(sla, objective, value, period) {
  if (value === void 0 || objective.better === void 0 || value.kind !== objective.target.kind)
    return { met: null, downtimeSeconds: void 0 };
  const v = amount(value);
  const t = amount(objective.target);
  return {
    met: objective.better === "higher" ? v >= t : v <= t,
    downtimeSeconds: downtimeSeconds(sla, objective, v, period)
  };
}
function downtimeSeconds(sla, objective, value, period) {
  if (!hasDowntimeBudget(objective)) return void 0;
  const window = { kind: "rolling", seconds: periodSeconds(period) };
  return allowedDowntimeSeconds(value, window, sla.serviceHours.schedule.minutesPerWeek);
}
function budgetUsed(objective, value) {
  const formula = budgetFormulaOf(objective);
  if (formula === null || objective.target.kind !== "percent") return null;
  const target = objective.target.value;
  const [spent, budget] = formula === "complement" ? [complement(value), complement(target)] : [value, target];
  if (budget <= 0) return spent <= 0 ? 0 : null;
  return Math.round(Math.max(0, spent) / budget * 1e6) / 1e6;
}
function complement(x) {
  const text = String(x);
  const dot = text.indexOf(".");
  const decimals = text.includes("e") ? 15 : dot < 0 ? 0 : text.length - dot - 1;
  return Number((100 - x).toFixed(Math.min(20, decimals)));
}
function downtime(sla, objective, value, period) {
  if (!hasDowntimeBudget(objective)) return null;
  const seconds = downtimeSeconds(sla, objective, value, period);
  const minutes = sla.serviceHours.schedule.minutesPerWeek;
  const window = { kind: "rolling", seconds: periodSeconds(period) };
  const allowedSeconds = allowedDowntimeSeconds(objective.target.value, window, minutes);
  const hours = minutes < MINUTES_PER_WEEK ? " during service hours" : "";
  return {
    seconds,
    allowedSeconds,
    words: `${formatDuration(seconds)} of ${formatDuration(allowedSeconds)} allowed${hours}`
  };
}
function credit(sla, objective, value) {
  const credits = sla.credits;
  if (!credits || credits.objective !== objective.id) return null;
  let owed;
  for (const tier of credits.tiers) {
    if (!(value < tier.below)) continue;
    if (!owed || tier.below < owed.below) owed = tier;
  }
  return owed?.credit ?? 0;
}

export {
  attainment,
  outcome
};
