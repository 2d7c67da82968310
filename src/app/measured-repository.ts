// A folder of SLAs with its measured results, loaded and checked once: what `slac report` and
// the action's `mode: report` both start from.
import type { SlacConfig } from '../config/defaults.js';
import { sortProblems, type Problem } from '../model/problem.js';
import type { Sla } from '../model/sla.js';
import { noSlaFiles, readWorkingTree } from '../repo/tree.js';
import { validateFolderResults, type MeasuredResult } from '../results/index.js';
import { validateSources } from '../validate/index.js';

export interface MeasuredRepository {
  config: SlacConfig;
  /** The SLAs that loaded (those with errors are among `problems`). */
  slas: Sla[];
  results: MeasuredResult[];
  /** Config, SLA and results errors, sorted. */
  problems: Problem[];
}

export async function loadMeasuredRepository(
  root: string,
  today: string,
): Promise<MeasuredRepository> {
  const tree = await readWorkingTree(root);
  const validation = validateSources(tree.files, { today });
  const slas = validation.slas.map((s) => s.sla);
  const measured = await validateFolderResults(
    root,
    tree.config,
    tree.files.map((f) => f.path),
    today,
    slas,
  );
  return {
    config: tree.config,
    slas,
    results: measured?.results ?? [],
    problems: sortProblems([
      ...tree.configProblems,
      // A glob that selects nothing must not turn the review into an empty, green report.
      ...(tree.files.length === 0 && tree.configProblems.length === 0
        ? [noSlaFiles(tree.config, tree.hasConfig)]
        : []),
      ...validation.errors,
      ...(measured?.errors ?? []),
    ]),
  };
}
