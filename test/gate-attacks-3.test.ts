// The third adversarial review of the approval gate, aimed at "the pull request check follows
// the change" (960db4e): the check no longer reads SLA files whose path and blob are the same
// at base and head, and finds unchanged holders of a changed id with git grep. Each test is a
// pull request on a real temporary git repository, run through `slac approvals`, that the
// check must block (as validating every file did) and did not.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../action/check.js';
import { runCli } from './helpers/cli.js';
import { MemoryGitHub, checkContext } from './helpers/memory-github.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { gateSla } from './helpers/sla-text.js';

const sla = gateSla;

interface Requirement {
  sla: string | null;
  reason: string;
  anyOf: string[];
  satisfied: boolean;
}

let repo: TempRepo;
afterEach(() => repo.remove());

async function approvals(base: string, head = 'HEAD') {
  const run = await runCli(
    [
      'approvals',
      '--base',
      base,
      '--head',
      head,
      '--author',
      'eve',
      '--reviews',
      'reviews.json',
      '--format',
      'json',
    ],
    { cwd: repo.dir },
  );
  return {
    ...run,
    requirements: run.stdout ? (JSON.parse(run.stdout).requirements as Requirement[]) : [],
  };
}

/** Writes a file whose name is raw bytes (not UTF-8), under slas/. */
function writeRaw(nameBytes: number[], content: string): void {
  mkdirSync(join(repo.dir, 'slas'), { recursive: true });
  const path = Buffer.concat([
    Buffer.from(join(repo.dir, 'slas') + '/'),
    Buffer.from(nameBytes),
    Buffer.from('.yaml'),
  ]);
  writeFileSync(path, content);
}

/**
 * The fix: a file the globs select whose name is not UTF-8 is no SLA file for any reader; at
 * head it is an error (file-path-encoding) that blocks the check whatever the reviews.
 */
function expectBlockedByName(run: { code: number; requirements: Requirement[] }): void {
  expect(run.code).toBe(1);
  expect(run.requirements).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        sla: null,
        satisfied: false,
        reason: expect.stringContaining('file-path-encoding'),
      }),
    ]),
  );
}

describe('paths that read as the same text', () => {
  // git names files by bytes; slac reads `git ls-tree -z` as UTF-8, so every invalid byte
  // becomes U+FFFD and slas/\xfe.yaml and slas/\xff.yaml are both "slas/\uFFFD.yaml". The
  // check keys "the same at base and head" by that text: the unchanged \xff file (the later
  // entry, so the one head's map keeps) marks the path as same, and every other file under
  // that text — added or changed — is neither read nor validated nor diffed.
  function base(): string {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\n",
      'slas/payments.yaml': sla('payments-api', '@alice', '99.95%'),
      'reviews.json': '[]',
    });
    // Merged earlier, with an admin's approval: an innocuous SLA of mallory's.
    writeRaw([0xff], sla('mallory-svc', '@mallory', '99%'));
    return repo.commit('base');
  }

  it('an SLA added under such a path, holding an id already used, is blocked', async () => {
    const b = base();
    // The pull request adds a second payments-api, owned by mallory, at 50%.
    writeRaw([0xfe], sla('payments-api', '@mallory', '50%'));
    repo.commit('add');
    const run = await approvals(b);
    // Validating every file: sla-id-unique at head (blocked), and @alice must approve.
    // The new check: satisfied, with no requirement at all.
    expect(run.code).toBe(1);
    expect(run.requirements.length).toBeGreaterThan(0);
    expect(run.requirements.every((r) => !r.satisfied)).toBe(true);
  });

  it('a new SLA added under such a path needs its declared owner and an admin', async () => {
    const b = base();
    writeRaw([0xfe], sla('rogue-svc', '@mallory', '10%'));
    repo.commit('add');
    const run = await approvals(b);
    expectBlockedByName(run);
  });

  it('an invalid SLA file added under such a path blocks the check', async () => {
    const b = base();
    writeRaw([0xfe], 'apiVersion: slac/v1\nkind: [not, an, sla\n');
    repo.commit('add');
    const run = await approvals(b);
    expectBlockedByName(run);
  });

  it('slac validate names such a file as an error instead of failing to open it', async () => {
    base();
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      expect.objectContaining({ file: 'slas/\uFFFD.yaml', rule: 'file-path-encoding' }),
    ]);
  });

  it("weakening an SLA under such a path needs its owner's approval", async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\n",
      'reviews.json': '[]',
    });
    repo.write({ 'slas/keep.yaml': sla('keep', '@bob', '99%') });
    writeRaw([0xfe], sla('legacy-api', '@alice', '99.95%'));
    writeRaw([0xff], sla('mallory-svc', '@mallory', '99%'));
    const b = repo.commit('base');
    writeRaw([0xfe], sla('legacy-api', '@alice', '50%'));
    repo.commit('weaken');
    const run = await approvals(b);
    expectBlockedByName(run);
  });
});

describe('git grep over folders named by lossy text', () => {
  // unchangedHolding asks `git grep` about the top folders of the unchanged files, as
  // `:(top,literal)<folder>`: a folder whose name is not UTF-8 comes back from ls-tree as
  // "\uFFFD", which names no folder of the commit, so git grep finds nothing there and an
  // unchanged file in it that holds a changed file's id is not loaded.
  it("a second SLA with an id an unchanged file holds is blocked, and the holder's owner asked", async () => {
    repo = makeRepo();
    repo.write({
      '.slac.yml': "slas: ['**/*.yaml']\napproval: { admins: ['@ada'] }\n",
      'slas/other.yaml': sla('other', '@bob', '99%'),
    });
    // alice's SLA lives in a folder whose name is Latin-1 (0xE9: "é").
    const folder = Buffer.concat([Buffer.from(repo.dir + '/'), Buffer.from([0xe9])]);
    mkdirSync(folder);
    writeFileSync(
      Buffer.concat([folder, Buffer.from('/payments.yaml')]),
      sla('payments-api', '@alice', '99.95%'),
    );
    const b = repo.commit('base');
    repo.write({ 'slas/payments2.yaml': sla('payments-api', '@mallory', '50%') });
    const head = repo.commit('add a second payments-api');
    // mallory (the new file's declared owner) and the admin approve what reads as a new SLA.
    const reviews = ['mallory', 'ada'].map((login, i) => ({
      user: { login },
      state: 'APPROVED',
      commit_id: head,
      submitted_at: `2026-01-02T00:00:0${i}Z`,
    }));
    repo.write({ 'reviews.json': JSON.stringify(reviews) });
    const run = await approvals(b, head);
    // Validating every file: sla-id-unique at head blocks, and payments-api is alice's.
    // The change-following check found no holder (git grep missed the folder): "added",
    // satisfied by mallory and ada. Now alice's file is no SLA for any reader while its
    // folder's name is not UTF-8, and at head that blocks the check.
    expectBlockedByName(run);
  });
});

describe("the action's mode check", () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  it('fails the status of a pull request that weakens an SLA at a path read as the same text as another', async () => {
    // main: alice's legacy-api at slas/\xfe.yaml, mallory's SLA at slas/\xff.yaml (both
    // "slas/\uFFFD.yaml" to slac). Pull request 7, by mallory, lowers legacy-api to 50%.
    repo = makeRepo();
    repo.write({ '.slac.yml': "approval: { admins: ['@ada'] }\n" });
    writeRaw([0xfe], sla('legacy-api', '@alice', '99.95%'));
    writeRaw([0xff], sla('mallory-svc', '@mallory', '99%'));
    const baseSha = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'weaken');
    writeRaw([0xfe], sla('legacy-api', '@alice', '50%'));
    repo.git('add', '-A');
    repo.git(
      '-c',
      'user.name=mallory',
      '-c',
      'user.email=mallory@example.com',
      'commit',
      '-qm',
      'weaken',
    );
    const headSha = repo.git('rev-parse', 'HEAD').trim();
    const temp = mkdtempSync(join(tmpdir(), 'slac-check-'));
    temps.push(temp);
    const origin = join(temp, 'origin.git');
    execFileSync('git', ['init', '-q', '--bare', origin]);
    repo.git('push', '-q', origin, 'main:refs/heads/main', 'weaken:refs/pull/7/head');
    const workspace = join(temp, 'workspace');
    execFileSync('git', ['clone', '-q', '--branch', 'main', origin, workspace]);
    const api = new MemoryGitHub();
    api.pulls.set(7, {
      number: 7,
      author: 'mallory',
      headSha,
      headRef: 'weaken',
      baseSha,
      baseRef: 'main',
    });
    api.commitsOf.set(7, [
      { sha: headSha, author: { login: 'mallory' }, committer: { login: 'mallory' } },
    ]);
    const event = {
      action: 'opened',
      number: 7,
      pull_request: { number: 7, head: { sha: headSha } },
    };
    const { report } = await runCheck(checkContext(api, workspace, temp, event));
    // No review at all: validating every file asks @alice; the new check sets success.
    expect(report.approved).toBe(false);
    expect(api.statuses.at(-1)).toMatchObject({ sha: headSha, state: 'failure' });
  });
});
