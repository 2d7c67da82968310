// Measured results in a pull request: the numbers customers read in the catalog and the
// evidence later changes are judged by, so a change to them needs the owner of each SLA whose
// results change (as a change to the SLA itself does), and results that cannot be read at
// head block the check. Results are read with the base's `results` globs.
import type { SlacConfig } from '../config/defaults.js';
import { formatMeasure } from '../diff/words.js';
import type { GitReader } from '../git/index.js';
import type { Problem } from '../model/problem.js';
import { ownerKey } from '../model/owner.js';
import { readRevision, slaMatcher } from '../repo/index.js';
import { globBases, linkInTheWay } from '../repo/tree.js';
import { revisionResults } from '../results/revision.js';
import type { MeasuredResult } from '../results/validate.js';
import { validateSources, type LoadedFiles } from '../validate/index.js';

/** The results of one SLA that a pull request changes. */
interface ResultsChange {
  sla: string;
  /** The SLA's owner on the base, or (for an SLA the pull request adds) as declared at head. */
  owner: string | null;
  /** The results files of the changed rows, at base or head. */
  files: string[];
  /** What changed, in words: "uptime 2026-08 99.86% → 99.99%". */
  reason: string;
}

export interface ResultsReview {
  changes: ResultsChange[];
  /** Problems of the head's results files (each blocks the check). */
  problems: Problem[];
}

/**
 * The SLAs whose measured results differ between base and head, or undefined when no
 * results file changed (nothing is read then).
 */
export async function reviewResults(
  git: GitReader,
  baseSha: string,
  headSha: string,
  changedPaths: readonly string[],
  config: SlacConfig,
  today: string,
): Promise<ResultsReview | undefined> {
  const isResults = slaMatcher(config.results);
  // A path on the way to where a glob starts counts too: a link there is an error to report.
  const bases = globBases(config.results);
  if (!changedPaths.some((path) => linkInTheWay(path, isResults, bases))) return undefined;
  // A file the same on both sides is loaded once.
  const loaded: LoadedFiles = new Map();
  const [base, head] = await Promise.all([
    readSide(git, baseSha, config, today, loaded),
    readSide(git, headSha, config, today, loaded),
  ]);
  // The owners of each id on the base: every copy's, when several files hold it (an error
  // there) — its results are each copy's as much as the others'.
  const owners = new Map<string, string[]>();
  for (const s of base.slas) {
    const list = owners.get(s.id) ?? [];
    if (!list.some((o) => ownerKey(o) === ownerKey(s.owner))) list.push(s.owner);
    owners.set(s.id, list);
  }
  const declared = new Map(head.slas.map((s) => [s.id, s.owner]));
  const before = byKey(base.results);
  const after = byKey(head.results);
  const changed = new Map<string, { files: Set<string>; what: string[] }>();
  const note = (r: MeasuredResult, what: string) => {
    let entry = changed.get(r.sla);
    if (!entry) changed.set(r.sla, (entry = { files: new Set(), what: [] }));
    entry.files.add(r.file);
    entry.what.push(what);
  };
  for (const [key, b] of before) {
    const h = after.get(key);
    const label = `${b.objective} ${b.period.id}`;
    if (!h) note(b, `${label} ${figure(b)} removed`);
    else if (rowText(b) !== rowText(h)) {
      if (figure(b) !== figure(h)) note(h, `${label} ${figure(b)} → ${figure(h)}`);
      else note(h, `${label} note or counts changed`);
      if (h.file !== b.file) changed.get(h.sla)?.files.add(b.file);
    }
  }
  for (const [key, h] of after)
    if (!before.has(key)) note(h, `${h.objective} ${h.period.id} ${figure(h)} added`);

  const changes = [...changed]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([sla, { files, what }]) =>
      (owners.get(sla) ?? [declared.get(sla) ?? null]).map((owner) => ({
        sla,
        owner,
        files: [...files].sort(),
        reason: `results changed: ${what.slice(0, 3).join('; ')}${what.length > 3 ? `; and ${what.length - 3} more` : ''}`,
      })),
    );
  return { changes, problems: head.problems };
}

async function readSide(
  git: GitReader,
  commit: string,
  config: SlacConfig,
  today: string,
  loaded: LoadedFiles,
) {
  const snapshot = await readRevision(git, commit, config);
  const slas = validateSources(snapshot.files, {}, loaded).slas.map((s) => s.sla);
  const checked = await revisionResults(git, commit, config, slas, today);
  return { slas, results: checked.results, problems: checked.errors };
}

function byKey(results: readonly MeasuredResult[]): Map<string, MeasuredResult> {
  return new Map(results.map((r) => [`${r.sla}\0${r.objective}\0${r.period.id}`, r]));
}

/** The value as the file writes it, or as slac writes it when that reads the same. */
function figure(r: MeasuredResult): string {
  const written = String(r.written).trim();
  return written === formatMeasure(r.value) ? written : written || formatMeasure(r.value);
}

/**
 * Everything a row says, for comparing: the exact number, never a rounded rendering of it
 * (1.4 s and 1 s print alike when rounded, and one misses a 1 s target the other meets).
 */
function rowText(r: MeasuredResult): string {
  const v = r.value;
  const exact =
    v.kind === 'duration'
      ? [v.kind, v.seconds]
      : v.kind === 'quantity'
        ? [v.kind, v.value, v.unit]
        : [v.kind, v.value];
  return JSON.stringify([...exact, r.good ?? null, r.total ?? null, r.note ?? null]);
}
