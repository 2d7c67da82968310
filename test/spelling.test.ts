// Paths that only letter case or Unicode spelling tells apart (file-path-case). Git and the
// check name `Results/` and `results/` apart; macOS and Windows write both into one folder,
// so a pull request could add files the check never reads that land where slac reads there.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { protectedPathMatcher } from '../src/approval/protected.js';
import { foldPath } from '../src/repo/fold.js';
import { namedAsWritten, spellingsOf } from '../src/repo/tree.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
  repo.write({
    '.slac.yml': "approval: { admins: ['@ada'] }\n",
    'slas/payments/api.yaml': slaText({ id: 'payments-api', title: 'Payments', owner: '@alice' }),
    'results/2026-10.yaml': results('2026-10', '99.95%'),
  });
});
afterEach(() => repo.remove());

function results(period: string, value: string): string {
  return [
    'apiVersion: slac/v1',
    'kind: ServiceLevelResults',
    `period: ${period}`,
    'results:',
    `  - { sla: payments-api, objective: uptime, value: ${value} }`,
    '',
  ].join('\n');
}

interface Requirement {
  reason: string;
  satisfied: boolean;
}

/** `slac approvals` of HEAD against `base`, approved by the admin and the owner. */
async function approvedByAll(base: string) {
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.write({
    'reviews.json': JSON.stringify(
      ['ada', 'alice'].map((login) => ({
        user: { login },
        state: 'APPROVED',
        commit_id: head,
      })),
    ),
  });
  const run = await runCli(
    ['approvals', '--base', base, '--author', 'mallory', '--reviews', 'reviews.json'].concat([
      '--format',
      'json',
    ]),
    { cwd: repo.dir },
  );
  const out = JSON.parse(run.stdout) as { satisfied: boolean; requirements: Requirement[] };
  return { code: run.code, out };
}

async function validateErrors() {
  const run = await runCli(['validate', '--format', 'json', '--today', '2026-11-15'], {
    cwd: repo.dir,
  });
  return (JSON.parse(run.stdout) as { errors: { file: string; rule: string; message: string }[] })
    .errors;
}

describe('two spellings of one path where slac reads', () => {
  it('a results folder in another letter case blocks the check, however approved', async () => {
    const base = repo.commit('base');
    repo.write({ 'Results/2026-11.yaml': results('2026-11', '100%') });
    repo.commit('results in another case');
    const { code, out } = await approvedByAll(base);
    expect(code).toBe(1);
    expect(out.satisfied).toBe(false);
    expect(out.requirements).toContainEqual(
      expect.objectContaining({ reason: expect.stringContaining('file-path-case') }),
    );
    // The working tree of a case-sensitive file system holds both: validate names it too.
    const errors = await validateErrors();
    expect(errors).toEqual([expect.objectContaining({ file: 'Results', rule: 'file-path-case' })]);
    expect(errors[0]!.message).toContain('"results"');
    expect(errors[0]!.message).toContain('git mv');
  });

  it('a templates folder in another letter case blocks the check', async () => {
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\ntemplates: theme\n",
      'theme/site.css': 'body {}\n',
    });
    const base = repo.commit('base');
    repo.write({ 'Theme/assets/search.js': 'alert(1)\n' });
    repo.commit('script in another case');
    const { code, out } = await approvedByAll(base);
    expect(code).toBe(1);
    expect(out.requirements.map((r) => r.reason).join('\n')).toMatch(/Theme.*file-path-case/);
  });

  it('an SLA file in another letter case blocks the check', async () => {
    const base = repo.commit('base');
    repo.write({
      'slas/payments/api.YAML': slaText({ id: 'payments-api', title: 'Payments', owner: '@eve' }),
    });
    repo.commit('second spelling');
    const { code, out } = await approvedByAll(base);
    expect(code).toBe(1);
    expect(out.requirements.map((r) => r.reason).join('\n')).toContain(
      'slas/payments/api.YAML:1:1 file-path-case',
    );
  });

  it('a folder on the way to the SLAs, and a protected folder, in another case', async () => {
    const base = repo.commit('base');
    repo.write({
      'Slas/payments/web.yaml': slaText({ id: 'payments-web', title: 'Web', owner: '@eve' }),
      '.GitHub/workflows/x.yml': 'on: push\n',
      '.github/CODEOWNERS': '* @ada\n',
    });
    repo.commit('two spellings');
    const { code } = await approvedByAll(base);
    expect(code).toBe(1);
    const errors = await validateErrors();
    expect(errors.filter((e) => e.rule === 'file-path-case').map((e) => e.file)).toEqual([
      '.GitHub',
      'Slas',
    ]);
  });

  it('Unicode spellings of one name: composed and decomposed, and an ignored code point', async () => {
    const composed = 'r\u00e9sultats';
    repo.write({
      '.slac.yml': `approval: { admins: ['@ada'] }\nresults: "${composed}/**/*.yaml"\n`,
      [`${composed}/2026-10.yaml`]: results('2026-10', '99.95%'),
    });
    const base = repo.commit('base');
    repo.write({ [`${composed.normalize('NFD')}/2026-11.yaml`]: results('2026-11', '100%') });
    repo.commit('decomposed');
    expect((await approvedByAll(base)).code).toBe(1);
    expect((await validateErrors()).map((e) => e.rule)).toContain('file-path-case');
    expect(foldPath('res\u200cults/X.yaml')).toBe('results/x.yaml');
  });

  it('folds as macOS does: a long s is an s, a final sigma a sigma', async () => {
    const base = repo.commit('base');
    repo.write({ 're\u017fults/2026-11.yaml': results('2026-11', '100%') });
    repo.commit('long s');
    expect((await approvedByAll(base)).code).toBe(1);
    expect(await validateErrors()).toEqual([
      expect.objectContaining({ file: 're\u017fults', rule: 'file-path-case' }),
    ]);
    expect(foldPath('\u03a3\u039f\u03a3')).toBe(foldPath('\u03c3\u03bf\u03c2'));
    expect(foldPath('\u00b5s')).toBe(foldPath('\u03bcS'));
    expect(foldPath('\u212a')).toBe('k');
  });

  it('a .slac.yml in another case is protected, and no reader takes it for the config', async () => {
    const base = repo.commit('base');
    repo.write({
      'slas/payments/.SLAC.yml': "approval: { admins: ['@mallory'] }\nslas: ['none/*.yaml']\n",
    });
    repo.commit('config in another case');
    const { out } = await approvedByAll(base);
    expect(out.requirements).toContainEqual(
      expect.objectContaining({ reason: 'changes slas/payments/.SLAC.yml', anyOf: ['@ada'] }),
    );
    // In its folder, slac reads the config above it (as git does), not that file.
    const run = await runCli(['validate', '--format', 'json', '--today', '2026-11-15'], {
      cwd: join(repo.dir, 'slas/payments'),
    });
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 2, errors: [] });
  });

  it('a folder beside the one slac runs in, in another case, is an error in git and on disk', async () => {
    repo.write({
      'catalog/.slac.yml': "approval: { admins: ['@ada'] }\n",
      'catalog/slas/api.yaml': slaText({ id: 'payments-api', title: 'Payments', owner: '@alice' }),
      'src/main.go': 'package main\n',
    });
    const base = repo.commit('base');
    repo.write({ 'Catalog/results/2026-11.yaml': results('2026-11', '100%') });
    repo.commit('beside catalog');
    const cwd = join(repo.dir, 'catalog');
    repo.write({ 'catalog/reviews.json': '[]' });
    const check = await runCli(
      ['approvals', '--base', base, '--author', 'mallory', '--reviews', 'reviews.json'],
      { cwd },
    );
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('/Catalog:1:1 file-path-case');
    const run = await runCli(['validate', '--format', 'json', '--today', '2026-11-15'], { cwd });
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({ file: '/Catalog', rule: 'file-path-case' }),
    ]);
    // In SARIF, from the top of the repository as every location there is.
    const sarif = await runCli(['validate', '--format', 'sarif', '--today', '2026-11-15'], { cwd });
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'Catalog',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('a Windows short name where slac reads is an error; elsewhere it is left alone', async () => {
    // NOTES~1.TXT at the top could stand for nothing slac reads there.
    repo.write({ 'notes/TODO~1.md': 'x\n', 'NOTES~1.TXT': 'y\n', 'slas/payments/X~1.md': 'z\n' });
    const base = repo.commit('base');
    expect(await validateErrors()).toEqual([]);
    repo.write({ 'RESULT~1/2026-11.yaml': results('2026-11', '100%') });
    repo.commit('short name');
    expect((await approvedByAll(base)).code).toBe(1);
    expect(await validateErrors()).toEqual([
      expect.objectContaining({ file: 'RESULT~1/2026-11.yaml', rule: 'file-path-case' }),
    ]);
  });

  it('a Windows short name of the folder slac runs in, beside it, is an error', async () => {
    repo.write({
      'service-levels/.slac.yml': "approval: { admins: ['@ada'] }\n",
      'service-levels/slas/api.yaml': slaText({ id: 'payments-api', title: 'P', owner: '@alice' }),
      'service-levels/reviews.json': '[]',
    });
    const base = repo.commit('base');
    repo.write({ 'SERVIC~1/results/2026-11.yaml': results('2026-11', '100%') });
    repo.commit('short name beside');
    const cwd = join(repo.dir, 'service-levels');
    const check = await runCli(
      ['approvals', '--base', base, '--author', 'mallory', '--reviews', 'reviews.json'],
      { cwd },
    );
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('/SERVIC~1:1:1 file-path-case');
    const run = await runCli(['validate', '--format', 'json', '--today', '2026-11-15'], { cwd });
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({ file: '/SERVIC~1', rule: 'file-path-case' }),
    ]);
  });

  it('a docs folder in another case matters only with a CODEOWNERS in it', async () => {
    repo.write({ 'docs/guide.md': 'a\n', 'Docs/notes.md': 'b\n' });
    expect(await validateErrors()).toEqual([]);
    repo.write({ 'docs/CODEOWNERS': '* @ada\n' });
    expect(await validateErrors()).toEqual([
      expect.objectContaining({ file: 'Docs', rule: 'file-path-case' }),
    ]);
  });

  it('a glob with letters beyond ASCII selects paths in either Unicode spelling', async () => {
    const glob = 'donn\u00e9es/r\u00e9sultats';
    repo.write({ '.slac.yml': `approval: { admins: ['@ada'] }\nresults: "${glob}/*.yaml"\n` });
    const base = repo.commit('base, no results yet');
    // Decomposed (NFD), as macOS may hand it over: its disk reads it for the composed glob.
    repo.write({ [`${glob.normalize('NFD')}/2026-10.yaml`]: results('2026-10', '12%') });
    repo.commit('results, decomposed');
    repo.write({ 'reviews.json': '[]' });
    const check = await runCli(
      [
        'approvals',
        '--base',
        base,
        '--author',
        'mallory',
        '--reviews',
        'reviews.json',
        '--format',
        'json',
      ],
      { cwd: repo.dir },
    );
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('payments-api');
  });

  it('validate --cache sees a second spelling committed since its last run', async () => {
    // No results file: the warm cache then answers from git's index alone (folderStateKey).
    repo.write({ '.gitignore': '.cache/\n', 'results/2026-10.yaml': null });
    repo.commit('base');
    const cached = () =>
      runCli(['validate', '--cache', '.cache', '--format', 'json', '--today', '2026-11-15'], {
        cwd: repo.dir,
      });
    expect((await cached()).code).toBe(0);
    expect((await cached()).code).toBe(0);
    repo.write({ 'Slas/notes.md': 'x\n' });
    repo.commit('second spelling');
    const run = await cached();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-path-case');
  });

  it('validate --cache sees a lower-case second spelling committed beside a capital one', async () => {
    repo.write({
      '.gitignore': '.cache/\n',
      'results/2026-10.yaml': null,
      '.slac.yml': "approval: { admins: ['@ada'] }\ntemplates: theme\n",
      'Theme/readme.md': 'x\n',
    });
    repo.commit('base');
    const cached = () =>
      runCli(['validate', '--cache', '.cache', '--format', 'json', '--today', '2026-11-15'], {
        cwd: repo.dir,
      });
    expect((await cached()).code).toBe(0);
    expect((await cached()).code).toBe(0);
    repo.write({ 'theme/page.hbs': '{{title}}\n' });
    repo.commit('templates folder beside Theme/');
    const run = await cached();
    expect(run.stdout).toContain('file-path-case');
  });

  it('leaves alone two spellings where slac does not read', async () => {
    repo.write({ 'notes/README.md': 'a\n', 'notes/readme.md': 'b\n' });
    const base = repo.commit('base');
    repo.write({ 'Notes/todo.md': 'c\n', 'results/README.md': 'x\n', 'results/readme.md': 'y\n' });
    repo.commit('more notes');
    expect(await validateErrors()).toEqual([]);
    const { out } = await approvedByAll(base);
    expect(out.requirements.map((r) => r.reason).join('\n')).not.toContain('file-path-case');
  });

  it('the fix, renaming one spelling away, passes', async () => {
    repo.write({ 'Results/2026-11.yaml': results('2026-11', '100%') });
    const base = repo.commit('base with two spellings');
    expect((await validateErrors()).map((e) => e.rule)).toEqual(['file-path-case']);
    repo.git('mv', 'Results/2026-11.yaml', 'results/2026-11.yaml');
    repo.commit('one spelling');
    expect(await validateErrors()).toEqual([]);
    const { out } = await approvedByAll(base);
    expect(out.satisfied).toBe(true);
  });
});

describe('names as written', () => {
  it('finds a folder only under its own letter case, in either Unicode composition', () => {
    mkdirSync(join(repo.dir, 'Theme'));
    mkdirSync(join(repo.dir, 'the\u0301me'.normalize('NFD')));
    expect(namedAsWritten(repo.dir, 'Theme')).toBe(true);
    expect(namedAsWritten(repo.dir, 'theme')).toBe(false);
    expect(namedAsWritten(repo.dir, 'th\u00e9me')).toBe(true);
    expect(namedAsWritten(repo.dir, 'slas/payments')).toBe(true);
    expect(namedAsWritten(repo.dir, 'slas/Payments')).toBe(false);
  });

  it('finds every clash a fold of all paths finds, on random trees', () => {
    // The fast path looks only at paths with capitals or beyond ASCII: it must miss nothing.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n;
    const names = ['a', 'A', 'b', 'r\u00e9', 're\u0301', 'R\u00c9', 'x.yaml', 'X.yaml'];
    names.push('s', '\u017f', '\u03c3', '\u03c2', '\u03a3', 'S.yaml');
    const config = { ...defaultConfig(), templates: '.' };
    let found = 0;
    for (let round = 0; round < 400; round++) {
      const paths = new Set<string>();
      for (let i = 0, n = 1 + random(6); i < n; i++) {
        const depth = 1 + random(3);
        paths.add(Array.from({ length: depth }, () => names[random(names.length)]).join('/'));
      }
      // A file cannot also be a folder: keep the paths no other path goes through.
      const tree = [...paths].filter((p) => ![...paths].some((q) => q.startsWith(`${p}/`)));
      const prefixes = new Set(
        tree.flatMap((p) => p.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))),
      );
      const folded = new Set([...prefixes].map(foldPath));
      const clash = folded.size < prefixes.size;
      if (clash) found++;
      expect(spellingsOf(tree, config).length > 0, tree.join(' | ')).toBe(clash);
    }
    expect(found).toBeGreaterThan(50);
  });

  it('protects paths as macOS and Windows name them', () => {
    const isProtected = protectedPathMatcher({ templates: 'theme' });
    for (const path of [
      '.SLAC.yml',
      'slas/.\u017flac.yml',
      'Theme/x.js',
      'codeowners',
      '.GitHub/workflows/x.yml',
      '/GITATT~1',
      'SLAC~1.YML',
      'GITHUB~1/workflows/x.yml',
    ])
      expect(isProtected(path), path).toBe(true);
    for (const path of ['slas/a.yaml', 'NOTES~1.TXT', 'themes/x.js'])
      expect(isProtected(path), path).toBe(false);
  });

  it('stays linear on a tree of many short names', () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `d${i}/A~1`);
    expect(spellingsOf(['templates/x', ...paths], defaultConfig())).toEqual([]);
  });

  it('stays linear on a tree of many spellings', () => {
    const paths: string[] = [];
    for (let i = 0; i < 20_000; i++) paths.push(`slas/t${i}/a.yaml`, `slas/T${i}/b.yaml`);
    const problems = spellingsOf(paths, defaultConfig());
    expect(problems).toHaveLength(20_000);
    expect(problems[0]).toMatchObject({ file: 'slas/T0', rule: 'file-path-case' });
  });
});

/**
 * The built CLI as it runs on macOS or Windows: names folded as those file systems fold them
 * below the repository (test/helpers/casefold-fs.mjs).
 */
function slacOnFoldingDisk(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  const bin = fileURLToPath(new URL('../bin/slac.js', import.meta.url));
  const shim = fileURLToPath(new URL('./helpers/casefold-fs.mjs', import.meta.url));
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', shim, bin, ...args],
      { cwd, env: { ...process.env, CASEFOLD_ROOT: repo.dir, ...env } },
      (error, stdout, stderr) =>
        done({ code: error ? Number(error.code ?? 2) : 0, out: stdout + stderr }),
    );
  });
}

describe('on a disk that ignores letter case (macOS, Windows)', () => {
  it('reads no .slac.yml spelled otherwise: the config above applies, as for git', async () => {
    repo.write({ 'slas/payments/.SLAC.yml': "slas: ['none/*.yaml']\n" });
    const run = await slacOnFoldingDisk(
      ['validate', '--format', 'json', '--today', '2026-11-15'],
      join(repo.dir, 'slas/payments'),
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ files: 2, errors: [] });
    // The shim folds: the same name as written is read.
    repo.write({
      'slas/payments/.SLAC.yml': null,
      'slas/payments/.slac.yml': "slas: ['none/*.yaml']\n",
    });
    const exact = await slacOnFoldingDisk(
      ['validate', '--format', 'json'],
      join(repo.dir, 'slas/payments'),
    );
    expect(exact.out).toContain('slas-none');
  });

  it('takes no folder for a stray of itself when its name was typed in another case', async () => {
    repo.write({
      'Catalog/.slac.yml': "approval: { admins: ['@ada'] }\n",
      'Catalog/slas/api.yaml': slaText({ id: 'payments-api', title: 'P', owner: '@alice' }),
    });
    const run = await slacOnFoldingDisk(
      ['validate', '--today', '2026-11-15'],
      join(repo.dir, 'Catalog'),
      { CWD_AS_TYPED: join(repo.dir, 'catalog') },
    );
    expect(run.out).not.toContain('file-path-case');
    expect(run.code).toBe(0);
  });

  it('renders with no templates folder spelled otherwise than the config says', async () => {
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\ntemplates: theme\n",
      'Theme/assets/search.js': 'alert(1)\n',
    });
    const run = await slacOnFoldingDisk(
      ['render', '--out', 'site', '--today', '2026-11-15'],
      repo.dir,
    );
    expect(run.code).toBe(2);
    expect(run.out).toContain('templates folder not found');
    expect(run.out).toContain('letter case');
  });

  it('reads no results folder spelled otherwise than its glob', async () => {
    repo.write({ 'results/2026-10.yaml': null, 'Results/2026-10.yaml': results('2026-10', '12%') });
    const run = await slacOnFoldingDisk(
      ['report', '--period', '2026-10', '--today', '2026-11-15', '--format', 'json'],
      repo.dir,
    );
    expect(run.out).not.toContain('12%');
    expect(readFileSync(join(repo.dir, 'Results/2026-10.yaml'), 'utf8')).toContain('12%');
  });
});
