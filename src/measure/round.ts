// A measured number written as the objective's target is: a percentage with three decimals
// (more where three would move it across the target or a tolerance level: 99.94996% must not
// read as a met 99.95%), a duration in whole milliseconds (seconds with milliseconds from a
// minute up), a quantity in the target's unit.
import { magnitude, type Objective } from '../model/sla.js';
import type { Parsed } from '../model/units.js';

const MAX_DECIMALS = 9;

export function formatMeasured(o: Objective, value: number): Parsed<string> {
  const thresholds = [o.target, o.tolerance?.desired, o.tolerance?.adequate]
    .filter((m) => m !== undefined)
    .map(magnitude);
  switch (o.target.kind) {
    case 'percent':
      if (value < 0 || value > 100)
        return {
          ok: false,
          reason: `the query gave ${value}, which is not a percentage from 0 to 100: give value as a number such as 99.95 (not a fraction such as 0.9995)`,
        };
      return { ok: true, value: `${round(value, 3, thresholds, 1)}%` };
    case 'duration':
      if (value < 0)
        return { ok: false, reason: `the query gave ${value} seconds, a negative duration` };
      return {
        ok: true,
        value:
          value < 60
            ? `${round(value * 1000, 0, thresholds, 1000)}ms`
            : `${round(value, 3, thresholds, 1)}s`,
      };
    case 'quantity': {
      const n = round(value, 3, thresholds, 1);
      return { ok: true, value: o.target.unit ? `${n} ${o.target.unit}` : n };
    }
  }
}

/**
 * `value` with `decimals` decimals, or more where fewer would put it on another side of a
 * threshold (thresholds are in `value`'s unit divided by `scale`). Trailing zeros go.
 */
function round(value: number, decimals: number, thresholds: number[], scale: number): string {
  let d = decimals;
  let text = value.toFixed(d);
  while (
    d < MAX_DECIMALS &&
    thresholds.some((t) => side(Number(text) / scale, t) !== side(value / scale, t))
  ) {
    d++;
    text = value.toFixed(d);
  }
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function side(x: number, t: number): number {
  return Math.sign(x - t);
}
