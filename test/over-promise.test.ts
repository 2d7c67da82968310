// Over-promise in the pull request check: a tighter target or a new objective carries the
// evidence of the base's measured results, on a copy of examples/ (a year of results).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

const root = join(import.meta.dirname, '..');
let repo: TempRepo;
let base: string;

beforeEach(() => {
  repo = makeRepo();
  repo.copy(join(root, 'examples'));
  base = repo.commit('examples');
});
afterEach(() => repo.remove());

function edit(file: string, from: string, to: string) {
  const text = readFileSync(join(repo.dir, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  repo.write({ [file]: text.replace(from, to) });
}

const diff = async (...args: string[]) =>
  runCli(['diff', '--base', base, '--today', '2026-12-01', ...args], { cwd: repo.dir });

describe('over-promise', () => {
  it('a tighter target carries how often it was met, and flags the SLA when it was missed', async () => {
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.99%');
    repo.commit('promise four nines');
    const run = await diff('--format', 'json');
    const [sla] = JSON.parse(run.stdout).slas;
    expect(sla).toMatchObject({ id: 'payments-api', impact: 'strengthened', overPromise: true });
    const target = sla.changes.find(
      (c: { path: string }) => c.path === 'spec.objectives.uptime.target',
    );
    expect(target.evidence).toEqual({ periods: 12, met: 4, worst: '99.86%' });
    expect(target.message).toMatch(/: met in 4 of the last 12 months \(worst 99\.86%\)\.$/);
    const text = await diff();
    expect(text.stdout).toContain(
      'payments-api (slas/payments-api.yaml): strengthened, over-promise',
    );
    expect(text.stdout).toContain('Over-promise: the proposed target was missed in recent periods');
    const md = await diff('--format', 'markdown');
    expect(md.stdout).toContain('⚠️ **Over-promise');
  });

  it('a target that was always met carries the evidence without the flag; a weaker one none', async () => {
    edit('slas/status-page.yaml', 'target: 99.5', 'target: 99.8');
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.9%');
    repo.commit('more status page uptime, less payments uptime');
    const json = JSON.parse((await diff('--format', 'json')).stdout);
    const status = json.slas.find((s: { id: string }) => s.id === 'status-page');
    expect(status.overPromise).toBeUndefined();
    // The status page took effect in May 2026: seven months of results, all above 99.8%.
    expect(status.changes[0]).toMatchObject({
      impact: 'strengthened',
      evidence: { periods: 7, met: 7, worst: '99.91%' },
    });
    const payments = json.slas.find((s: { id: string }) => s.id === 'payments-api');
    expect(payments.changes[0].evidence).toBeUndefined();
  });

  it('looks at the last report.periods complete periods only, as the report does', async () => {
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.99%');
    repo.commit('promise four nines');
    const targetOf = async (today: string) => {
      const run = await runCli(['diff', '--base', base, '--today', today, '--format', 'json'], {
        cwd: repo.dir,
      });
      const [sla] = JSON.parse(run.stdout).slas;
      const change = sla.changes.find(
        (c: { path: string }) => c.path === 'spec.objectives.uptime.target',
      );
      return { sla, change };
    };
    // The month in progress (November 2026) is not evidence yet: the results begin in December
    // 2025, so 11 of the 12 months before it were measured.
    const running = await targetOf('2026-11-15');
    expect(running.change.evidence.periods).toBe(11);
    expect(running.change.message).toMatch(
      /: met in \d+ of 11 months measured in the last 12 months \(worst [\d.]+%\)\.$/,
    );
    const full = await targetOf('2026-12-01');
    expect(full.change.evidence).toEqual({ periods: 12, met: 4, worst: '99.86%' });
    expect(running.change.evidence).not.toEqual(full.change.evidence);
    // Months later, only the results of the last 12 months count, and the sentence says how many.
    const later = await targetOf('2027-04-01');
    expect(later.change.evidence.periods).toBe(8);
    expect(later.change.message).toMatch(
      /: met in \d of 8 months measured in the last 12 months \(worst [\d.]+%\)\.$/,
    );
    // Results older than that are no evidence: no sentence, no flag.
    const stale = await targetOf('2028-01-01');
    expect(stale.change.evidence).toBeUndefined();
    expect(stale.sla.overPromise).toBeUndefined();
  });

  it('reads the results of an objective turned round (error rate to success rate) as their complement', async () => {
    const turned = (target: string) =>
      edit(
        'slas/object-storage.yaml',
        'indicator: error-rate\n      target: 0.1%\n      window: 28d\n      tolerance: { desired: 0.01%, adequate: 0.5% }',
        `indicator: success-rate\n      target: ${target}\n      window: 28d\n      tolerance: { desired: 99.99%, adequate: 99.5% }`,
      );
    const errorRateOf = async () => {
      const json = JSON.parse((await diff('--format', 'json')).stdout);
      const sla = json.slas.find((s: { id: string }) => s.id === 'object-storage');
      return { sla, evidence: sla.changes.map((c: { evidence?: unknown }) => c.evidence) };
    };
    // 0.1% of errors is 99.9% of successes: the same promise, no evidence asked for.
    turned('99.9%');
    repo.commit('the same promise, as a success rate');
    const same = await errorRateOf();
    expect(same.evidence.every((e: unknown) => e === undefined)).toBe(true);
    expect(same.sla.overPromise).toBeUndefined();
    // 99.95% is at most 0.05% of errors: judged against the error rates measured, turned round.
    repo.git('checkout', '-q', base, '--', 'slas/object-storage.yaml');
    turned('99.95%');
    repo.commit('a stricter promise, as a success rate');
    const stricter = await errorRateOf();
    const evidence = stricter.evidence.find((e: unknown) => e !== undefined);
    expect(evidence).toEqual({ periods: 12, met: 5, worst: '99.86%' });
    expect(stricter.sla.overPromise).toBe(true);
  });

  it('a new objective replacing two keeps the miss of either: no result is cut for another', async () => {
    const two = (objectives: string) =>
      slaText({ id: 'two-api', title: 'Two API', owner: '@acme/payments' }).replace(
        / {2}objectives:\n[\s\S]*$/,
        `  objectives:\n${objectives}`,
      );
    const objective = (id: string, target: string) =>
      `    - { id: ${id}, title: Uptime ${id}, indicator: availability, target: ${target}, window: month }\n`;
    const files: Record<string, string> = {
      'slas/two-api.yaml': two(objective('u1', '99.9%') + objective('u2', '99.9%')),
    };
    for (let m = 1; m <= 11; m++) {
      const period = `2026-${String(m).padStart(2, '0')}`;
      files[`results/two/${period}.yaml`] =
        `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: ${period}\nresults:\n` +
        `  - { sla: two-api, objective: u1, value: ${m === 3 ? '99.93%' : '99.99%'} }\n` +
        `  - { sla: two-api, objective: u2, value: 99.99% }\n`;
    }
    repo.write(files);
    base = repo.commit('two uptimes, with results');
    repo.write({ 'slas/two-api.yaml': two(objective('n', '99.95%')) });
    repo.commit('one stricter uptime for both');
    const json = JSON.parse((await diff('--format', 'json')).stdout);
    const sla = json.slas.find((x: { id: string }) => x.id === 'two-api');
    expect(sla.overPromise).toBe(true);
    const evidence = sla.changes.find((c: { evidence?: unknown }) => c.evidence).evidence;
    expect(evidence).toEqual({ periods: 11, met: 10, worst: '99.93%' });
  });

  it('judges by the base results: deleting them in the pull request hides nothing', async () => {
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.99%');
    repo.git('rm', '-q', '-r', 'results');
    repo.commit('promise more and drop the evidence');
    const [sla] = JSON.parse((await diff('--format', 'json')).stdout).slas;
    expect(sla.overPromise).toBe(true);
  });

  it('with approval.overPromise: require-admin, such a change also needs an admin', async () => {
    edit(
      '.slac.yml',
      'editorial: require-owner',
      'editorial: require-owner\n  overPromise: require-admin',
    );
    base = repo.commit('require admins for over-promises');
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.99%');
    const head = repo.commit('promise four nines');
    repo.write({
      'reviews.json': JSON.stringify([
        {
          id: 1,
          user: { login: 'alice' },
          state: 'APPROVED',
          commit_id: head,
          submitted_at: '2026-12-01T10:00:00Z',
        },
      ]),
    });
    const args = [
      'approvals',
      '--base',
      base,
      '--author',
      'carol',
      '--reviews',
      'reviews.json',
      '--today',
      '2026-12-01',
      '--format',
      'json',
    ];
    const run = await runCli(args, { cwd: repo.dir });
    expect(run.code).toBe(1);
    const { requirements } = JSON.parse(run.stdout);
    expect(requirements).toEqual([
      expect.objectContaining({ sla: 'payments-api', anyOf: ['@acme/payments'], satisfied: true }),
      expect.objectContaining({
        sla: 'payments-api',
        reason: expect.stringMatching(/^over-promise/),
        anyOf: ['@acme/sla-admins'],
        satisfied: false,
      }),
    ]);
    repo.write({
      'reviews.json': JSON.stringify([
        {
          id: 1,
          user: { login: 'alice' },
          state: 'APPROVED',
          commit_id: head,
          submitted_at: '2026-12-01T10:00:00Z',
        },
        {
          id: 2,
          user: { login: 'dana' },
          state: 'APPROVED',
          commit_id: head,
          submitted_at: '2026-12-01T11:00:00Z',
        },
      ]),
    });
    expect((await runCli(args, { cwd: repo.dir })).code).toBe(0);
  });

  it('with the default (warn), the owner alone approves', async () => {
    edit('slas/payments-api.yaml', 'target: 99.95%', 'target: 99.99%');
    const head = repo.commit('promise four nines');
    repo.write({
      'reviews.json': JSON.stringify([
        {
          id: 1,
          user: { login: 'alice' },
          state: 'APPROVED',
          commit_id: head,
          submitted_at: '2026-12-01T10:00:00Z',
        },
      ]),
    });
    const run = await runCli(
      [
        'approvals',
        '--base',
        base,
        '--author',
        'carol',
        '--reviews',
        'reviews.json',
        '--today',
        '2026-12-01',
      ],
      { cwd: repo.dir },
    );
    expect(run.code).toBe(0);
  });
});

describe('over-promise cannot be dodged', () => {
  const sla = (objective: string, indicator: string, target: string) =>
    slaText({
      id: 'payments-api',
      title: 'Payments API',
      owner: '@alice',
      summary: 'Accept payments.',
      objectiveId: objective,
      indicator,
      target,
    });

  it.each([
    ['the same objective, tightened', 'uptime', 'availability'],
    ['the objective renamed and tightened', 'uptime-v2', 'availability'],
    ['the indicator changed and the target tightened', 'uptime', 'success-rate'],
  ])('%s still needs the admin', async (_what, objective, indicator) => {
    const small = makeRepo();
    try {
      small.write({
        '.slac.yml': "approval:\n  admins: ['@ada']\n  overPromise: require-admin\n",
        'slas/p.yaml': sla('uptime', 'availability', '99.9%'),
        'results/2026-05.yaml':
          'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-05\nresults:\n  - { sla: payments-api, objective: uptime, value: 99.5% }\n',
      });
      const from = small.commit('base');
      small.write({ 'slas/p.yaml': sla(objective, indicator, '99.99%') });
      const head = small.commit('promise more');
      small.write({
        'reviews.json': JSON.stringify([
          {
            id: 1,
            user: { login: 'alice' },
            state: 'APPROVED',
            commit_id: head,
            submitted_at: '2026-12-01T10:00:00Z',
          },
        ]),
      });
      const run = await runCli(
        [
          'approvals',
          '--base',
          from,
          '--author',
          'mallory',
          '--reviews',
          'reviews.json',
          '--today',
          '2026-12-01',
          '--format',
          'json',
        ],
        { cwd: small.dir },
      );
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).requirements).toContainEqual(
        expect.objectContaining({
          reason: expect.stringMatching(/^over-promise/),
          anyOf: ['@ada'],
          satisfied: false,
        }),
      );
    } finally {
      small.remove();
    }
  });
});
