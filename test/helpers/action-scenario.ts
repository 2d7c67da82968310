// The scenario of the action's end-to-end tests: a repository of SLAs on a fake GitHub, a
// pull request that weakens an SLA, real webhook payloads, and the bundle run as the runner
// would run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { runBundle, type Run } from './action-run.js';
import { makeRepo } from './git-repo.js';
import { startFakeGitHub, type FakeGitHub } from './github-server.js';

const require = createRequire(import.meta.url);
export const OWNER = 'acme';
export const REPO = 'slas';
export const PR = 7;
export const AUTHOR = 'mallory';
const TOKEN = 'ghs_workflow_token';
export const ORG_TOKEN = 'ghp_org_reader';

export const sla = (owner: string, target = '99.95%') => `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: payments-api
  title: Payments API
  owner: '${owner}'
spec:
  service: { name: Payments API, summary: Accept card payments. }
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-06-15 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: ${target}
      window: month
`;

export interface Scenario {
  fake: FakeGitHub;
  workspace: string;
  baseSha: string;
  headSha: string;
  temp: string;
}

/** Undone after each test (each test file registers `afterEach(cleanUp)`). */
export const cleanups: (() => Promise<void> | void)[] = [];
export async function cleanUp(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await c();
}

/**
 * A repository of SLAs on GitHub: `origin` (bare) holds main (base) and the pull request's
 * head at refs/pull/7/head; the workspace is a clone of the base, as actions/checkout leaves it.
 */
export async function scenario(
  options: {
    owner?: string;
    headTarget?: string;
    headFile?: string;
    /** Files of the base commit, instead of slas/payments.yaml. */
    baseFiles?: Record<string, string>;
    /** Files the head changes, instead of slas/payments.yaml. */
    headFiles?: Record<string, string | null>;
    /** The git author of the pull request's commit (its committer is the pull request's author). */
    headAuthor?: string;
  } = {},
): Promise<Scenario> {
  const owner = options.owner ?? '@alice';
  const source = makeRepo();
  source.write(options.baseFiles ?? { 'slas/payments.yaml': sla(owner) });
  const baseSha = source.commit('Payments SLA');
  source.git('checkout', '-q', '-b', 'weaken-uptime');
  source.write(
    options.headFiles ?? {
      'slas/payments.yaml': options.headFile ?? sla(owner, options.headTarget ?? '99.9%'),
    },
  );
  const who = options.headAuthor ?? AUTHOR;
  source.git('add', '-A');
  source.git(
    '-c',
    `user.name=${AUTHOR}`,
    '-c',
    `user.email=${AUTHOR}@example.com`,
    'commit',
    '-q',
    '--author',
    `${who} <${who}@example.com>`,
    '-m',
    'Lower the uptime target',
  );
  const headSha = source.git('rev-parse', 'HEAD').trim();
  const temp = mkdtempSync(join(tmpdir(), 'slac-action-'));
  const origin = join(temp, 'origin.git');
  execFileSync('git', ['init', '-q', '--bare', origin]);
  source.git('push', '-q', origin, 'main:refs/heads/main', `weaken-uptime:refs/pull/${PR}/head`);
  const commits = pullCommits(source.git.bind(source), baseSha, headSha);
  const workspace = join(temp, 'workspace');
  execFileSync('git', ['clone', '-q', '--branch', 'main', origin, workspace]);
  source.remove();

  const fake = await startFakeGitHub({ owner: OWNER, repo: REPO });
  fake.tokens.set(TOKEN, { installation: true, login: 'github-actions[bot]' });
  fake.tokens.set(ORG_TOKEN, { login: 'slac-reader' });
  fake.pulls.set(PR, {
    number: PR,
    author: AUTHOR,
    headSha,
    headRef: 'weaken-uptime',
    baseSha,
    baseRef: 'main',
    commits,
  });
  cleanups.push(
    () => fake.close(),
    () => rmSync(temp, { recursive: true, force: true }),
  );
  return { fake, workspace, baseSha, headSha, temp };
}

/**
 * The pull request's commits as GitHub lists them, from the repository's real history: each
 * git author and committer name is the GitHub login it belongs to.
 */
function pullCommits(git: (...args: string[]) => string, base: string, head: string) {
  return git('log', '--reverse', '--format=%H%x1f%an%x1f%cn%x1f%s', `${base}..${head}`)
    .trim()
    .split('\n')
    .map((line) => {
      const [sha = '', author = '', committer = '', message = ''] = line.split('\x1f');
      return { sha, author, committer, message };
    });
}

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const webhooks = require('@octokit/webhooks-examples') as Examples;

/** A real webhook payload of @octokit/webhooks-examples, adjusted to the test repository. */
export function payload(name: string, action: string, s: Scenario): Record<string, unknown> {
  const found = webhooks.find((w) => w.name === name)?.examples.find((e) => e.action === action);
  if (!found) throw new Error(`no ${name}.${action} example`);
  const event = structuredClone(found) as Record<string, Record<string, unknown>>;
  event.repository = {
    ...event.repository,
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    owner: { ...(event.repository!.owner as object), login: OWNER },
  };
  if (event.pull_request) {
    const pr = event.pull_request;
    event.pull_request = {
      ...pr,
      number: PR,
      user: { ...(pr.user as object), login: AUTHOR },
      head: { ...(pr.head as object), sha: s.headSha, ref: 'weaken-uptime' },
      base: { ...(pr.base as object), sha: s.baseSha, ref: 'main' },
    };
    if ('number' in event) event.number = PR as never;
  }
  return event;
}

/** Runs the bundle in the scenario's workspace (see helpers/action-run.ts). */
export function runAction(
  s: Scenario,
  event: { name: string; payload: Record<string, unknown> },
  inputs: Record<string, string> = {},
  jobTimeoutMs?: number,
): Promise<Run> {
  return runBundle(
    { ...s, repository: `${OWNER}/${REPO}`, token: TOKEN },
    event,
    inputs,
    jobTimeoutMs,
  );
}

export const opened = (s: Scenario) => ({
  name: 'pull_request_target',
  payload: payload('pull_request', 'opened', s),
});
export const reviewed = (s: Scenario) => ({
  name: 'pull_request_review',
  payload: payload('pull_request_review', 'submitted', s),
});
export const lastStatus = (s: Scenario) => s.fake.statuses.at(-1);
