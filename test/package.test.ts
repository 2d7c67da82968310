// The published package: what `npm pack` puts in it, and that a project which installs the
// tarball can run `slac` on its own SLAs — what a new user does first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'slac-package-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// The scripts are skipped: the suite has built build/ already (npm test bundles the CLI first).
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  });

describe('the package', () => {
  it('holds the command, its bundle, the schemas and templates, and no tests or benches', () => {
    const [pack] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], root)) as {
      files: { path: string }[];
    }[];
    const paths = pack!.files.map((f) => f.path);
    for (const needed of [
      'bin/slac.js',
      'build/slac/main.js',
      'build/slac/worker.js',
      'schemas/sla.schema.json',
      'schemas/results.schema.json',
      'templates/service.hbs',
      'README.md',
      'package.json',
    ])
      expect(paths).toContain(needed);
    expect(paths.filter((p) => /^(test|bench|src|cli|action|dist)\//.test(p))).toEqual([]);
  });

  it('installs from its tarball and validates a project of SLAs', () => {
    npm(['pack', '--ignore-scripts', '--pack-destination', temp], root);
    const tarball = readdirSync(temp).find((f) => f.endsWith('.tgz'))!;
    const project = join(temp, 'project');
    cpSync(join(root, 'examples'), project, { recursive: true });
    writeFileSync(join(project, 'package.json'), '{ "name": "acme-slas", "private": true }\n');
    npm(['install', '--prefer-offline', '--no-package-lock', join(temp, tarball)], project);
    const out = execFileSync(
      join(project, 'node_modules', '.bin', 'slac'),
      ['validate', '--today', '2026-12-01'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/\d+ files checked: all valid/);

    // A new repository started with the installed command validates as it is.
    const fresh = join(temp, 'fresh');
    const slac = (args: string[]) =>
      execFileSync(join(project, 'node_modules', '.bin', 'slac'), args, {
        cwd: fresh,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    mkdirSync(fresh);
    expect(slac(['init', '--yes', '--owner', '@acme/payments'])).toContain(
      'wrote .github/workflows/sla-check.yml',
    );
    expect(slac(['validate'])).toContain('1 file checked: all valid');
    expect(slac(['--help'])).toContain('Usage: slac <command>');
    expect(slac(['render', '--out', 'site'])).toMatch(/Rendered 1 service/);
    expect(readdirSync(join(fresh, 'site'))).toContain('index.html');
  }, 120_000);

  // npm runs `prepare` (not `prepack`) when it installs from git: the command is built there.
  it('installs from a git URL with a working command', () => {
    const project = join(temp, 'from-git');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "acme-git", "private": true }\n');
    npm(['install', '--prefer-offline', '--no-package-lock', `git+file://${root}`], project);
    const out = execFileSync(join(project, 'node_modules', '.bin', 'slac'), ['validate'], {
      cwd: join(root, 'examples'),
      encoding: 'utf8',
    });
    expect(out).toMatch(/\d+ files checked: all valid/);
  }, 300_000);
});
