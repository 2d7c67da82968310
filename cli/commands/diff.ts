import { diffRevisions } from '../../src/app/diff-revisions.js';
import { DIFF_FORMATS } from '../../src/diff/format.js';
import { formatNames } from '../../src/model/output.js';
import { openRepository } from '../../src/git/index.js';
import { findBaseConfigRoot, uncommittedSlaFiles } from '../../src/repo/tree.js';
import {
  EXIT,
  UsageError,
  checkToday,
  choice,
  formatHelp,
  parseOptions,
  writeParts,
  type CliIo,
} from '../io.js';
import { openCheckCache } from '../cache.js';

const USAGE = `Usage: slac diff --base REF [--head REF] [--format ${formatNames(DIFF_FORMATS).join('|')}] [--today YYYY-MM-DD]
                 [--cache DIR]

Shows what changed for customers between two revisions of the git repository in the
current folder: which commitments were weakened, strengthened or only reworded.
Files are read from git (no checkout); config (.slac.yml) is always read from the base.
--head defaults to HEAD. Exit 1 when a file the change touches has errors at head.
--cache DIR: per-file validation results by content (as slac validate --cache); the ids of
files the same at base and head come from it, not from their bytes (such files are never
validated by the diff: see docs/diff.md), so it must be a folder you trust (one git tracks
is refused).
${formatHelp(DIFF_FORMATS)}
`;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    format: { type: 'string' },
    today: { type: 'string' },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (!values.base) throw new UsageError('--base REF is required, e.g. --base origin/main');
  const format = DIFF_FORMATS[choice('format', values.format, formatNames(DIFF_FORMATS), 'text')];
  const today = checkToday(values.today ?? io.today());

  // The folder of the nearest .slac.yml in the base commit, as slac approvals finds it: the
  // working tree's may have been deleted or added by the change under review.
  const root = await findBaseConfigRoot(io.cwd, values.base);
  const git = await openRepository(root);
  const cache = values.cache !== undefined ? await openCheckCache(io.cwd, values.cache) : undefined;
  const { diff, problems, skipped } = await diffRevisions({
    git,
    baseRef: values.base,
    headRef: values.head ?? 'HEAD',
    today,
    ...(cache ? { cache } : {}),
  });
  cache?.save({ keepUnused: true });
  // The diff reads commits: edits not committed yet are not in it, which surprises when head
  // is the commit checked out here.
  if (diff.head === (await git.resolve('HEAD').catch(() => undefined))) {
    const pending = await uncommittedSlaFiles(root);
    if (pending.length > 0) io.stderr(uncommittedWarning(pending));
  }

  if ('problemsApart' in format && format.problemsApart) {
    writeParts(io, format.write(diff));
    for (const p of problems) io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
  } else {
    writeParts(io, format.write(diff, { problems, skipped }));
  }
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** The warning for SLA files with changes the diff leaves out, naming at most 10 of them. */
function uncommittedWarning(files: readonly string[]): string {
  const shown = files.slice(0, 10).join(', ');
  const more = files.length > 10 ? ` and ${files.length - 10} more` : '';
  const which =
    files.length === 1 ? '1 SLA file has changes' : `${files.length} SLA files have changes`;
  return `slac diff: warning: ${which} not committed, which this diff leaves out (it compares commits): ${shown}${more}. Commit them (git add, git commit) to include them, or git stash them to set them aside.\n`;
}
