import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generateCodeowners, pattern } from '../src/codeowners/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

function sla(id: string, owner: string): string {
  return slaText({ id, title: id, owner, objectiveTitle: 'Uptime' });
}

describe('CODEOWNERS generation', () => {
  it('maps each SLA file to its owner and the protected paths to the admins, last', () => {
    const { text, problems } = generateCodeowners(
      [
        { file: 'slas/search.yaml', owner: '@acme/search' },
        { file: 'slas/payments.yaml', owner: '@alice' },
      ],
      ['@acme/sla-admins'],
      { templates: './site templates/' },
    );
    expect(problems).toEqual([]);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([
      '/slas/payments.yaml @alice',
      '/slas/search.yaml @acme/search',
      '.slac.yml @acme/sla-admins',
      '/CODEOWNERS @acme/sla-admins',
      '/docs/CODEOWNERS @acme/sla-admins',
      '/.github/ @acme/sla-admins',
      '.gitattributes @acme/sla-admins',
      '/site\\ templates/ @acme/sla-admins',
    ]);
  });

  it('escapes spaces and pattern characters in paths', () => {
    expect(pattern('slas/my service #1.yaml')).toBe('/slas/my\\ service\\ \\#1.yaml');
    expect(pattern('slas/[a]*.yaml')).toBe('/slas/\\[a\\]\\*.yaml');
  });

  it('leaves out an invalid owner and says so', () => {
    const { text, problems } = generateCodeowners(
      [{ file: 'slas/a.yaml', owner: 'payments team' }],
      ['@acme/sla-admins'],
    );
    expect(text).not.toContain('/slas/a.yaml');
    expect(problems[0]).toMatch(/slas\/a.yaml: owner "payments team" is not a GitHub user/);
  });

  it('says that protected paths have no owners when no admins are configured', () => {
    const { text, problems } = generateCodeowners([], []);
    expect(text).not.toMatch(/^\/\.slac\.yml/m);
    expect(problems).toEqual([expect.stringMatching(/approval.admins is empty/)]);
  });

  it('gives the same bytes for the same input in any order', () => {
    const files = [
      { file: 'b.yaml', owner: '@b' },
      { file: 'a.yaml', owner: '@a' },
    ];
    expect(generateCodeowners(files, ['@z', '@y']).text).toBe(
      generateCodeowners([...files].reverse(), ['@y', '@z']).text,
    );
  });
});

describe('slac codeowners', () => {
  it('writes CODEOWNERS at the repository root', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': 'approval: { admins: ["@acme/sla-admins"] }\n',
        'slas/payments api.yaml': sla('payments-api', '@acme/payments'),
      });
      const run = await runCli(['codeowners'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      const text = readFileSync(join(repo.dir, 'CODEOWNERS'), 'utf8');
      expect(text).toContain('/slas/payments\\ api.yaml @acme/payments\n');
      expect(text).toContain('/.github/ @acme/sla-admins\n');
    } finally {
      repo.remove();
    }
  });

  it('writes .github/CODEOWNERS when that file exists', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': 'approval: { admins: ["@acme/sla-admins"] }\n',
        '.github/CODEOWNERS': '',
        'slas/a.yaml': sla('a', '@alice'),
      });
      const run = await runCli(['codeowners'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      expect(existsSync(join(repo.dir, 'CODEOWNERS'))).toBe(false);
      expect(readFileSync(join(repo.dir, '.github/CODEOWNERS'), 'utf8')).toContain(
        '/slas/a.yaml @alice',
      );
    } finally {
      repo.remove();
    }
  });

  it('--check passes on a file it wrote and fails with the differing lines after an owner change', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': 'approval: { admins: ["@acme/sla-admins"] }\n',
        'slas/a.yaml': sla('a', '@alice'),
      });
      const wrote = await runCli(['codeowners'], { cwd: repo.dir });
      expect(wrote.stdout).toBe('wrote CODEOWNERS (1 SLA file)\n');
      expect((await runCli(['codeowners', '--check'], { cwd: repo.dir })).code).toBe(0);
      repo.write({ 'slas/a.yaml': sla('a', '@bob') });
      const run = await runCli(['codeowners', '--check'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('- /slas/a.yaml @alice');
      expect(run.stdout).toContain('+ /slas/a.yaml @bob');
      expect(readFileSync(join(repo.dir, 'CODEOWNERS'), 'utf8')).toContain('@alice');
    } finally {
      repo.remove();
    }
  });

  it('without a .slac.yml, says there is none rather than that its admins are empty', async () => {
    const repo = makeRepo();
    try {
      repo.write({ 'slas/a.yaml': sla('a', '@alice') });
      const run = await runCli(['codeowners'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'slac codeowners: there is no .slac.yml, so no approval.admins: .slac.yml, CODEOWNERS, .github/, .gitattributes and the templates folder have no code owners; run slac init, or write a .slac.yml with approval.admins',
      );
      expect(readFileSync(join(repo.dir, 'CODEOWNERS'), 'utf8')).toContain(
        '# there is no .slac.yml, so no approval.admins',
      );
    } finally {
      repo.remove();
    }
  });

  it('names the file to fix when a problem of the listing is not in .slac.yml', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': "approval: { admins: ['@ada'] }\n",
        'elsewhere.yaml': sla('a', '@alice'),
      });
      symlinkSync('../elsewhere.yaml', join(repo.dir, 'slas-link.yaml'));
      repo.write({ 'slas/b.yaml': sla('b', '@bob') });
      symlinkSync('../elsewhere.yaml', join(repo.dir, 'slas/a.yaml'));
      const run = await runCli(['codeowners'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('slas/a.yaml:1:1 file-symlink');
      expect(run.stderr).toContain(
        'slac codeowners: fix slas/a.yaml first; CODEOWNERS was not written',
      );
    } finally {
      repo.remove();
    }
  });

  it('--check fails when CODEOWNERS is missing', async () => {
    const repo = makeRepo();
    try {
      repo.write({ 'slas/a.yaml': sla('a', '@alice') });
      const run = await runCli(['codeowners', '--check'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/CODEOWNERS is missing/);
    } finally {
      repo.remove();
    }
  });
});
