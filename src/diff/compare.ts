// The semantic diff of two sets of SLAs: matched by metadata.id, compared on normalized
// values, each change rated by what it does for customers.
import { sameOwner } from '../model/owner.js';
import { INDICATORS } from '../model/indicators.js';
import type { Hours, Objective, Priority, Sla } from '../model/sla.js';
import { formatDuration, formatPercent, windowPhrase } from '../model/units.js';
import type { LoadedSla } from '../validate/index.js';
import {
  IMPACT_ORDER,
  type Change,
  type ChangeImpact,
  type Impact,
  type SlaDiff,
} from './types.js';
import { impactOf, type ChangeKind, type KindSubject } from './kinds.js';
import {
  formatMeasure,
  hoursPerWeekPhrase,
  hoursText,
  objectiveAllowance,
  plural,
  quote,
  windowText,
} from './words.js';

/** Order in which changes are listed: weakened first; ownership next to `changed`. */
const CHANGE_ORDER: readonly ChangeImpact[] = [
  'weakened',
  'changed',
  'ownership',
  'strengthened',
  'editorial',
];

/** The SLA impact a change contributes: an owner change counts as `changed`. */
function slaImpactOf(change: ChangeImpact): Exclude<Impact, 'none'> {
  return change === 'ownership' ? 'changed' : change;
}

/** The most severe impact, in the order weakened > changed > strengthened > editorial > none. */
function mostSevere(impacts: Iterable<Impact>): Impact {
  let best = IMPACT_ORDER.length - 1;
  for (const i of impacts) best = Math.min(best, IMPACT_ORDER.indexOf(i));
  return IMPACT_ORDER[best] ?? 'none';
}

/**
 * Compares two sets of SLAs. SLAs are matched by `metadata.id` (a moved file is no change;
 * a changed id is a removal plus an addition); unchanged SLAs are left out. When an id
 * occurs twice on one side (a validation error) the first file by path is used.
 */
export function diffSlas(base: readonly LoadedSla[], head: readonly LoadedSla[]): SlaDiff[] {
  const before = firstById(base);
  const after = firstById(head);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const out: SlaDiff[] = [];
  for (const id of ids) {
    const b = before.get(id);
    const h = after.get(id);
    if (b && h) {
      if (b === h) continue; // the same file loaded once for both sides: nothing changed
      const changes = compareSla(b.sla, h.sla);
      if (changes.length > 0) out.push(slaDiff(id, h.file, 'modified', b.sla, h.sla, changes));
    } else if (h) {
      out.push(slaDiff(id, h.file, 'added', undefined, h.sla, [addedChange(h.sla)]));
    } else if (b) {
      out.push(slaDiff(id, b.file, 'removed', b.sla, undefined, [removedChange(b.sla)]));
    }
  }
  return sortSlaDiffs(out);
}

/** Weakened SLAs first, then by impact, then by id. */
function sortSlaDiffs(list: readonly SlaDiff[]): SlaDiff[] {
  return [...list].sort(
    (a, b) =>
      IMPACT_ORDER.indexOf(a.impact) - IMPACT_ORDER.indexOf(b.impact) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function firstById(list: readonly LoadedSla[]): Map<string, LoadedSla> {
  const map = new Map<string, LoadedSla>();
  for (const s of [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!map.has(s.sla.id)) map.set(s.sla.id, s);
  }
  return map;
}

function slaDiff(
  id: string,
  file: string,
  status: SlaDiff['status'],
  base: Sla | undefined,
  head: Sla | undefined,
  changes: Change[],
): SlaDiff {
  // Stable sort: within one impact, changes keep the order of the SLA file.
  const sorted = [...changes].sort(
    (a, b) => CHANGE_ORDER.indexOf(a.impact) - CHANGE_ORDER.indexOf(b.impact),
  );
  return {
    id,
    file,
    status,
    impact: mostSevere(sorted.map((c) => slaImpactOf(c.impact))),
    owner: { base: base?.owner ?? null, head: head?.owner ?? null },
    changes: sorted,
  };
}

function addedChange(sla: Sla): Change {
  return {
    path: 'metadata.id',
    before: null,
    after: sla.id,
    impact: impactOf('sla-added'),
    kind: 'sla-added',
    message: `New SLA ${quote(sla.title)} (${sla.id}), owned by ${sla.owner}, with ${plural(sla.objectives.length, 'objective')}: ${sla.objectives.map(objectiveSummary).join('; ')}.`,
  };
}

function removedChange(sla: Sla): Change {
  return {
    path: 'metadata.id',
    before: sla.id,
    after: null,
    impact: impactOf('sla-removed'),
    kind: 'sla-removed',
    message: `SLA ${quote(sla.title)} (${sla.id}) removed: ${sla.objectives.length === 1 ? 'its objective no longer applies' : `its ${plural(sla.objectives.length, 'objective')} no longer apply`} (${sla.objectives.map(objectiveSummary).join('; ')}).`,
  };
}

function objectiveSummary(o: Objective): string {
  const p = o.percentile !== undefined ? ` for ${o.percentile}% of requests` : '';
  return `${o.title} ${formatMeasure(o.target)}${p} ${windowPhrase(o.window)}`;
}

// ---------------------------------------------------------------------------
// One SLA against its earlier self

class Changes {
  readonly list: Change[] = [];
  /** A change of a registered kind; its impact is the registry's. */
  add(kind: ChangeKind, path: string, before: unknown, after: unknown, message: string): void {
    // `…payments."` needs no second full stop.
    const text = message.replace(/([.!?])"\.$/, '$1"');
    this.list.push({
      path,
      before: before ?? null,
      after: after ?? null,
      impact: impactOf(kind),
      kind,
      message: text,
    });
  }
  /** A text that only reads differently: editorial (the kind `<subject>-reworded`). */
  text(
    subject: KindSubject<'reworded'>,
    path: string,
    what: string,
    before: string | undefined,
    after: string | undefined,
  ): void {
    if (before === after) return;
    const message =
      before === undefined
        ? `${what} added: ${quote(after ?? '')}.`
        : after === undefined
          ? `${what} removed (was ${quote(before)}).`
          : `${what} reworded from ${quote(before)} to ${quote(after)}.`;
    this.add(`${subject}-reworded`, path, before, after, message);
  }
  /**
   * A text that says what is promised (how an objective is measured, what a priority
   * covers): rewording it changes the commitment, so it is `changed`, never editorial
   * (the kind `<subject>-changed`).
   */
  commitmentText(
    subject: KindSubject<'changed'>,
    path: string,
    what: string,
    before: string | undefined,
    after: string | undefined,
    why = 'this changes what is promised',
  ): void {
    if (before === after) return;
    const message =
      before === undefined
        ? `${what} added: ${quote(after ?? '')}; ${why}.`
        : after === undefined
          ? `${what} removed (was ${quote(before)}); ${why}.`
          : `${what} changed from ${quote(before)} to ${quote(after)}; ${why}.`;
    this.add(`${subject}-changed`, path, before, after, message);
  }
}

/** A review cadence's length in days (months at their average Gregorian length). */
function cadenceDays(c: { months: number; days: number }): number {
  return c.months * 30.436875 + c.days;
}

function compareReviewCadence(c: Changes, b: Sla, h: Sla): void {
  const before = b.review;
  const after = h.review;
  if (before?.everyText === after?.everyText) return;
  const path = 'spec.review.every';
  if (!before || !after) {
    c.add(
      before ? 'review-removed' : 'review-added',
      path,
      before?.everyText,
      after?.everyText,
      before
        ? `Regular review removed (was every ${before.everyText}): nobody commits to review this SLA with customers.`
        : `Regular review added: every ${after?.everyText ?? ''}.`,
    );
    return;
  }
  const d0 = cadenceDays(before.every);
  const d1 = cadenceDays(after.every);
  const impact: ChangeImpact = d1 > d0 ? 'weakened' : d1 < d0 ? 'strengthened' : 'editorial';
  c.add(
    impact === 'weakened'
      ? 'review-cadence-weakened'
      : impact === 'strengthened'
        ? 'review-cadence-strengthened'
        : 'review-cadence-reworded',
    path,
    before.everyText,
    after.everyText,
    impact === 'editorial'
      ? `Review cadence reworded from ${quote(before.everyText)} to ${quote(after.everyText)}.`
      : `Review cadence ${impact === 'weakened' ? 'lengthened' : 'shortened'} from every ${before.everyText} to every ${after.everyText}: the SLA is reviewed with customers ${impact === 'weakened' ? 'less' : 'more'} often.`,
  );
}

function compareSla(b: Sla, h: Sla): Change[] {
  const c = new Changes();
  c.text('title', 'metadata.title', 'Title', b.title, h.title);
  if (b.owner !== h.owner && sameOwner(b.owner, h.owner)) {
    // GitHub's logins and team slugs ignore letter case, and so does the approval check
    // (ASCII only: owners are ASCII, and a Kelvin sign must not pass for a "k").
    c.add(
      'owner-reworded',
      'metadata.owner',
      b.owner,
      h.owner,
      `Owner written ${h.owner} (was ${b.owner}): the same owner, in other letter case.`,
    );
  } else if (b.owner !== h.owner) {
    c.add(
      'owner-changed',
      'metadata.owner',
      b.owner,
      h.owner,
      `Owner changed from ${b.owner} to ${h.owner}: ${h.owner} approves future changes.`,
    );
  }
  c.commitmentText(
    'tier',
    'metadata.tier',
    'Tier',
    b.tier,
    h.tier,
    'the tier can decide what customers get',
  );
  listText(c, 'metadata.tags', 'Tags', b.tags, h.tags);
  c.text('service-name', 'spec.service.name', 'Service name', b.service.name, h.service.name);
  c.text(
    'service-summary',
    'spec.service.summary',
    'Service summary',
    b.service.summary,
    h.service.summary,
  );
  c.commitmentText(
    'service-url',
    'spec.service.url',
    'Service link',
    b.service.url,
    h.service.url,
    'customers are sent somewhere else',
  );
  compareCustomers(c, b.customers, h.customers);
  compareEffective(c, b, h);
  compareReviewCadence(c, b, h);
  c.commitmentText(
    'review-last-reviewed',
    'spec.review.lastReviewed',
    'Last review date',
    b.review?.lastReviewed,
    h.review?.lastReviewed,
    'this records a review with customers',
  );
  compareHours(
    c,
    'service-hours',
    'spec.serviceHours',
    'Service hours',
    b.serviceHours,
    h.serviceHours,
  );
  compareObjectives(c, b, h);
  compareSupport(c, b, h);
  compareMaintenance(c, b, h);
  compareExclusions(c, b.exclusions, h.exclusions);
  compareCredits(c, b, h);
  const contact = (x: Sla['contacts'][number]) =>
    [x.name, x.email, x.url, x.phone].filter(Boolean).join(', ');
  // Where customers turn for help: a changed address could send them anywhere.
  const c0 = b.contacts.map(contact);
  const c1 = h.contacts.map(contact);
  // Compared field by field: the same words moved from `email` or `url` into `name` or
  // `phone` read alike joined, but take the customers' links away.
  const fields = (list: Sla['contacts']) =>
    JSON.stringify(list.map((x) => [x.name, x.email ?? null, x.url ?? null, x.phone ?? null]));
  if (fields(b.contacts) !== fields(h.contacts))
    c.add(
      'contacts-changed',
      'spec.contacts',
      c0,
      c1,
      `Contacts changed from ${c0.length ? quote(c0.join('; ')) : 'none'} to ${c1.length ? quote(c1.join('; ')) : 'none'}: customers reach someone else.`,
    );
  return c.list;
}

function listText(c: Changes, path: string, what: string, before: string[], after: string[]) {
  const a = before.join(', ');
  const z = after.join(', ');
  if (a === z) return;
  c.add(
    'tags-changed',
    path,
    before,
    after,
    `${what} changed from ${a ? quote(a) : 'none'} to ${z ? quote(z) : 'none'}.`,
  );
}

function compareCustomers(c: Changes, before: string[], after: string[]) {
  const a = before.join(', ');
  const z = after.join(', ');
  if (a === z) return;
  c.add(
    'customers-changed',
    'spec.customers',
    before,
    after,
    `Customers covered changed from ${a ? quote(a) : 'unspecified'} to ${z ? quote(z) : 'unspecified'}.`,
  );
}

function compareEffective(c: Changes, b: Sla, h: Sla) {
  const from0 = b.effective.from;
  const from1 = h.effective.from;
  if (from0 !== from1) {
    const later = from1 > from0;
    c.add(
      later ? 'effective-from-weakened' : 'effective-from-strengthened',
      'spec.effective.from',
      from0,
      from1,
      `SLA starts ${later ? 'later' : 'earlier'}: in force from ${from1} instead of ${from0}.`,
    );
  }
  const until0 = b.effective.until;
  const until1 = h.effective.until;
  if (until0 === until1) return;
  if (until1 === undefined) {
    c.add(
      'effective-until-removed',
      'spec.effective.until',
      until0,
      null,
      `End date ${until0} removed: the SLA is now open-ended.`,
    );
  } else if (until0 === undefined) {
    c.add(
      'effective-until-added',
      'spec.effective.until',
      null,
      until1,
      `The open-ended SLA now ends on ${until1}.`,
    );
  } else {
    const earlier = until1 < until0;
    c.add(
      earlier ? 'effective-until-weakened' : 'effective-until-strengthened',
      'spec.effective.until',
      until0,
      until1,
      `SLA ends ${earlier ? 'earlier' : 'later'}: in force until ${until1} instead of ${until0}.`,
    );
  }
}

/** Service or support hours: fewer hours a week is weaker; the same hours moved is `changed`. */
function compareHours(
  c: Changes,
  subject: 'service-hours' | 'support-hours',
  path: string,
  what: string,
  before: Hours | undefined,
  after: Hours | undefined,
) {
  if (!before && !after) return;
  if (!before || !after) {
    const present = (before ?? after) as Hours;
    c.add(
      after ? `${subject}-added` : `${subject}-removed`,
      path,
      before ? hoursText(before) : null,
      after ? hoursText(after) : null,
      after
        ? `${what} added: ${hoursText(present)} (${hoursPerWeekPhrase(present.schedule.minutesPerWeek)}).`
        : `${what} removed (were ${hoursText(present)}, ${hoursPerWeekPhrase(present.schedule.minutesPerWeek)}).`,
    );
    return;
  }
  const m0 = before.schedule.minutesPerWeek;
  const m1 = after.schedule.minutesPerWeek;
  const sameTimes =
    JSON.stringify(before.schedule.intervals) === JSON.stringify(after.schedule.intervals);
  const sameZone = before.timezone === after.timezone;
  if (sameTimes && sameZone) return;
  const t0 = hoursText(before);
  const t1 = hoursText(after);
  if (m0 !== m1) {
    const fewer = m1 < m0;
    c.add(
      fewer ? `${subject}-weakened` : `${subject}-strengthened`,
      path,
      t0,
      t1,
      `${what} ${fewer ? 'cut' : 'extended'} from ${hoursPerWeekPhrase(m0)} (${t0}) to ${hoursPerWeekPhrase(m1)} (${t1}).`,
    );
  } else if (sameTimes) {
    c.add(
      `${subject}-moved`,
      path,
      t0,
      t1,
      `${what} time zone changed from ${before.timezone} to ${after.timezone}: the same ${hoursPerWeekPhrase(m1)} fall at other times of day (${t1}).`,
    );
  } else {
    c.add(
      `${subject}-moved`,
      path,
      t0,
      t1,
      `${what} moved from ${t0} to ${t1}, still ${hoursPerWeekPhrase(m1)}.`,
    );
  }
}

// ---------------------------------------------------------------------------
// Objectives

function compareObjectives(c: Changes, b: Sla, h: Sla) {
  const before = new Map(b.objectives.map((o) => [o.id, o]));
  const after = new Map(h.objectives.map((o) => [o.id, o]));
  const hoursBefore = b.serviceHours.schedule.minutesPerWeek;
  const hoursAfter = h.serviceHours.schedule.minutesPerWeek;
  for (const o of b.objectives) {
    const next = after.get(o.id);
    if (next) compareObjective(c, o, next, hoursBefore, hoursAfter);
    else {
      c.add(
        'objective-removed',
        `spec.objectives.${o.id}`,
        objectiveSummary(o),
        null,
        `Objective ${quote(o.title)} removed: no longer promised ${objectiveSummary(o)}${allowanceClause(o, hoursBefore)}.`,
      );
    }
  }
  for (const o of h.objectives) {
    if (before.has(o.id)) continue;
    c.add(
      'objective-added',
      `spec.objectives.${o.id}`,
      null,
      objectiveSummary(o),
      `Objective ${quote(o.title)} added: ${objectiveSummary(o)}${allowanceClause(o, hoursAfter)}.`,
    );
  }
}

/**
 * The Prometheus queries decide how an objective is measured: a change is `changed`. The
 * sentence leaves the query text out (it reaches the catalog's history); before/after hold it.
 */
function comparePrometheus(c: Changes, path: string, name: string, b: Objective, h: Objective) {
  const q0 = b.prometheus ? JSON.stringify(b.prometheus) : undefined;
  const q1 = h.prometheus ? JSON.stringify(h.prometheus) : undefined;
  if (q0 === q1) return;
  const written = (q: Objective['prometheus']) =>
    !q ? null : q.kind === 'ratio' ? { good: q.good, total: q.total } : { value: q.value };
  c.add(
    'objective-prometheus-changed',
    `${path}.prometheus`,
    written(b.prometheus),
    written(h.prometheus),
    !b.prometheus
      ? `${name} is now measured from Prometheus.`
      : !h.prometheus
        ? `${name} is no longer measured from Prometheus.`
        : `${name} is measured by other Prometheus queries: this changes how the results are measured.`,
  );
}

function allowanceClause(o: Objective, minutesPerWeek: number): string {
  const a = objectiveAllowance(o, minutesPerWeek);
  return a ? ` (${a.what} ${a.text})` : '';
}

function compareObjective(
  c: Changes,
  b: Objective,
  h: Objective,
  hoursBefore: number,
  hoursAfter: number,
) {
  const path = `spec.objectives.${h.id}`;
  const name = h.title;
  c.text('objective-title', `${path}.title`, `Objective title`, b.title, h.title);
  c.text(
    'objective-description',
    `${path}.description`,
    `${name} description`,
    b.description,
    h.description,
  );
  c.commitmentText(
    'objective-measurement',
    `${path}.measurement`,
    `${name} measurement`,
    b.measurement,
    h.measurement,
  );
  comparePrometheus(c, path, name, b, h);

  const sameScale =
    b.indicator === h.indicator &&
    b.better === h.better &&
    h.better !== undefined &&
    b.target.kind === h.target.kind &&
    (b.target.kind !== 'quantity' ||
      h.target.kind !== 'quantity' ||
      b.target.unit === h.target.unit);

  if (b.indicator !== h.indicator || b.better !== h.better) {
    const what =
      b.indicator !== h.indicator
        ? `now measures ${h.indicator} instead of ${b.indicator}`
        : `now counts ${h.better ?? 'no direction'} as better instead of ${b.better ?? 'no direction'}`;
    c.add(
      b.indicator !== h.indicator ? 'objective-indicator-changed' : 'objective-better-changed',
      `${path}.${b.indicator !== h.indicator ? 'indicator' : 'better'}`,
      b.indicator !== h.indicator ? b.indicator : (b.better ?? null),
      b.indicator !== h.indicator ? h.indicator : (h.better ?? null),
      `${name} ${what}.`,
    );
  }

  const t0 = formatMeasure(b.target);
  const t1 = formatMeasure(h.target);
  if (!sameScale) {
    if (t0 !== t1)
      c.add(
        'objective-target-changed',
        `${path}.target`,
        t0,
        t1,
        `${name} target changed from ${t0} to ${t1}.`,
      );
  } else {
    compareTarget(c, path, b, h, hoursBefore, hoursAfter);
  }

  comparePercentile(c, path, name, b.percentile, h.percentile);

  if (b.window.seconds !== h.window.seconds || b.window.kind !== h.window.kind) {
    const w0 = windowText(b.window);
    const w1 = windowText(h.window);
    const a0 = objectiveAllowance(b, hoursBefore);
    const a1 = objectiveAllowance(h, hoursAfter);
    const tail = a0 && a1 ? `: ${a0.what} ${a0.text} becomes ${a1.text}` : '';
    c.add(
      'objective-window-changed',
      `${path}.window`,
      w0,
      w1,
      `${name} window changed from ${w0} to ${w1}${tail}.`,
    );
  }

  compareTolerance(c, path, name, b, h, sameScale);
}

function compareTarget(
  c: Changes,
  path: string,
  b: Objective,
  h: Objective,
  hoursBefore: number,
  hoursAfter: number,
) {
  const v0 = measureValue(b.target);
  const v1 = measureValue(h.target);
  if (v0 === v1) return;
  const t0 = formatMeasure(b.target);
  const t1 = formatMeasure(h.target);
  const worse = h.better === 'higher' ? v1 < v0 : v1 > v0;
  const verb = v1 < v0 ? 'lowered' : 'raised';
  const name = h.title;
  let meaning: string;
  const a0 = objectiveAllowance(b, hoursBefore);
  const a1 = objectiveAllowance(h, hoursAfter);
  if (a0 && a1) {
    const sameWindow = b.window.seconds === h.window.seconds && hoursBefore === hoursAfter;
    const s = a0.what.endsWith('s') ? '' : 's';
    const moves = `${a1.amount > a0.amount ? 'rise' : a1.amount < a0.amount ? 'fall' : 'stay'}${s}`;
    meaning = sameWindow
      ? `${a0.what} ${moves} from ${a0.short} to ${a1.text}`
      : `${a0.what} ${moves} from ${a0.text} to ${a1.text}`;
  } else {
    // The indicator's own words (indicator and direction are the same on both sides here).
    meaning =
      INDICATORS[h.indicator].targetChangeWords?.(b, h, worse, t0, t1) ??
      (worse ? 'worse for customers' : 'better for customers');
  }
  c.add(
    worse ? 'objective-target-weakened' : 'objective-target-strengthened',
    `${path}.target`,
    t0,
    t1,
    `${name} ${verb} from ${t0} to ${t1}: ${meaning}.`,
  );
}

function measureValue(m: Objective['target']): number {
  return m.kind === 'duration' ? m.seconds : m.value;
}

function comparePercentile(
  c: Changes,
  path: string,
  name: string,
  p0: number | undefined,
  p1: number | undefined,
) {
  if (p0 === p1) return;
  if (p0 === undefined || p1 === undefined) {
    c.add(
      'objective-percentile-changed',
      `${path}.percentile`,
      p0,
      p1,
      p1 === undefined
        ? `${name} no longer names a percentile (was ${p0}).`
        : `${name} now applies to the ${p1}th percentile of requests.`,
    );
    return;
  }
  const lower = p1 < p0;
  c.add(
    lower ? 'objective-percentile-weakened' : 'objective-percentile-strengthened',
    `${path}.percentile`,
    p0,
    p1,
    `${name} percentile ${lower ? 'lowered' : 'raised'} from ${p0} to ${p1}: the target holds for ${p1}% of requests instead of ${p0}%${lower ? ', so more requests may miss it' : ''}.`,
  );
}

function compareTolerance(
  c: Changes,
  path: string,
  name: string,
  b: Objective,
  h: Objective,
  sameScale: boolean,
) {
  const band = (o: Objective) =>
    o.tolerance
      ? `desired ${formatMeasure(o.tolerance.desired)}, adequate ${formatMeasure(o.tolerance.adequate)}`
      : undefined;
  const t0 = b.tolerance;
  const t1 = h.tolerance;
  if (!t0 && !t1) return;
  if (!t0 || !t1) {
    c.add(
      t1 ? 'objective-tolerance-added' : 'objective-tolerance-removed',
      `${path}.tolerance`,
      band(b),
      band(h),
      t1
        ? `${name} zone of tolerance added: ${band(h)}.`
        : `${name} zone of tolerance removed (was ${band(b)}).`,
    );
    return;
  }
  for (const level of ['desired', 'adequate'] as const) {
    const m0 = t0[level];
    const m1 = t1[level];
    const f0 = formatMeasure(m0);
    const f1 = formatMeasure(m1);
    if (m0.kind === m1.kind && measureValue(m0) === measureValue(m1)) continue;
    if (!sameScale || m0.kind !== m1.kind) {
      if (f0 !== f1)
        c.add(
          'objective-tolerance-changed',
          `${path}.tolerance.${level}`,
          f0,
          f1,
          `${name} ${level} level changed from ${f0} to ${f1}.`,
        );
      continue;
    }
    const v0 = measureValue(m0);
    const v1 = measureValue(m1);
    const worse = h.better === 'higher' ? v1 < v0 : v1 > v0;
    c.add(
      worse ? 'objective-tolerance-weakened' : 'objective-tolerance-strengthened',
      `${path}.tolerance.${level}`,
      f0,
      f1,
      `${name} ${level} level ${v1 < v0 ? 'lowered' : 'raised'} from ${f0} to ${f1}: ${
        level === 'adequate'
          ? `the least customers accept is now ${f1}`
          : `what customers hope for is now ${f1}`
      }.`,
    );
  }
}

// ---------------------------------------------------------------------------
// Support, maintenance, exclusions, credits

function compareSupport(c: Changes, b: Sla, h: Sla) {
  compareHours(
    c,
    'support-hours',
    'spec.support.hours',
    'Support hours',
    b.support?.hours,
    h.support?.hours,
  );
  const before = b.support?.priorities ?? [];
  const after = h.support?.priorities ?? [];
  const next = new Map(after.map((p) => [p.level, p]));
  const prev = new Map(before.map((p) => [p.level, p]));
  const summary = (p: Priority) =>
    `response within ${formatDuration(p.response)}${p.resolution !== undefined ? `, resolution within ${formatDuration(p.resolution)}` : ''}`;
  for (const p of before) {
    const q = next.get(p.level);
    const path = `spec.support.priorities.${p.level}`;
    if (!q) {
      c.add(
        'support-priority-removed',
        path,
        summary(p),
        null,
        `Support priority ${p.level} removed (was ${summary(p)} for ${quote(p.meaning, 80)}).`,
      );
      continue;
    }
    c.commitmentText(
      'support-priority-meaning',
      `${path}.meaning`,
      `${p.level} meaning`,
      p.meaning,
      q.meaning,
    );
    supportTime(
      c,
      'support-response',
      `${path}.response`,
      `${p.level} response time`,
      p.response,
      q.response,
    );
    supportTime(
      c,
      'support-resolution',
      `${path}.resolution`,
      `${p.level} resolution time`,
      p.resolution,
      q.resolution,
    );
    const m0 = p.hours?.schedule.minutesPerWeek ?? b.support?.hours?.schedule.minutesPerWeek;
    const m1 = q.hours?.schedule.minutesPerWeek ?? h.support?.hours?.schedule.minutesPerWeek;
    const h0 = p.hours?.text.join(', ') ?? 'support hours';
    const h1 = q.hours?.text.join(', ') ?? 'support hours';
    // Priorities without their own hours follow the support hours, compared above.
    if ((p.hours || q.hours) && (h0 !== h1 || m0 !== m1)) {
      const kind =
        m0 === undefined || m1 === undefined || m0 === m1
          ? 'support-priority-hours-changed'
          : m1 < m0
            ? 'support-priority-hours-weakened'
            : 'support-priority-hours-strengthened';
      const week = (m: number | undefined) => (m === undefined ? '' : `, ${hoursPerWeekPhrase(m)}`);
      c.add(
        kind,
        `${path}.hours`,
        h0,
        h1,
        `${p.level} is handled during ${h1}${week(m1)} instead of ${h0}${week(m0)}.`,
      );
    }
  }
  for (const q of after) {
    if (prev.has(q.level)) continue;
    c.add(
      'support-priority-added',
      `spec.support.priorities.${q.level}`,
      null,
      summary(q),
      `Support priority ${q.level} added: ${summary(q)} for ${quote(q.meaning, 80)}.`,
    );
  }
}

/** Response and resolution times: longer is weaker; a promise dropped is weaker. */
function supportTime(
  c: Changes,
  subject: 'support-response' | 'support-resolution',
  path: string,
  what: string,
  before: number | undefined,
  after: number | undefined,
) {
  if (before === after) return;
  const f0 = before === undefined ? null : formatDuration(before);
  const f1 = after === undefined ? null : formatDuration(after);
  if (before === undefined) {
    c.add(`${subject}-added`, path, f0, f1, `${what} now promised: within ${f1}.`);
  } else if (after === undefined) {
    c.add(`${subject}-removed`, path, f0, f1, `${what} no longer promised (was within ${f0}).`);
  } else {
    const longer = after > before;
    c.add(
      longer ? `${subject}-weakened` : `${subject}-strengthened`,
      path,
      f0,
      f1,
      `${what} ${longer ? 'lengthened' : 'shortened'} from ${f0} to ${f1}: customers wait ${longer ? 'longer' : 'less'}.`,
    );
  }
}

function compareMaintenance(c: Changes, b: Sla, h: Sla) {
  const n0 = b.maintenance?.notice;
  const n1 = h.maintenance?.notice;
  if (n0 !== n1) {
    const f0 = n0 === undefined ? null : formatDuration(n0);
    const f1 = n1 === undefined ? null : formatDuration(n1);
    if (n0 === undefined) {
      c.add(
        'maintenance-notice-added',
        'spec.maintenance.notice',
        f0,
        f1,
        `Maintenance is now announced ${f1} ahead.`,
      );
    } else if (n1 === undefined) {
      c.add(
        'maintenance-notice-removed',
        'spec.maintenance.notice',
        f0,
        f1,
        `Maintenance notice of ${f0} no longer promised.`,
      );
    } else {
      const shorter = n1 < n0;
      c.add(
        shorter ? 'maintenance-notice-weakened' : 'maintenance-notice-strengthened',
        'spec.maintenance.notice',
        f0,
        f1,
        `Maintenance notice ${shorter ? 'shortened' : 'lengthened'} from ${f0} to ${f1}: customers learn of maintenance ${shorter ? 'later' : 'earlier'}.`,
      );
    }
  }
  const key = (w: Hours) => `${w.timezone} ${JSON.stringify(w.schedule.intervals)}`;
  const w0 = b.maintenance?.windows ?? [];
  const w1 = h.maintenance?.windows ?? [];
  const keys0 = new Set(w0.map(key));
  const keys1 = new Set(w1.map(key));
  const gone = w0.filter((w) => !keys1.has(key(w)));
  const come = w1.filter((w) => !keys0.has(key(w)));
  if (w0.length === 1 && w1.length === 1 && gone.length === 1 && come.length === 1) {
    // The one window for another (02:00-04:00 to 02:00-05:00): one change. Longer is weakened;
    // shorter is strengthened only inside the old window's times (moved elsewhere, it may fall
    // in service hours), else changed; the same length elsewhere is changed.
    const [was, now] = [gone[0] as Hours, come[0] as Hours];
    const longer = now.schedule.minutesPerWeek - was.schedule.minutesPerWeek;
    const more = longer < 0 && !within(now, was) ? 0 : longer;
    const [from, to] = [hoursText(was), hoursText(now)];
    c.add(
      more > 0
        ? 'maintenance-window-weakened'
        : more < 0
          ? 'maintenance-window-strengthened'
          : 'maintenance-window-changed',
      `spec.maintenance.windows[${from}]`,
      from,
      to,
      longer === 0
        ? `Maintenance window moved from ${from} to ${to}: as long (${hoursPerWeekPhrase(now.schedule.minutesPerWeek)}), at other times.`
        : more === 0
          ? `Maintenance window moved from ${from} to ${to}: ${hoursPerWeekPhrase(-longer)} shorter, at other times.`
          : `Maintenance window changed from ${from} to ${to}: ${more > 0 ? 'up to ' : ''}${hoursPerWeekPhrase(Math.abs(more))} ${more > 0 ? 'more' : 'less'} of planned maintenance.`,
    );
    return;
  }
  for (const w of w0) {
    if (keys1.has(key(w))) continue;
    c.add(
      'maintenance-window-removed',
      `spec.maintenance.windows[${hoursText(w)}]`,
      hoursText(w),
      null,
      `Maintenance window ${hoursText(w)} removed (${hoursPerWeekPhrase(w.schedule.minutesPerWeek)} less of planned maintenance).`,
    );
  }
  for (const w of w1) {
    if (keys0.has(key(w))) continue;
    c.add(
      'maintenance-window-added',
      `spec.maintenance.windows[${hoursText(w)}]`,
      null,
      hoursText(w),
      `Maintenance window ${hoursText(w)} added: up to ${hoursPerWeekPhrase(w.schedule.minutesPerWeek)} more of planned maintenance.`,
    );
  }
}

function compareExclusions(c: Changes, before: string[], after: string[]) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const a = new Set(before.map(norm));
  const z = new Set(after.map(norm));
  for (const e of before) {
    if (z.has(norm(e))) continue;
    c.add(
      'exclusion-removed',
      'spec.exclusions',
      e,
      null,
      `Exclusion removed: ${quote(e)} now counts against the objectives.`,
    );
  }
  for (const e of after) {
    if (a.has(norm(e))) continue;
    c.add(
      'exclusion-added',
      'spec.exclusions',
      null,
      e,
      `Exclusion added: ${quote(e)} no longer counts against the objectives.`,
    );
  }
}

function compareCredits(c: Changes, b: Sla, h: Sla) {
  const c0 = b.credits;
  const c1 = h.credits;
  if (c0 && c1 && c0.objective !== c1.objective) {
    c.add(
      'credits-objective-changed',
      'spec.credits.objective',
      c0.objective,
      c1.objective,
      `Service credits now follow objective ${c1.objective} instead of ${c0.objective}.`,
    );
  }
  const t0 = c0?.tiers ?? [];
  const t1 = c1?.tiers ?? [];
  const next = new Map(t1.map((t) => [t.below, t]));
  const prev = new Map(t0.map((t) => [t.below, t]));
  const path = (below: number) => `spec.credits.tiers[below ${formatPercent(below)}]`;
  // A tier whose threshold moved keeps its credit: paired by credit, it is paid in more
  // periods (a higher threshold) or fewer, not removed and added.
  const movedFrom = new Set<number>();
  const movedTo = new Set<number>();
  const unpairedHead = t1.filter((u) => !prev.has(u.below));
  for (const t of t0) {
    if (next.has(t.below)) continue;
    const i = unpairedHead.findIndex((u) => u.credit === t.credit);
    if (i < 0) continue;
    const u = unpairedHead.splice(i, 1)[0]!;
    movedFrom.add(t.below);
    movedTo.add(u.below);
    const more = u.below > t.below;
    c.add(
      more ? 'credit-tier-threshold-raised' : 'credit-tier-threshold-lowered',
      `spec.credits.tiers[credit ${formatPercent(t.credit)}].below`,
      formatPercent(t.below),
      formatPercent(u.below),
      `Service credit of ${formatPercent(t.credit)} now when availability falls below ${formatPercent(u.below)} instead of ${formatPercent(t.below)}: paid in ${more ? 'more' : 'fewer'} periods.`,
    );
  }
  for (const t of t0) {
    if (movedFrom.has(t.below)) continue;
    const u = next.get(t.below);
    const below = formatPercent(t.below);
    if (!u) {
      c.add(
        'credit-tier-removed',
        path(t.below),
        formatPercent(t.credit),
        null,
        `Service credit of ${formatPercent(t.credit)} when availability falls below ${below} removed.`,
      );
    } else if (u.credit !== t.credit) {
      const lower = u.credit < t.credit;
      c.add(
        lower ? 'credit-tier-weakened' : 'credit-tier-strengthened',
        path(t.below),
        formatPercent(t.credit),
        formatPercent(u.credit),
        `Service credit below ${below} ${lower ? 'lowered' : 'raised'} from ${formatPercent(t.credit)} to ${formatPercent(u.credit)} of the fee.`,
      );
    }
  }
  for (const u of t1) {
    if (prev.has(u.below) || movedTo.has(u.below)) continue;
    c.add(
      'credit-tier-added',
      path(u.below),
      null,
      formatPercent(u.credit),
      `Service credit of ${formatPercent(u.credit)} when availability falls below ${formatPercent(u.below)} added.`,
    );
  }
}

/** Whether every time of `inner` lies in `outer` (the same time zone, day by day). */
function within(inner: Hours, outer: Hours): boolean {
  if (inner.timezone !== outer.timezone) return false;
  return inner.schedule.intervals.every((i) =>
    outer.schedule.intervals.some((o) => o.day === i.day && o.start <= i.start && i.end <= o.end),
  );
}
