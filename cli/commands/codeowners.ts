import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  codeownersDifferences,
  generateCodeowners,
  type CodeownersResult,
} from '../../src/codeowners/index.js';
import { readWorkingTree, type Snapshot } from '../../src/repo/index.js';
import { findConfigRoot } from '../../src/repo/tree.js';
import { validateSources } from '../../src/validate/index.js';
import { EXIT, parseOptions, type CliIo } from '../io.js';

const USAGE = `Usage: slac codeowners [--check]

Writes CODEOWNERS (at the repository root, or .github/CODEOWNERS when that exists) from the
SLA owners: each SLA file → its owner; .slac.yml, CODEOWNERS and .github/ → approval.admins.
With --check, writes nothing and exits 1 when the file is missing or out of date.
`;

export async function codeownersCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseOptions(args, {
    check: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const root = findConfigRoot(io.cwd);
  const tree = await readWorkingTree(root);
  if (tree.configProblems.length > 0) {
    for (const p of tree.configProblems)
      io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}\n`);
    io.stderr(
      `slac codeowners: fix ${whatToFix(tree.configProblems)} first; CODEOWNERS was not written\n`,
    );
    return EXIT.problems;
  }
  const { text, problems, slas } = codeownersOf(tree);
  const target = (await exists(join(root, '.github', 'CODEOWNERS')))
    ? '.github/CODEOWNERS'
    : 'CODEOWNERS';
  const path = join(root, target);
  for (const p of problems) io.stderr(`slac codeowners: ${p}\n`);

  if (values.check) {
    const actual = await readFile(path, 'utf8').catch(() => undefined);
    if (actual === undefined) {
      io.stdout(`${target} is missing: run slac codeowners to write it\n`);
      return EXIT.problems;
    }
    const differences = codeownersDifferences(actual, text);
    if (differences.length > 0) {
      io.stdout(`${target} is out of date (run slac codeowners):\n${differences.join('\n')}\n`);
      return EXIT.problems;
    }
    io.stdout(`${target} is up to date\n`);
    return problems.length > 0 ? EXIT.problems : EXIT.ok;
  }
  await writeFile(path, text);
  io.stdout(`wrote ${target} (${slas} SLA ${slas === 1 ? 'file' : 'files'})\n`);
  return problems.length > 0 ? EXIT.problems : EXIT.ok;
}

/** CODEOWNERS from the SLA files of a working tree and its config (also for slac init). */
export function codeownersOf(tree: Snapshot): CodeownersResult & { slas: number } {
  const validation = validateSources(tree.files);
  const loaded = new Set(validation.slas.map((s) => s.file));
  const unreadable = tree.files.filter((f) => !loaded.has(f.path)).map((f) => f.path);
  const { text, problems } = generateCodeowners(
    validation.slas.map((s) => ({ file: s.file, owner: s.sla.owner })),
    tree.config.approval.admins,
    tree.config,
    tree.hasConfig,
  );
  for (const file of unreadable)
    problems.push(`${file}: not a valid SLA file (run slac validate); it has no code owner`);
  return { text, problems, slas: validation.slas.length };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** What the problems of a listing are in: ".slac.yml", or the files named. */
export function whatToFix(problems: readonly { file: string }[]): string {
  const files = [...new Set(problems.map((p) => p.file))];
  return files.length === 1 ? files[0]! : files.length === 2 ? files.join(' and ') : 'these files';
}
