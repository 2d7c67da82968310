// The results files of a git revision (selected by the `results` globs, as the working tree's
// are), checked against the given SLAs: the base's evidence for over-promise, and both sides of
// a pull request that changes results.
import type { SlacConfig } from '../config/defaults.js';
import type { GitReader } from '../git/index.js';
import type { Sla } from '../model/sla.js';
import { linkProblem, slaMatcher } from '../repo/tree.js';
import { validateResults, type ResultsValidation } from './validate.js';

const SYMLINK_MODE = '120000';

export async function revisionResults(
  git: GitReader,
  commit: string,
  config: Pick<SlacConfig, 'results'>,
  slas: readonly Pick<Sla, 'id' | 'objectives'>[],
  today: string,
  /** Only the rows of these SLAs (see validateResults). */
  onlySlas?: ReadonlySet<string>,
): Promise<ResultsValidation> {
  const select = slaMatcher(config.results);
  const selected = (await git.listFiles(commit)).filter((e) => select(e.path));
  // A symbolic link is never read (as by the working tree's reader): an error, not a file
  // skipped without a word.
  const entries = selected.filter((e) => e.mode !== SYMLINK_MODE);
  const blobs = await git.readBlobs(entries.map((e) => e.blob));
  const files = entries.map((e) => ({ path: e.path, content: blobs.get(e.blob) ?? '' }));
  const validation = validateResults(files, slas, today, onlySlas);
  for (const e of selected)
    if (e.mode === SYMLINK_MODE) validation.errors.push(linkProblem(e.path, 'results'));
  return validation;
}
