// Plain-language phrases for commitments: the numbers a customer cares about (allowed
// downtime, hours a week) in words. Shared by the diff and the catalog.
import type { Hours, Measure, Objective } from '../model/sla.js';
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatPercent,
  formatWindow,
  windowPhrase,
  type Window,
} from '../model/units.js';

/** A target or tolerance value as written for people: "99.95%", "300 ms", "1000 rps". */
export function formatMeasure(m: Measure): string {
  if (m.kind === 'percent') return formatPercent(m.value);
  if (m.kind === 'duration') return formatDuration(m.seconds);
  return m.unit ? `${Number(m.value.toFixed(6))} ${m.unit}` : String(Number(m.value.toFixed(6)));
}

/**
 * A measured figure with the precision it was measured with: "1.4 s", not the "1 s" that
 * formatMeasure rounds to (a 1.4 s result misses a 1 s target), "300.4 ms", "99.9499%".
 */
export function preciseMeasure(m: Measure): string {
  if (m.kind !== 'duration') return formatMeasure(m);
  const s = m.seconds;
  if (s > 0 && s < 1) return `${Number((s * 1000).toFixed(3))} ms`;
  if (!Number.isInteger(s) && s < 3600) return `${Number(s.toFixed(3))} s`;
  return formatDuration(s);
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

/** "43 min 50 s a month", or with limited service hours "… a month (within 50 h of service hours a week)". */
export function downtimePhrase(
  targetPercent: number,
  window: Window,
  minutesPerWeek: number = MINUTES_PER_WEEK,
): string {
  const seconds = allowedDowntimeSeconds(targetPercent, window, minutesPerWeek);
  return `${formatDuration(seconds)} ${windowPhrase(window)}`;
}

/** "50 h a week", "168 h a week", "37 h 30 min a week". */
export function hoursPerWeekPhrase(minutesPerWeek: number): string {
  const hours = Math.floor(minutesPerWeek / 60);
  const minutes = Math.round(minutesPerWeek - hours * 60);
  return `${hours} h${minutes > 0 ? ` ${minutes} min` : ''} a week`;
}

/** Hours as written with their time zone: "Mon-Fri 08:00-18:00 Europe/Berlin". */
export function hoursText(hours: Pick<Hours, 'text' | 'timezone'>): string {
  return `${hours.text.join(', ')} ${hours.timezone}`;
}

/** "month", "28d": the window as the SLA file writes it. */
export function windowText(window: Window): string {
  return formatWindow(window);
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
  const per = windowPhrase(o.window);
  if (o.indicator === 'availability') {
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
  if (o.indicator === 'success-rate') {
    const failed = 100 - o.target.value;
    return {
      what: 'allowed failures',
      text: `${formatPercent(failed)} of requests ${per}`,
      short: formatPercent(failed),
      amount: failed,
    };
  }
  if (o.indicator === 'error-rate') {
    return {
      what: 'allowed failures',
      text: `${formatPercent(o.target.value)} of requests ${per}`,
      short: formatPercent(o.target.value),
      amount: o.target.value,
    };
  }
  return undefined;
}

/** "allowed downtime 43 min 50 s a month", or undefined for indicators without one. */
export function allowancePhrase(objective: Objective, minutesPerWeek: number): string | undefined {
  const a = objectiveAllowance(objective, minutesPerWeek);
  return a ? `${a.what} ${a.text}` : undefined;
}

/** "1 SLA", "2 SLAs". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Quotes user text inside a sentence: “…”, shortened when long. */
export function quote(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
}
