// Measured service levels: results files, their periods, and attainment against objectives.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlacConfig } from '../config/defaults.js';
import { listSelected } from '../repo/tree.js';
import type { Sla } from '../model/sla.js';
import { loadSla } from '../validate/index.js';
import { validateResults, type ResultsSource, type ResultsValidation } from './validate.js';

export { attainment, type Attainment, type Zone } from './attainment.js';
export * from './period.js';
export { validateResults, type MeasuredResult, type ResultsValidation } from './validate.js';

/**
 * The results files of a folder on disk (the working tree), checked against its SLA files;
 * undefined when the `results` globs select no file.
 */
export async function validateFolderResults(
  root: string,
  config: Pick<SlacConfig, 'results'>,
  slaPaths: readonly string[],
  today: string,
  /** The SLAs of those paths when the caller has loaded them already (they are not read again). */
  loaded?: readonly Sla[],
): Promise<ResultsValidation | undefined> {
  const paths = listSelected(root, config.results);
  if (paths.length === 0) return undefined;
  const files = await Promise.all(
    paths.map((path) => readFile(join(root, path)).then((content) => ({ path, content }))),
  );
  return validateResultsOfFolder(root, slaPaths, files, today, loaded);
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
  loaded?: readonly Sla[],
): Promise<ResultsValidation> {
  const slas =
    loaded ??
    (
      await Promise.all(
        slaPaths.map((path) => readFile(join(root, path)).then((content) => ({ path, content }))),
      )
    ).flatMap((f) => {
      const { sla } = loadSla(f);
      return sla ? [sla.sla] : [];
    });
  const validation = validateResults(files, slas, today);
  if (slas.length < slaPaths.length)
    for (const e of validation.errors)
      if (e.rule === 'results-sla-unknown')
        e.message += ' (or its SLA file could not be read: fix that file first)';
  return validation;
}
