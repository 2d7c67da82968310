// Where measured results go, and the files as they will be: each period's file merged with
// what is there, checked as `slac validate` would, before anything is written. Both adapters
// use it: the CLI writes the files, the action proposes them in a pull request.
import picomatch from 'picomatch';
import type { SlacConfig } from '../config/defaults.js';
import type { Sla } from '../model/sla.js';
import { slaMatcher } from '../repo/tree.js';
import type { Period } from '../results/period.js';
import { validateResults } from '../results/validate.js';
import { mergeResultsFile, resultsFileText } from './file.js';
import type { MeasuredPeriod } from './index.js';

/** The results files as the planner reads them (the working tree, or a checkout). */
export interface ResultsFolder {
  exists(path: string): boolean;
  read(path: string): Promise<string | undefined>;
  /** Every results file the config's globs select. */
  list(): string[];
}

/**
 * Where a period's results file goes: `PERIOD.yaml` in the folder the first results glob
 * starts in (an existing `PERIOD.yml` there is used instead).
 */
export function resultsPathOf(
  config: Pick<SlacConfig, 'results'>,
  period: Period,
  exists: (path: string) => boolean,
): string {
  const base = picomatch.scan(config.results[0] ?? 'results/**/*.yaml').base;
  const folder = base === '' ? '' : `${base.replace(/\/+$/, '')}/`;
  const yml = `${folder}${period.id}.yml`;
  return !exists(`${folder}${period.id}.yaml`) && exists(yml) ? yml : `${folder}${period.id}.yaml`;
}

export type PlannedWrites =
  { ok: true; writes: Array<{ path: string; text: string }> } | { ok: false; reason: string };

/** Every file's new text, checked as `slac validate` would, before any is written. */
export async function planResultsWrites(
  folder: ResultsFolder,
  config: SlacConfig,
  slas: readonly Sla[],
  today: string,
  source: string,
  files: ReadonlyArray<{ measured: MeasuredPeriod; path: string }>,
): Promise<PlannedWrites> {
  const selected = slaMatcher(config.results);
  const writes: Array<{ path: string; text: string }> = [];
  for (const { measured, path } of files) {
    if (!selected(path))
      return {
        ok: false,
        reason: `${path} would not be selected by the results globs of .slac.yml (${config.results.join(', ')}); start the first glob with the folder results go in`,
      };
    const existing = await folder.read(path);
    if (existing === undefined) {
      writes.push({ path, text: resultsFileText(measured.period, source, measured.rows) });
      continue;
    }
    const merged = mergeResultsFile(existing, measured.period, source, measured.rows);
    if (!merged.ok) return { ok: false, reason: `cannot merge into ${path}: ${merged.reason}` };
    writes.push({ path, text: merged.text });
  }
  // The results files as they would be, checked together: the new files must be valid, and
  // no other file may already hold a result the new ones hold.
  const paths = new Set([...folder.list(), ...writes.map((w) => w.path)]);
  const contents = await Promise.all(
    [...paths].sort().map(async (path) => ({
      path,
      content: writes.find((w) => w.path === path)?.text ?? (await folder.read(path)) ?? '',
    })),
  );
  const written = new Set(writes.map((w) => w.path));
  const check = validateResults(contents, slas, today);
  const bad = check.errors.filter(
    (e) =>
      written.has(e.file) ||
      (e.rule === 'results-duplicate' &&
        [...written].some((path) => e.message.includes(`${path}:`))),
  );
  if (bad.length > 0) {
    const e = bad[0] as (typeof bad)[number];
    return {
      ok: false,
      reason: `the results would not be valid: ${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ''}`,
    };
  }
  return { ok: true, writes };
}
