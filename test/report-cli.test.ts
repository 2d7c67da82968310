// `slac report` on a copy of examples/: formats, --period, --last, --owner, exit codes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

const root = join(import.meta.dirname, '..');
let repo: TempRepo;

beforeAll(() => {
  repo = makeRepo();
  repo.copy(join(root, 'examples'));
  repo.commit('examples');
});
afterAll(() => repo.remove());

const report = (...args: string[]) =>
  runCli(['report', '--today', '2026-12-01', ...args], { cwd: repo.dir });

describe('slac report', () => {
  it('prints the review of the last 12 periods by default and exits 0, missed periods and all', async () => {
    const run = await report();
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^Service level review: the last 12 complete periods of each objective, as of 2026-12-01\. \d+ met, \d+ missed, \d+ without data\./,
    );
    expect(run.stdout).toMatch(/2026-08 +99\.86% +missed +below/);
    expect(run.stdout).toContain(
      'payments-api — Payments API (@acme/payments): review due on 2026-12-15',
    );
  });

  it('gives JSON with the design contract and the figures of the example results', async () => {
    const run = await report(
      '--format',
      'json',
      '--period',
      '2026-08',
      '--owner',
      '@acme/payments',
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.periods).toEqual(['2026-08']);
    expect(json.slas.map((s: { id: string }) => s.id)).toEqual(['payments-api']);
    const uptime = json.slas[0].objectives[0];
    expect(uptime.results).toEqual([
      {
        period: '2026-08',
        value: '99.86%',
        met: false,
        zone: 'below',
        budgetUsed: 2.8,
        credit: 10,
        note: 'Card network outage on 14 August (INC-2231).',
        downtime: '1 h 1 min 22 s of 21 min 55 s allowed',
      },
    ]);
    expect(json.summary).toEqual({ met: 0, missed: 2, noData: 0 });
  });

  it('writes markdown and a self-contained HTML page', async () => {
    const md = await report('--format', 'markdown', '--last', '2');
    expect(md.stdout).toMatch(
      /^# Service level review: the last 2 complete periods of each objective/,
    );
    const html = await report('--format', 'html');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).not.toMatch(/<script|https?:\/\/(?!prometheus)/);
  });

  it('exits 1 and names the problem when a results file is invalid', async () => {
    repo.write({
      'results/2026-11.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: payments-api, objective: uptime, value: fast }\n',
    });
    const run = await report('--period', '2026-11');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^results\/2026-11\.yaml:5:52 results-value /m);
    repo.git('checkout', '--', 'results/2026-11.yaml');
  });

  it.each([
    [['--period', '2026-13'], /--period "2026-13" has no month 13/],
    [['--last', '0'], /--last must be a whole number/],
    [['--last', '3', '--period', '2026-11'], /give --period or --last, not both/],
    [['--owner', 'acme'], /--owner must be "@login" or "@org\/team"/],
    [['--format', 'pdf'], /--format must be one of text, markdown, json, html/],
    [['--period', '2027-01'], /--period 2027-01 starts on 2027-01-01, after today \(2026-12-01\)/],
  ])('refuses %j with a usage error', async (args, message) => {
    const run = await report(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('slac report on a new SLA', () => {
  it('says why an objective shows no period: the SLA took effect after the last one ended', async () => {
    // As `slac init` leaves it: effective from today, and last month's results written by hand.
    const fresh = makeRepo();
    try {
      fresh.write({
        'slas/edge.yaml': slaText({
          id: 'edge',
          title: 'Edge',
          owner: '@acme/edge',
          from: '2026-12-02',
        }),
        'results/2026-11.yaml':
          'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: edge, objective: uptime, value: 99.97% }\n',
      });
      fresh.commit('new SLA');
      const run = (...args: string[]) =>
        runCli(['report', '--today', '2026-12-02', ...args], { cwd: fresh.dir });
      const text = await run('--period', '2026-11');
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(
        'no period under review: the SLA is in effect from 2026-12-02 (spec.effective), and no period of the report falls within those dates',
      );
      const md = await run('--format', 'markdown');
      expect(md.stdout).toContain('No period under review: the SLA is in effect from 2026-12-02');
      const json = JSON.parse((await run('--format', 'json')).stdout);
      expect(json.slas[0].effective).toEqual({ from: '2026-12-02', until: null });
    } finally {
      fresh.remove();
    }
  });
});
