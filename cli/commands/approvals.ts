import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parseCommits, parseReviews, parseTeams } from '../../src/approval/index.js';
import { APPROVAL_FORMATS } from '../../src/approval/format.js';
import { formatNames } from '../../src/model/output.js';
import { isValidLogin } from '../../src/model/owner.js';
import { checkPullRequest } from '../../src/app/check-pull-request.js';
import { createGitReader, openRepository, repositoryAt } from '../../src/git/index.js';
import { topAndPrefix } from '../../src/git/run.js';
import { findBaseConfig } from '../../src/repo/tree.js';
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

const USAGE = `Usage: slac approvals --base REF [--head REF] --author LOGIN --reviews FILE [--teams FILE] [--format ${formatNames(APPROVAL_FORMATS).join('|')}]
                      [--commits FILE] [--today YYYY-MM-DD] [--cache DIR]

Evaluates the owner-approval rules for a pull request offline. Owners, admins and settings
come from the base; REF is a branch, tag or commit (--head defaults to HEAD).
  --reviews FILE  GitHub's "list reviews for a pull request" answer
                  (gh api repos/OWNER/REPO/pulls/N/reviews --paginate --slurp)
  --teams FILE    {"@org/team": ["login", ...]}, merged over the base .slac.yml teams:
  --commits FILE  GitHub's "list commits on a pull request" answer
                  (gh api repos/OWNER/REPO/pulls/N/commits --paginate --slurp): whoever
                  authored or committed a change cannot approve it
  --cache DIR     per-file validation results by content (as slac validate --cache): the
                  ids of files the same at base and head come from it, not from their bytes,
                  so it must be a folder you trust (one git tracks is refused)
${formatHelp(APPROVAL_FORMATS)}
Exit codes: 0 approved, 1 approval missing, 2 usage or runtime error.
`;

export async function approvalsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    base: { type: 'string' },
    head: { type: 'string' },
    author: { type: 'string' },
    reviews: { type: 'string' },
    teams: { type: 'string' },
    commits: { type: 'string' },
    format: { type: 'string' },
    today: { type: 'string' },
    cache: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format =
    APPROVAL_FORMATS[choice('format', values.format, formatNames(APPROVAL_FORMATS), 'text')];
  if (!values.base) throw new UsageError('--base REF is required (e.g. --base origin/main)');
  const today = checkToday(values.today ?? io.today());
  if (!values.author)
    throw new UsageError('--author LOGIN is required (who opened the pull request)');
  const author = values.author.replace(/^@/, '');
  // Compared with the reviewers' logins: a stray space or CR would let the author approve.
  if (!isValidLogin(author))
    throw new UsageError(
      `--author must be a GitHub login (letters, digits and hyphens); got ${JSON.stringify(values.author)}`,
    );
  if (!values.reviews) throw new UsageError('--reviews FILE is required (GitHub reviews as JSON)');

  const reviewsFile = values.reviews;
  const teamsFile = values.teams;
  const reviews = checked(
    '--reviews',
    reviewsFile,
    parseReviews,
    await readJson(io.cwd, reviewsFile, '--reviews'),
  );
  const teams = teamsFile
    ? checked('--teams', teamsFile, parseTeams, await readJson(io.cwd, teamsFile, '--teams'))
    : {};
  const commitsFile = values.commits;
  const commits = commitsFile
    ? checked(
        '--commits',
        commitsFile,
        parseCommits,
        await readJson(io.cwd, commitsFile, '--commits'),
      )
    : undefined;
  const baseRef = values.base;
  const headRef = values.head ?? 'HEAD';
  // Each asks git: asked at once. Once git has said where the work tree's top is, base and
  // head are resolved there while the base's .slac.yml is looked for.
  const where = topAndPrefix(io.cwd).catch(() => undefined);
  const top = where.then((at) => at && createGitReader(at.top));
  void top.then((git) => {
    for (const ref of [baseRef, headRef]) git?.resolve(ref).catch(() => undefined);
  });
  const [cache, found, topReader] = await Promise.all([
    values.cache !== undefined ? openCheckCache(io.cwd, values.cache) : undefined,
    where.then((at) => findBaseConfig(io.cwd, baseRef, at)),
    top,
  ]);
  // The folder found is below the top git named (see findBaseConfig): no need to ask again.
  const git =
    topReader && found.top !== undefined && found.prefix !== undefined
      ? repositoryAt(found.top, found.prefix, topReader)
      : await openRepository(found.root);
  const { evaluation } = await checkPullRequest({
    git,
    baseRef,
    headRef,
    author,
    reviews,
    teams,
    ...(commits ? { commits } : {}),
    today,
    ...(cache ? { cache } : {}),
  });
  cache?.save({ keepUnused: true });
  const { approvals } = evaluation;
  writeParts(io, format.write(approvals));
  return approvals.satisfied ? EXIT.ok : EXIT.problems;
}

/** Runs a parser, naming the option and file in its error. */
function checked<T>(option: string, file: string, parser: (data: unknown) => T, data: unknown): T {
  try {
    return parser(data);
  } catch (err) {
    throw new UsageError(`${option} ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function readJson(cwd: string, file: string, option: string): Promise<unknown> {
  const path = isAbsolute(file) ? file : join(cwd, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? isAbsolute(file)
          ? 'no such file'
          : `no such file in ${cwd}`
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : (err as Error).message;
    throw new UsageError(`${option}: cannot read ${file}: ${why}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(
      `${option}: ${file} is not JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
}
