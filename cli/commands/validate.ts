import { readFile, stat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { readWorkingTree } from '../../src/repo/index.js';
import { validateSources, type SourceFile } from '../../src/validate/index.js';
import { validationGithub, validationJson, validationText } from '../../src/validate/format.js';
import { EXIT, UsageError, choice, parseOptions, type CliIo } from '../io.js';

const USAGE = `Usage: slac validate [PATH...] [--format text|json|github] [--today YYYY-MM-DD]

Checks SLA files (YAML syntax, JSON Schema, semantic rules). PATHs are files or folders;
without PATH the "slas" glob of .slac.yml (default slas/**/*.{yml,yaml}) is read.
`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      format: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const format = choice('format', values.format, ['text', 'json', 'github'] as const, 'text');
  const today = values.today ?? io.today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new UsageError(`--today must be a date YYYY-MM-DD; got "${today}"`);

  let files: SourceFile[];
  const configProblems = [];
  if (positionals.length === 0) {
    const tree = await readWorkingTree(io.cwd);
    files = tree.files;
    configProblems.push(...tree.configProblems);
  } else {
    files = await readPaths(io.cwd, positionals);
  }
  const result = validateSources(files, { today });
  const report = { ...result, errors: [...configProblems, ...result.errors] };

  const texts = new Map(files.map((f) => [f.path, f.content]));
  const lineOf = (file: string, line: number) => {
    const content = texts.get(file);
    if (content === undefined) return undefined;
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    return text.split(/\r?\n/)[line - 1];
  };
  if (format === 'json') io.stdout(validationJson(report));
  else if (format === 'github') io.stdout(validationGithub(report));
  else io.stdout(validationText(report, lineOf));
  return report.errors.length > 0 ? EXIT.problems : EXIT.ok;
}

/** Files as given, folders expanded to their .yml/.yaml files; paths shown relative to cwd. */
async function readPaths(cwd: string, paths: string[]): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
  };
  for (const p of paths) {
    const abs = isAbsolute(p) ? p : join(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${p}`);
    if (info.isDirectory()) {
      for (const file of await listYaml(abs))
        out.push({ path: display(file), content: await readFile(file) });
    } else {
      out.push({ path: display(abs), content: await readFile(abs) });
    }
  }
  return out;
}

async function listYaml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      out.push(...(await listYaml(full)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name) && !entry.name.startsWith('.'))
      out.push(full);
  }
  return out.sort();
}
