// Issue 11's attacks on the approval gate that the core and the CLI must deny, each on a real
// temporary git repository through `slac approvals`, `slac diff`, `slac render` and
// `slac codeowners`: one file selection for every reader, protected paths, authors of a
// commit, and measurement wording as a commitment.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

function sla(owner: string, target = '99.95%', measurement = 'A minute is down when calls fail.') {
  return `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '${owner}' }
spec:
  service: { name: Payments API, summary: Accept payments. }
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-06-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: ${target}
      window: month
      measurement: ${measurement}
  support:
    priorities:
      - { level: P1, meaning: Payments fail for all customers, response: 15m }
`;
}

const CONFIG = `templates: site-templates/
approval:
  admins: ['@acme/sla-admins']
  editorial: EDITORIAL
teams:
  '@acme/sla-admins': [ada]
  '@acme/payments': [alice, bob]
`;

let repo: TempRepo;
let base: string;

function setUp(editorial = 'require-owner', owner = '@acme/payments') {
  repo = makeRepo();
  repo.write({
    '.slac.yml': CONFIG.replace('EDITORIAL', editorial),
    'slas/payments-api.yaml': sla(owner),
    'site-templates/partials/footer.hbs': '<footer>Acme</footer>\n',
  });
  base = repo.commit('base');
}

function reviews(list: { login: string; commit: string }[]): string {
  repo.write({
    'reviews.json': JSON.stringify(
      list.map((r, i) => ({
        id: i + 1,
        user: { login: r.login, type: 'User' },
        state: 'APPROVED',
        commit_id: r.commit,
        submitted_at: `2026-07-01T10:0${i}:00Z`,
      })),
    ),
  });
  return 'reviews.json';
}

/** GitHub's "list commits on a pull request" for base..HEAD, with the logins given per commit. */
function commitsFile(logins: Record<string, { author: string | null; committer?: string }>) {
  const shas = repo.git('rev-list', '--reverse', `${base}..HEAD`).trim().split('\n');
  repo.write({
    'commits.json': JSON.stringify(
      shas.map((sha) => {
        const who = logins[sha] ?? { author: 'eve' };
        return {
          sha,
          commit: { message: 'x', author: { name: 'x', email: 'x@example.com' } },
          author: who.author === null ? null : { login: who.author, type: 'User' },
          committer: { login: who.committer ?? who.author ?? 'web-flow', type: 'User' },
        };
      }),
    ),
  });
  return 'commits.json';
}

function approvals(author: string, ...extra: string[]) {
  return runCli(
    [
      'approvals',
      '--base',
      base,
      '--author',
      author,
      '--reviews',
      'reviews.json',
      '--format',
      'json',
      ...extra,
    ],
    { cwd: repo.dir },
  );
}

interface Requirement {
  sla: string | null;
  reason: string;
  anyOf: string[];
  approvedBy: string[];
  satisfied: boolean;
}

afterEach(() => repo.remove());

describe('one file selection for every reader', () => {
  beforeEach(() => setUp());

  it('an SLA moved into node_modules/ is a removal that needs its owner', async () => {
    mkdirSync(join(repo.dir, 'slas/node_modules'));
    repo.git('mv', 'slas/payments-api.yaml', 'slas/node_modules/payments-api.yaml');
    repo.commit('hide payments');
    reviews([]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { requirements: Requirement[] };
    expect(result.requirements).toContainEqual(
      expect.objectContaining({
        sla: 'payments-api',
        reason: 'removed',
        anyOf: ['@acme/payments'],
      }),
    );
    const diff = await runCli(['diff', '--base', base, '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(diff.stdout).slas).toEqual([
      expect.objectContaining({ id: 'payments-api', status: 'removed', impact: 'weakened' }),
    ]);
  });

  it('the working tree agrees: the moved SLA is neither validated nor rendered', async () => {
    mkdirSync(join(repo.dir, 'slas/node_modules'));
    repo.git('mv', 'slas/payments-api.yaml', 'slas/node_modules/payments-api.yaml');
    repo.write({ 'slas/other.yaml': sla('@acme/payments').replace('payments-api', 'other') });
    repo.commit('hide payments');
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(validate.stdout).files).toBe(1);
    const render = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(render.stderr).toBe('');
    expect(render.code).toBe(0);
    const catalog = JSON.parse(readFileSync(join(repo.dir, 'site/catalog.json'), 'utf8'));
    expect(catalog.services.map((s: { id: string }) => s.id)).toEqual(['other']);
  });

  it('an SLA replaced by a symbolic link is a removal for git as for the working tree', async () => {
    repo.write({ 'slas/payments-api.yaml': null, 'elsewhere.yaml': sla('@acme/payments', '90%') });
    symlinkSync('../elsewhere.yaml', join(repo.dir, 'slas/payments-api.yaml'));
    repo.commit('link');
    expect(repo.git('ls-tree', 'HEAD', 'slas/payments-api.yaml')).toMatch(/^120000 /);
    reviews([]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { requirements: Requirement[] };
    expect(result.requirements).toContainEqual(
      expect.objectContaining({ sla: 'payments-api', reason: 'removed' }),
    );
  });
});

describe('protected paths need an admin', () => {
  beforeEach(() => setUp());

  it('a change to the configured templates folder alone needs an admin', async () => {
    repo.write({
      'site-templates/partials/footer.hbs': '<footer>100% uptime guaranteed</footer>\n',
    });
    const head = repo.commit('promise more');
    reviews([{ login: 'alice', commit: head }]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { requirements: Requirement[] };
    expect(result.requirements).toEqual([
      expect.objectContaining({
        sla: null,
        reason: 'changes site-templates/partials/footer.hbs',
        anyOf: ['@acme/sla-admins'],
        satisfied: false,
      }),
    ]);
    reviews([{ login: 'ada', commit: head }]);
    expect((await approvals('eve')).code).toBe(0);
  });

  it('a .gitattributes anywhere needs an admin', async () => {
    repo.write({ 'slas/.gitattributes': '*.yaml working-tree-encoding=UTF-16LE-BOM\n' });
    // Committed alone: under the new attributes git would re-encode the SLA files on add.
    repo.git('add', 'slas/.gitattributes');
    repo.git('commit', '-qm', 're-encode');
    const head = repo.git('rev-parse', 'HEAD').trim();
    reviews([{ login: 'alice', commit: head }]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements).toEqual([
      expect.objectContaining({
        reason: 'changes slas/.gitattributes',
        anyOf: ['@acme/sla-admins'],
      }),
    ]);
  });

  it('slac codeowners gives the templates folder and .gitattributes to the admins', async () => {
    const run = await runCli(['codeowners'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    const text = readFileSync(join(repo.dir, 'CODEOWNERS'), 'utf8');
    expect(text).toContain('/site-templates/ @acme/sla-admins\n');
    expect(text).toContain('.gitattributes @acme/sla-admins\n');
    expect(text).toContain('/.github/ @acme/sla-admins\n');
  });
});

describe('whoever authored or committed a change cannot approve it', () => {
  beforeEach(() => setUp('require-owner', '@carol'));

  it('an owner who committed the weakening cannot approve it, though eve opened the pull request', async () => {
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99%') });
    const head = repo.commit('weaken');
    reviews([{ login: 'carol', commit: head }]);
    // Without the commits, only the opener is known: the old hole.
    expect((await approvals('eve')).code).toBe(0);
    const run = await approvals('eve', '--commits', commitsFile({ [head]: { author: 'carol' } }));
    expect(run.code).toBe(1);
    const [owner] = JSON.parse(run.stdout).requirements as Requirement[];
    expect(owner).toMatchObject({
      sla: 'payments-api',
      anyOf: ['@acme/sla-admins'],
      satisfied: false,
    });
    const text = await runCli(
      [
        'approvals',
        '--base',
        base,
        '--author',
        'eve',
        '--reviews',
        'reviews.json',
        '--commits',
        'commits.json',
      ],
      { cwd: repo.dir },
    );
    expect(text.stdout).toContain(
      `@carol authored or committed this change (commit ${head.slice(0, 7)})`,
    );
    expect(text.stdout).toContain('an admin must approve instead');
  });

  it('a committer counts as an author too', async () => {
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99%') });
    const head = repo.commit('weaken');
    reviews([{ login: 'carol', commit: head }]);
    const run = await approvals(
      'eve',
      '--commits',
      commitsFile({ [head]: { author: 'eve', committer: 'carol' } }),
    );
    expect(run.code).toBe(1);
  });

  it('the owner still approves a change made by someone else in the same pull request', async () => {
    repo.write({ 'README.md': 'notes\n' });
    const c1 = repo.commit('carol edits the readme');
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99%') });
    const head = repo.commit('eve weakens');
    reviews([{ login: 'carol', commit: head }]);
    const run = await approvals(
      'eve',
      '--commits',
      commitsFile({ [c1]: { author: 'carol' }, [head]: { author: 'eve' } }),
    );
    expect(run.code).toBe(0);
  });

  it('an admin who committed a config change cannot approve it', async () => {
    repo.write({ '.slac.yml': CONFIG.replace('EDITORIAL', 'no-approval') });
    const head = repo.commit('loosen');
    reviews([{ login: 'ada', commit: head }]);
    const run = await approvals('eve', '--commits', commitsFile({ [head]: { author: 'ada' } }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/only people who made this change could approve/);
  });

  it('a commit that changed an SLA but is missing from a list of 250 (GitHub cut it short) blocks the check', async () => {
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99%') });
    const head = repo.commit('weaken');
    reviews([{ login: 'carol', commit: head }]);
    const others = Array.from({ length: 250 }, (_, i) => ({
      sha: i.toString(16).padStart(40, '0'),
      author: { login: 'eve' },
      committer: { login: 'eve' },
    }));
    repo.write({ 'commits.json': JSON.stringify(others) });
    const run = await approvals('eve', '--commits', 'commits.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/is not in GitHub's list of the pull request's commits/);
  });

  it('in a shallow clone, older history that the log of git adds is not taken for the pull request', async () => {
    // main: base (carol changed the SLA there), then one more commit; the pull request
    // branches from base, and the action's checkout of main has depth 1.
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99.9%') });
    repo.commit('carol, on main');
    const branchPoint = repo.git('rev-parse', 'HEAD').trim();
    repo.write({ 'README.md': 'later\n' });
    repo.commit('main moves on');
    repo.git('checkout', '-q', '-b', 'pr', branchPoint);
    repo.write({ 'slas/payments-api.yaml': sla('@carol', '99%') });
    const head = repo.commit('eve weakens');
    repo.git('checkout', '-q', 'main');
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    const clone = mkdtempSync(join(tmpdir(), 'slac-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      execFileSync('git', ['fetch', '-q', '--no-tags', 'origin', head], { cwd: clone });
      const listed = [{ sha: head, author: { login: 'eve' }, committer: { login: 'eve' } }];
      const review = [
        {
          id: 1,
          user: { login: 'carol' },
          state: 'APPROVED',
          commit_id: head,
          submitted_at: '2026-07-01T10:00:00Z',
        },
      ];
      writeFileSync(join(clone, 'commits.json'), JSON.stringify(listed));
      writeFileSync(join(clone, 'reviews.json'), JSON.stringify(review));
      const run = await runCli(
        [
          'approvals',
          '--base',
          'origin/main',
          '--head',
          head,
          '--author',
          'eve',
          '--reviews',
          'reviews.json',
          '--commits',
          'commits.json',
        ],
        { cwd: clone },
      );
      expect(run.stdout).not.toMatch(/is not in GitHub's list/);
      expect(run.code).toBe(0);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('a malformed commits file is a usage error naming the field', async () => {
    repo.write({ 'commits.json': '[{"sha": "abc"}]' });
    reviews([]);
    const run = await approvals('eve', '--commits', 'commits.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--commits commits.json: commit 1: sha must be a 40-character/);
  });
});

describe('measurement, meanings and the review cadence are commitments', () => {
  beforeEach(() => setUp('no-approval'));

  it.each([
    [
      'the measurement',
      sla('@acme/payments', '99.95%', 'A minute is down when 50% of calls fail.'),
    ],
    [
      'a priority meaning',
      sla('@acme/payments').replace('Payments fail for all customers', 'The site is down'),
    ],
    ['the review cadence', sla('@acme/payments').replace('every: 6 months', 'every: 2 years')],
  ])('changing %s needs the owner even with editorial: no-approval', async (_what, text) => {
    repo.write({ 'slas/payments-api.yaml': text });
    repo.commit('reword');
    reviews([]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements[0]).toMatchObject({
      sla: 'payments-api',
      anyOf: ['@acme/payments'],
    });
  });

  it('a longer review cadence is weakened, a shorter one strengthened', async () => {
    repo.write({
      'slas/payments-api.yaml': sla('@acme/payments').replace('every: 6 months', 'every: 1 year'),
    });
    repo.commit('review less');
    const run = await runCli(['diff', '--base', base, '--format', 'json'], { cwd: repo.dir });
    const [change] = JSON.parse(run.stdout).slas[0].changes;
    expect(change).toMatchObject({ path: 'spec.review.every', impact: 'weakened' });
    expect(change.message).toBe(
      'Review cadence lengthened from every 6 months to every 1 year: the SLA is reviewed with customers less often.',
    );
  });

  it('a title change alone still needs no approval with editorial: no-approval', async () => {
    repo.write({
      'slas/payments-api.yaml': sla('@acme/payments').replace(
        'title: Payments API',
        'title: Payments',
      ),
    });
    repo.commit('retitle');
    reviews([]);
    expect((await approvals('eve')).code).toBe(0);
  });
});

describe('one file selection: nested repositories', () => {
  beforeEach(() => setUp());

  it('the working tree does not select SLA files of a nested repository or submodule, as git does not', async () => {
    repo.write({
      'slas/vendor/.git': 'gitdir: ../../.git/modules/vendor\n',
      'slas/vendor/extra.yaml': sla('@acme/payments').replace('payments-api', 'extra'),
    });
    const validate = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(validate.stdout).files).toBe(1);
  });
});

describe('editorial: no-approval does not cover where customers are sent', () => {
  beforeEach(() => setUp('no-approval'));

  it.each([
    [
      'a contact address',
      (t: string) =>
        t.replace(
          '  support:',
          '  contacts:\n    - { name: On-call, email: evil@example.com }\n  support:',
        ),
    ],
    [
      'the service link',
      (t: string) =>
        t.replace(
          'summary: Accept payments. }',
          'summary: Accept payments., url: https://evil.example }',
        ),
    ],
    [
      'the last review date',
      (t: string) => t.replace('lastReviewed: 2026-06-01', 'lastReviewed: 2026-11-30'),
    ],
  ])('changing %s needs the owner', async (_what, edit) => {
    repo.write({ 'slas/payments-api.yaml': edit(sla('@acme/payments')) });
    repo.commit('redirect');
    reviews([]);
    const run = await approvals('eve');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).requirements[0]).toMatchObject({
      sla: 'payments-api',
      reason: 'changed',
      anyOf: ['@acme/payments'],
    });
  });
});
