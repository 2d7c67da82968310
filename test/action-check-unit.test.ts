// Mode check in process (action/check.ts `runCheck`): its GitHub is kept in memory
// (helpers/memory-github.ts), its repository is real git (an origin, and a workspace cloned
// from the base as actions/checkout leaves it). The end-to-end tests (action*.test.ts) run the
// bundle against an HTTP fake; these drive the same decisions directly, in a fraction of the time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../action/check.js';
import { makeRepo } from './helpers/git-repo.js';
import { MemoryGitHub, checkContext, memoryTeams } from './helpers/memory-github.js';
import { slaText } from './helpers/sla-text.js';

const PR = 7;
const AUTHOR = 'mallory';
const STATUS = 'slac/owner-approval';

interface Setup {
  api: MemoryGitHub;
  workspace: string;
  temp: string;
  baseSha: string;
  headSha: string;
  /** Runs git in the workspace. */
  git: (...args: string[]) => string;
  /** The SLA's text with a target. */
  sla: (target: string) => string;
}

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/**
 * A pull request (#7, by mallory) that lowers the uptime target of an SLA owned by `owner`:
 * main and refs/pull/7/head on a bare origin, the workspace a clone of main.
 */
function pullRequest(
  owner = '@alice',
  files: Record<string, string> = {},
  headTarget = '99.9%',
): Setup {
  const source = makeRepo();
  const sla = (target: string) =>
    slaText({ id: 'payments-api', title: 'Payments API', owner, target });
  source.write({ 'slas/payments.yaml': sla('99.95%'), ...files });
  const baseSha = source.commit('Payments SLA');
  source.git('checkout', '-q', '-b', 'weaken-uptime');
  source.write({ 'slas/payments.yaml': sla(headTarget) });
  source.git('add', '-A');
  source.git(
    '-c',
    `user.name=${AUTHOR}`,
    '-c',
    `user.email=${AUTHOR}@example.com`,
    'commit',
    '-qm',
    'Lower the uptime target',
  );
  const headSha = source.git('rev-parse', 'HEAD').trim();
  const temp = mkdtempSync(join(tmpdir(), 'slac-check-'));
  temps.push(temp);
  const origin = join(temp, 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  source.git('push', '-q', origin, 'main:refs/heads/main', `weaken-uptime:refs/pull/${PR}/head`);
  source.remove();
  const workspace = join(temp, 'workspace');
  execFileSync('git', ['clone', '-q', '--branch', 'main', origin, workspace]);

  const api = new MemoryGitHub();
  api.pulls.set(PR, {
    number: PR,
    author: AUTHOR,
    headSha,
    headRef: 'weaken-uptime',
    baseSha,
    baseRef: 'main',
  });
  api.commitsOf.set(PR, [
    { sha: headSha, author: { login: AUTHOR }, committer: { login: AUTHOR } },
  ]);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: workspace, encoding: 'utf8' });
  return { api, workspace, temp, baseSha, headSha, git, sla };
}

/** The pull_request_target event of pull request `number` at `head`. */
const opened = (s: Setup, number = PR) => ({
  action: 'opened',
  number,
  pull_request: { number, head: { sha: s.headSha } },
});

const check = (s: Setup, event = opened(s), extra = {}) => {
  const context = checkContext(s.api, s.workspace, s.temp, event, extra);
  return runCheck(context).then((result) => ({ ...result, log: context.log }));
};

describe('mode check in process, with GitHub in memory', () => {
  it('sets pending first, then success with the approval of the owner on the head', async () => {
    const s = pullRequest();
    s.api.approve(PR, 'alice', s.headSha);
    const { report, failure } = await check(s);
    expect(failure).toBeUndefined();
    expect(report).toMatchObject({
      approved: true,
      impact: 'weakened',
      pullRequest: PR,
      head: s.headSha,
      base: s.baseSha,
    });
    expect(s.api.statuses.map((x) => [x.sha, x.state])).toEqual([
      [s.headSha, 'pending'],
      [s.headSha, 'success'],
    ]);
    expect(s.api.statuses[1]!.description).toMatch(/^Approved by the owners/);
    expect(s.api.statuses[1]!.url).toBe('https://github.com/acme/slas/actions/runs/42');
    expect(s.api.commentsOn(PR)).toHaveLength(1);
    expect(s.api.commentsOn(PR)[0]).toContain('<!-- slac:report -->');
    expect(s.api.reviewRequests).toEqual([]);
  });

  it('fails the status, names the owner and asks them for a review when the approval is missing', async () => {
    const s = pullRequest();
    const { report, failure, log } = await check(s);
    // A missing approval is the check's answer, not a failure of the step.
    expect(failure).toBeUndefined();
    expect(report.approved).toBe(false);
    expect(s.api.statuses.at(-1)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(s.api.statuses.at(-1)!.description).toMatch(
      /^Waiting for @alice to approve payments-api/,
    );
    expect(s.api.reviewRequests).toEqual([{ pull: PR, reviewers: ['alice'], teams: [] }]);
    expect(s.api.commentsOn(PR)[0]).toContain('@alice');
    expect(log.summaries).toHaveLength(1);
    expect(log.summaries[0]).not.toContain('<!-- slac:report -->');
  });

  it("does not count the author's own approval", async () => {
    const s = pullRequest(`@${AUTHOR}`);
    s.api.approve(PR, AUTHOR, s.headSha);
    const { report } = await check(s);
    expect(report.approved).toBe(false);
    expect(s.api.statuses.at(-1)!.state).toBe('failure');
  });

  it('updates its own comment in place on the next run', async () => {
    const s = pullRequest();
    await check(s);
    s.api.approve(PR, 'alice', s.headSha);
    await check(s);
    expect(s.api.commentsOn(PR)).toHaveLength(1);
    expect(s.api.commentsOn(PR)[0]).toContain('✅');
  });

  it('fails the step and says so when the final status cannot be written', async () => {
    const s = pullRequest();
    s.api.approve(PR, 'alice', s.headSha);
    s.api.fail('setStatus', ([, state]) => state !== 'pending');
    const { report, failure, log } = await check(s);
    expect(report.approved).toBe(true);
    expect(failure).toMatch(
      new RegExp(`could not write the commit status ${STATUS} \\(success\\) on ${s.headSha}`),
    );
    expect(failure).toContain('re-run the check');
    expect(log.errors.map((e) => e.message)).toEqual([failure]);
    // The run left the head pending, never an earlier green.
    expect(s.api.statuses.map((x) => x.state)).toEqual(['pending']);
  });

  it('still decides when pending cannot be written, with a warning', async () => {
    const s = pullRequest();
    s.api.fail('setStatus', ([, state]) => state === 'pending');
    const { failure, log } = await check(s);
    expect(failure).toBeUndefined();
    expect(s.api.statuses.map((x) => x.state)).toEqual(['failure']);
    expect(log.warnings).toEqual([
      expect.stringContaining(`could not set the commit status of ${s.headSha} to pending`),
    ]);
  });

  it('fails closed when the reviews cannot be read: failure status, the reason in the comment', async () => {
    const s = pullRequest();
    s.api.approve(PR, 'alice', s.headSha);
    s.api.fail('reviews');
    const { report, failure } = await check(s);
    expect(report.approved).toBe(false);
    expect(report.error).toBe('GitHub API 500: reviews failed');
    expect(failure).toBe('GitHub API 500: reviews failed');
    expect(s.api.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(s.api.statuses.at(-1)!.description).toBe('Check failed: GitHub API 500: reviews failed');
    expect(s.api.commentsOn(PR)[0]).toContain('reviews failed');
  });

  it('keeps a head shared by two open pull requests red while one of them is not approved', async () => {
    const s = pullRequest();
    // #8 proposes the same head into `release`, where the SLA already has the weaker target.
    s.git('checkout', '-q', '-b', 'release');
    writeFileSync(join(s.workspace, 'slas', 'payments.yaml'), s.sla('99.9%'));
    s.git(
      '-c',
      'user.name=Admin',
      '-c',
      'user.email=admin@example.com',
      'commit',
      '-qam',
      'Release',
    );
    const release = s.git('rev-parse', 'HEAD').trim();
    s.git('push', '-q', 'origin', 'release');
    s.git('checkout', '-q', 'main');
    s.api.pulls.set(8, {
      ...s.api.pulls.get(PR)!,
      number: 8,
      baseSha: release,
      baseRef: 'release',
    });

    const first = await check(s, opened(s, 8));
    // #8 changes no SLA; #7 weakens one and waits for @alice.
    expect(first.report.pullRequest).toBe(8);
    expect(first.report.approved).toBe(false);
    expect(first.report.sharedHead).toEqual([
      { pullRequest: PR, approved: false, status: expect.stringMatching(/^Waiting for @alice/) },
    ]);
    expect(s.api.statuses.at(-1)!.description).toMatch(/^#7 blocks: Waiting for @alice/);
    expect(s.api.commentsOn(PR)).toHaveLength(1);
    expect(s.api.commentsOn(8)).toHaveLength(1);
    expect(s.api.commentsOn(8)[0]).toContain('This head commit is also the head of \\#7.');

    s.api.approve(PR, 'alice', s.headSha);
    const second = await check(s, opened(s, 8));
    expect(second.report.approved).toBe(true);
    expect(s.api.statuses.at(-1)).toMatchObject({ sha: s.headSha, state: 'success' });
  });

  it('asks the team directory about the approvers when the owner is a team', async () => {
    const s = pullRequest('@acme/payments');
    s.api.approve(PR, 'bob', s.headSha);
    const teams = memoryTeams({ 'acme/payments': ['bob'] });
    const { report } = await check(s, opened(s), { teams });
    expect(report.approved).toBe(true);
    expect(teams.asked).toEqual(['@acme/payments bob']);
    expect(report.notes).toEqual([]);
  });

  it('without a team directory, reads membership from .slac.yml and says so', async () => {
    const s = pullRequest('@acme/payments', {
      '.slac.yml': 'teams:\n  "@acme/payments": [bob]\n',
    });
    s.api.approve(PR, 'bob', s.headSha);
    const { report } = await check(s);
    expect(report.approved).toBe(true);
    expect(report.notes).toEqual([
      expect.stringMatching(/^Team membership of @acme\/payments comes from the `teams:` lists/),
    ]);
  });

  it('annotates the problems of the head with file and line and fails the step', async () => {
    const s = pullRequest('@alice', {}, '0.999');
    s.api.approve(PR, 'alice', s.headSha);
    const { report, failure, log } = await check(s);
    expect(report.approved).toBe(false);
    expect(failure).toBe('1 problem in SLA files (see the annotations and the job summary)');
    expect(log.errors).toEqual([
      {
        message: 'objective-target-range: target 0.999 looks like a fraction; write 99.9%',
        file: 'slas/payments.yaml',
        line: 8,
      },
    ]);
    expect(s.api.statuses.at(-1)).toMatchObject({ state: 'failure' });
    expect(s.api.statuses.at(-1)!.description).toBe('1 SLA file problem: fix them before approval');
  });

  it('fails without touching any status when the event cannot be read', async () => {
    const s = pullRequest();
    const { report, failure } = await check(s, opened(s), { eventPath: undefined });
    expect(report.approved).toBe(false);
    expect(failure).toBe('GITHUB_EVENT_PATH is not set: run the action in a workflow');
    expect(s.api.statuses).toEqual([]);
  });
});
