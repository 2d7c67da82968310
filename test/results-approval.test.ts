// Measured results in a pull request: the figures customers read, so changing them needs the
// owner of each SLA whose results change; results that cannot be read at head block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const root = join(import.meta.dirname, '..');
let repo: TempRepo;
let base: string;

beforeEach(() => {
  repo = makeRepo();
  repo.copy(join(root, 'examples'));
  base = repo.commit('examples');
});
afterEach(() => repo.remove());

function reviews(list: { login: string; commit: string }[]) {
  repo.write({
    'reviews.json': JSON.stringify(
      list.map((r, i) => ({
        id: i + 1,
        user: { login: r.login },
        state: 'APPROVED',
        commit_id: r.commit,
        submitted_at: `2026-12-01T10:0${i}:00Z`,
      })),
    ),
  });
}

const approvals = (...extra: string[]) =>
  runCli(
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
      '--format',
      'json',
      ...extra,
    ],
    { cwd: repo.dir },
  );

describe('results in a pull request', () => {
  it("rewriting a missed month needs the SLA's owner", async () => {
    const file = join(repo.dir, 'results/2026-08.yaml');
    repo.write({
      'results/2026-08.yaml': readFileSync(file, 'utf8')
        .replace('value: 99.86%', 'value: 99.99%')
        .replace(/ {4}good: \d+\n {4}total: \d+\n/, ''),
    });
    const head = repo.commit('a better August');
    reviews([]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements).toEqual([
      expect.objectContaining({
        sla: 'payments-api',
        reason: 'results changed: uptime 2026-08 99.86% → 99.99%',
        anyOf: ['@acme/payments'],
        satisfied: false,
      }),
    ]);
    reviews([{ login: 'bob', commit: head }]);
    expect((await approvals()).code).toBe(0);
  });

  it("a new period's results need each SLA's owner", async () => {
    repo.write({
      'results/2026-12.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-12\nresults:\n  - { sla: payments-api, objective: uptime, value: 99.99% }\n  - { sla: search-api, objective: uptime, value: 99.95% }\n',
    });
    repo.commit('December');
    reviews([]);
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
        '2026-12-20',
        '--format',
        'json',
      ],
      { cwd: repo.dir },
    );
    expect(
      JSON.parse(run.stdout).requirements.map(
        (r: { sla: string; anyOf: string[]; reason: string }) => [r.sla, r.anyOf, r.reason],
      ),
    ).toEqual([
      ['payments-api', ['@acme/payments'], 'results changed: uptime 2026-12 99.99% added'],
      ['search-api', ['@acme/search'], 'results changed: uptime 2026-12 99.95% added'],
    ]);
  });

  it('an owner who committed the change to the results cannot approve it', async () => {
    repo.write({
      'results/2026-08.yaml': readFileSync(join(repo.dir, 'results/2026-08.yaml'), 'utf8').replace(
        '    note: Card network outage on 14 August (INC-2231).\n',
        '',
      ),
    });
    const head = repo.commit('drop the note');
    reviews([{ login: 'bob', commit: head }]);
    repo.write({
      'commits.json': JSON.stringify([
        { sha: head, author: { login: 'bob' }, committer: { login: 'bob' } },
      ]),
    });
    const run = await approvals('--commits', 'commits.json');
    expect(run.code).toBe(1);
    const [req] = JSON.parse(run.stdout).requirements;
    expect(req).toMatchObject({
      sla: 'payments-api',
      reason: 'results changed: uptime 2026-08 note or counts changed',
      satisfied: false,
    });
    expect(req.notes.join(' ')).toMatch(/bob authored or committed this change/);
  });

  it('who changed an SLA file and changed it back cannot approve a change to its results', async () => {
    // The SLA file is the same at base and head, so the check does not read it in full; the
    // commits that touched it still make their authors authors of the SLA's change.
    const slaFile = join(repo.dir, 'slas/payments-api.yaml');
    const original = readFileSync(slaFile, 'utf8');
    repo.write({ 'slas/payments-api.yaml': original.replace('99.95%', '99.9%') });
    const edit = repo.commit('weaken');
    repo.write({ 'slas/payments-api.yaml': original });
    const back = repo.commit('undo');
    repo.write({
      'results/2026-08.yaml': readFileSync(join(repo.dir, 'results/2026-08.yaml'), 'utf8').replace(
        '    note: Card network outage on 14 August (INC-2231).\n',
        '',
      ),
    });
    const head = repo.commit('drop the note');
    reviews([{ login: 'bob', commit: head }]);
    repo.write({
      'commits.json': JSON.stringify([
        { sha: edit, author: { login: 'bob' }, committer: { login: 'bob' } },
        { sha: back, author: { login: 'bob' }, committer: { login: 'bob' } },
        { sha: head, author: { login: 'carol' }, committer: { login: 'carol' } },
      ]),
    });
    const run = await approvals('--commits', 'commits.json');
    expect(run.code).toBe(1);
    const [req] = JSON.parse(run.stdout).requirements;
    expect(req).toMatchObject({ sla: 'payments-api', satisfied: false });
    expect(req.notes.join(' ')).toMatch(/bob authored or committed this change/);
  });

  it('results that cannot be read at head block the check', async () => {
    repo.write({
      'results/2026-11.yaml':
        'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: payments-api, objective: uptime, value: great }\n',
    });
    const head = repo.commit('broken');
    reviews([
      { login: 'bob', commit: head },
      { login: 'dana', commit: head },
    ]);
    const run = await approvals();
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements[0]).toMatchObject({
      sla: null,
      reason: expect.stringMatching(
        /^the head's results files have 1 problem \(first: results\/2026-11\.yaml:5:52 results-value/,
      ),
      satisfied: false,
    });
  });

  it('a file outside the results glob changes nothing', async () => {
    repo.write({ 'notes/2026-11.yaml': 'apiVersion: slac/v1\n' });
    repo.commit('notes');
    reviews([]);
    expect((await approvals()).code).toBe(0);
  });

  it.each([
    ['1.4s', '1s'],
    ['300.4ms', '300ms'],
    ['99.9499999999999%', '99.95%'],
  ])(
    'a value changed by less than it prints (%s to %s) still needs the owner',
    async (from, to) => {
      const file = (value: string) =>
        `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: ci-runners, objective: job-pickup, value: "${value}" }\n`;
      const objective = from.endsWith('%') ? 'runner-success' : 'job-pickup';
      const period = objective === 'runner-success' ? '2026-W47' : '2026-11';
      const text = (value: string) =>
        file(value).replace('job-pickup', objective).replace('2026-11', period);
      const path = `results/extra-${period}.yaml`;
      repo.write({ [path]: text(from) });
      // The examples already have a result for these: take them out of the base first.
      for (const f of [`results/${period}.yaml`, `results/weekly/${period}.yaml`])
        repo.write({ [f]: null });
      base = repo.commit('a result');
      repo.write({ [path]: text(to) });
      repo.commit('a rounder result');
      reviews([]);
      const run = await approvals();
      expect(run.code).toBe(1);
      expect(JSON.parse(run.stdout).requirements[0]).toMatchObject({
        sla: 'ci-runners',
        reason: expect.stringContaining(`${from} → ${to}`),
      });
    },
  );
});
