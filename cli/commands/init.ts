import { mkdir, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  DEFAULT_SERVICE,
  PLACEHOLDER_OWNER,
  checkAnswers,
  initFiles,
  serviceId,
  type InitAnswers,
} from '../../src/app/init.js';
import { runGit } from '../../src/git/run.js';
import { listWorkingTree, readWorkingTree } from '../../src/repo/index.js';
import { EXIT, UsageError, parseOptions, type CliIo } from '../io.js';
import { codeownersOf, whatToFix } from './codeowners.js';

const USAGE = `Usage: slac init [DIR] [--yes] [--owner OWNER] [--admins OWNERS] [--service NAME]

Starts a repository of SLAs in DIR (default: the current folder): .slac.yml, a starter SLA
in slas/, CODEOWNERS from it, the workflows (check, review relay, catalog, monthly review)
in .github/workflows/ pinned to this release of slac, a .gitignore for the rendered site
and node_modules, and the YAML extension as VS Code's recommendation. Never overwrites a
file: a file that exists is left as it is and named as skipped; no starter SLA is written
where the slas glob selects SLA files already.

Options:
  --owner OWNER     owner of the starter SLA, "@login" or "@org/team-slug"
                    (default: ${PLACEHOLDER_OWNER}, to replace)
  --admins OWNERS   approval.admins, comma-separated (default: the owner)
  --service NAME    name of the service of the starter SLA (default: ${DEFAULT_SERVICE})
  --yes, -y         ask nothing: take the options and defaults (for scripts)

In a terminal, init asks for the service, the owner and the admins. When stdin is not a
terminal it asks nothing and takes the options and defaults, as with --yes.
`;

/** Where GitHub reads CODEOWNERS from: init writes one only when none of these exists. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    {
      yes: { type: 'boolean', short: 'y' },
      owner: { type: 'string' },
      admins: { type: 'string' },
      service: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 1)
    throw new UsageError(`takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const root = resolve(io.cwd, positionals[0] ?? '.');

  const owner = values.owner ?? PLACEHOLDER_OWNER;
  let answers: InitAnswers = {
    service: values.service ?? DEFAULT_SERVICE,
    owner,
    admins: values.admins !== undefined ? list(values.admins) : [owner],
    today: io.today(),
  };
  const wrong = checkAnswers(answers);
  if (wrong.length > 0) throw new UsageError(wrong.join('; '));
  if (!values.yes) {
    if (io.ask) answers = await ask(io.ask, answers, values.admins !== undefined, io);
    else
      io.stderr(
        'slac init: stdin is not a terminal, so nothing is asked: the options and defaults are used (--yes says so and silences this note)\n',
      );
  }

  if (await isFile(root)) throw new UsageError(`${root} is a file, not a folder`);
  await mkdir(root, { recursive: true });
  // The catalog is published from pushes to the branch the repository is on (main without git).
  answers.branch = await runGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']).then(
    (name) => name.trim() || 'main',
    () => 'main',
  );
  const wrote: string[] = [];
  const skipped: string[] = [];
  const starter = `slas/${serviceId(answers.service)}.yaml`;
  // Run again in a repository that has SLAs (for the workflows of a new release, say), init
  // adds no second starter SLA: it would be published as a service nobody offers.
  const before = (await listWorkingTree(root)).slaPaths;
  const had = before.length;
  const noStarter = had > 0 && !before.includes(starter);
  for (const file of initFiles(answers)) {
    if (file.path === starter && noStarter) continue;
    if (await writeNew(root, file.path, file.content)) wrote.push(file.path);
    else skipped.push(file.path);
  }

  let code: number = EXIT.ok;
  const tree = await readWorkingTree(root);
  const existing = await firstExisting(root, CODEOWNERS_PATHS);
  if (had === 0 && !tree.files.some((f) => f.path === starter)) {
    io.stderr(
      `slac init: ${starter} is outside the "slas" glob of the existing .slac.yml: move it where that glob looks\n`,
    );
  }
  if (existing) skipped.push(existing);
  else if (tree.configProblems.length > 0) {
    for (const p of tree.configProblems)
      io.stderr(`${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}\n`);
    io.stderr(
      `slac init: fix ${whatToFix(tree.configProblems)}, then run slac codeowners; CODEOWNERS was not written\n`,
    );
    code = EXIT.problems;
  } else {
    const { text, problems } = codeownersOf(tree);
    for (const p of problems) io.stderr(`slac init: ${p}\n`);
    if (await writeNew(root, 'CODEOWNERS', text)) wrote.push('CODEOWNERS');
  }

  const where = positionals[0] === undefined ? '' : `${positionals[0].replace(/\/+$/, '')}/`;
  for (const path of wrote) io.stdout(`wrote ${where}${path}\n`);
  for (const path of skipped)
    io.stdout(`skipped ${where}${path}: it exists (slac init never overwrites a file)\n`);
  if (noStarter)
    io.stdout(
      `skipped ${where}${starter}: the repository has ${had === 1 ? 'an SLA file' : `${had} SLA files`} already (copy one to start another)\n`,
    );
  io.stdout(nextSteps(answers, starter, positionals[0]));
  const top = await repositoryRoot(root);
  if (top !== undefined && top !== (await realpath(root)) && wrote.some(readByGitHubAtRoot))
    io.stderr(
      `slac init: warning: ${root} is a folder inside the git repository ${top}, not its root; GitHub reads .github/workflows/ and CODEOWNERS only at the root of the repository, so the workflows and CODEOWNERS written here do nothing until they are moved there (or run slac init at the root)\n`,
    );
  return code;
}

/** The files GitHub reads only at the repository's root (CODEOWNERS also in .github/ and docs/). */
function readByGitHubAtRoot(path: string): boolean {
  return path === 'CODEOWNERS' || path.startsWith('.github/workflows/');
}

/** The top of the git work tree that holds `dir` (real path), or undefined outside git. */
async function repositoryRoot(dir: string): Promise<string | undefined> {
  const top = await runGit(dir, ['rev-parse', '--show-toplevel']).then(
    (out) => out.trim(),
    () => '',
  );
  return top === '' ? undefined : realpath(top);
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The questions of an interactive init; an empty answer (or end of input) keeps the default. */
async function ask(
  question: NonNullable<CliIo['ask']>,
  defaults: InitAnswers,
  adminsGiven: boolean,
  io: CliIo,
): Promise<InitAnswers> {
  const until = async (prompt: string, fallback: string, problem: (v: string) => string[]) => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = ((await question(`${prompt} [${fallback}]: `)) ?? '').trim();
      if (answer === '') return fallback;
      const wrong = problem(answer);
      if (wrong.length === 0) return answer;
      io.stderr(`${wrong.join('; ')}\n`);
    }
    throw new UsageError(`no valid answer to "${prompt}" after three tries`);
  };
  const service = await until('Name of the service of the starter SLA', defaults.service, (s) =>
    checkAnswers({ service: s, owner: defaults.owner, admins: [] }),
  );
  const owner = await until('Owner of its SLA, "@login" or "@org/team-slug"', defaults.owner, (o) =>
    checkAnswers({ service, owner: o, admins: [] }),
  );
  const admins = list(
    await until(
      'Admins who approve new SLAs and config changes (comma-separated)',
      (adminsGiven ? defaults.admins : [owner]).join(', '),
      (a) => checkAnswers({ service, owner, admins: list(a) }),
    ),
  );
  return { ...defaults, service, owner, admins };
}

/** Writes a file that does not exist yet; false when something is at that path already. */
async function writeNew(root: string, path: string, content: string): Promise<boolean> {
  const full = join(root, path);
  await mkdir(dirname(full), { recursive: true });
  try {
    // "wx": never replaces what is there, not even a file created since the check.
    await writeFile(full, content, { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => !s.isDirectory(),
    () => false,
  );
}

async function firstExisting(root: string, paths: string[]): Promise<string | undefined> {
  for (const path of paths)
    if (
      await stat(join(root, path)).then(
        () => true,
        () => false,
      )
    )
      return path;
  return undefined;
}

function nextSteps(answers: InitAnswers, starter: string, dir: string | undefined): string {
  const steps: string[] = [];
  if (dir !== undefined) steps.push(`cd ${dir}`);
  const placeholders = [answers.owner, ...answers.admins].includes(PLACEHOLDER_OWNER);
  if (placeholders)
    steps.push(
      `Replace ${PLACEHOLDER_OWNER} in ${starter} and .slac.yml with your GitHub team or login, then run "npx slac codeowners"`,
    );
  steps.push(
    `Edit ${starter}: an editor with the YAML extension (yaml-language-server) completes and checks it`,
    'Check it and see the catalog: "npx slac validate", then "npx slac render" (site/index.html)',
    'Commit, push, and set up GitHub: Settings → Pages → Source: GitHub Actions; protect the default branch with the status "slac/owner-approval" and reviews from code owners (docs/action.md)',
  );
  return `\nNext steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}\n`;
}
