import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  createHttpPrometheus,
  DEFAULT_TIMEOUT_MS,
  measure,
  planMeasurements,
  planResultsWrites,
  redact,
  resultsFileText,
  resultsPathOf,
} from '../../src/measure/index.js';
import { sortProblems } from '../../src/model/problem.js';
import { diskResultsFolder } from '../../src/node/results-folder.js';
import { findConfigRoot, readWorkingTree } from '../../src/repo/tree.js';
import { parsePeriod, type Period } from '../../src/results/index.js';
import { validateSources } from '../../src/validate/index.js';
import { EXIT, UsageError, checkToday, choice, parseOptions, type CliIo } from '../io.js';

const USAGE = `Usage: slac measure --prometheus URL [--period P] [--write] [--format yaml|json]
                    [--timeout SECONDS] [--today YYYY-MM-DD]

Measures each objective that has "prometheus" queries in its SLA, for one period: one
instant query per query at the end of the period (00:00 UTC of the day after its last day),
{{range}} being the period's length in seconds. Prints the period's results file, or writes it.
  --prometheus URL  the Prometheus HTTP API (also Thanos, Mimir, Cortex): the URL /api/v1 is under
  --period P        a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026:
                    only objectives reported per period of that kind. Default: each
                    objective's last complete period (a month for rolling windows)
  --write           write results/PERIOD.yaml (in the folder the first "results" glob of
                    .slac.yml starts in), keeping rows and notes of what was not measured now
  --format          yaml (default: the results file) or json
  --timeout S       seconds to wait for each answer (default 30)
  --today D         the date the default period is worked out from (default: today)
A token in the environment variable SLAC_PROMETHEUS_TOKEN is sent as a bearer token.
Exit codes: 0 measured (and written), 1 a query failed or an SLA file is invalid (nothing is
written), 2 usage or runtime error.
`;

export async function measureCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    prometheus: { type: 'string' },
    period: { type: 'string' },
    write: { type: 'boolean' },
    format: { type: 'string' },
    timeout: { type: 'string' },
    today: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = choice('format', values.format, ['yaml', 'json'] as const, 'yaml');
  if (values.prometheus === undefined)
    throw new UsageError(
      '--prometheus URL is required: the Prometheus server to ask, e.g. https://prometheus.example',
    );
  const url = httpUrl(values.prometheus);
  const today = checkToday(values.today ?? io.today());
  let period: Period | undefined;
  if (values.period !== undefined) {
    const parsed = parsePeriod(values.period);
    if (!parsed.ok) throw new UsageError(`--period ${parsed.reason}`);
    period = parsed.value;
    if (period.end >= today)
      throw new UsageError(
        `--period ${period.id} is not over yet (its last day is ${period.end}); measure a complete period`,
      );
  }
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const s = Number(values.timeout);
    if (!/^\d+(\.\d+)?$/.test(values.timeout) || s <= 0 || s > 3600)
      throw new UsageError(
        `--timeout must be a number of seconds from 0 to 3600; got "${values.timeout}"`,
      );
    timeoutMs = Math.round(s * 1000);
  }

  const root = findConfigRoot(io.cwd);
  const tree = await readWorkingTree(root);
  const validation = validateSources(tree.files, { today });
  const problems = sortProblems([...tree.configProblems, ...validation.errors]);
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
    io.stderr(
      'slac measure: fix the SLA files first (slac validate shows every problem); nothing was measured\n',
    );
    return EXIT.problems;
  }
  const slas = validation.slas.map((s) => s.sla);
  if (planMeasurements(slas, today, period).length === 0) {
    io.stderr(
      `slac measure: no objective in force${period ? ` in ${period.id}` : ''} has prometheus queries${period ? ` and is reported per ${period.kind}` : ''}; add them to the objectives (see docs/measure.md)\n`,
    );
    return EXIT.problems;
  }

  const prometheus = createHttpPrometheus({
    url,
    timeoutMs,
    ...(io.env?.SLAC_PROMETHEUS_TOKEN ? { token: io.env.SLAC_PROMETHEUS_TOKEN } : {}),
  });
  const source = `prometheus ${prometheus.url}`;
  const outcome = await measure({ slas, prometheus, today, ...(period ? { period } : {}) });
  if (outcome.failures.length > 0) {
    for (const f of outcome.failures)
      io.stderr(
        `slac measure: ${f.sla} objective ${f.objective}: ${f.message}\n  query: ${f.query}\n`,
      );
    io.stderr(
      `slac measure: ${outcome.failures.length} objective${outcome.failures.length === 1 ? '' : 's'} could not be measured${outcome.stopped ? ' (the run stopped there)' : ''}; nothing was ${values.write ? 'written' : 'printed'}\n`,
    );
    // A server that cannot be reached or fails is a runtime error (2); a query that answers
    // nothing usable is a problem of the SLA's queries (1).
    return outcome.stopped ? EXIT.error : EXIT.problems;
  }

  const folder = diskResultsFolder(root, tree.config);
  const files = outcome.periods.map((p) => ({
    measured: p,
    path: resultsPathOf(tree.config, p.period, folder.exists),
  }));
  if (values.write) {
    const planned = await planResultsWrites(folder, tree.config, slas, today, source, files);
    if (!planned.ok) {
      io.stderr(`slac measure: ${planned.reason}; nothing was written\n`);
      return EXIT.problems;
    }
    for (const w of planned.writes) await writeAtomically(join(root, w.path), w.text);
  }

  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          source,
          files: files.map((f) => ({
            period: f.measured.period.id,
            path: f.path,
            written: values.write === true,
            results: f.measured.rows,
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else if (!values.write) {
    io.stdout(
      files.map((f) => resultsFileText(f.measured.period, source, f.measured.rows)).join('---\n'),
    );
  }
  if (values.write)
    for (const f of files)
      io.stderr(
        `slac measure: wrote ${f.path} (${f.measured.rows.length} result${f.measured.rows.length === 1 ? '' : 's'} measured)\n`,
      );
  return EXIT.ok;
}

function httpUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new UsageError(
      `--prometheus must be a URL such as https://prometheus.example; got "${redact(text)}"`,
    );
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new UsageError(`--prometheus must be an http or https URL; got "${redact(text)}"`);
  return text;
}

/** A temporary file in the same folder, then a rename: readers see the old file or the new. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${process.pid}.${Date.now()}.slac-measure.tmp`);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}
