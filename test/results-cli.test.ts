// `slac validate` checks the results files together with the SLAs, on a copy of examples/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const root = join(import.meta.dirname, '..');
let repo: TempRepo;

beforeEach(() => {
  repo = makeRepo();
  repo.copy(join(root, 'examples'));
  repo.commit('examples');
});
afterEach(() => repo.remove());

const validate = (...args: string[]) =>
  runCli(['validate', '--today', '2026-12-01', ...args], { cwd: repo.dir });

describe('slac validate with results files', () => {
  it('checks the example results with the SLAs: a year of them, all valid', async () => {
    const run = await validate('--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.errors).toEqual([]);
    expect(json.files).toBeGreaterThan(50);
  });

  it('names the file, line and column of a bad result, with the line under it, and exits 1', async () => {
    repo.write({
      'results/2026-11.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: payments-api, objective: uptime, value: 99.97% }\n  - { sla: payments-api, objective: uptime, value: 99.9% }\n  - sla: search-api\n    objective: uptime\n    value: 280ms\n',
    });
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('results/2026-11.yaml:6:5 results-duplicate');
    expect(run.stdout).toContain('results/2026-11.yaml:9:12 results-value');
    expect(run.stdout).toContain('    value: 280ms');
  });

  it('checks results also when the cache knows every SLA file', async () => {
    expect((await validate('--cache', '.slac-cache')).code).toBe(0);
    repo.write({
      'results/2026-11.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: paymnts-api, objective: uptime, value: 99.97% }\n',
    });
    repo.commit('typo');
    const run = await validate('--cache', '.slac-cache', '--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({
        file: 'results/2026-11.yaml',
        line: 5,
        column: 12,
        rule: 'results-sla-unknown',
        message: 'no SLA has the id "paymnts-api"; did you mean "payments-api"?',
      }),
    ]);
  });

  it('checks results alike against SLAs validated in the run, answered by the cache, or that did not load', async () => {
    // Warm the cache, then change two SLA files: one renames an objective (validated in this
    // run, its results now name an objective it lacks), one no longer loads; the other SLAs
    // are answered by the cache.
    expect((await validate('--cache', '.slac-cache')).code).toBe(0);
    const payments = readFileSync(join(repo.dir, 'slas/payments-api.yaml'), 'utf8');
    repo.write({
      'slas/payments-api.yaml': payments.replace('- id: uptime', '- id: availability'),
      'slas/help-desk.yaml': 'apiVersion: slac/v1\nkind: [unclosed\n',
    });
    repo.commit('rename and break');
    const runs = [
      await validate('--cache', '.slac-cache', '--format', 'json'),
      await validate('--format', 'json'),
      await validate('--jobs', '2', '--format', 'json'),
    ];
    for (const run of runs) expect(run.code).toBe(1);
    const [cached, plain, threads] = runs.map((run) => JSON.parse(run.stdout));
    expect(cached).toEqual(plain);
    expect(threads).toEqual(plain);
    const rules = (plain.errors as { file: string; rule: string; message: string }[]).map(
      (e) => `${e.file} ${e.rule} ${e.message}`,
    );
    expect(rules).toContainEqual(
      expect.stringMatching(
        /^results\/2026-11\.yaml results-objective-unknown SLA "payments-api" has no objective "uptime"/,
      ),
    );
    expect(rules).toContainEqual(
      expect.stringMatching(
        /^results\/.* results-sla-unknown no SLA has the id "help-desk".*or its SLA file could not be read/,
      ),
    );
    // An SLA the cache answered still has its results checked: none of search-api's is refused.
    expect(rules.filter((r) => r.includes('search-api'))).toEqual([]);
  });

  it('says that a result for a period still to come is in the future', async () => {
    const run = await runCli(['validate', '--today', '2026-10-15', '--format', 'json'], {
      cwd: repo.dir,
    });
    expect(run.code).toBe(1);
    const rules = new Set(JSON.parse(run.stdout).errors.map((e: { rule: string }) => e.rule));
    expect([...rules]).toEqual(['results-period-future']);
  });
});
