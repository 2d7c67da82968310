// A folder of SLAs with its measured results, loaded and checked once: what `slac report` and
// the action's `mode: report` both start from.
import type { SlacConfig } from '../config/defaults.js';
import { sortProblems, type Problem } from '../model/problem.js';
import type { Sla } from '../model/sla.js';
import { noSlaFiles, readWorkingTree } from '../repo/tree.js';
import { validateFolderResults, type MeasuredResult } from '../results/index.js';
import type { TargetSla } from '../results/validate.js';
import { detached } from '../load/own.js';
import { contentsGiven, inThreadChecker, validateFiles } from '../validate/pipeline.js';

export interface MeasuredRepository<T extends TargetSla = Sla> {
  config: SlacConfig;
  /** The SLAs that loaded (those with errors are among `problems`), as `keep` made them. */
  slas: T[];
  results: MeasuredResult[];
  /** Config, SLA and results errors, sorted (warnings are not looked for). */
  problems: Problem[];
}

/**
 * `keep` makes of each loaded SLA what the caller keeps (by default all of it): the loaded
 * files (their texts, parsed documents and positions) are let go as soon as each is checked,
 * and what is kept is a copy of its own (detached), never a slice of a file's text.
 */
export async function loadMeasuredRepository(
  root: string,
  today: string,
): Promise<MeasuredRepository>;
export async function loadMeasuredRepository<T extends TargetSla>(
  root: string,
  today: string,
  keep: (sla: Sla) => T,
): Promise<MeasuredRepository<T>>;
export async function loadMeasuredRepository(
  root: string,
  today: string,
  keep: (sla: Sla) => TargetSla = (sla) => sla,
): Promise<MeasuredRepository<TargetSla>> {
  const tree = await readWorkingTree(root);
  // File by file (the one pipeline, on this thread).
  const slas: TargetSla[] = [];
  const files = [...tree.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { result } = await validateFiles({
    files: files.map((f) => ({
      path: f.path,
      content: typeof f.content === 'string' ? Buffer.from(f.content) : f.content,
    })),
    contents: contentsGiven,
    checker: inThreadChecker,
    today,
    // Only errors are reported: warnings are neither located nor kept.
    warnings: false,
    loadSlas: () => true,
    take: (_file, loaded) => slas.push(detached(keep(loaded.sla))),
  });
  files.length = 0;
  const errors = result.errors;
  const measured = await validateFolderResults(
    root,
    tree.config,
    tree.files.map((f) => f.path),
    today,
    slas,
    { warnings: false },
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
      ...errors,
      ...(measured?.errors ?? []),
    ]),
  };
}
