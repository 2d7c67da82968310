// The Quick start's main job on the bundled examples/: validate, diff a proposed change,
// evaluate owner approval, report what was delivered, and render the catalog into site/.
// It copies examples/ into a temporary git repository (base commit), applies a change that
// weakens one SLA and rewords another (head commit), and runs the slac CLI on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const slac = join(root, 'bin', 'slac.js');
const site = join(root, 'site');
const repo = mkdtempSync(join(tmpdir(), 'slac-demo-'));
const env = {
  ...process.env,
  GIT_AUTHOR_DATE: '2026-06-01T09:00:00Z',
  GIT_COMMITTER_DATE: '2026-06-01T09:00:00Z',
};
const git = (...args) =>
  execFileSync('git', args, { cwd: repo, env, stdio: ['ignore', 'pipe', 'inherit'] }).toString();

function section(title) {
  process.stdout.write(`\n\x1b[1m== ${title}\x1b[0m\n`);
}

function run(args) {
  process.stdout.write(`$ slac ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [slac, ...args], { cwd: repo, stdio: 'inherit' });
  return result.status ?? 2;
}

/** Replaces one text in an SLA file of the demo repository; the text must be there. */
function edit(name, from, to) {
  const file = join(repo, 'slas', name);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`demo: "${from}" not found in examples/slas/${name}`);
  writeFileSync(file, text.replace(from, to));
}

let failed = false;
try {
  cpSync(join(root, 'examples'), repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', 'add', '-A');
  git(
    '-c',
    'user.name=Demo',
    '-c',
    'user.email=demo@example.com',
    'commit',
    '-q',
    '-m',
    'SLAs as agreed',
  );

  // The proposed change: weaken the Payments API's uptime, reword the help desk's summary.
  edit('payments-api.yaml', 'target: 99.95%', 'target: 99.9%');
  edit(
    'help-desk.yaml',
    'summary: Answers questions and handles incidents',
    'summary: Answers questions and resolves incidents',
  );
  env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = '2026-07-01T09:00:00Z';
  git(
    '-c',
    'user.name=Demo',
    '-c',
    'user.email=demo@example.com',
    'commit',
    '-q',
    '-am',
    'Lower payments uptime',
  );

  // The examples' results run to November 2026: the demo is seen from the day after.
  const today = '2026-12-01';
  section('1. Validate every SLA and results file');
  failed ||= run(['validate', '--today', today]) !== 0;

  section('2. What the pull request changes for customers');
  failed ||= run(['diff', '--base', 'HEAD~1', '--head', 'HEAD']) !== 0;

  section('3. Owner approval (reviews: examples/reviews.json)');
  writeFileSync(
    join(repo, 'reviews.json'),
    readFileSync(join(root, 'examples', 'reviews.json'), 'utf8').replaceAll(
      'HEAD_SHA',
      git('rev-parse', 'HEAD').trim(),
    ),
  );
  run([
    'approvals',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--author',
    'carol',
    '--reviews',
    'reviews.json',
  ]);

  section('4. Review what was delivered (examples/results/)');
  failed ||= run(['report', '--today', today, '--last', '3']) !== 0;

  section('5. Render the customer-facing catalog');
  rmSync(site, { recursive: true, force: true });
  // slac render ends by saying where to open the catalog.
  failed ||= run(['render', '--out', site]) !== 0;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
