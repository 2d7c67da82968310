// Trees made by hand (git hash-object --literally), the way an attacker can push them: a tree
// entry whose name holds a "/", a path listed twice (also as a file and a folder or a
// submodule). Through `slac approvals` on a real temporary repository: each fails closed.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

function sla(target: string, owner = '@alice'): string {
  return `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: pay-api, title: Pay API, owner: '${owner}' }
spec:
  service: { name: Pay API, summary: Accept payments. }
  effective: { from: 2026-01-01 }
  objectives:
    - { id: uptime, title: Uptime, indicator: availability, target: '${target}', window: month }
`;
}

let repo: TempRepo;
afterEach(() => repo.remove());

/** A tree object of exactly these entries, in this order, as git would never write it. */
function mktree(entries: Array<[mode: string, name: string, sha: string]>): string {
  const bytes = Buffer.concat(
    entries.map(([mode, name, sha]) =>
      Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(sha, 'hex')]),
    ),
  );
  return execFileSync('git', ['hash-object', '-t', 'tree', '-w', '--literally', '--stdin'], {
    cwd: repo.dir,
    input: bytes,
  })
    .toString()
    .trim();
}

function blob(text: string): string {
  return execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: text })
    .toString()
    .trim();
}

function commit(tree: string, parent: string): string {
  return repo.git('commit-tree', tree, '-p', parent, '-m', 'made by hand').trim();
}

async function approvalsJson(head: string, reviewers: string[]) {
  repo.write({
    'reviews.json': JSON.stringify(
      reviewers.map((login, i) => ({
        id: i + 1,
        user: { login, type: 'User' },
        state: 'APPROVED',
        commit_id: head,
        submitted_at: '2026-12-01T00:00:00Z',
      })),
    ),
  });
  return runCli(
    [
      'approvals',
      '--base',
      'main',
      '--head',
      head,
      '--author',
      'mallory',
      '--reviews',
      'reviews.json',
      '--format',
      'json',
    ],
    { cwd: repo.dir },
  );
}

describe('trees made by hand', () => {
  function base(): { slas: string; main: string } {
    repo = makeRepo();
    repo.write({ 'slas/pay.yaml': sla('99.9%') });
    const main = repo.commit('base');
    return { slas: repo.git('rev-parse', 'main:slas').trim(), main };
  }

  it('an entry named "slas/node_modules" holding the SLAs fails closed (it hid a removal)', async () => {
    const { slas, main } = base();
    const head = commit(mktree([['40000', 'slas/node_modules', slas]]), main);
    const run = await approvalsJson(head, []);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /lists "slas\/node_modules" under "slas", which it does not list as a folder, in its tree .*nothing in it is checked or approved/,
    );
  });

  it('and beside it a weakened copy under another such name fails closed too', async () => {
    const { slas, main } = base();
    const weaker = mktree([['100644', 'pay.yaml', blob(sla('90%', '@friend'))]]);
    const head = commit(
      mktree([
        ['40000', 'slas/node_modules', slas],
        ['40000', 'slas/zz', weaker],
      ]),
      main,
    );
    const run = await approvalsJson(head, ['friend']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/which it does not list as a folder/);
  });

  it('a file and a folder of one name (.slac.yml) fail closed', async () => {
    const { slas, main } = base();
    const config = blob("slas: 'catalog/**'\n");
    const inside = mktree([['100644', 'x', blob('x')]]);
    const head = commit(
      mktree([
        ['100644', '.slac.yml', config],
        ['40000', '.slac.yml', inside],
        ['40000', 'slas', slas],
      ]),
      main,
    );
    const run = await approvalsJson(head, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lists "\.slac\.yml" twice/);
  });

  it('a file and a submodule of one name fail closed', async () => {
    const { main } = base();
    const original = repo.git('rev-parse', 'main:slas/pay.yaml').trim();
    const slasTree = mktree([
      ['100644', 'pay.yaml', original],
      ['160000', 'pay.yaml', main],
    ]);
    const head = commit(mktree([['40000', 'slas', slasTree]]), main);
    const run = await approvalsJson(head, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lists "slas\/pay\.yaml" twice/);
  });

  it('a path listed twice (the weakened file first, the original last) fails closed', async () => {
    const { main } = base();
    const original = repo.git('rev-parse', 'main:slas/pay.yaml').trim();
    const slasTwice = mktree([
      ['100644', 'pay.yaml', blob(sla('90%'))],
      ['100644', 'pay.yaml', original],
    ]);
    const head = commit(mktree([['40000', 'slas', slasTwice]]), main);
    const run = await approvalsJson(head, []);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /lists "slas\/pay\.yaml" twice in its tree .*nothing in it is checked or approved/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a path twice through a "/" in a name (a file "slas/pay.yaml" beside the folder) fails closed', async () => {
    const { slas, main } = base();
    const head = commit(
      mktree([
        ['40000', 'slas', slas],
        ['100644', 'slas/pay.yaml', blob(sla('90%'))],
      ]),
      main,
    );
    const run = await approvalsJson(head, []);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lists "slas\/pay\.yaml" twice/);
  });
});
