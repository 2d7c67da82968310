// Symbolic links the globs select. No reader follows a link (git keeps only where it points,
// which may be outside the repository), so the SLA or results a link seems to hold would be
// neither checked, nor compared in a pull request, nor shown: each reader names it as an error
// (file-symlink) rather than skipping it without a word.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskResultsFolder } from '../src/node/results-folder.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@ada'] }\n",
    'slas/payments.yaml': slaText({ id: 'payments-api', title: 'Payments', owner: '@alice' }),
    'shared/search.yaml': slaText({ id: 'search-api', title: 'Search', owner: '@bob' }),
    'reviews.json': '[]',
  });
});
afterEach(() => repo.remove());

const link = (target: string, path: string) => symlinkSync(target, join(repo.dir, path));

const approvals = (base: string, author: string) =>
  runCli(
    [
      'approvals',
      '--base',
      base,
      '--author',
      author,
      '--reviews',
      'reviews.json',
      '--format',
      'json',
    ],
    { cwd: repo.dir },
  );

/** A results file of 2026-10 holding one row, as written after `results:`. */
const resultsFile = (row: string) =>
  ['apiVersion: slac/v1', 'kind: ServiceLevelResults', 'period: 2026-10', 'results:', row, ''].join(
    '\n',
  );

interface Problem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

describe('slac validate', () => {
  it('names an SLA file that is a symbolic link as an error', async () => {
    link('../shared/search.yaml', 'slas/search.yaml');
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { files: number; errors: Problem[] };
    expect(out.files).toBe(1);
    expect(out.errors).toEqual([
      expect.objectContaining({
        file: 'slas/search.yaml',
        line: 1,
        column: 1,
        rule: 'file-symlink',
      }),
    ]);
    expect(out.errors[0]!.message).toMatch(/symbolic link.*copy it over the link/);
  });

  it('names a link that points nowhere, and a link as the only file', async () => {
    repo.write({ 'slas/payments.yaml': null });
    link('../gone.yaml', 'slas/gone.yaml');
    const run = await runCli(['validate'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('slas/gone.yaml:1:1');
    expect(run.stdout).toContain('file-symlink');
    // Not "the slas glob selects no file": the link is what to fix.
    expect(run.stdout).not.toContain('slas-none');
  });

  it('says that results naming a linked SLA may be about it', async () => {
    repo.write({
      'results/2026-10.yaml': resultsFile(
        '  - { sla: search-api, objective: uptime, value: 99.95% }',
      ),
    });
    link('../shared/search.yaml', 'slas/search.yaml');
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    const errors = JSON.parse(run.stdout).errors as Problem[];
    expect(errors.map((e) => e.rule)).toEqual(['file-symlink', 'results-sla-unknown']);
    expect(errors[1]!.message).toContain('or its SLA file could not be read: fix that file first');
    const render = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(render.stdout + render.stderr).toContain('or its SLA file could not be read');
  });

  it('prints no excerpt read through a link (a FIFO behind it would hang the run)', async () => {
    execFileSync('mkfifo', [join(repo.dir, 'shared/pipe')]);
    link('../shared/pipe', 'slas/pipe.yaml');
    const run = await runCli(['validate'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('slas/pipe.yaml:1:1 file-symlink');
  });

  it('leaves alone a link the globs do not select', async () => {
    link('slas/payments.yaml', 'payments-link.yaml');
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).errors).toEqual([]);
  });

  it('names a results file that is a symbolic link', async () => {
    repo.write({
      'shared/2026-10.yaml': resultsFile(
        '  - { sla: payments-api, objective: uptime, value: 99.5% }',
      ),
    });
    repo.write({ 'results/.keep': '' });
    link('../shared/2026-10.yaml', 'results/2026-10.yaml');
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({ file: 'results/2026-10.yaml', rule: 'file-symlink' }),
    ]);
    expect(JSON.parse(run.stdout).errors[0].message).toContain('`results` globs');
  });
});

describe('slac render', () => {
  it('refuses to render a catalog that would leave out a linked SLA', async () => {
    link('../shared/search.yaml', 'slas/search.yaml');
    const run = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('slas/search.yaml:1:1');
    expect(run.stdout + run.stderr).toContain('file-symlink');
  });
});

describe('the pull request check', () => {
  it('blocks a pull request that adds a linked SLA, whatever the reviews', async () => {
    const base = repo.commit('base');
    link('../shared/search.yaml', 'slas/search.yaml');
    const head = repo.commit('link search');
    repo.write({
      'reviews.json': JSON.stringify([
        { user: { login: 'ada' }, state: 'APPROVED', commit_id: head },
        { user: { login: 'bob' }, state: 'APPROVED', commit_id: head },
      ]),
    });
    const run = await approvals(base, 'eve');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as {
      requirements: { reason: string; satisfied: boolean }[];
    };
    expect(out.requirements).toContainEqual(
      expect.objectContaining({
        reason: expect.stringContaining('file-symlink'),
        satisfied: false,
      }),
    );
  });

  it('slac diff names the link as an error of head', async () => {
    const base = repo.commit('base');
    link('../shared/search.yaml', 'slas/search.yaml');
    repo.commit('link search');
    const run = await runCli(['diff', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(run.stdout + run.stderr).toContain('slas/search.yaml');
    expect(run.stdout + run.stderr).toContain('file-symlink');
  });

  it('a linked results file at head is an error of the results check', async () => {
    repo.write({
      'shared/2026-10.yaml': resultsFile(
        '  - { sla: payments-api, objective: uptime, value: 99.95% }',
      ),
      'results/.keep': '',
    });
    const base = repo.commit('base');
    link('../shared/2026-10.yaml', 'results/2026-10.yaml');
    const head = repo.commit('link results');
    repo.write({
      'reviews.json': JSON.stringify([
        { user: { login: 'ada' }, state: 'APPROVED', commit_id: head },
        { user: { login: 'alice' }, state: 'APPROVED', commit_id: head },
      ]),
    });
    const run = await approvals(base, 'eve');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-symlink');
    expect(readFileSync(join(repo.dir, 'results/2026-10.yaml'), 'utf8')).toContain('99.95%');
  });
});

describe('links on the way to where a glob starts', () => {
  const fake = resultsFile(
    "  - { sla: payments-api, objective: uptime, value: 100%, note: 'Never down (fake)' }",
  );

  it('a folder linked where the results globs start is an error for the check and for render', async () => {
    repo.write({
      '.slac.yml': `approval: { admins: ['@ada'] }\nresults: "data/results/**/*.yaml"\n`,
    });
    const base = repo.commit('base');
    // git sees a link named "data" and a file no glob selects: nothing else.
    repo.write({ 'other/results/2026-10.yaml': fake });
    link('other', 'data');
    repo.commit('fake results');
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-symlink');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(validate.code).toBe(1);
    const errors = JSON.parse(validate.stdout).errors as Problem[];
    expect(errors).toEqual([expect.objectContaining({ file: 'data', rule: 'file-symlink' })]);
    expect(errors[0]!.message).toContain(
      'this folder is a symbolic link on the way to where the `results` globs start',
    );
    const render = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(render.code).toBe(1);
    expect(render.stdout + render.stderr).toContain('data:1:1');
  });

  it('a folder linked where the slas globs start is an error, not a folder of no SLAs', async () => {
    repo.write({ '.slac.yml': `approval: { admins: ['@ada'] }\nslas: "x/slas/**/*.yaml"\n` });
    repo.write({
      'y/slas/search.yaml': slaText({ id: 'search-api', title: 'Search', owner: '@bob' }),
    });
    link('y', 'x');
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({ file: 'x', rule: 'file-symlink' }),
    ]);
  });

  it('a results folder that is a link is an error, in git and on disk', async () => {
    const base = repo.commit('base');
    repo.write({ 'other/2026-10.yaml': fake });
    link('other', 'results');
    repo.commit('results elsewhere');
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-symlink');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(validate.stdout).errors).toEqual([
      expect.objectContaining({ file: 'results', rule: 'file-symlink' }),
    ]);
  });

  it('a file where a glob expects a folder, or a FIFO a glob names, is nothing to read', async () => {
    repo.write({
      '.slac.yml': `results: ["metrics/results/*.yaml", "now.yaml"]\n`,
      metrics: 'not a folder\n',
    });
    execFileSync('mkfifo', [join(repo.dir, 'now.yaml')]);
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('.slac.yml as a link', () => {
  it('is an error for the working tree and for git, which would read the path it holds', async () => {
    repo.write({ '.slac.yml': null, 'config/slac.yml': "approval: { admins: ['@ada'] }\n" });
    link('config/slac.yml', '.slac.yml');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).errors).toEqual([
      expect.objectContaining({ file: '.slac.yml', rule: 'file-symlink' }),
    ]);
    const base = repo.commit('config as a link');
    repo.write({ 'slas/new.yaml': slaText({ id: 'new-api', title: 'New', owner: '@mallory' }) });
    repo.commit('add');
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-symlink');
  });
});

describe('slac measure --write, through the results folder on disk', () => {
  const results = { results: ['results/**/*.yaml'] };

  it('neither reads nor writes through a link, and reads no FIFO', async () => {
    repo.write({ 'results/2026-09.yaml': 'period: 2026-09\n', 'elsewhere/2026-10.yaml': 'x: 1\n' });
    const folder = diskResultsFolder(repo.dir, results);
    expect(folder.exists('results/2026-09.yaml')).toBe(true);
    expect(await folder.read('results/2026-09.yaml')).toBe('period: 2026-09\n');
    expect(folder.list()).toEqual(['results/2026-09.yaml']);
    link('../elsewhere/2026-10.yaml', 'results/2026-10.yaml');
    expect(() => folder.exists('results/2026-10.yaml')).toThrow(
      'results/2026-10.yaml is a symbolic link, and slac neither reads nor writes through links',
    );
    expect(() => folder.list()).toThrow('results/2026-10.yaml: this file is a symbolic link');
    execFileSync('mkfifo', [join(repo.dir, 'results/2026-11.yaml')]);
    await expect(folder.read('results/2026-11.yaml')).rejects.toThrow('is not a regular file');
  });

  it('writes nothing into a results folder that is a link to elsewhere', () => {
    repo.write({ 'outside/.keep': '' });
    link('outside', 'results');
    const folder = diskResultsFolder(repo.dir, results);
    expect(() => folder.exists('results/2026-11.yaml')).toThrow(
      'results is a symbolic link, and slac neither reads nor writes through links (git keeps only where it points): put the folder itself there',
    );
  });
});

describe('submodules where the globs read', () => {
  it('a submodule on the way to where the results globs start is an error for the check and on disk', async () => {
    const fake = makeRepo();
    try {
      fake.write({
        'results/2026-10.yaml': resultsFile(
          "  - { sla: payments-api, objective: uptime, value: 100%, note: 'fake' }",
        ),
      });
      fake.commit('fake');
      repo.write({
        '.slac.yml': `approval: { admins: ['@ada'] }\nresults: "data/results/**/*.yaml"\n`,
      });
      const base = repo.commit('base');
      repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', fake.dir, 'data');
      repo.commit('results from elsewhere');
      expect(repo.git('ls-tree', 'HEAD', 'data')).toMatch(/^160000 commit /);
      const run = await approvals(base, 'mallory');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('file-submodule');
      const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
      expect(validate.code).toBe(1);
      expect(JSON.parse(validate.stdout).errors).toEqual([
        expect.objectContaining({ file: 'data', rule: 'file-submodule' }),
      ]);
      const render = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
      expect(render.code).toBe(1);
    } finally {
      fake.remove();
    }
  });

  it('a submodule below where the globs start is left out by every reader, as before', async () => {
    const other = makeRepo();
    try {
      other.write({ 'x.yaml': 'a: 1\n' });
      other.commit('x');
      repo.git(
        '-c',
        'protocol.file.allow=always',
        'submodule',
        'add',
        '-q',
        other.dir,
        'slas/vendor',
      );
      const base = repo.commit('with a submodule');
      const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
      expect(validate.code).toBe(0);
      const run = await approvals(`${base}~0`, 'mallory');
      expect(run.code).toBe(0);
    } finally {
      other.remove();
    }
  });
});

describe('links on the way to a protected folder', () => {
  it('a link where the templates folder lies needs an admin, as the folder does', async () => {
    repo.write({ '.slac.yml': `approval: { admins: ['@ada'] }\ntemplates: site/theme\n` });
    const base = repo.commit('base');
    repo.write({ 'other/theme/partials/footer.hbs': '<footer>100% uptime guaranteed</footer>\n' });
    link('other', 'site');
    repo.commit('theme through a link');
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { requirements: { reason: string; anyOf: string[] }[] };
    expect(out.requirements).toContainEqual(
      expect.objectContaining({ reason: 'changes site', anyOf: ['@ada'] }),
    );
  });
});

describe('a folder named .slac.yml', () => {
  it('needs an admin, as the file does, and is no config on disk', async () => {
    const base = repo.commit('base');
    repo.write({ 'slas/team/.slac.yml/readme': 'not a config\n' });
    repo.commit('a folder where a config could be');
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements).toContainEqual(
      expect.objectContaining({ reason: 'changes slas/team/.slac.yml/readme', anyOf: ['@ada'] }),
    );
    const validate = await runCli(['validate', '--format', 'json'], {
      cwd: join(repo.dir, 'slas/team'),
    });
    expect(JSON.parse(validate.stdout).errors).toEqual([
      expect.objectContaining({ file: '.slac.yml', rule: 'file-symlink' }),
    ]);
  });
});

describe('a results file whose name is not UTF-8', () => {
  it('is an error for validate and the check, not a crash after the merge', async () => {
    const base = repo.commit('base');
    mkdirSync(join(repo.dir, 'results'), { recursive: true });
    writeFileSync(
      Buffer.concat([
        Buffer.from(join(repo.dir, 'results') + '/'),
        Buffer.from([0xff]),
        Buffer.from('.yaml'),
      ]),
      'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-10\nresults: []\n',
    );
    repo.commit('odd name');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(validate.stderr).toBe('');
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).errors).toEqual([
      expect.objectContaining({ file: 'results/\uFFFD.yaml', rule: 'file-path-encoding' }),
    ]);
    const run = await approvals(base, 'mallory');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-path-encoding');
    const report = await runCli(['report', '--last', '1'], { cwd: repo.dir });
    expect(report.code).not.toBe(2);
  });
});
