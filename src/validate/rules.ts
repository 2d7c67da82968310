// Semantic rules: what the schema cannot say. Each rule has a stable id and a message that
// tells the author what to do. Rules read the normalized SLA and point back into the file
// by document path.
import { article, type DocPath } from '../model/problem.js';
import { magnitude, type Measure, type Objective, type Sla } from '../model/sla.js';
import {
  addCadence,
  formatDuration,
  formatPercent,
  isValidDate,
  isValidTimeZone,
} from '../model/units.js';
import type { LoadedSla, ValidateOptions } from './index.js';
import { closest } from './schema.js';
import { duplicateIdMessage } from './result.js';

export interface Finding {
  path: DocPath;
  rule: string;
  message: string;
  severity?: 'error' | 'warning';
  /** Point at the key instead of the value. */
  part?: 'key' | 'value';
}

const OWNER_PATTERN =
  /^@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?:\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99}))?$/;

/** True for "@login" and "@org/team-slug". */
export function isValidOwner(owner: string): boolean {
  return OWNER_PATTERN.test(owner);
}

/** Indicators whose target is a share of good events, where 0.999 is surely meant as 99.9%. */
const FRACTION_PRONE = new Set(['availability', 'success-rate', 'durability']);

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
  const broken = new Set(unreadable.map(pathKey));
  const readable = broken.size === 0 ? () => true : (path: DocPath) => !broken.has(pathKey(path));

  if (!isValidOwner(sla.owner)) {
    out.push({
      path: ['metadata', 'owner'],
      rule: 'owner-format',
      message: `owner "${sla.owner}" is not a GitHub user "@login" or team "@org/team-slug"; write e.g. "@acme/payments"`,
    });
  }

  out.push(...checkDates(sla, options));
  out.push(...checkTimeZones(raw.spec));

  const firstObjective = new Map<string, number>();
  raw.spec.objectives.forEach((o, i) => {
    const earlier = firstObjective.get(o.id);
    if (earlier === undefined) firstObjective.set(o.id, i);
    else {
      out.push({
        path: ['spec', 'objectives', i, 'id'],
        rule: 'objective-id-unique',
        message: `objective id "${o.id}" is already used by objective ${earlier + 1} ("${raw.spec.objectives[earlier]?.title}"); give each objective its own id`,
      });
    }
    const objective = sla.objectives[i];
    if (objective) {
      out.push(
        ...checkObjective(objective, o, ['spec', 'objectives', i], readable, {
          hasBetter: o.better !== undefined,
        }),
      );
    }
  });

  if (sla.support) out.push(...checkPriorities(sla.support.priorities, readable));
  if (sla.credits) out.push(...checkCredits(sla, readable));
  return out;
}

/** Rules across all SLA files of a repository. */
export function checkSlaSet(
  slas: readonly LoadedSla[],
): Array<{ sla: LoadedSla; finding: Finding }> {
  const out: Array<{ sla: LoadedSla; finding: Finding }> = [];
  const firstById = new Map<string, LoadedSla>();
  for (const s of slas) {
    const first = firstById.get(s.sla.id);
    if (!first) {
      firstById.set(s.sla.id, s);
      continue;
    }
    const pos = first.source.locate(['metadata', 'id']);
    out.push({
      sla: s,
      finding: {
        path: ['metadata', 'id'],
        rule: 'sla-id-unique',
        message: duplicateIdMessage(s.sla.id, first.file, pos),
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Objectives

function checkObjective(
  o: Objective,
  rawObjective: { target: string | number; window: string; better?: string },
  path: DocPath,
  readable: (path: DocPath) => boolean,
  flags: { hasBetter: boolean },
): Finding[] {
  const out: Finding[] = [];
  const at = (...rest: Array<string | number>) => [...path, ...rest];

  // Which way is better.
  if (o.indicator === 'custom' && !o.better) {
    out.push({
      path: at('indicator'),
      rule: 'objective-better-missing',
      message: `objective "${o.id}" has a custom indicator but no "better"; add better: higher or better: lower so slac knows which way is better`,
    });
  }
  if (o.indicator !== 'custom' && flags.hasBetter) {
    out.push({
      path: at('better'),
      part: 'key',
      rule: 'objective-better-ignored',
      severity: 'warning',
      message: `"better" is only read for custom indicators; for ${article(o.indicator)} objective ${o.better} is always better, so remove it`,
    });
  }

  // Percentile.
  if (o.percentile !== undefined && o.indicator !== 'latency') {
    out.push({
      path: at('percentile'),
      part: 'key',
      rule: 'objective-percentile',
      message: `percentile applies to latency objectives only, not ${o.indicator}; remove it`,
    });
  } else if (o.percentile !== undefined && !(o.percentile > 0 && o.percentile < 100)) {
    out.push({
      path: at('percentile'),
      rule: 'objective-percentile',
      message: `percentile ${o.percentile} must lie between 0 and 100 (exclusive); write e.g. 95 or 99.9`,
    });
  }
  if (o.indicator === 'latency' && o.percentile === undefined) {
    out.push({
      path: at('indicator'),
      rule: 'objective-percentile-missing',
      severity: 'warning',
      message: `latency objective "${o.id}" has no percentile, so "${String(rawObjective.target)}" is ambiguous (average? maximum?); add e.g. percentile: 95`,
    });
  }

  // Target and tolerance values.
  const measures: Array<{ what: string; path: DocPath; measure: Measure }> = [
    { what: 'target', path: at('target'), measure: o.target },
  ];
  if (o.tolerance) {
    measures.push(
      { what: 'tolerance.desired', path: at('tolerance', 'desired'), measure: o.tolerance.desired },
      {
        what: 'tolerance.adequate',
        path: at('tolerance', 'adequate'),
        measure: o.tolerance.adequate,
      },
    );
  }
  let valuesOk = true;
  for (const m of measures) {
    if (!readable(m.path)) {
      valuesOk = false;
      continue;
    }
    const problem = checkMeasure(o, m.what, m.measure, measures[0]?.measure as Measure);
    if (problem) {
      out.push({ path: m.path, ...problem });
      valuesOk = false;
    }
  }
  if (o.tolerance && valuesOk && o.better) {
    out.push(...checkTolerance(o, o.better, at));
  }

  // Window.
  if (readable(at('window'))) {
    const minutes = /^\s*(\d+)\s*m\s*$/.exec(rawObjective.window);
    if (minutes) {
      const n = Number(minutes[1]);
      out.push({
        path: at('window'),
        rule: 'window-minute',
        message:
          n === 1
            ? `window "${rawObjective.window}" is one minute; write month for a calendar month or 30d`
            : `window "${rawObjective.window}" is ${n} minutes; for ${n} months write ${n === 3 ? 'quarter or 90d' : `${n * 30}d`}`,
      });
    } else if (o.window.kind === 'rolling' && o.window.seconds < DAY_SECONDS) {
      out.push({
        path: at('window'),
        rule: 'window-short',
        severity: 'warning',
        message: `window "${rawObjective.window}" is shorter than a day (${formatDuration(o.window.seconds)}), too short for a commitment customers can check; use e.g. 28d or month`,
      });
    }
  }
  return out;
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
  if (m.kind !== 'percent') return undefined;
  if (m.value < 0 || m.value > 100) {
    return {
      rule: 'objective-target-range',
      message: `${what} ${formatPercent(m.value)} is outside 0–100%; a percentage cannot be ${m.value < 0 ? 'negative' : 'above 100%'}`,
    };
  }
  if (FRACTION_PRONE.has(o.indicator) && m.value > 0 && m.value <= 1) {
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
function checkTolerance(
  o: Objective,
  better: 'higher' | 'lower',
  at: (...rest: Array<string | number>) => DocPath,
): Finding[] {
  const tolerance = o.tolerance;
  if (!tolerance) return [];
  const sign = better === 'higher' ? 1 : -1;
  // Positive when `a` is better than `b`.
  const betterBy = (a: Measure, b: Measure) => sign * (magnitude(a) - magnitude(b));
  const { desired, adequate } = tolerance;
  const worse = better === 'higher' ? 'lower' : 'higher';
  if (betterBy(desired, adequate) <= 0) {
    return [
      {
        path: at('tolerance', 'adequate'),
        rule: 'tolerance-order',
        message: `tolerance.adequate ${show(adequate)} must be worse than desired ${show(desired)}: for ${o.indicator} ${better} is better, so adequate must be ${worse}; swap the two values`,
      },
    ];
  }
  if (betterBy(o.target, adequate) < 0 || betterBy(o.target, desired) > 0) {
    return [
      {
        path: at('target'),
        rule: 'tolerance-target-outside',
        message: `target ${show(o.target)} lies outside the tolerance band from adequate ${show(adequate)} to desired ${show(desired)}; promise a level inside the band or widen it`,
      },
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------
// Support, credits

function checkPriorities(
  priorities: NonNullable<Sla['support']>['priorities'],
  readable: (path: DocPath) => boolean,
): Finding[] {
  const out: Finding[] = [];
  const firstLevel = new Map<string, number>();
  priorities.forEach((p, i) => {
    const path = ['spec', 'support', 'priorities', i];
    const earlier = firstLevel.get(p.level);
    if (earlier === undefined) firstLevel.set(p.level, i);
    else {
      out.push({
        path: [...path, 'level'],
        rule: 'priority-level-unique',
        message: `priority level "${p.level}" is listed twice (also priority ${earlier + 1}); give each priority its own level`,
      });
    }
    if (
      p.resolution !== undefined &&
      readable([...path, 'response']) &&
      readable([...path, 'resolution']) &&
      p.response > p.resolution
    ) {
      out.push({
        path: [...path, 'response'],
        rule: 'priority-response-after-resolution',
        message: `${p.level}: response ${formatDuration(p.response)} is longer than resolution ${formatDuration(p.resolution)}; the first response comes before the resolution, so shorten response or lengthen resolution`,
      });
    }
  });
  return out;
}

function checkCredits(sla: Sla, readable: (path: DocPath) => boolean): Finding[] {
  const credits = sla.credits;
  if (!credits) return [];
  const out: Finding[] = [];
  const target = sla.objectives.find((o) => o.id === credits.objective);
  const availability = sla.objectives.filter((o) => o.indicator === 'availability');
  const names = availability.map((o) => o.id);
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
  } else if (target.indicator !== 'availability') {
    out.push({
      path: ['spec', 'credits', 'objective'],
      rule: 'credits-objective',
      message: `credits.objective "${credits.objective}" is ${article(target.indicator)} objective; credits are tied to an availability objective${names.length > 0 ? ` (${names.join(', ')})` : ''}`,
    });
  }

  const tiers = credits.tiers.map((t, i) => ({ ...t, i })).filter((t) => readableTier(t.i));
  function readableTier(i: number): boolean {
    const path = ['spec', 'credits', 'tiers', i];
    return readable([...path, 'below']) && readable([...path, 'credit']);
  }
  const inRange: typeof tiers = [];
  for (const t of tiers) {
    let ok = true;
    for (const field of ['below', 'credit'] as const) {
      const v = t[field];
      if (v < 0 || v > 100 || (field === 'credit' && v === 0)) {
        ok = false;
        out.push({
          path: ['spec', 'credits', 'tiers', t.i, field],
          rule: 'credits-range',
          message:
            v === 0
              ? `credit 0% gives the customer nothing; remove the tier or write a credit above 0%`
              : `${field} ${formatPercent(v)} is outside 0–100%; write a percentage such as 10%`,
        });
      }
    }
    if (ok) inRange.push(t);
  }
  // Sorted from the highest threshold down: each lower threshold must give a larger credit.
  const sorted = [...inRange].sort((a, b) => b.below - a.below || a.i - b.i);
  for (let k = 1; k < sorted.length; k++) {
    const higher = sorted[k - 1] as (typeof sorted)[number];
    const lower = sorted[k] as (typeof sorted)[number];
    if (lower.below === higher.below) {
      out.push({
        path: ['spec', 'credits', 'tiers', Math.max(lower.i, higher.i), 'below'],
        rule: 'credits-tiers-order',
        message: `two credit tiers start below ${formatPercent(lower.below)}; give each tier its own threshold`,
      });
    } else if (lower.credit <= higher.credit) {
      out.push({
        path: ['spec', 'credits', 'tiers', lower.i, 'credit'],
        rule: 'credits-tiers-order',
        message: `the tier below ${formatPercent(lower.below)} gives ${formatPercent(lower.credit)}, not more than the ${formatPercent(higher.credit)} below ${formatPercent(higher.below)}; a lower threshold must give a larger credit`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Dates and time zones

function checkDates(sla: Sla, options: ValidateOptions): Finding[] {
  const out: Finding[] = [];
  const dates: Array<{ path: DocPath; value: string | undefined }> = [
    { path: ['spec', 'effective', 'from'], value: sla.effective.from },
    { path: ['spec', 'effective', 'until'], value: sla.effective.until },
    { path: ['spec', 'review', 'lastReviewed'], value: sla.review?.lastReviewed },
  ];
  const valid = new Set<string>();
  for (const d of dates) {
    if (d.value === undefined) continue;
    if (isValidDate(d.value)) valid.add(d.path.join('.'));
    else {
      out.push({
        path: d.path,
        rule: 'date-invalid',
        message: `${d.value} is not a date in the calendar; write a real day as YYYY-MM-DD`,
      });
    }
  }
  const { from, until } = sla.effective;
  if (
    until !== undefined &&
    valid.has('spec.effective.from') &&
    valid.has('spec.effective.until') &&
    until < from
  ) {
    out.push({
      path: ['spec', 'effective', 'until'],
      rule: 'effective-order',
      message: `effective.until ${until} is before effective.from ${from}; the SLA would never be in force — fix the dates`,
    });
  }
  const review = sla.review;
  const today = options.today;
  if (review && today && valid.has('spec.review.lastReviewed') && isValidDate(today)) {
    const due = addCadence(review.lastReviewed, review.every);
    if (review.lastReviewed > today) {
      out.push({
        path: ['spec', 'review', 'lastReviewed'],
        rule: 'review-future',
        severity: 'warning',
        message: `lastReviewed ${review.lastReviewed} is after today (${today}); write the date the review took place`,
      });
    } else if (due < today) {
      out.push({
        path: ['spec', 'review', 'lastReviewed'],
        rule: 'review-overdue',
        severity: 'warning',
        message: `review was due on ${due} (${review.lastReviewed} + ${review.everyText}); review the SLA with its owner and set lastReviewed to the review date`,
      });
    }
  }
  return out;
}

function checkTimeZones(spec: {
  serviceHours?: { timezone?: string };
  support?: { hours?: { timezone?: string } };
  maintenance?: { windows?: Array<{ timezone?: string }> };
}): Finding[] {
  const zones: Array<{ path: DocPath; zone: string | undefined }> = [
    { path: ['spec', 'serviceHours', 'timezone'], zone: spec.serviceHours?.timezone },
    { path: ['spec', 'support', 'hours', 'timezone'], zone: spec.support?.hours?.timezone },
    ...(spec.maintenance?.windows ?? []).map((w, i) => ({
      path: ['spec', 'maintenance', 'windows', i, 'timezone'],
      zone: w.timezone,
    })),
  ];
  const out: Finding[] = [];
  for (const { path, zone } of zones) {
    if (zone === undefined || isValidTimeZone(zone)) continue;
    const guess = closest(zone, knownTimeZones());
    out.push({
      path,
      rule: 'timezone-unknown',
      message: `"${zone}" is not an IANA time zone; ${guess ? `did you mean "${guess}"?` : 'write e.g. UTC, Europe/Berlin or America/New_York'}`,
    });
  }
  return out;
}

let zoneList: string[] | undefined;

function knownTimeZones(): string[] {
  zoneList ??= ['UTC', ...Intl.supportedValuesOf('timeZone')];
  return zoneList;
}

function pathKey(path: DocPath): string {
  return path.map(String).join('\u0000');
}
