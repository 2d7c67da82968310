// The results files of a git revision (selected by the `results` globs, as the working tree's
// are), checked against the given SLAs: the base's evidence for over-promise, and both sides of
// a pull request that changes results.
import type { SlacConfig } from '../config/defaults.js';
import type { GitReader } from '../git/index.js';
import type { Sla } from '../model/sla.js';
import {
  globBases,
  isUndecodable,
  linkInTheWay,
  linkProblem,
  pathProblem,
  slaMatcher,
  submoduleProblem,
} from '../repo/tree.js';
import { validateResults, type ResultsValidation } from './validate.js';

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

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
  const bases = globBases(config.results);
  // "/…": outside the folder slac runs in (see subtreeReader), never a results file.
  const listed = (await git.listFiles(commit)).filter((e) => !e.path.startsWith('/'));
  const entries = listed.filter(
    (e) =>
      e.mode !== SYMLINK_MODE &&
      e.mode !== SUBMODULE_MODE &&
      select(e.path) &&
      !isUndecodable(e.path),
  );
  const blobs = await git.readBlobs(entries.map((e) => e.blob));
  const files = entries.map((e) => ({ path: e.path, content: blobs.get(e.blob) ?? '' }));
  const validation = validateResults(files, slas, today, onlySlas);
  // A symbolic link is never read nor followed (as by the working tree's reader): one in the
  // way of the globs is an error, not files skipped without a word.
  // So is a submodule there (its files are not in this tree), and a name that is not UTF-8.
  for (const e of listed)
    if (
      e.mode !== SYMLINK_MODE &&
      e.mode !== SUBMODULE_MODE &&
      select(e.path) &&
      isUndecodable(e.path)
    )
      validation.errors.push(pathProblem(e.path));
  for (const e of listed)
    if (e.mode === SYMLINK_MODE && linkInTheWay(e.path, select, bases))
      validation.errors.push(linkProblem(e.path, 'results', select));
    else if (e.mode === SUBMODULE_MODE && linkInTheWay(e.path, select, bases))
      validation.errors.push(submoduleProblem(e.path, 'results'));
  return validation;
}
