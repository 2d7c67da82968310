// SLAs kept in a subfolder of a larger repository: slac run in that folder reads its
// .slac.yml and paths relative to it, and still sees what changes at the root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { SLA, edit } from './diff-fixture.js';

const CONFIG = `approval:
  admins: ['@acme/sla-admins']
teams:
  '@acme/sla-admins': [ada]
  '@acme/payments': [alice]
`;

let repo: TempRepo;
let base: string;
let folder: string;

beforeEach(() => {
  repo = makeRepo();
  repo.write({
    'README.md': 'A monorepo.\n',
    'sla/.slac.yml': CONFIG,
    'sla/slas/payments-api.yaml': SLA,
  });
  base = repo.commit('SLAs as agreed', '2026-03-01T10:00:00Z');
  folder = join(repo.dir, 'sla');
});

afterEach(() => repo.remove());

function weaken(): void {
  repo.write({
    'sla/slas/payments-api.yaml': edit(SLA, ['target: 99.95%', 'target: 99.9%']),
  });
}

function approvedBy(login: string): void {
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.write({
    'sla/reviews.json': JSON.stringify([
      { user: { login, type: 'User' }, state: 'APPROVED', commit_id: head },
    ]),
  });
}

describe('slac in a subfolder of the repository', () => {
  it('diffs the SLAs of the folder, with paths relative to it', async () => {
    weaken();
    repo.commit('Lower uptime');
    const run = await runCli(['diff', '--base', base, '--format', 'json'], { cwd: folder });
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as { slas: { id: string; file: string; impact: string }[] };
    expect(diff.slas).toEqual([
      expect.objectContaining({
        id: 'payments-api',
        file: 'slas/payments-api.yaml',
        impact: 'weakened',
      }),
    ]);
  });

  it("takes owners and teams from the folder's .slac.yml", async () => {
    weaken();
    repo.commit('Lower uptime');
    approvedBy('alice');
    const run = await runCli(
      ['approvals', '--base', base, '--author', 'carol', '--reviews', 'reviews.json'],
      { cwd: folder },
    );
    expect(run.stdout).toContain('approved by alice');
    expect(run.code).toBe(0);
  });

  it("finds the base's .slac.yml of a folder whose name is a pattern, from a folder in it", async () => {
    // Another team's config at `sla/` must not be taken for the one at `sla/[*]/`: git is asked
    // for those places literally.
    repo.write({
      'sla/[*]/.slac.yml': CONFIG.replace('[ada]', '[dora]'),
      'sla/[*]/slas/payments-api.yaml': SLA,
    });
    const start = repo.commit('A team of its own');
    repo.write({
      'sla/[*]/slas/payments-api.yaml': edit(SLA, ['target: 99.95%', 'target: 99.9%']),
    });
    repo.commit('Lower uptime');
    approvedBy('ada');
    const run = await runCli(
      ['approvals', '--base', start, '--author', 'carol', '--reviews', '../../reviews.json'],
      { cwd: join(folder, '[*]', 'slas') },
    );
    // From `sla/`, whose globs do not select the changed file, nothing would have changed.
    expect(run.stdout).toContain('SLA payments-api (weakened): needs an approval');
    expect(run.code).toBe(1);
  });

  it("still needs an admin when the pull request changes the root's workflows", async () => {
    weaken();
    repo.write({ '.github/workflows/sla-check.yml': 'on: push\n' });
    repo.commit('Lower uptime and change the check');
    approvedBy('alice');
    const run = await runCli(
      ['approvals', '--base', base, '--author', 'carol', '--reviews', 'reviews.json'],
      { cwd: folder },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('@acme/sla-admins');
  });

  it('renders the history of the folder, and checks reviews against its latest commit', async () => {
    const reviewed = (text: string) =>
      edit(text, [
        '  serviceHours:',
        '  review: { every: 6 months, lastReviewed: 2026-01-15 }\n  serviceHours:',
      ]);
    repo.write({ 'sla/slas/payments-api.yaml': reviewed(SLA) });
    repo.commit('Record the review', '2026-03-02T10:00:00Z');
    repo.write({
      'sla/slas/payments-api.yaml': reviewed(edit(SLA, ['target: 99.95%', 'target: 99.9%'])),
    });
    repo.commit('Lower uptime', '2026-04-02T10:00:00Z');
    const render = async () => {
      // Outside the folder: the site is not an SLA change when the next commit adds it.
      const run = await runCli(['render', '--out', '../public'], {
        cwd: folder,
        today: '2030-01-01',
      });
      expect(run.code).toBe(0);
      return readFileSync(join(repo.dir, 'public', 'services', 'payments-api.html'), 'utf8');
    };
    const page = await render();
    expect(page).toContain('<time datetime="2026-04-02">2 April 2026</time>');
    expect(page).toContain('<time datetime="2026-03-01">1 March 2026</time>');
    // The review falls due on 2026-07-15: not by the clock (2030), by the latest commit.
    expect(page).not.toContain('Review overdue');

    repo.write({ 'README.md': 'A monorepo, later.\n' });
    repo.commit('Unrelated', '2026-09-01T10:00:00Z');
    expect(await render()).not.toContain('Review overdue');
    repo.write({
      'sla/slas/payments-api.yaml': reviewed(
        edit(
          SLA,
          ['target: 99.95%', 'target: 99.9%'],
          ['Accept card payments.', 'Take card payments.'],
        ),
      ),
    });
    repo.commit('Reword the summary', '2026-08-01T10:00:00Z');
    expect(await render()).toContain('Review overdue');
  });
});
