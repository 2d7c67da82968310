import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';

const root = join(import.meta.dirname, '..');

describe('slac validate (smoke)', () => {
  it('accepts the bundled example repository', async () => {
    const run = await runCli(['validate', 'examples/slas', '--format', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).errors).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('reads the slas glob of .slac.yml when no path is given', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': 'slas: "contracts/*.yaml"\n',
        'contracts/a.yaml': 'apiVersion: slac/v1\n',
      });
      const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
      const report = JSON.parse(run.stdout);
      expect(report.files).toBe(1);
      expect(report.errors[0]).toMatchObject({
        file: 'contracts/a.yaml',
        line: 1,
        column: 1,
        rule: 'schema-required',
      });
      expect(run.code).toBe(1);
    } finally {
      repo.remove();
    }
  });
});
