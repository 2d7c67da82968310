import { reviewReport } from '../../src/app/review-report.js';
import { findConfigRoot } from '../../src/repo/tree.js';
import { formatNames } from '../../src/model/output.js';
import { REPORT_FORMATS } from '../../src/report/format.js';
import { parsePeriod } from '../../src/results/index.js';
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

const USAGE = `Usage: slac report [--period P | --last N] [--format ${formatNames(REPORT_FORMATS).join('|')}]
                   [--owner @team] [--today YYYY-MM-DD]

The review pack for the service level review: for each SLA and objective, the measured
results (the "results" files of .slac.yml) against the target — met or missed, zone of
tolerance, error budget used, credits owed, the trend — and whether the review is due.
  --period P   one period: a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47, a year
               2026 (each objective shows its periods that overlap it)
  --last N     each objective's last N complete periods (default: report.periods, 12)
  --owner X    only the SLAs owned by X ("@login" or "@org/team")
${formatHelp(REPORT_FORMATS)}
Exit codes: 0 the files are valid (missed objectives are findings, not failures), 1 an SLA
or results file is invalid (its problems on stderr), 2 usage or runtime error.
`;

export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    period: { type: 'string' },
    last: { type: 'string' },
    format: { type: 'string' },
    owner: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format =
    REPORT_FORMATS[choice('format', values.format, formatNames(REPORT_FORMATS), 'text')];
  const today = checkToday(values.today ?? io.today());
  if (values.period !== undefined && values.last !== undefined)
    throw new UsageError('give --period or --last, not both');
  if (values.last !== undefined && !/^[1-9]\d{0,2}$/.test(values.last))
    throw new UsageError(`--last must be a whole number from 1 to 999; got "${values.last}"`);
  const period = values.period === undefined ? undefined : parsePeriod(values.period);
  if (period && !period.ok) throw new UsageError(`--period ${period.reason}`);
  if (period?.ok && period.value.start > today)
    throw new UsageError(
      `--period ${period.value.id} starts on ${period.value.start}, after today (${today}): nothing was measured in it yet; give a period that has begun (or --today)`,
    );
  if (values.owner !== undefined && !/^@[^\s/]+(?:\/[^\s/]+)?$/.test(values.owner))
    throw new UsageError(`--owner must be "@login" or "@org/team"; got "${values.owner}"`);

  const { report, problems } = await reviewReport({
    root: findConfigRoot(io.cwd),
    today,
    ...(period?.ok ? { period: period.value } : {}),
    ...(values.last ? { last: Number(values.last) } : {}),
    ...(values.owner ? { owner: values.owner } : {}),
  });
  // JSON is written about a megabyte at a time: the whole text of a large report is never held.
  writeParts(io, format.write(report));
  for (const p of problems) io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
  if (problems.length > 0)
    io.stderr(
      `slac report: ${problems.length} problem${problems.length === 1 ? '' : 's'} in SLA or results files; the report leaves out what they affect (slac validate shows them with their lines)\n`,
    );
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}
