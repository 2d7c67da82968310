import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { exportOpenSlo, exportSloth, formatNotice, sortNotices } from '../../src/interop/index.js';
import { sortProblems } from '../../src/model/problem.js';
import { readWorkingTree } from '../../src/repo/index.js';
import { validateSources } from '../../src/validate/index.js';
import { EXIT, UsageError, choice, parseOptions, type CliIo } from '../io.js';

const FORMATS = ['sloth', 'openslo'] as const;

const USAGE = `Usage: slac export sloth|openslo [--out DIR] [--format yaml|json]

Writes the objectives that have Prometheus queries in the SLA files as specs of another tool,
so that it generates the burn-rate alerts from the queries the contract is measured with:
  sloth         a Sloth "prometheus/v1" spec per SLA (one per Sloth period where its
                objectives' windows differ); run sloth generate with the period it names
  openslo       OpenSLO v1 documents per SLA: its Service, and an SLI and SLO per objective
  --out DIR     write one file per SLA into DIR (an existing file is never overwritten);
                without it, the specs are printed
  --format      yaml (default: the specs, or with --out what was written) or json:
                {"files": [{"name", "path", "sla", "objectives", "status"}], "notices": [...]}
                (status written, up-to-date, not-written; printed with the spec's "text")
Objectives that the other spec cannot hold (no queries, latency measured as one value, …)
are listed with the reason (see docs/interop.md).
Exit codes: 0 exported, 1 an SLA file is invalid, nothing to export or a file not written,
2 usage or runtime error.
`;

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { out: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [format, ...rest] = positionals;
  if (format === undefined || !(FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `say which format to export: sloth or openslo${format === undefined ? '' : `; got "${format}"`}`,
    );
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const output = choice('format', values.format, ['yaml', 'json'] as const, 'yaml');

  const tree = await readWorkingTree(io.cwd);
  const validation = validateSources(tree.files, { today: io.today() });
  const problems = sortProblems([...tree.configProblems, ...validation.errors]);
  if (problems.length > 0) {
    for (const p of problems) io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}\n`);
    io.stderr(
      'slac export: fix the SLA files first (slac validate shows every problem); nothing was exported\n',
    );
    return EXIT.problems;
  }
  const command = `slac export ${format}`;
  const outcome =
    format === 'sloth'
      ? exportSloth(validation.slas, command)
      : exportOpenSlo(validation.slas, command);
  const sorted = sortNotices(outcome.notices);
  const notices = sorted.map(formatNotice);
  const json = (files: unknown[]) =>
    io.stdout(`${JSON.stringify({ files, notices: sorted }, null, 2)}\n`);
  if (outcome.files.length === 0) {
    if (output === 'json') json([]);
    else for (const n of notices) io.stderr(`${n}\n`);
    io.stderr(
      `slac export: no objective can be exported to ${format === 'sloth' ? 'Sloth' : 'OpenSLO'}: add prometheus queries to the objectives (see docs/measure.md)\n`,
    );
    return EXIT.problems;
  }
  if (values.out === undefined) {
    if (output === 'json') {
      json(outcome.files.map((f) => ({ ...f, path: null, status: 'printed' })));
      return EXIT.ok;
    }
    io.stdout(outcome.files.map((f) => f.text).join('---\n'));
    for (const n of notices) io.stderr(`${n}\n`);
    return EXIT.ok;
  }

  const dir = resolve(io.cwd, values.out);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    io.stderr(`slac export: cannot write into ${values.out}: ${(err as Error).message}\n`);
    return EXIT.problems;
  }
  let failed = 0;
  const lines: string[] = [];
  const results: Array<{
    name: string;
    path: string;
    sla: string;
    objectives: number;
    status: string;
  }> = [];
  for (const f of outcome.files) {
    const path = join(dir, f.name);
    const shown = relative(io.cwd, path).split('\\').join('/');
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    const result = (status: string) =>
      results.push({ name: f.name, path: shown, sla: f.sla, objectives: f.objectives, status });
    if (existing !== undefined) {
      result(existing === f.text ? 'up-to-date' : 'not-written');
      if (existing === f.text) lines.push(`${shown} is up to date`);
      else {
        failed++;
        lines.push(
          `${shown} exists and is not overwritten: delete it and export again to replace it`,
        );
      }
      continue;
    }
    try {
      await writeFile(path, f.text, { flag: 'wx' });
      result('written');
      lines.push(
        `wrote ${shown} (${f.objectives} objective${f.objectives === 1 ? '' : 's'} of ${f.sla})`,
      );
    } catch (err) {
      failed++;
      result('not-written');
      lines.push(`${shown} not written: ${(err as Error).message}`);
    }
  }
  if (output === 'json') json(results);
  else {
    for (const n of notices) io.stdout(`${n}\n`);
    for (const l of lines) io.stdout(`${l}\n`);
  }
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
