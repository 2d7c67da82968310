// mode check: validate, diff and approvals of a pull request, reported as a sticky comment,
// a job summary, annotations, review requests and the `slac/owner-approval` commit status.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { createGitReader } from '../src/git/index.js';
import type { Problem } from '../src/model/problem.js';
import { ActionCache } from './cache.js';
import { eventHeadSha, pullRequestNumber, readEvent } from './event.js';
import {
  COMMENT_MARKER,
  GitHubApi,
  createClient,
  teamMembership,
  type PullRequestInfo,
  type RepoRef,
} from './github.js';
import type { ActionInputs } from './inputs.js';
import type { Evaluation, Review, TeamMembership } from './pipeline.js';
import type { CheckReport } from './report.js';

type Work = typeof import('./pipeline.js') & typeof import('./report.js');
let work: Promise<Work> | undefined;

/**
 * The check's work — validation, diff, approval rules, the report — is a chunk of the bundle
 * of its own, loaded while the first request to GitHub is under way: the action's start pays
 * only for its inputs and the API client.
 */
function loadWork(): Promise<Work> {
  work ??= Promise.all([import('./pipeline.js'), import('./report.js')]).then(
    ([pipeline, report]) => ({ ...pipeline, ...report }),
  );
  return work;
}

/** GitHub shows at most this many annotations of each type per step. */
const ANNOTATIONS_PER_TYPE = 10;

export interface CheckResult {
  report: CheckReport;
  /** Set when the step must fail (invalid files, or the check could not decide). */
  failure?: string;
}

export async function runCheck(inputs: ActionInputs): Promise<CheckResult> {
  const repo = repoFromEnv();
  const api = new GitHubApi(createClient(inputs.githubToken), repo);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const report: CheckReport = {
    approved: false,
    impact: 'none',
    pullRequest: 0,
    head: '',
    base: '',
    notes: [],
  };
  let pr: PullRequestInfo | undefined;
  // The head named by the event, for a failure status when the pull request cannot be read.
  let eventHead: string | undefined;
  const cache = inputs.cache ? ActionCache.open(workspace, inputs.cache) : undefined;
  try {
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const payload = await readEvent(process.env.GITHUB_EVENT_PATH);
    eventHead = eventHeadSha(payload);
    report.pullRequest = await pullRequestNumber(eventName, payload, api);
    const request = api.pullRequest(report.pullRequest);
    const loading = loadWork();
    pr = await request;
    const { evaluate, overallImpact, reportMarkdown, statusLine } = await loading;
    report.head = pr.headSha;
    report.base = pr.baseSha;
    await fetchAsData(workspace, pr);
    const reviews = await api.reviews(pr.number);
    const evaluation = await evaluateWithTeams(
      evaluate,
      inputs,
      workspace,
      pr,
      reviews,
      report.notes,
      cache,
    );
    report.evaluation = evaluation;
    report.impact = overallImpact(evaluation.diff);
    report.approved = evaluation.validation.errors.length === 0 && evaluation.approvals.satisfied;

    annotate(evaluation);
    await requestOwners(api, repo, pr, reviews, evaluation, report.notes);
    await upsertComment(api, pr.number, reportMarkdown(report));
    await api.setStatus(
      pr.headSha,
      report.approved ? 'success' : 'failure',
      statusLine(report),
      runUrl(),
    );
    await writeSummary(reportMarkdown(report, true));
    const errors = evaluation.validation.errors.length;
    return errors > 0
      ? {
          report,
          failure: `${errors} problem${errors === 1 ? '' : 's'} in SLA files (see the annotations and the job summary)`,
        }
      : { report };
  } catch (error) {
    // Fail closed: whatever went wrong, the status says failure and why.
    report.approved = false;
    report.error = messageOf(error);
    const { reportMarkdown, statusLine } = await loadWork();
    const head = pr?.headSha ?? eventHead;
    if (head) {
      await api
        .setStatus(head, 'failure', statusLine(report), runUrl())
        .catch((e: unknown) => core.warning(`could not set the commit status: ${messageOf(e)}`));
    }
    // An earlier run's comment must not keep saying what this run could not confirm.
    if (pr) {
      await upsertComment(api, pr.number, reportMarkdown(report)).catch((e: unknown) =>
        core.warning(`could not update the comment: ${messageOf(e)}`),
      );
    }
    await writeSummary(reportMarkdown(report)).catch(() => {});
    return { report, failure: report.error };
  } finally {
    // Whatever the decision, the results this run computed serve the next one; a failed
    // save is a warning (ActionCache.save never throws).
    cache?.save();
  }
}

function repoFromEnv(): RepoRef {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to OWNER/REPO');
  return { owner, repo };
}

function today(): string {
  const fixed = process.env.SLAC_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    return typeof status === 'number' && !error.message.includes(String(status))
      ? `GitHub API ${status}: ${error.message}`
      : error.message;
  }
  return String(error);
}

/**
 * Fetches base and head commits into the workspace as objects only: no checkout, no hooks,
 * nothing from the pull request runs.
 */
async function fetchAsData(workspace: string, pr: PullRequestInfo): Promise<void> {
  const git = createGitReader(workspace);
  const have = async (sha: string) =>
    git.resolve(sha).then(
      () => true,
      () => false,
    );
  const missing = [pr.baseSha, pr.headSha];
  const wanted = [];
  for (const sha of missing) if (!(await have(sha))) wanted.push(sha);
  if (wanted.length === 0) return;
  const fetch = (...refs: string[]) =>
    runGit(workspace, ['fetch', '--no-tags', '--no-recurse-submodules', 'origin', ...refs]);
  try {
    await fetch(...wanted);
  } catch {
    // Servers that refuse a fetch by SHA still serve the pull request's refs.
    await fetch(
      `+refs/pull/${pr.number}/head:refs/remotes/origin/pull/${pr.number}/head`,
      `+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`,
    );
  }
  for (const sha of missing)
    if (!(await have(sha)))
      throw new Error(
        `commit ${sha} of pull request #${pr.number} is not in the workspace after git fetch: check out the base with actions/checkout and keep its token (persist-credentials)`,
      );
}

function runGit(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'protocol.file.allow=always', ...args],
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        err
          ? reject(new Error(`git ${args[0]} failed: ${(stderr || err.message).trim()}`))
          : resolve(stdout),
    );
  });
}

/**
 * Evaluates once to learn which teams matter, then — with org-token — asks GitHub whether the
 * reviewers are members of them, and evaluates again with that knowledge.
 */
async function evaluateWithTeams(
  evaluate: Work['evaluate'],
  inputs: ActionInputs,
  workspace: string,
  pr: PullRequestInfo,
  reviews: Review[],
  notes: string[],
  cache: ActionCache | undefined,
): Promise<Evaluation> {
  const git = createGitReader(workspace);
  const input = {
    ...(cache ? { cache } : {}),
    git,
    baseRef: pr.baseSha,
    headRef: pr.headSha,
    author: pr.author,
    reviews,
    teams: {} as Record<string, TeamMembership>,
    today: today(),
  };
  const first = await evaluate(input);
  const teams = [
    ...new Set(first.approvals.requirements.flatMap((r) => r.anyOf.filter((o) => o.includes('/')))),
  ].sort();
  if (teams.length === 0) return first;
  if (!inputs.orgToken) {
    notes.push(
      `Team membership of ${teams.join(', ')} comes from the \`teams:\` lists of the base .slac.yml, because the workflow's token cannot read org membership. Pass \`org-token\` (a GitHub App token with "Members: read", or a PAT with read:org) to read it from GitHub.`,
    );
    return first;
  }
  // Only the approvers' membership matters: ask about them, team by team.
  const client = createClient(inputs.orgToken);
  const author = pr.author.toLowerCase();
  const approvers = [
    ...new Set(
      reviews.flatMap((r) =>
        r.state === 'APPROVED' && r.user && r.user.login.toLowerCase() !== author
          ? [r.user.login]
          : [],
      ),
    ),
  ].sort();
  const membership: Record<string, TeamMembership> = {};
  for (const team of teams) {
    const members: string[] = [];
    const unverified: string[] = [];
    for (const login of approvers) {
      const answer = await teamMembership(client, team, login);
      if (answer === 'member') members.push(login);
      else if (answer !== 'not-member') unverified.push(answer.unverified);
    }
    membership[team] =
      members.length === 0 && unverified.length > 0 ? { error: unverified.join(' ') } : { members };
  }
  return evaluate({ ...input, teams: membership });
}

/** File/line annotations, up to GitHub's limit per type (the job summary lists them all). */
function annotate(evaluation: Evaluation): void {
  const emit = (problems: readonly Problem[], log: typeof core.error) =>
    problems.slice(0, ANNOTATIONS_PER_TYPE).forEach((p) => {
      log(`${p.rule}: ${p.message}`, {
        title: `slac ${p.rule}`,
        file: p.file,
        ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
      });
    });
  emit(evaluation.validation.errors, core.error);
  emit(evaluation.validation.warnings, core.warning);
}

/** One comment per pull request: ours has the marker and our login; it is edited in place. */
async function upsertComment(api: GitHubApi, number: number, body: string): Promise<void> {
  const login = (await api.ownLogin()).toLowerCase();
  const ours = (await api.comments(number)).find(
    (c) => c.body.includes(COMMENT_MARKER) && c.login?.toLowerCase() === login,
  );
  if (ours) {
    if (ours.body !== body) await api.updateComment(ours.id, body);
  } else await api.createComment(number, body);
}

/** Asks the owners who have not reviewed yet; never the author. */
async function requestOwners(
  api: GitHubApi,
  repo: RepoRef,
  pr: PullRequestInfo,
  reviews: Review[],
  evaluation: Evaluation,
  notes: string[],
): Promise<void> {
  const reviewed = new Set(reviews.flatMap((r) => (r.user ? [r.user.login.toLowerCase()] : [])));
  const author = pr.author.toLowerCase();
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const r of evaluation.approvals.requirements) {
    if (r.satisfied) continue;
    for (const owner of r.anyOf) {
      const [who = '', slug] = owner.replace(/^@/, '').split('/');
      if (slug) {
        if (who.toLowerCase() === repo.owner.toLowerCase()) teams.add(slug);
      } else if (who && who.toLowerCase() !== author && !reviewed.has(who.toLowerCase()))
        users.add(who);
    }
  }
  if (users.size === 0 && teams.size === 0) return;
  try {
    await api.requestReviewers(pr.number, [...users].sort(), [...teams].sort());
  } catch (error) {
    // A review request is a courtesy; it never decides approval.
    const message = `could not request reviews from ${[...users, ...teams].join(', ')}: ${messageOf(error)}`;
    core.warning(message);
    notes.push(message);
  }
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown.replace(COMMENT_MARKER, '')).write();
}

/** Writes the JSON report into RUNNER_TEMP and returns its path. */
export async function writeReport(report: CheckReport): Promise<string> {
  const dir = process.env.RUNNER_TEMP || join(process.cwd(), '.slac');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'slac-report.json');
  await writeFile(path, (await loadWork()).reportJson(report));
  return path;
}
