// End-to-end tests of the bundled action (dist/index.js) run as a child process with the
// runner's environment, against a fake GitHub API and real git repositories.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE, type Run } from './helpers/action-run.js';
import { makeRepo } from './helpers/git-repo.js';
import { startFakeGitHub } from './helpers/github-server.js';
import { expectGitHubShapes } from './helpers/github-shapes.js';
import {
  AUTHOR,
  OWNER,
  ORG_TOKEN,
  PR,
  REPO,
  cleanUp,
  cleanups,
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

describe('the bundle', () => {
  it('ships undici for a proxy agent, loaded only when one is asked for', () => {
    const fromBundle = createRequire(BUNDLE);
    expect(typeof (fromBundle('./undici.cjs') as { ProxyAgent: unknown }).ProxyAgent).toBe(
      'function',
    );
    const startup = readFileSync(BUNDLE, 'utf8');
    expect(startup).not.toContain('undici.cjs');
  });
});

describe('mode check on a pull request', () => {
  it('fails the slac/owner-approval status and names who must approve when the owner has not approved', async () => {
    const s = await scenario();
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({
      sha: s.headSha,
      state: 'failure',
      context: 'slac/owner-approval',
    });
    expect(lastStatus(s)!.description).toContain('@alice');
    expect(s.fake.comments).toHaveLength(1);
    expect(s.fake.comments[0]!.body).toContain('<!-- slac:report -->');
    expect(s.fake.comments[0]!.body).toContain('@alice');
    expect(s.fake.comments[0]!.login).toBe('github-actions[bot]');
    expect(run.outputs.approved).toBe('false');
    expect(run.outputs.impact).toBe('weakened');
    expect(JSON.parse(readFileSync(run.outputs.report!, 'utf8'))).toMatchObject({
      approved: false,
      pullRequest: PR,
      head: s.headSha,
    });
    expectGitHubShapes(s.fake);
  });

  it('writes the report in the JSON contracts of slac validate, diff and approvals', async () => {
    const s = await scenario();
    const run = await runAction(s, opened(s));
    const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual([
      'approvals',
      'approved',
      'base',
      'diff',
      'head',
      'impact',
      'notes',
      'pullRequest',
      'validation',
    ]);
    expect(report.validation).toEqual({ files: 1, errors: [], warnings: [] });
    expect(report.diff).toMatchObject({
      base: s.baseSha,
      head: s.headSha,
      configChanged: false,
      slas: [{ id: 'payments-api', status: 'modified', impact: 'weakened' }],
    });
    expect(report.approvals).toMatchObject({
      satisfied: false,
      requirements: [{ sla: 'payments-api', anyOf: ['@alice'], approvedBy: [], satisfied: false }],
    });
  });

  it('asks the owner for a review, never the author', async () => {
    const s = await scenario();
    await runAction(s, opened(s));
    expect(s.fake.reviewRequests).toEqual([
      { number: PR, reviewers: ['alice'], teamReviewers: [] },
    ]);
  });

  it("turns green on the owner's approval and updates the same comment", async () => {
    const s = await scenario();
    await runAction(s, opened(s));
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, reviewed(s));
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
    expect(s.fake.comments).toHaveLength(1);
    expect(s.fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(s.fake.comments[0]!.body).toContain('✅');
    expect(run.outputs.approved).toBe('true');
    expectGitHubShapes(s.fake);
  });

  it('says in the comment when a tighter target was missed before, and needs an admin where configured', async () => {
    const results =
      'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-05\nresults:\n  - { sla: payments-api, objective: uptime, value: 99.93% }\n';
    const config = "approval:\n  admins: ['@acme/sla-admins']\n  overPromise: require-admin\n";
    const s = await scenario({
      baseFiles: {
        '.slac.yml': config,
        'slas/payments.yaml': sla('@alice'),
        'results/2026-05.yaml': results,
      },
      headFiles: { 'slas/payments.yaml': sla('@alice', '99.99%') },
    });
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, reviewed(s));
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    const comment = s.fake.comments[0]!.body;
    expect(comment).toContain('Over-promise');
    expect(comment).toMatch(
      /met in 0 of 1 month measured in the last 12 months \(worst 99\\?\.93%\)/,
    );
    expect(comment).toMatch(/over-promise/);
    expect(run.outputs.approved).toBe('false');
  });

  it("does not count the author's own approval", async () => {
    const s = await scenario({ owner: `@${AUTHOR}` });
    s.fake.addReview(PR, { login: AUTHOR, state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, opened(s));
    expect(lastStatus(s)!.state).toBe('failure');
    expect(run.outputs.approved).toBe('false');
  });

  it('reads reviews from every page', async () => {
    const s = await scenario();
    s.fake.maxPerPage = 1;
    for (const login of ['carol', 'dave', 'erin'])
      s.fake.addReview(PR, { login, state: 'COMMENTED', commitId: s.headSha });
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    await runAction(s, reviewed(s));
    expect(s.fake.requests.filter((r) => r.path.includes('/reviews')).length).toBe(4);
    expect(lastStatus(s)!.state).toBe('success');
  });

  it('leaves a marked comment by someone else alone and writes its own', async () => {
    const s = await scenario();
    s.fake.comments.push({
      id: 1,
      issue: PR,
      body: '<!-- slac:report --> forged: approved',
      login: AUTHOR,
    });
    await runAction(s, opened(s));
    expect(s.fake.comments).toHaveLength(2);
    expect(s.fake.comments[0]!.body).toBe('<!-- slac:report --> forged: approved');
  });

  it('checks the pull request a relayed review names', async () => {
    const s = await scenario();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const relay = payload('workflow_run', 'completed', s);
    const run0 = relay.workflow_run as { pull_requests: Record<string, unknown>[] };
    relay.workflow_run = {
      ...run0,
      event: 'pull_request_review',
      head_sha: s.headSha,
      pull_requests: [{ ...run0.pull_requests[0], number: PR }],
    };
    const run = await runAction(s, { name: 'workflow_run', payload: relay });
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
    expect(s.fake.comments).toHaveLength(1);
    expect(s.fake.comments[0]!.issue).toBe(PR);
  });

  it('finds the pull request of a relayed review by its head commit', async () => {
    const s = await scenario();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const relay = payload('workflow_run', 'completed', s);
    relay.workflow_run = {
      ...(relay.workflow_run as object),
      head_sha: s.headSha,
      pull_requests: [],
    };
    const run = await runAction(s, { name: 'workflow_run', payload: relay });
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
  });

  it("finds a fork's pull request by its head branch when commits were pushed since the review", async () => {
    const s = await scenario();
    s.fake.pulls.get(PR)!.headRepo = `${AUTHOR}/${REPO}`;
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    const relay = payload('workflow_run', 'completed', s);
    const run0 = relay.workflow_run as { head_repository: Record<string, unknown> };
    relay.workflow_run = {
      ...run0,
      head_sha: 'c'.repeat(40),
      head_branch: 'weaken-uptime',
      head_repository: { ...run0.head_repository, full_name: `${AUTHOR}/${REPO}` },
      pull_requests: [],
    };
    const run = await runAction(s, { name: 'workflow_run', payload: relay });
    expect(run.code).toBe(0);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'success' });
    expectGitHubShapes(s.fake);
  });

  it('runs on workflow_dispatch with the pull request number as input', async () => {
    const s = await scenario();
    const run = await runAction(s, {
      name: 'workflow_dispatch',
      payload: { inputs: { pr: String(PR) } },
    });
    expect(run.code).toBe(0);
    expect(lastStatus(s)!.state).toBe('failure');
  });
});

describe('mode check with invalid SLA files', () => {
  it('annotates the problems with file and line and fails the step', async () => {
    const s = await scenario({ headTarget: '150%' });
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=slac [^,]+,file=slas\/payments\.yaml,line=15,col=\d+::/,
    );
    expect(lastStatus(s)!.state).toBe('failure');
    expect(run.outputs.approved).toBe('false');
  });

  it("annotates 10 errors (GitHub's limit per type) and lists every one in the job summary", async () => {
    const objectives = Array.from(
      { length: 12 },
      (_, i) => `    - id: uptime-${String(i).padStart(2, '0')}
      title: Uptime ${i}
      indicator: availability
      target: 150%
      window: month
`,
    ).join('');
    const headFile = sla('@alice').replace(
      / {2}objectives:\n[\s\S]*$/,
      `  objectives:\n${objectives}`,
    );
    const s = await scenario({ headFile });
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    expect(run.stdout.match(/^::error title=slac /gm)).toHaveLength(10);
    const listed = run.summary.match(/^- ❌ `slas\/payments\.yaml:\d+:\d+`/gm) ?? [];
    expect(listed).toHaveLength(12);
    expect(run.stdout).toMatch(/::error::12 problems in SLA files/);
  });
});

describe('mode check with the cache input', () => {
  /** What a run decided and said: exit code, outputs, the last status and the comment. */
  const decision = (s: Scenario, run: Run) => ({
    code: run.code,
    approved: run.outputs.approved,
    impact: run.outputs.impact,
    report: readFileSync(run.outputs.report!, 'utf8'),
    status: lastStatus(s) && { state: lastStatus(s)!.state, text: lastStatus(s)!.description },
    comment: s.fake.comments.map((c) => c.body),
  });

  for (const [name, options] of [
    ['an unapproved change', {}],
    ['invalid SLA files', { headTarget: '150%' }],
  ] as const)
    it(`writes the cache and decides the same with it as without, on ${name}`, async () => {
      const s = await scenario(options);
      const plain = decision(s, await runAction(s, opened(s)));
      const cache = join(s.temp, 'slac-cache');
      const blob = execFileSync('git', ['rev-parse', `${s.headSha}:slas/payments.yaml`], {
        cwd: s.workspace,
        encoding: 'utf8',
      }).trim();

      const cold = await runAction(s, opened(s), { cache });
      expect(decision(s, cold)).toEqual(plain);
      expect(cold.stdout).not.toContain('::warning::cache');
      const files = readdirSync(cache);
      expect(files.some((f) => /^validate-[0-9a-f]{16}\.json$/.test(f))).toBe(true);
      const written = files.map((f) => readFileSync(join(cache, f), 'utf8')).join('\n');
      expect(written).toContain(blob);

      const warm = await runAction(s, opened(s), { cache });
      expect(decision(s, warm)).toEqual(plain);
      // The comment was never rewritten: every run said the same.
      expect(s.fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);

      // A damaged cache counts as empty and is written again.
      for (const f of files) writeFileSync(join(cache, f), '{ not json');
      const damaged = await runAction(s, opened(s), { cache });
      expect(decision(s, damaged)).toEqual(plain);
      expect(readFileSync(join(cache, files[0]!), 'utf8')).not.toBe('{ not json');
    });

  it('decides the same and warns when the cache folder cannot be written', async () => {
    const s = await scenario();
    const plain = decision(s, await runAction(s, opened(s)));
    const cache = join(s.temp, 'not-a-folder');
    writeFileSync(cache, 'a file');
    const run = await runAction(s, opened(s), { cache });
    expect(decision(s, run)).toEqual(plain);
    expect(run.stdout).toMatch(/::warning::cache .* could not be saved/);
  });
});

describe('mode check when GitHub fails', () => {
  it('retries a 500 and then succeeds', async () => {
    const s = await scenario();
    s.fake.fail('GET', /\/pulls\/7$/, 500, 1);
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(0);
    expect(
      s.fake.requests
        .filter((r) => r.method === 'GET' && /\/pulls\/7$/.test(r.path))
        .map((r) => r.status),
    ).toEqual([500, 200]);
    expect(lastStatus(s)!.state).toBe('failure');
    expect(s.fake.comments).toHaveLength(1);
  });

  it('fails the status with the reason when GitHub keeps failing', async () => {
    const s = await scenario();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    s.fake.fail('GET', /\/reviews$/, 500, Infinity);
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(lastStatus(s)!.description).toMatch(/500/);
    expect(run.outputs.approved).toBe('false');
    expect(existsSync(run.outputs.report!)).toBe(true);
  });

  it('fails the status of the head named by the event when the pull request cannot be read', async () => {
    const s = await scenario();
    s.fake.fail('GET', /\/pulls\/7$/, 500, Infinity);
    const run = await runAction(s, opened(s));
    expect(run.code).toBe(1);
    expect(lastStatus(s)).toMatchObject({ sha: s.headSha, state: 'failure' });
    expect(lastStatus(s)!.description).toMatch(/^Check failed: .*500/);
    expect(run.outputs.approved).toBe('false');
  });

  it('replaces an earlier green comment when a later run cannot decide', async () => {
    const s = await scenario();
    s.fake.addReview(PR, { login: 'alice', state: 'APPROVED', commitId: s.headSha });
    await runAction(s, reviewed(s));
    expect(s.fake.comments[0]!.body).toContain('✅');
    s.fake.fail('GET', /\/reviews$/, 500, Infinity);
    await runAction(s, reviewed(s));
    expect(s.fake.comments).toHaveLength(1);
    expect(s.fake.comments[0]!.body).toContain('❌');
    expect(s.fake.comments[0]!.body).toContain('The check could not finish');
    expect(lastStatus(s)!.state).toBe('failure');
  });

  it('does not approve when team membership answers 403, and says which permission to grant', async () => {
    const s = await scenario({ owner: '@acme/payments' });
    s.fake.teams.set('acme/payments', ['bob']);
    s.fake.fail('GET', /^\/orgs\/acme\/teams\/payments\/memberships\//, 403, Infinity);
    s.fake.addReview(PR, { login: 'bob', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, opened(s), { 'org-token': ORG_TOKEN });
    expect(lastStatus(s)!.state).toBe('failure');
    expect(run.outputs.approved).toBe('false');
    expect(s.fake.comments[0]!.body).toContain('Members: read');
    expect(s.fake.comments[0]!.body).toContain('403');
  });

  it('does not approve when team membership answers 404, and says which permission is missing', async () => {
    const s = await scenario({ owner: '@acme/payments' });
    s.fake.addReview(PR, { login: 'bob', state: 'APPROVED', commitId: s.headSha });
    const run = await runAction(s, opened(s), { 'org-token': ORG_TOKEN });
    expect(
      s.fake.requests.some(
        (r) => r.path === '/orgs/acme/teams/payments/memberships/bob' && r.status === 404,
      ),
    ).toBe(true);
    expect(lastStatus(s)!.state).toBe('failure');
    expect(run.outputs.approved).toBe('false');
    expect(s.fake.comments[0]!.body).toMatch(/read:org/);
  });

  it('counts a team member confirmed by the API with org-token', async () => {
    const s = await scenario({ owner: '@acme/payments' });
    s.fake.teams.set('acme/payments', ['bob']);
    s.fake.addReview(PR, { login: 'bob', state: 'APPROVED', commitId: s.headSha });
    await runAction(s, opened(s), { 'org-token': ORG_TOKEN });
    expect(lastStatus(s)!.state).toBe('success');
    expect(s.fake.requests.find((r) => r.path.startsWith('/orgs/'))!.token).toBe(ORG_TOKEN);
  });
});

describe('mode render', () => {
  /** A checkout of the default branch of a repository of SLAs: a copy of examples/. */
  async function checkout(files: Record<string, string | null> = {}): Promise<Scenario> {
    const repo = makeRepo();
    repo.copy(fileURLToPath(new URL('../examples', import.meta.url)));
    repo.write(files);
    const sha = repo.commit('SLAs');
    const temp = mkdtempSync(join(tmpdir(), 'slac-action-'));
    const fake = await startFakeGitHub({ owner: OWNER, repo: REPO });
    cleanups.push(
      () => fake.close(),
      () => rmSync(temp, { recursive: true, force: true }),
      () => repo.remove(),
    );
    return { fake, workspace: repo.dir, baseSha: sha, headSha: sha, temp };
  }
  const push = { name: 'push', payload: { ref: 'refs/heads/main' } };

  it('writes the catalog site into `out` for actions/upload-pages-artifact, without calling the API', async () => {
    const s = await checkout();
    const run = await runAction(s, push, { mode: 'render', out: 'public' });
    expect(run.code, run.stdout).toBe(0);
    expect(existsSync(join(s.workspace, 'public', 'index.html'))).toBe(true);
    const catalog = JSON.parse(
      readFileSync(join(s.workspace, 'public', 'catalog.json'), 'utf8'),
    ) as { services: { id: string; page: string }[] };
    expect(catalog.services.map((x) => x.id)).toContain('payments-api');
    for (const service of catalog.services)
      expect(existsSync(join(s.workspace, 'public', service.page)), service.page).toBe(true);
    expect(s.fake.requests).toEqual([]);
  });

  it('renders the same bytes as `slac render`', async () => {
    const s = await checkout();
    await runAction(s, push, { mode: 'render', out: 'public' });
    const cli = join(s.temp, 'cli-site');
    execFileSync(
      process.execPath,
      [fileURLToPath(new URL('../bin/slac.js', import.meta.url)), 'render', '--out', cli],
      {
        cwd: s.workspace,
        env: { ...process.env, SLAC_TODAY: '2026-07-01' },
      },
    );
    for (const file of ['index.html', 'catalog.json'])
      expect(readFileSync(join(s.workspace, 'public', file), 'utf8'), file).toBe(
        readFileSync(join(cli, file), 'utf8'),
      );
  });

  it('fails the step and writes no site when an SLA file is invalid', async () => {
    const s = await checkout({
      'slas/broken.yaml': sla('@alice', '150%').replace('payments-api', 'broken'),
    });
    const run = await runAction(s, push, { mode: 'render', out: 'public' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('slas/broken.yaml');
    expect(run.stdout).toMatch(/::error::the catalog was not rendered/);
    expect(existsSync(join(s.workspace, 'public', 'index.html'))).toBe(false);
  });
});

describe('inputs', () => {
  it('names the allowed values of a bad mode', async () => {
    const s = await scenario();
    const run = await runAction(s, opened(s), { mode: 'publish' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'input "mode" must be one of check, render, report; got "publish"',
    );
    expect(run.outputs.approved).toBe('false');
  });
});
