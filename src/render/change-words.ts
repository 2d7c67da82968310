// The catalog's history in customers' words: each change of a commitment as a neutral
// statement of what holds now and what held before ("Monthly uptime commitment 99.9% (was
// 99.95%)"). No reviewer words (weakened, worse for customers), no GitHub handles, schedules
// in words. The review (PR comment, `slac diff`) keeps the diff's own sentences.
import type { ChangeKind } from '../diff/kinds.js';
import type { Change } from '../diff/types.js';
import type { Hours, Objective, Priority, Sla } from '../model/sla.js';
import { formatPercent } from '../model/units.js';
import { durationWords, hoursWords, measureFigure, windowWords } from '../model/words.js';
import { dateWords, feeWords } from './words.js';

/** Kinds the public history leaves out: who approves changes is not a commitment. */
const INTERNAL: ReadonlySet<ChangeKind> = new Set(['owner-changed', 'sla-removed']);

/**
 * One change as the catalog's history says it, or null when customers are not told of it
 * (an owner change). `before` is the SLA before the commit, `after` the SLA after it;
 * `committed` the commit's date (ISO).
 */
export function changeStatement(
  change: Change,
  before: Sla | undefined,
  after: Sla,
  committed: string,
): string | null {
  const kind = change.kind;
  if (INTERNAL.has(kind) || change.impact === 'editorial') return null;
  const path = change.path;
  const objective = objectiveOf(path, before, after);
  const name = objective?.after?.title ?? objective?.before?.title ?? '';
  switch (kind) {
    case 'sla-added':
      // Published ahead of its start, it is dated by its start (see historyView).
      return after.effective.from > committed.slice(0, 10)
        ? 'Agreement in effect'
        : 'Agreement published';
    case 'tier-changed':
      return stateOf('Service tier', after.tier, before?.tier);
    case 'service-url-changed':
      return stateOf('Service page', after.service.url, before?.service.url);
    case 'customers-changed':
      return stateOf('For', listOr(after.customers), listOr(before?.customers ?? []));
    case 'contacts-changed':
      return stateOf('Contacts', textList(change.after), textList(change.before));
    case 'effective-from-weakened':
    case 'effective-from-strengthened':
      return `Agreement in effect from ${dateWords(after.effective.from)}${was(before && dateWords(before.effective.from))}`;
    case 'effective-until-added':
    case 'effective-until-weakened':
    case 'effective-until-strengthened':
      return `Agreement in effect until ${dateWords(after.effective.until ?? '')}${was(before?.effective.until && dateWords(before.effective.until))}`;
    case 'effective-until-removed':
      return `Agreement without an end date${was(before?.effective.until && `until ${dateWords(before.effective.until)}`)}`;
    case 'review-added':
    case 'review-cadence-weakened':
    case 'review-cadence-strengthened':
      return `Reviewed with customers every ${after.review?.everyText ?? ''}${was(before?.review && `every ${before.review.everyText}`)}`;
    case 'review-removed':
      return `No regular review${was(before?.review && `every ${before.review.everyText}`)}`;
    case 'review-last-reviewed-changed':
      return after.review
        ? `Last reviewed with customers on ${dateWords(after.review.lastReviewed)}`
        : 'No review date recorded';
    case 'service-hours-added':
    case 'service-hours-removed':
    case 'service-hours-weakened':
    case 'service-hours-strengthened':
    case 'service-hours-moved':
      return hoursChange('Service hours', after.serviceHours, before?.serviceHours);
    case 'support-hours-added':
    case 'support-hours-removed':
    case 'support-hours-weakened':
    case 'support-hours-strengthened':
    case 'support-hours-moved':
      return hoursChange('Support hours', after.support?.hours, before?.support?.hours);
    case 'objective-added':
      return objective?.after
        ? `New commitment: ${name}, ${commitment(objective.after)}`
        : `New commitment: ${name}`;
    case 'objective-removed':
      return objective?.before
        ? `${name} no longer committed to${was(commitment(objective.before))}`
        : `${name} no longer committed to`;
    case 'objective-measurement-changed': {
      const text = objective?.after?.measurement;
      return text
        ? `How ${name} is measured: ${quote(text)}`
        : `${name}: how it is measured no longer described`;
    }
    case 'objective-prometheus-changed':
      return `${name}: measured by updated monitoring`;
    case 'objective-indicator-changed':
      return `${name} now measures ${objective?.after?.indicator ?? ''}${was(objective?.before?.indicator)}`;
    case 'objective-better-changed':
      return `${name}: ${objective?.after?.better ?? ''} is now better${was(objective?.before?.better)}`;
    case 'objective-target-weakened':
    case 'objective-target-strengthened':
    case 'objective-target-changed':
      return `${name} commitment ${String(change.after)}${was(String(change.before))}`;
    case 'objective-percentile-weakened':
    case 'objective-percentile-strengthened':
    case 'objective-percentile-changed': {
      const p = (v: unknown) => (typeof v === 'number' ? `${formatPercent(v)} of requests` : null);
      return p(change.after)
        ? `${name} applies to ${p(change.after)}${was(p(change.before))}`
        : `${name} no longer limited to a share of requests${was(p(change.before))}`;
    }
    case 'objective-window-changed':
      return objective?.after
        ? `${name} measured ${windowWords(objective.after.window)}${was(objective.before && windowWords(objective.before.window))}`
        : null;
    case 'objective-tolerance-added':
    case 'objective-tolerance-removed':
      return objective?.after?.tolerance
        ? `${name} zone of tolerance: ${band(objective.after)}`
        : `${name} without a zone of tolerance${was(objective?.before && band(objective.before))}`;
    case 'objective-tolerance-weakened':
    case 'objective-tolerance-strengthened':
    case 'objective-tolerance-changed':
      return `${name}: ${path.endsWith('.desired') ? 'level hoped for' : 'least acceptable level'} ${String(change.after)}${was(String(change.before))}`;
    case 'support-priority-added':
    case 'support-priority-removed':
    case 'support-priority-meaning-changed':
    case 'support-response-added':
    case 'support-response-removed':
    case 'support-response-weakened':
    case 'support-response-strengthened':
    case 'support-resolution-added':
    case 'support-resolution-removed':
    case 'support-resolution-weakened':
    case 'support-resolution-strengthened':
    case 'support-priority-hours-weakened':
    case 'support-priority-hours-strengthened':
    case 'support-priority-hours-changed':
      return priorityChange(kind, path, before, after);
    case 'maintenance-notice-added':
    case 'maintenance-notice-removed':
    case 'maintenance-notice-weakened':
    case 'maintenance-notice-strengthened': {
      const notice = (s: Sla | undefined) =>
        s?.maintenance?.notice !== undefined ? durationWords(s.maintenance.notice) : null;
      const now = notice(after);
      return now
        ? `Maintenance announced at least ${now} in advance${was(notice(before))}`
        : `No advance notice of maintenance${was(notice(before) && `${notice(before)} in advance`)}`;
    }
    case 'maintenance-window-added':
    case 'maintenance-window-removed': {
      const key = path.slice(path.indexOf('[') + 1, -1);
      const windows = kind === 'maintenance-window-added' ? after.maintenance : before?.maintenance;
      const w = windows?.windows.find((h) => `${h.text.join(', ')} ${h.timezone}` === key);
      const when = w ? hoursWords({ ...w, always: w.schedule.always }) : key;
      return kind === 'maintenance-window-added'
        ? `Planned maintenance possible ${when}`
        : `No more planned maintenance ${when}`;
    }
    case 'maintenance-window-weakened':
    case 'maintenance-window-strengthened':
    case 'maintenance-window-changed': {
      const when = (s: Sla | undefined, text: unknown) => {
        const w = s?.maintenance?.windows.find(
          (h) => `${h.text.join(', ')} ${h.timezone}` === text,
        );
        return w ? hoursWords({ ...w, always: w.schedule.always }) : String(text);
      };
      return `Planned maintenance possible ${when(after, change.after)}${was(when(before, change.before))}`;
    }
    case 'exclusion-added':
      return `Not covered: ${quote(String(change.after))}`;
    case 'exclusion-removed':
      return `Now covered: ${quote(String(change.before))}`;
    case 'credits-objective-changed': {
      const title = (s: Sla | undefined, id: string | undefined) =>
        s?.objectives.find((o) => o.id === id)?.title ?? id ?? '';
      return `Service credits follow ${title(after, after.credits?.objective)}${was(title(before, before?.credits?.objective))}`;
    }
    case 'credit-tier-added':
    case 'credit-tier-removed':
    case 'credit-tier-weakened':
    case 'credit-tier-strengthened': {
      const below = /below ([^\]]+)\]$/.exec(path)?.[1] ?? '';
      const fee = feeWords(after.objectives.find((o) => o.id === after.credits?.objective)?.window);
      if (change.after === null)
        return `No service credit below ${below}${was(String(change.before))}`;
      return `Service credit below ${below}: ${String(change.after)} of the ${fee}${was(change.before === null ? null : String(change.before))}`;
    }
    case 'credit-tier-threshold-raised':
    case 'credit-tier-threshold-lowered': {
      const credit = /credit ([^\]]+)\]/.exec(path)?.[1] ?? '';
      const fee = feeWords(after.objectives.find((o) => o.id === after.credits?.objective)?.window);
      return `Service credit of ${credit} of the ${fee} below ${String(change.after)}${was(`below ${String(change.before)}`)}`;
    }
    default:
      return null;
  }
}

/** "(was 99.95%)", or nothing when there was nothing. */
function was(before: string | null | undefined | false): string {
  return before ? ` (was ${before})` : '';
}

/** "Service tier gold (was silver)", "No service tier (was gold)". */
function stateOf(what: string, now: string | undefined, then: string | undefined): string {
  if (!now) return `No ${what.toLowerCase()}${was(then)}`;
  return `${what} ${now}${was(then)}`;
}

function listOr(items: readonly string[]): string | undefined {
  return items.length > 0 ? items.join(', ') : undefined;
}

function textList(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 ? value.join('; ') : undefined;
}

function quote(text: string): string {
  return `“${text.replace(/\s+/g, ' ').trim()}”`;
}

/** Hours in words, "instead of" the hours before (parentheses hold the time zone already). */
function hoursChange(what: string, now: Hours | undefined, then: Hours | undefined): string {
  const words = (h: Hours) => hoursWords({ ...h, always: h.schedule.always });
  if (!now) return `No set ${what.toLowerCase()}${then ? `, instead of ${words(then)}` : ''}`;
  return `${what} ${words(now)}${then ? `, instead of ${words(then)}` : ''}`;
}

/** "99.9% each month", "p95 300 ms over any 28 days". */
function commitment(o: Objective): string {
  const share = o.percentile !== undefined ? ` for ${formatPercent(o.percentile)} of requests` : '';
  return `${measureFigure(o.target)}${share} ${windowWords(o.window)}`;
}

function band(o: Objective): string {
  const t = o.tolerance;
  return t
    ? `least acceptable ${measureFigure(t.adequate)}, hoped for ${measureFigure(t.desired)}`
    : '';
}

/** The objective a change path names (`spec.objectives.<id>…`), on both sides. */
function objectiveOf(
  path: string,
  before: Sla | undefined,
  after: Sla,
): { before: Objective | undefined; after: Objective | undefined } | undefined {
  const m = /^spec\.objectives\.([^.]+)/.exec(path);
  if (!m) return undefined;
  const id = m[1];
  return {
    before: before?.objectives.find((o) => o.id === id),
    after: after.objectives.find((o) => o.id === id),
  };
}

/** A support priority's change: what holds for that priority now. */
function priorityChange(
  kind: ChangeKind,
  path: string,
  before: Sla | undefined,
  after: Sla,
): string {
  const prefix = 'spec.support.priorities.';
  const named = (s: Sla | undefined) =>
    s?.support?.priorities.find(
      (p) => path === prefix + p.level || path.startsWith(`${prefix}${p.level}.`),
    );
  const now = named(after);
  const then = named(before);
  const level = now?.level ?? then?.level ?? path.slice(prefix.length);
  const response = (p: Priority | undefined) =>
    p ? `first response within ${durationWords(p.response)}` : null;
  const resolution = (p: Priority | undefined) =>
    p?.resolution !== undefined ? `resolution within ${durationWords(p.resolution)}` : null;
  switch (kind) {
    case 'support-priority-added':
      return now
        ? `New support priority ${level} (${quote(now.meaning)}): ${[response(now), resolution(now)].filter(Boolean).join(', ')}`
        : `New support priority ${level}`;
    case 'support-priority-removed':
      return `Support priority ${level} no longer offered`;
    case 'support-priority-meaning-changed':
      return `Support priority ${level} covers ${quote(now?.meaning ?? '')}${was(then && quote(then.meaning))}`;
    case 'support-response-added':
    case 'support-response-weakened':
    case 'support-response-strengthened':
    case 'support-response-removed':
      return `${level}: ${response(now) ?? 'no first response time'}${was(then && response(then)?.replace('first response ', ''))}`;
    case 'support-resolution-added':
    case 'support-resolution-weakened':
    case 'support-resolution-strengthened':
    case 'support-resolution-removed':
      return `${level}: ${resolution(now) ?? 'no resolution time'}${was(then && resolution(then)?.replace('resolution ', ''))}`;
    default: {
      const hours = (s: Sla | undefined, p: Priority | undefined) =>
        p?.hours
          ? hoursWords({
              text: p.hours.text,
              timezone: s?.support?.hours?.timezone ?? 'UTC',
              always: p.hours.schedule.always,
            })
          : s?.support?.hours
            ? hoursWords({ ...s.support.hours, always: s.support.hours.schedule.always })
            : 'during support hours';
      return `${level} handled ${hours(after, now)}${then ? `, instead of ${hours(before, then)}` : ''}`;
    }
  }
}
