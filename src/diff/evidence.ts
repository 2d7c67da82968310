// Over-promise: a change that tightens a target or adds an objective, set against what was
// delivered. The measured results come from the base revision (a pull request cannot change
// the evidence it is judged by); each such change carries how often the proposed target was
// met, and an SLA whose proposed target was missed in any recent period is flagged.
import type { SlacConfig } from '../config/defaults.js';
import type { GitReader } from '../git/index.js';
import type { Objective, Sla } from '../model/sla.js';
import { slaMatcher } from '../repo/tree.js';
import type { Snapshot } from '../repo/index.js';
import { attainment } from '../results/attainment.js';
import { comparePeriods, type PeriodKind } from '../results/period.js';
import { validateResults, type MeasuredResult } from '../results/validate.js';
import type { LoadedSla } from '../validate/index.js';
import type { Change, SlaDiff } from './types.js';
import { formatMeasure } from './words.js';

export interface Evidence {
  /** How many of the latest periods with results were looked at (at most `report.periods`). */
  periods: number;
  /** In how many of them the proposed target was met. */
  met: number;
  /** The worst value measured in them, as written for people. */
  worst: string;
}

/** The changes that promise more: a tighter target, or a new objective. */
function promisesMore(diff: SlaDiff, objective: string): Change | undefined {
  return diff.changes.find(
    (c) =>
      (c.path === `spec.objectives.${objective}.target` && c.impact === 'strengthened') ||
      (c.path === `spec.objectives.${objective}` && c.before === null),
  );
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
  const wanted: { diff: SlaDiff; change: Change; objective: Objective; sla: Sla }[] = [];
  for (const diff of slas) {
    if (diff.status === 'removed') continue;
    const sla = headById.get(diff.id);
    for (const objective of sla?.objectives ?? []) {
      const change = promisesMore(diff, objective.id);
      if (change && sla) wanted.push({ diff, change, objective, sla });
    }
  }
  if (wanted.length === 0) return;
  const results = await baseResults(git, base, config, today);
  if (results.length === 0) return;
  const byObjective = new Map<string, MeasuredResult[]>();
  for (const r of results) {
    const key = `${r.sla}\0${r.objective}`;
    byObjective.set(key, [...(byObjective.get(key) ?? []), r]);
  }
  for (const { diff, change, objective, sla } of wanted) {
    const measured = (byObjective.get(`${diff.id}\0${objective.id}`) ?? [])
      .filter((r) => r.value.kind === objective.target.kind)
      .sort((a, b) => comparePeriods(a.period, b.period))
      .slice(-config.report.periods);
    if (measured.length === 0) continue;
    let met = 0;
    let worst = measured[0] as MeasuredResult;
    const figure = (r: MeasuredResult) =>
      r.value.kind === 'duration' ? r.value.seconds : r.value.value;
    for (const r of measured) {
      if (attainment(sla, objective, r.value, r.period.kind).met) met++;
      const worse =
        objective.better === 'lower' ? figure(r) > figure(worst) : figure(r) < figure(worst);
      if (worse) worst = r;
    }
    const evidence: Evidence = {
      periods: measured.length,
      met,
      worst: formatMeasure(worst.value),
    };
    change.evidence = evidence;
    const kind = (measured[0] as MeasuredResult).period.kind;
    change.message = `${change.message.replace(/\.$/, '')}: met in ${met} of the last ${periodsWord(measured.length, kind)} (worst ${evidence.worst}).`;
    if (met < measured.length) diff.overPromise = true;
  }
}

function periodsWord(n: number, kind: PeriodKind): string {
  return n === 1 ? kind : `${n} ${kind}s`;
}

/** The base's results files, checked against the base's SLAs (rows with problems are left out). */
async function baseResults(
  git: GitReader,
  base: { snapshot: Snapshot; slas: readonly LoadedSla[] },
  config: Pick<SlacConfig, 'results'>,
  today: string,
): Promise<MeasuredResult[]> {
  const commit = base.snapshot.commit;
  if (!commit) return [];
  const select = slaMatcher(config.results);
  const entries = (await git.listFiles(commit)).filter(
    (e) => e.mode !== '120000' && select(e.path),
  );
  if (entries.length === 0) return [];
  const blobs = await git.readBlobs(entries.map((e) => e.blob));
  const files = entries.map((e) => ({ path: e.path, content: blobs.get(e.blob) ?? '' }));
  return validateResults(
    files,
    base.slas.map((s) => s.sla),
    today,
  ).results;
}
