import { diffJson, diffMarkdown, diffRevisions, diffText } from '../../src/diff/index.js';
import { openRepository } from '../../src/git/index.js';
import { EXIT, UsageError, choice, parseOptions, type CliIo } from '../io.js';
import { openCache } from '../cache.js';

const USAGE = `Usage: slac diff --base REF [--head REF] [--format text|markdown|json] [--today YYYY-MM-DD]
                 [--cache DIR]

Shows what changed for customers between two revisions of the git repository in the
current folder: which commitments were weakened, strengthened or only reworded.
Files are read from git (no checkout); config (.slac.yml) is always read from the base.
--head defaults to HEAD. Exit 1 when head has validation errors.
--cache DIR: per-file validation results by content (as slac validate --cache); files the
same at base and head with a known result are not read or validated again.
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
  const format = choice('format', values.format, ['text', 'markdown', 'json'] as const, 'text');
  const today = values.today ?? io.today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new UsageError(`--today must be a date YYYY-MM-DD; got "${today}"`);

  const git = await openRepository(io.cwd);
  const cache = values.cache !== undefined ? openCache(io.cwd, values.cache) : undefined;
  const result = await diffRevisions(git, values.base, values.head ?? 'HEAD', {
    today,
    ...(cache ? { cache } : {}),
  });
  cache?.save();
  const problems = result.head.validation.errors;
  const skipped = result.skipped;

  if (format === 'json') {
    io.stdout(diffJson(result.diff));
    for (const p of problems) io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
  } else if (format === 'markdown') {
    io.stdout(diffMarkdown(result.diff, { problems, skipped }));
  } else {
    io.stdout(diffText(result.diff, { problems, skipped }));
  }
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}
