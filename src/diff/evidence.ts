// Over-promise: a change that tightens a target or adds an objective, set against what was
// delivered. The measured results come from the base revision (a pull request cannot change
// the evidence it is judged by); each such change carries how often the proposed target was
// met, and an SLA whose proposed target was missed in any recent period is flagged.
import type { SlacConfig } from '../config/defaults.js';
import type { GitReader } from '../git/index.js';
import type { Measure, Objective, Sla } from '../model/sla.js';
import type { Snapshot } from '../repo/index.js';
import { attainment } from '../results/attainment.js';
import { comparePeriods, lastPeriods, type PeriodKind } from '../results/period.js';
import { revisionResults } from '../results/revision.js';
import type { MeasuredResult } from '../results/validate.js';
import type { LoadedSla } from '../validate/index.js';
import type { Change, SlaDiff } from './types.js';
import { measureFigure } from '../model/words.js';

export interface Evidence {
  /**
   * How many periods with results were looked at: those of the last `report.periods` complete
   * periods (as `slac report --last` and the catalog count them) that have one.
   */
  periods: number;
  /** In how many of them the proposed target was met. */
  met: number;
  /** The worst value measured in them, as written for people. */
  worst: string;
}

/**
 * The change by which a head objective promises more than the base did, if it does: a new
 * objective (also one renamed from another), or a target stricter in the objective's own
 * direction — whether the diff calls it strengthened or, with the indicator or direction
 * changed too, only "changed".
 */
function promisesMore(diff: SlaDiff, h: Objective, b: Objective | undefined): Change | undefined {
  const path = `spec.objectives.${h.id}`;
  if (!b) return diff.changes.find((c) => c.path === path && c.before === null);
  const t0 = b.target;
  const t1 = h.target;
  if (t0.kind !== t1.kind) return undefined;
  if (t0.kind === 'quantity' && t1.kind === 'quantity' && t0.unit !== t1.unit) return undefined;
  // 0.5% of errors is 99.5% of successes: built-in shares turned round compare as complements;
  // anything else is compared as written, in the head's direction (as strict as it reads).
  const v0 = isComplement(b, h) ? 100 - figureOf(t0) : figureOf(t0);
  const v1 = figureOf(t1);
  const stricter = h.better === 'lower' ? v1 < v0 : h.better === 'higher' ? v1 > v0 : false;
  if (!stricter) return undefined;
  return (
    diff.changes.find((c) => c.path === `${path}.target`) ??
    diff.changes.find((c) => c.path === `${path}.indicator` || c.path === `${path}.better`)
  );
}

function figureOf(m: Measure): number {
  return m.kind === 'duration' ? m.seconds : m.value;
}

/**
 * Whether `from`'s figures read as the complement of `to`'s: built-in shares turned round
 * (error-rate ↔ success-rate, availability, durability). A custom indicator's direction says
 * nothing of what its figures measure, so its figures are taken as written.
 */
function isComplement(from: Objective, to: Objective): boolean {
  return (
    from.target.kind === 'percent' &&
    to.target.kind === 'percent' &&
    from.indicator !== 'custom' &&
    to.indicator !== 'custom' &&
    from.better !== undefined &&
    to.better !== undefined &&
    from.better !== to.better
  );
}

/** A result of the objective `from` in the terms of `to` (see isComplement). */
function asResultOf(r: MeasuredResult, from: Objective | undefined, to: Objective): MeasuredResult {
  if (!from || !isComplement(from, to) || r.value.kind !== 'percent') return r;
  return { ...r, value: { kind: 'percent', value: 100 - r.value.value } };
}

/**
 * Adds `evidence` to the changes that promise more where results exist, and `overPromise`
 * to the SLAs whose proposed target was missed in any of the periods looked at. Reads the
 * base's results files only when some change promises more.
 */
export async function addEvidence(
  git: GitReader,
  slas: SlaDiff[],
  base: { snapshot: Snapshot; slas: readonly LoadedSla[] },
  head: readonly LoadedSla[],
  config: Pick<SlacConfig, 'results' | 'report'>,
  today: string,
): Promise<void> {
  const headById = new Map(head.map((s) => [s.sla.id, s.sla]));
  const baseById = new Map(base.slas.map((s) => [s.sla.id, s.sla]));
  const wanted: {
    diff: SlaDiff;
    change: Change;
    objective: Objective;
    sla: Sla;
    /** The objective ids whose results stand as evidence: its own, and for a new one those it may replace. */
    evidenceFrom: string[];
  }[] = [];
  for (const diff of slas) {
    if (diff.status === 'removed') continue;
    const sla = headById.get(diff.id);
    const before = baseById.get(diff.id);
    const baseObjectives = new Map((before?.objectives ?? []).map((o) => [o.id, o]));
    const headIds = new Set(sla?.objectives.map((o) => o.id));
    // Objectives the change removes: a new one may be the same promise under a new name.
    const removed = [...baseObjectives.values()].filter((o) => !headIds.has(o.id));
    for (const objective of sla?.objectives ?? []) {
      const b = baseObjectives.get(objective.id);
      const change = promisesMore(diff, objective, b);
      if (!change || !sla) continue;
      const replaced = b
        ? []
        : removed.filter(
            (o) =>
              o.target.kind === objective.target.kind &&
              (o.indicator === objective.indicator || o.better === objective.better),
          );
      wanted.push({
        diff,
        change,
        objective,
        sla,
        evidenceFrom: [objective.id, ...replaced.map((o) => o.id)],
      });
    }
  }
  if (wanted.length === 0) return;
  // The base's results files, checked against the base's SLAs (rows with problems left out).
  const commit = base.snapshot.commit;
  if (!commit) return;
  // Only the rows of the SLAs asked about: the base's SLAs at hand are those the change
  // touches (see compareRevisions), and rows of others would only be reported as unknown.
  const { results } = await revisionResults(
    git,
    commit,
    config,
    base.slas.map((s) => s.sla),
    today,
    new Set(wanted.map((w) => w.diff.id)),
  );
  if (results.length === 0) return;
  const byObjective = new Map<string, MeasuredResult[]>();
  for (const r of results) {
    const key = `${r.sla}\0${r.objective}`;
    byObjective.set(key, [...(byObjective.get(key) ?? []), r]);
  }
  // The last `report.periods` complete periods of each kind: older results, and a period still
  // running (which the report and the catalog leave out too), are not evidence.
  const count = config.report.periods;
  const recent = new Map<PeriodKind, Set<string>>();
  const isRecent = (r: MeasuredResult) => {
    let ids = recent.get(r.period.kind);
    if (!ids) {
      ids = new Set(lastPeriods(r.period.kind, today, count).map((p) => p.id));
      recent.set(r.period.kind, ids);
    }
    return ids.has(r.period.id);
  };
  for (const { diff, change, objective, sla, evidenceFrom } of wanted) {
    const baseSla = baseById.get(diff.id);
    const measured = evidenceFrom
      .flatMap((id) => {
        const from = baseSla?.objectives.find((o) => o.id === id);
        return (byObjective.get(`${diff.id}\0${id}`) ?? []).map((r) =>
          asResultOf(r, from, objective),
        );
      })
      .filter((r) => r.value.kind === objective.target.kind && isRecent(r))
      .sort((a, b) => comparePeriods(a.period, b.period));
    if (measured.length === 0) continue;
    // Each period once, met only when every result in it met (two objectives this one replaces
    // may both have one): no result is cut to make room for another.
    const missedIn = new Map<string, boolean>();
    let worst = measured[0] as MeasuredResult;
    const figure = (r: MeasuredResult) =>
      r.value.kind === 'duration' ? r.value.seconds : r.value.value;
    for (const r of measured) {
      const key = `${r.period.kind} ${r.period.id}`;
      const missed = !attainment(sla, objective, r.value, r.period.kind).met;
      missedIn.set(key, (missedIn.get(key) ?? false) || missed);
      const worse =
        objective.better === 'lower' ? figure(r) > figure(worst) : figure(r) < figure(worst);
      if (worse) worst = r;
    }
    const periods = missedIn.size;
    const met = [...missedIn.values()].filter((missed) => !missed).length;
    const evidence: Evidence = { periods, met, worst: measureFigure(worst.value) };
    change.evidence = evidence;
    const kinds = new Set(measured.map((r) => r.period.kind));
    const kind = (measured[0] as MeasuredResult).period.kind;
    const of =
      kinds.size > 1
        ? `${periods} periods measured (the last ${count} of each kind)`
        : periods === count
          ? `the last ${periodsWord(count, kind)}`
          : `${periods} ${kind}${periods === 1 ? '' : 's'} measured in the last ${periodsWord(count, kind)}`;
    change.message = `${change.message.replace(/\.$/, '')}: met in ${met} of ${of} (worst ${evidence.worst}).`;
    if (met < periods) diff.overPromise = true;
  }
}

function periodsWord(n: number, kind: PeriodKind): string {
  return n === 1 ? kind : `${n} ${kind}s`;
}
