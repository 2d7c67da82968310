// Measured service levels: results files, their periods, and attainment against objectives.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlacConfig } from '../config/defaults.js';
import type { Problem } from '../model/problem.js';
import { listSelected } from '../repo/tree.js';
import { loadSla, targetOf } from '../validate/index.js';
import {
  validateResults,
  type ResultsOptions,
  type ResultsSource,
  type ResultsValidation,
  type TargetSla,
} from './validate.js';

export { attainment, type Attainment, type Zone } from './attainment.js';
export * from './period.js';
export {
  validateResults,
  type MeasuredResult,
  type ResultsOptions,
  type ResultsValidation,
  type TargetSla,
} from './validate.js';

/** SLAs already loaded: all of them, or some by path (null: the file did not load as an SLA). */
type Loaded = readonly TargetSla[] | ReadonlyMap<string, TargetSla | null>;

/**
 * The results files of a folder on disk (the working tree), checked against its SLA files;
 * undefined when the `results` globs select no file.
 */
export async function validateFolderResults(
  root: string,
  config: Pick<SlacConfig, 'results'>,
  slaPaths: readonly string[],
  today: string,
  /**
   * The SLAs of those paths when the caller has loaded them already (they are not read again):
   * all of them, or some by path (null: the file did not load), the others read here.
   */
  loaded?: Loaded,
  options: ResultsOptions = {},
): Promise<ResultsValidation | undefined> {
  const links: Problem[] = [];
  const paths = listSelected(root, config.results, links);
  if (paths.length === 0 && links.length === 0) return undefined;
  const files = await Promise.all(
    paths.map((path) => readFile(join(root, path)).then((content) => ({ path, content }))),
  );
  const validation = await validateResultsOfFolder(root, slaPaths, files, today, loaded, options);
  validation.errors.unshift(...links);
  return validation;
}

/**
 * Results files (given with their content, named as the caller shows them) checked against
 * the SLA files of a folder on disk (paths relative to `root`).
 */
export async function validateResultsOfFolder(
  root: string,
  slaPaths: readonly string[],
  files: readonly ResultsSource[],
  today: string,
  loaded?: Loaded,
  options: ResultsOptions = {},
): Promise<ResultsValidation> {
  // Read one at a time, synchronously (a promise per file costs several times the reading;
  // see readWorkingTree), and of each SLA only a copy of what results are checked against is
  // kept: its text and parsed document are let go as soon as it is loaded. Its problems are
  // the SLA validation's to report, so its warnings are not looked for.
  const known = loaded instanceof Map ? loaded : undefined;
  const slas =
    loaded && !known
      ? (loaded as readonly TargetSla[])
      : slaPaths.flatMap((path) => {
          const given = known?.get(path);
          if (given !== undefined) return given === null ? [] : [given];
          const { sla } = loadSla(
            { path, content: readFileSync(join(root, path)) },
            { warnings: false },
          );
          if (!sla) return [];
          return [targetOf(sla.sla)];
        });
  const validation = validateResults(files, slas, today, undefined, options);
  if (slas.length < slaPaths.length) mayBeUnread(validation.errors);
  return validation;
}

/**
 * Adds to each "no SLA has the id" error that its SLA may be in a file that could not be read
 * (an invalid file, or a link the globs select): for when some could not be.
 */
export function mayBeUnread(errors: Problem[]): void {
  for (const e of errors)
    if (e.rule === 'results-sla-unknown')
      e.message += ' (or its SLA file could not be read: fix that file first)';
}
