// End-to-end tests of the bundled action's defences of the gate: statuses shared by pull
// requests with one head (rule 14), pending first and failures to write a status (rule 15),
// the comment's budget and escaping, and the pull request's commits (rule 17).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectGitHubShapes } from './helpers/github-shapes.js';
import {
  AUTHOR,
  OWNER,
  PR,
  REPO,
  cleanUp,
  lastStatus,
  opened,
  payload,
  reviewed,
  runAction,
  scenario,
  sla,
  type Scenario,
} from './helpers/action-scenario.js';

afterEach(cleanUp);

describe('mode check when several open pull requests share a head (design rule 14)', () => {
  const OTHER = 8;

  /**
   * The fork's head X is also proposed (#8) into `release`, where the SLA already has X's
   * weaker target: #8 changes no SLA, #7 weakens one.
   */
  async function sharedHead(): Promise<Scenario> {
    const s = await scenario();
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: s.workspace, encoding: 'utf8' });
    git('checkout', '-q', '-b', 'release');
    writeFileSync(join(s.workspace, 'slas', 'payments.yaml'), sla('@alice', '99.9%'));
    git('-c', 'user.name=Admin', '-c', 'user.email=admin@example.com', 'commit', '-qam', 'Release');
    const release = git('rev-parse', 'HEAD').trim();
    git('push', '-q', 'origin', 'release');
    git('checkout', '-q', 'main');
    s.fake.pulls.set(OTHER, {
      ...s.fake.pulls.get(PR)!,
      number: OTHER,
      baseSha: release,
      baseRef: 'release',
    });
    // Both pull requests are listed on every page of "list pull requests".
    s.fake.maxPerPage = 1;
    return s;
  }

  const openedAs = (s: Scenario, number: number) => {
    const event = opened(s);
    const pr = event.payload.pull_request as Record<string, unknown>;
    const info = s.fake.pulls.get(number)!;
    event.payload.pull_request = {
      ...pr,
      number,
      base: { ...(pr.base as object), sha: info.baseSha, ref: info.baseRef },
    };
    event.payload.number = number;
    return event;
  };
  const headStatuses = (s: Scenario) =>
    s.fake.statuses.filter((x) => x.sha === s.headSha && x.state !== 'pending');

  it('keeps the head red when the pull request that changes no SLA runs after the one that weakens it', async () => {
    const s = await sharedHead();
    await runAction(s, openedAs(s, PR));
    const run = await runAction(s, openedAs(s, OTHER));
    expect(run.code).toBe(0);
    expect(headStatuses(s).map((x) => x.state)).toEqual(['failure', 'failure']);
    expect(lastStatus(s)!.description).toMatch(/^#7 blocks: Waiting for @alice/);
    expect(run.outputs.approved).toBe('false');
  });

  it('evaluates and comments on every pull request with the head, whichever event ran', async () => {
    const s = await sharedHead();
    await runAction(s, openedAs(s, OTHER));
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(lastStatus(s)!.description).toMatch(/^#7 blocks: /);
    expect(s.fake.comments.map((c) => c.issue).sort()).toEqual([PR, OTHER]);
    const other = s.fake.comments.find((c) => c.issue === OTHER)!.body;
    expect(other).toContain('❌');
    expect(other).toContain('#7');
    const report = JSON.parse(
      readFileSync(join(s.temp, 'runner-temp', 'slac-report.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(report).toMatchObject({
      pullRequest: OTHER,
      approved: false,
      sharedHead: [{ pullRequest: PR, approved: false }],
    });
  });

  it('checks every pull request with the head of a relayed review, not the first one listed', async () => {
    const s = await sharedHead();
    const relay = payload('workflow_run', 'completed', s);
    relay.workflow_run = {
      ...(relay.workflow_run as object),
      head_sha: s.headSha,
      pull_requests: [],
    };
    // GitHub lists the newest pull request first.
    const pulls = [...s.fake.pulls.entries()].reverse();
    s.fake.pulls.clear();
    for (const [n, p] of pulls) s.fake.pulls.set(n, p);
    const run = await runAction(s, { name: 'workflow_run', payload: relay });
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(lastStatus(s)!.description).toMatch(/^#7 blocks: /);
  });

  it('turns green only when the check holds for every pull request with the head', async () => {
    const s = await sharedHead();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, openedAs(s, OTHER));
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
    expect(run.outputs.approved).toBe('true');
    expectGitHubShapes(s.fake);
  });
});

describe('mode check when a status cannot be written (design rule 15)', () => {
  /** The owner approved (green), then asked for changes: the next run must not leave it green. */
  async function withdrawnApproval(): Promise<Scenario> {
    const s = await scenario();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    await runAction(s, reviewed(s));
    expect(lastStatus(s)!.state).toBe('success');
    s.fake.addReview(PR, { login: 'alice', state: 'CHANGES_REQUESTED', commitId: s.headSha });
    return s;
  }

  it('sets the status to pending before any other request', async () => {
    const s = await scenario();
    await runAction(s, opened(s));
    expect(s.fake.requests[0]).toMatchObject({
      method: 'POST',
      path: `/repos/${OWNER}/${REPO}/statuses/${s.headSha}`,
      body: { state: 'pending', context: 'slac/owner-approval' },
    });
    expect(lastStatus(s)!.state).toBe('failure');
  });

  it('leaves pending, never the earlier success, and fails the step when the decision cannot be posted', async () => {
    const s = await withdrawnApproval();
    s.fake.fail('POST', /\/statuses\//, 403, Infinity, 1);
    const run = await runAction(s, reviewed(s));
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'pending' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*could not write the commit status slac\/owner-approval/);
    expect(run.outputs.approved).toBe('false');
  });

  it('fails the step with the reason when no status can be written at all', async () => {
    const s = await withdrawnApproval();
    s.fake.fail('POST', /\/statuses\//, 403, Infinity);
    const run = await runAction(s, reviewed(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*could not write the commit status .*403/);
  });

  it('retries a status write that fails once and posts the decision', async () => {
    const s = await withdrawnApproval();
    s.fake.fail('POST', /\/statuses\//, 502, 1, 1);
    const run = await runAction(s, reviewed(s));
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
  });

  it('gives up on a request that never answers and fails the status, before the job times out', async () => {
    const s = await withdrawnApproval();
    s.fake.hang('GET', /\/reviews$/);
    const started = Date.now();
    const run = await runAction(s, reviewed(s), { 'request-timeout': '0.3' }, 20_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(run.code).toBe(1);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(lastStatus(s)!.description).toMatch(/did not answer .*\/reviews within 0\.3 s/);
  });

  it('names the allowed values of a bad request-timeout', async () => {
    const s = await scenario();
    const run = await runAction(s, opened(s), { 'request-timeout': 'soon' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "request-timeout" must be a number of seconds');
  });
});

describe('the comment of a large pull request', () => {
  it('stays under 65,536 characters with 500 approved SLAs of 100-character ids, and says what it left out', async () => {
    const id = (i: number) => `s${String(i).padStart(3, '0')}-${'a'.repeat(95)}`;
    const files = (target: string) =>
      Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [
          `slas/${i}.yaml`,
          sla('@alice', target).replace('id: payments-api', `id: ${id(i)}`),
        ]),
      );
    expect(id(0)).toHaveLength(100);
    const s = await scenario({ baseFiles: files('99.95%'), headFiles: files('99.9%') });
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, reviewed(s));
    expect(run.code, run.stdout).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
    const body = s.fake.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/… and \d+ more requirements: see the job summary and the JSON report/);
    expect(run.summary).toContain(id(499));
  }, 60_000);
});

describe('text from SLA files in the comment', () => {
  const HOSTILE =
    '@acme/sla-admins <img src=x> [phish](https://evil.example/login) <!-- slac:report -->';

  /** Markdown outside code spans (a backslash-escaped backtick opens none), where a mention, link or image would act. */
  const outsideCode = (markdown: string) =>
    markdown.replace(/(?<![\\`])(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');

  function expectInert(markdown: string, markers: number) {
    expect(markdown.split('<!-- slac:report -->')).toHaveLength(markers + 1);
    const text = outsideCode(markdown);
    expect(text).not.toMatch(/@acme\/sla-admins/);
    expect(text).not.toMatch(/<img/i);
    // A link needs an unescaped `](`.
    expect(text).not.toMatch(/(?<!\\)\]\(/);
    expect(text).not.toContain('https://evil.example');
  }

  it('shows a hostile unknown key as text: no mention, image, link or second marker', async () => {
    const s = await scenario({
      headFile: sla('@alice').replace(
        "  owner: '@alice'\n",
        `  owner: '@alice'\n  ${JSON.stringify(HOSTILE)}: 1\n`,
      ),
    });
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    const body = s.fake.comments[0]!.body;
    expect(body).toContain('schema-unknown-key');
    expectInert(body, 1);
    expectInert(run.summary, 0);
  });

  it('keeps hostile file names inside their code spans', async () => {
    const names = [
      'slas/a` <img src=x> [x](javascript:alert(1)) @acme.yaml',
      'slas/b\n## pwned <!-- slac:report -->.yaml',
    ];
    const s = await scenario({
      headFiles: Object.fromEntries(
        names.map((n, i) => [n, sla('@alice', '150%').replace('payments-api', `evil-${i}`)]),
      ),
    });
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    const body = s.fake.comments[0]!.body;
    const listed = body.split('\n').filter((l) => l.startsWith('- ❌ '));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const line of listed) {
      // The file name is one code span, whose fence is longer than any backtick run in it.
      const span = /^- ❌ (`+)( ?)(.*?)\2\1 /.exec(line);
      expect(span, line).not.toBeNull();
      expect(span![3]!.includes(span![1]!)).toBe(false);
    }
    expect(body).not.toMatch(/^## pwned/m);
    expectInert(body, 1);
  });
});

describe("the pull request's commits (design rule 17)", () => {
  it('reads every page of the commits and sends them to the approval rules', async () => {
    const s = await scenario({ headAuthor: 'alice' });
    s.fake.maxPerPage = 1;
    s.fake.pulls.get(PR)!.commits!.push({
      sha: 'd'.repeat(40),
      message: 'Another commit',
      author: null,
      committer: AUTHOR,
    });
    await runAction(s, opened(s));
    expect(
      s.fake.requests.filter((r) => r.method === 'GET' && /\/pulls\/7\/commits/.test(r.path)),
    ).toHaveLength(2);
    expectGitHubShapes(s.fake);
  });

  it("does not count the approval of the owner who authored the pull request's commit", async () => {
    const s = await scenario({ headAuthor: 'alice' });
    expect(s.fake.pulls.get(PR)!.commits).toEqual([
      expect.objectContaining({ author: 'alice', committer: AUTHOR }),
    ]);
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, reviewed(s));
    expect(lastStatus(s)!.state).toBe('failure');
    expect(run.outputs.approved).toBe('false');
  });
});
