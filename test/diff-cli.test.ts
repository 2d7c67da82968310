// `slac diff` on a copy of the bundled examples and on small repositories.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { SLA, edit } from './diff-fixture.js';

const root = join(import.meta.dirname, '..');

describe('slac diff on the examples: one SLA weakened, another reworded', () => {
  let repo: TempRepo;
  let reworded: string;

  beforeAll(() => {
    repo = makeRepo();
    repo.copy(join(root, 'examples'));
    repo.commit('SLAs as agreed');
    const payments = join(repo.dir, 'slas/payments-api.yaml');
    repo.write({
      'slas/payments-api.yaml': edit(readFileSync(payments, 'utf8'), [
        'target: 99.95%',
        'target: 99.9%',
      ]),
    });
    // Reword the summary of another example SLA, whichever comes first.
    const other = readdirSync(join(repo.dir, 'slas'))
      .filter((f) => /\.ya?ml$/.test(f) && f !== 'payments-api.yaml')
      .sort()
      .find((f) => /^ {4}summary: [^>|].*$/m.test(readFileSync(join(repo.dir, 'slas', f), 'utf8')));
    if (!other) throw new Error('examples/slas needs a second SLA with a one-line summary');
    const text = readFileSync(join(repo.dir, 'slas', other), 'utf8');
    repo.write({
      [`slas/${other}`]: text.replace(/^( {4}summary: ).*$/m, '$1Reworded for clarity.'),
    });
    reworded = /^ {2}id: (\S+)/m.exec(text)?.[1] ?? '';
    repo.commit('Lower payments uptime, reword a summary');
  });
  afterAll(() => repo.remove());

  it('text names the weakened SLA first and sums up', async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'weakened     Monthly uptime lowered from 99.95% to 99.9%: allowed downtime rises from 21 min 55 s to 43 min 50 s a month.',
    );
    expect(run.stdout.indexOf('payments-api')).toBeLessThan(run.stdout.indexOf(reworded));
    expect(run.stdout).toMatch(
      /^2 SLAs changed: 1 weakened, 1 editorial \(base [0-9a-f]{12}, head [0-9a-f]{12}\)$/m,
    );
  });

  it('markdown has the summary line and a table per SLA, weakened first', async () => {
    const run = await runCli(
      ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown'],
      {
        cwd: repo.dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('**2 SLAs changed: 1 weakened, 1 editorial**');
    const weakened = run.stdout.indexOf('### 🔻 payments-api: weakened');
    const editorial = run.stdout.indexOf(`### ✏️ ${reworded}: editorial`);
    expect(weakened).toBeGreaterThan(0);
    expect(editorial).toBeGreaterThan(weakened);
    expect(run.stdout).toContain('Reworded for clarity.');
  });

  it("json is the design's contract", async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.base).toBe(repo.git('rev-parse', 'HEAD~1').trim());
    expect(json.head).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(json.configChanged).toBe(false);
    expect(json.slas.map((s: { id: string; impact: string }) => [s.id, s.impact])).toEqual([
      ['payments-api', 'weakened'],
      [reworded, 'editorial'],
    ]);
    expect(json.slas[0].changes).toEqual([
      {
        path: 'spec.objectives.uptime.target',
        before: '99.95%',
        after: '99.9%',
        impact: 'weakened',
        kind: 'objective-target-weakened',
        message:
          'Monthly uptime lowered from 99.95% to 99.9%: allowed downtime rises from 21 min 55 s to 43 min 50 s a month.',
      },
    ]);
    expect(json.slas[1].changes[0]).toMatchObject({
      path: 'spec.service.summary',
      after: 'Reworded for clarity.',
    });
  });
});

describe('slac diff: text from the files cannot rewrite the terminal', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.write({ 'slas/p.yaml': SLA });
    repo.commit('base');
    // A carriage return and escape codes that would erase the line and print "all fine".
    const title = '"Monthly uptime\\r\\u001b[2K\\u001b[32mall fine\\u001b[0m"';
    repo.write({
      'slas/p.yaml': edit(SLA, ['title: Monthly uptime', `title: ${title}`], ['99.95%', '99.9%']),
    });
    repo.commit('weaken, with a title that hides it');
  });
  afterAll(() => repo.remove());

  it('text shows control characters as \\u escapes, so the weakened line stays readable', async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).toContain(
      'weakened     Monthly uptime\\u000d\\u001b[2K\\u001b[32mall fine\\u001b[0m lowered from 99.95% to 99.9%',
    );
  });

  it('json keeps the title as it is, escaped by JSON itself', async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1', '--format=json'], { cwd: repo.dir });
    const change = JSON.parse(run.stdout).slas[0].changes[0];
    expect(change.message).toContain(
      'Monthly uptime\r\u001b[2K\u001b[32mall fine\u001b[0m lowered',
    );
  });
});

describe('slac diff: errors and exit codes', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.write({ 'slas/p.yaml': SLA });
    repo.commit('base');
    repo.write({ 'slas/p.yaml': edit(SLA, ['  title: Payments API\n', '  title: [Payments\n']) });
    repo.commit('broken head');
  });
  afterAll(() => repo.remove());

  it('exits 1 and shows the problem with its position when head has validation errors', async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^slas\/p\.yaml:\d+:\d+ yaml-/m);
    expect(run.stdout).toContain('slas/p.yaml (payments-api) could not be read at head');
    // Not "No SLA changed": one did, and its change cannot be shown.
    expect(run.stdout).toContain('No change shown: 1 SLA file could not be read at head (base ');
    expect(run.stdout).not.toContain('No SLA changed');
  });

  it('keeps the JSON clean and reports problems on stderr', async () => {
    const run = await runCli(['diff', '--base', 'HEAD~1', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).slas).toEqual([]);
    expect(run.stderr).toMatch(/^slas\/p\.yaml:\d+:\d+ yaml-/m);
  });

  it('exits 2 with a helpful message for an unknown ref', async () => {
    const run = await runCli(['diff', '--base', 'origin/nope'], { cwd: repo.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown revision "origin/nope": fetch it first');
  });

  it('exits 2 when --base is missing or --format unknown', async () => {
    const missing = await runCli(['diff'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--base REF is required');
    const format = await runCli(['diff', '--base', 'HEAD~1', '--format', 'html'], {
      cwd: repo.dir,
    });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be one of text, markdown, json');
  });
});
