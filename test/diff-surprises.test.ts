// What used to surprise users of slac diff and validate, on real temporary git repositories:
// edits not committed yet (left out of the diff without a word), the hint for a ref that is
// not fetched, and the repository's .slac.yml when slac runs in a subfolder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchHint } from '../src/git/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { SLA, edit } from './diff-fixture.js';

const CONFIG = 'slas: "services/**/*.yaml"\nsite: { title: Acme }\n';

let repo: TempRepo;

beforeEach(() => {
  repo = makeRepo();
  repo.write({
    '.slac.yml': CONFIG,
    'services/payments/payments-api.yaml': SLA,
    'README.md': 'Our SLAs.\n',
  });
  repo.commit('SLAs as agreed', '2026-03-01T10:00:00Z');
});

afterEach(() => repo.remove());

const weakened = () => edit(SLA, ['target: 99.95%', 'target: 99.9%']);

describe('slac diff and changes not committed', () => {
  it('warns, naming the SLA files, when edits are not committed and head is the checkout', async () => {
    repo.write({
      'services/payments/payments-api.yaml': weakened(),
      'services/search/search-api.yaml': SLA.replace('id: payments-api', 'id: search-api'),
    });
    const run = await runCli(['diff', '--base', 'HEAD'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No SLA changed');
    expect(run.stderr).toBe(
      'slac diff: warning: 2 SLA files have changes not committed, which this diff leaves out (it compares commits): services/payments/payments-api.yaml, services/search/search-api.yaml. Commit them (git add, git commit) to include them, or git stash them to set them aside.\n',
    );
  });

  it('counts staged and deleted SLA files, and keeps the JSON on stdout clean', async () => {
    repo.write({ 'services/payments/payments-api.yaml': null });
    const run = await runCli(['diff', '--base', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).slas).toEqual([]);
    expect(run.stderr).toContain('1 SLA file has changes not committed');
    expect(run.stderr).toContain(': services/payments/payments-api.yaml.');
  });

  it('says nothing about files outside the selection, or when everything is committed', async () => {
    repo.write({ 'README.md': 'Edited.\n', 'notes/draft.yaml': 'not: an SLA\n' });
    const run = await runCli(['diff', '--base', 'HEAD'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    repo.write({ 'services/payments/payments-api.yaml': weakened() });
    repo.commit('Lower uptime');
    const committed = await runCli(['diff', '--base', 'HEAD~1'], { cwd: repo.dir });
    expect(committed.stdout).toContain('lowered from 99.95% to 99.9%');
    expect(committed.stderr).toBe('');
  });

  it('does not warn when head is another commit than the one checked out', async () => {
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.write({ 'services/payments/payments-api.yaml': weakened() });
    repo.commit('Lower uptime');
    repo.git('checkout', '-q', base);
    repo.write({ 'services/payments/payments-api.yaml': SLA.replace('Accept', 'Take') });
    const run = await runCli(['diff', '--base', base, '--head', 'main'], { cwd: repo.dir });
    expect(run.stdout).toContain('lowered from 99.95% to 99.9%');
    expect(run.stderr).toBe('');
  });
});

describe('the hint for a ref this clone does not have', () => {
  let origin: string;
  beforeEach(() => {
    // A real remote: a bare clone with a branch and a tag this clone never fetched.
    origin = mkdtempSync(join(tmpdir(), 'slac-origin-'));
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, origin]);
    repo.git('remote', 'add', 'origin', origin);
  });
  afterEach(() => rmSync(origin, { recursive: true, force: true }));

  const hintFor = async (ref: string) => {
    const run = await runCli(['diff', '--base', ref], { cwd: repo.dir });
    expect(run.code).toBe(2);
    return run.stderr;
  };

  it('for origin/main: git fetch origin main (not origin/main), and then it works', async () => {
    expect(await hintFor('origin/main')).toContain(
      'unknown revision "origin/main": fetch it first (git fetch origin main)',
    );
    repo.git('fetch', '-q', 'origin', 'main');
    const run = await runCli(['diff', '--base', 'origin/main'], { cwd: repo.dir });
    expect(run.code).toBe(0);
  });

  it('for a branch name: fetch it and use origin/NAME', async () => {
    expect(await hintFor('release')).toContain(
      'fetch it first (git fetch origin release) and use origin/release',
    );
  });

  it('for a version: fetch the tag', async () => {
    expect(await hintFor('v1.2.0')).toContain('fetch it first (git fetch origin tag v1.2.0)');
    expect(await hintFor('refs/tags/2026-q3')).toContain('(git fetch origin tag 2026-q3)');
  });

  it('for a full SHA: fetch that commit; for a short one: the full SHA', async () => {
    const sha = 'a'.repeat(40);
    expect(await hintFor(sha)).toContain(`fetch it first (git fetch origin ${sha})`);
    expect(await hintFor('abcdef1')).toContain('or give the full 40-character SHA');
  });

  it('for HEAD~5 past the start of the history: no fetch of a name that is not one', async () => {
    const stderr = await hintFor('HEAD~5');
    expect(stderr).toContain("check the name: this clone's history has no such commit");
    expect(stderr).not.toContain('git fetch origin HEAD');
  });
});

describe('fetchHint', () => {
  const remotes = ['origin', 'upstream'];
  it('fetches from the remote the ref names', () => {
    expect(fetchHint('upstream/main', { remotes, shallow: false })).toBe(
      'fetch it first (git fetch upstream main)',
    );
    expect(fetchHint('refs/remotes/origin/feature/x', { remotes, shallow: false })).toBe(
      'fetch it first (git fetch origin feature/x)',
    );
  });

  it('treats a branch with a slash that is no remote as a branch of origin', () => {
    expect(fetchHint('feature/x', { remotes, shallow: false })).toContain(
      '(git fetch origin feature/x) and use origin/feature/x',
    );
  });

  it('says how to add a remote when there is none', () => {
    expect(fetchHint('origin/main', { remotes: [], shallow: false })).toBe(
      'fetch it first (git remote add origin URL, then git fetch origin main)',
    );
  });

  it('says when the clone is shallow', () => {
    expect(fetchHint('HEAD~3', { remotes, shallow: true })).toBe(
      'check the name, or fetch more history; this clone is shallow: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)',
    );
  });
});

describe('run in a subfolder of the repository', () => {
  it("validate reads the repository's .slac.yml, as diff, render and report do", async () => {
    const deep = join(repo.dir, 'services', 'payments');
    const run = await runCli(['validate'], { cwd: deep });
    expect(run.stdout).toBe('1 file checked: all valid\n');
    expect(run.code).toBe(0);

    repo.write({ 'services/payments/payments-api.yaml': weakened() });
    repo.commit('Lower uptime', '2026-04-01T10:00:00Z');
    const diff = await runCli(['diff', '--base', 'HEAD~1'], { cwd: deep });
    expect(diff.stdout).toContain('payments-api (services/payments/payments-api.yaml): weakened');

    const render = await runCli(['render'], { cwd: deep });
    expect(render.code).toBe(0);
    expect(existsSync(join(repo.dir, 'site', 'services', 'payments-api.html'))).toBe(true);

    const report = await runCli(['report', '--format', 'json'], { cwd: deep });
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout).slas.map((s: { id: string }) => s.id)).toEqual([
      'payments-api',
    ]);
  });

  it('validate names problems by their path from the folder of .slac.yml', async () => {
    repo.write({
      'services/payments/payments-api.yaml': SLA.replace("owner: '@acme/payments'", 'owner: x'),
    });
    const run = await runCli(['validate'], { cwd: join(repo.dir, 'services') });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^services\/payments\/payments-api\.yaml:\d+:\d+ /m);
  });

  it('render writes --out relative to where it runs', async () => {
    const deep = join(repo.dir, 'services');
    const run = await runCli(['render', '--out', 'preview'], { cwd: deep });
    expect(run.code).toBe(0);
    expect(existsSync(join(deep, 'preview', 'index.html'))).toBe(true);
  });

  it('stops at the top of the repository: a .slac.yml above it is not its config', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'slac-outer-'));
    try {
      // The outer folder has a .slac.yml; the repository inside it has none.
      execFileSync('git', ['init', '-q', join(outer, 'inner')]);
      copyFileSync(join(repo.dir, '.slac.yml'), join(outer, '.slac.yml'));
      const run = await runCli(['validate'], { cwd: join(outer, 'inner') });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('(the default, as there is no .slac.yml)');
      // A new user in an empty repository learns how to start one.
      expect(run.stdout).toContain('to start a repository of SLAs, run slac init');
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });
});
