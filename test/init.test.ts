// slac init in a new, real git repository: what a user gets from `npx slac init`, and that it
// works as it is (validates, CODEOWNERS up to date, the approval check passes).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLAC_REPOSITORY, SLAC_VERSION, schemaUrl } from '../src/version.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => repo.remove());

const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');
const init = (...args: string[]) => runCli(['init', ...args], { cwd: repo.dir });

const WORKFLOWS = ['sla-check.yml', 'sla-publish.yml', 'sla-report.yml', 'sla-review-relay.yml'];

describe('slac init', () => {
  it('writes the config, a starter SLA, CODEOWNERS and the workflows, and says what to do next', async () => {
    const run = await init('--yes', '--owner', '@acme/payments', '--service', 'Payments API');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('wrote '))
        .sort(),
    ).toEqual(
      [
        '.slac.yml',
        'CODEOWNERS',
        'slas/payments-api.yaml',
        '.gitignore',
        '.vscode/extensions.json',
        ...WORKFLOWS.map((w) => `.github/workflows/${w}`),
      ]
        .map((p) => `wrote ${p}`)
        .sort(),
    );
    expect(run.stdout).toContain('Next steps:');
    expect(run.stdout).toContain('npx slac validate');
    // The rendered site and slac installed as a dev dependency (README: Install) stay out of git.
    repo.write({ 'node_modules/slac/package.json': '{}', 'site/index.html': '' });
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).not.toMatch(
      /node_modules|site\//,
    );
    // A real owner was given: nothing to replace.
    expect(run.stdout).not.toContain('your-org');
  });

  it('gives a result that validates, renders, and whose CODEOWNERS is up to date', async () => {
    await init('--yes', '--owner', '@acme/payments');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(JSON.parse(validate.stdout)).toMatchObject({ files: 1, errors: [], warnings: [] });
    const codeowners = await runCli(['codeowners', '--check'], { cwd: repo.dir });
    expect(codeowners.code, codeowners.stdout + codeowners.stderr).toBe(0);
    expect(read('CODEOWNERS')).toContain('/slas/example-service.yaml @acme/payments');
    expect(read('CODEOWNERS')).toContain('/.github/ @acme/payments');
    const render = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(render.code, render.stderr).toBe(0);
    expect(read('site/index.html')).toContain('Example service');
  });

  it('still validates with the unit words of an editor: window 30 days, every 90d, 15 minutes', async () => {
    await init('--yes', '--owner', '@acme/payments');
    const sla = 'slas/example-service.yaml';
    repo.write({
      [sla]: read(sla)
        .replace('window: 28d', 'window: 30 days')
        .replace('every: 6 months', 'every: 90d')
        .replace('response: 30 minutes', 'response: 15 minutes'),
    });
    expect(read(sla)).toContain('window: 30 days');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(validate.stdout)).toMatchObject({ errors: [], warnings: [] });
  });

  it("passes the approval check of a change once the owner's team approves it", async () => {
    await init('--yes', '--owner', '@acme/payments', '--admins', '@acme/sla-admins');
    const base = repo.commit('slac init');
    repo.git('checkout', '-q', '-b', 'stricter');
    const sla = 'slas/example-service.yaml';
    repo.write({ [sla]: read(sla).replace('target: 99.9%', 'target: 99.95%') });
    const head = repo.commit('Promise 99.95%');
    const approvals = (reviewer?: string) => {
      repo.write({
        'reviews.json': JSON.stringify(
          reviewer
            ? [
                {
                  id: 1,
                  user: { login: reviewer, type: 'User' },
                  state: 'APPROVED',
                  commit_id: head,
                  submitted_at: '2026-11-23T10:00:00Z',
                },
              ]
            : [],
        ),
        'teams.json': JSON.stringify({ '@acme/payments': ['alice'] }),
      });
      return runCli(
        ['approvals', '--base', base, '--head', head, '--author', 'carol'].concat([
          '--reviews',
          'reviews.json',
          '--teams',
          'teams.json',
          '--format',
          'json',
        ]),
        { cwd: repo.dir },
      );
    };
    const missing = await approvals();
    expect(missing.code).toBe(1);
    const approved = await approvals('alice');
    expect(approved.code, approved.stdout + approved.stderr).toBe(0);
    expect(JSON.parse(approved.stdout)).toMatchObject({ satisfied: true });
  });

  it('links the starter SLA and the config to the schemas of this release, for editors', async () => {
    await init('--yes');
    const sla = read('slas/example-service.yaml');
    expect(sla.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaUrl('sla')}`);
    expect(read('.slac.yml').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${schemaUrl('config')}`,
    );
    // The modeline's URL is the schema's own $id, and the file there is the one editors get.
    const schema = JSON.parse(readFileSync('schemas/sla.schema.json', 'utf8')) as { $id: string };
    expect(schema.$id).toBe(schemaUrl('sla'));
    const ajv = new Ajv2020({
      allowUnionTypes: true,
      keywords: ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'x-slac-rule'],
    });
    const validate = ajv.compile(schema);
    expect(validate(parse(sla)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('pins the workflows to this release and keeps them as the ready ones otherwise', async () => {
    await init('--yes');
    const ref = `${SLAC_REPOSITORY}@v${SLAC_VERSION}`;
    for (const name of WORKFLOWS) {
      const text = read(`.github/workflows/${name}`);
      const ours = readFileSync(`.github/workflows/${name}`, 'utf8');
      const wf = parse(text) as { name: string; jobs: Record<string, { steps: Step[] }> };
      expect(wf.name).toBe((parse(ours) as { name: string }).name);
      expect(text).not.toMatch(/uses: \.\//);
      expect(text).not.toContain('examples/');
      const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses));
      for (const use of uses.filter((u) => u !== undefined))
        expect(use, name).toMatch(
          new RegExp(`^(${ref.replace(/[.@/]/g, '\\$&')}|[\\w.-]+/[\\w./-]+@[0-9a-f]{40})$`),
        );
      if (/uses: \.\//.test(ours)) expect(uses, name).toContain(ref);
    }
  });

  it('publishes the catalog from the branch the repository is on', async () => {
    repo.git('symbolic-ref', 'HEAD', 'refs/heads/trunk');
    await init('--yes');
    const publish = parse(read('.github/workflows/sla-publish.yml')) as {
      on: { push: { branches: string[] } };
    };
    expect(publish.on.push.branches).toEqual(['trunk']);
  });

  it('never overwrites a file: it leaves what exists and names it as skipped', async () => {
    const config = 'slas: "slas/**/*.yaml"\napproval:\n  admins: ["@acme/admins"]\n';
    const owners = '* @acme/admins\n';
    repo.write({ '.slac.yml': config, '.github/CODEOWNERS': owners });
    const run = await init('--yes', '--owner', '@acme/payments');
    expect(run.code).toBe(0);
    expect(read('.slac.yml')).toBe(config);
    expect(read('.github/CODEOWNERS')).toBe(owners);
    expect(existsSync(join(repo.dir, 'CODEOWNERS'))).toBe(false);
    expect(run.stdout).toContain(
      'skipped .slac.yml: it exists (slac init never overwrites a file)',
    );
    expect(run.stdout).toContain('skipped .github/CODEOWNERS: it exists');
    expect(run.stdout).toContain('wrote slas/example-service.yaml');

    const starter = read('slas/example-service.yaml').replace('99.9%', '98%');
    repo.write({ 'slas/example-service.yaml': starter });
    const again = await init('--yes');
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('wrote ');
    expect(read('slas/example-service.yaml')).toBe(starter);
  });

  it('run again in a repository that has SLAs, adds no second starter SLA', async () => {
    await init('--yes', '--owner', '@acme/payments', '--service', 'Payments API');
    repo.write({
      'slas/checkout.yaml': read('slas/payments-api.yaml').replace(/payments-api/g, 'checkout'),
      'slas/payments-api.yaml': null,
    });
    repo.write({ '.github/workflows/sla-check.yml': null });
    const again = await init('--yes', '--owner', '@acme/payments', '--service', 'Payments API');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('wrote .github/workflows/sla-check.yml');
    expect(again.stdout).toContain(
      'skipped slas/payments-api.yaml: the repository has an SLA file already (copy one to start another)',
    );
    expect(readdirSync(join(repo.dir, 'slas'))).toEqual(['checkout.yaml']);
    expect(again.stderr).not.toContain('outside the "slas" glob');
  });

  it('warns when the starter SLA is outside the slas glob of an existing config', async () => {
    repo.write({ '.slac.yml': 'slas: "agreements/*.yaml"\n' });
    const run = await init('--yes');
    expect(run.stderr).toContain(
      'slas/example-service.yaml is outside the "slas" glob of the existing .slac.yml',
    );
  });

  it('asks nothing when stdin is no terminal, says so, and takes the defaults', async () => {
    const run = await init();
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('stdin is not a terminal, so nothing is asked');
    expect(read('slas/example-service.yaml')).toContain('owner: "@your-org/your-team"');
    expect(run.stdout).toContain('Replace @your-org/your-team');
  });

  it('does not wait on a pipe that never ends: the installed command asks nothing there', async () => {
    // bin/slac.js with the bundled CLI (npm test bundles it first), stdin an open pipe.
    const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'slac.js'), 'init'], {
      cwd: repo.dir,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(null);
      }, 15_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('stdin is not a terminal');
    expect(existsSync(join(repo.dir, 'slas', 'example-service.yaml'))).toBe(true);
  }, 20_000);

  it('asks for the service, the owner and the admins in a terminal, again after a wrong answer', async () => {
    const run = await runCli(['init'], {
      cwd: repo.dir,
      answers: ['Search API', 'globex/netops', '@globex/netops', ''],
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"globex/netops" is not a GitHub user "@login" or team');
    expect(run.stdout).toContain('Owner of its SLA, "@login" or "@org/team-slug"');
    const sla = read('slas/search-api.yaml');
    expect(sla).toContain('id: search-api');
    expect(sla).toContain('owner: "@globex/netops"');
    expect(read('.slac.yml')).toContain('admins: ["@globex/netops"]');
  });

  it('warns when it writes the workflows and CODEOWNERS into a subfolder of a repository, where GitHub does not read them', async () => {
    const run = await init('sla', '--yes', '--owner', '@acme/payments');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /slac init: warning: .*sla is a folder inside the git repository .*, not its root; GitHub reads \.github\/workflows\/ and CODEOWNERS only at the root/,
    );
    // At the root there is nothing to warn of.
    const atRoot = await init('--yes', '--owner', '@acme/payments');
    expect(atRoot.stderr).not.toContain('warning');
  });

  it('writes into a new folder given as DIR', async () => {
    const run = await init('catalog', '--yes');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('wrote catalog/.slac.yml');
    expect(run.stdout).toContain('1. cd catalog');
    expect(existsSync(join(repo.dir, 'catalog', 'slas', 'example-service.yaml'))).toBe(true);
  });

  it('refuses an owner that is no GitHub user or team, before writing anything', async () => {
    const run = await init('--yes', '--owner', 'globex/netops');
    expect(run.code).toBe(2);
    // Named once (it is also the default admin), with the value meant: the "@" was missing.
    expect(run.stderr).toBe(
      'slac init: "globex/netops" is not a GitHub user "@login" or team "@org/team-slug"; write "@globex/netops"\n',
    );
    expect(readdirSync(repo.dir)).toEqual(['.git']);
  });
});

interface Step {
  uses?: string;
}
