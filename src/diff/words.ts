// Plain-language phrases for commitments: the numbers a customer cares about (allowed
// downtime, hours a week) in words. Shared by the diff and the catalog.
import { objectiveAllowance } from '../model/indicators.js';
import type { Hours, Objective } from '../model/sla.js';
import {
  MINUTES_PER_WEEK,
  formatDuration,
  formatWindow,
  windowPhrase,
  type Window,
} from '../model/units.js';
import { allowedDowntimeSeconds } from '../model/words.js';

export { allowedDowntimeSeconds, formatMeasure, hoursPerWeekPhrase } from '../model/words.js';
export { objectiveAllowance };

/** "43 min 50 s a month", or with limited service hours "… a month (within 50 h of service hours a week)". */
export function downtimePhrase(
  targetPercent: number,
  window: Window,
  minutesPerWeek: number = MINUTES_PER_WEEK,
): string {
  const seconds = allowedDowntimeSeconds(targetPercent, window, minutesPerWeek);
  return `${formatDuration(seconds)} ${windowPhrase(window)}`;
}

/** Hours as written with their time zone: "Mon-Fri 08:00-18:00 Europe/Berlin". */
export function hoursText(hours: Pick<Hours, 'text' | 'timezone'>): string {
  return `${hours.text.join(', ')} ${hours.timezone}`;
}

/** "month", "28d": the window as the SLA file writes it. */
export function windowText(window: Window): string {
  return formatWindow(window);
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
