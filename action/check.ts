// mode check: validate, diff and approvals of a pull request (the use case
// src/app/check-pull-request.ts), reported as a sticky comment, a job summary, annotations,
// review requests and the `slac/owner-approval` commit status. Its side effects come in as a
// `CheckContext` (GitHub's API, the log, the workspace, the event, the date), so it runs the
// same in a workflow (action/run.ts builds the context) and in a test.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TeamDirectory } from '../src/app/check-pull-request.js';
import { createGitReader, runGit } from '../src/git/index.js';
import type { Problem } from '../src/model/problem.js';
import type { ResultStore } from '../src/validate/cache.js';
import { eventHeadSha, pullRequestNumber, readEvent } from './event.js';
import {
  COMMENT_MARKER,
  STATUS_CONTEXT,
  type PullRequestApi,
  type PullRequestInfo,
  type RepoRef,
} from './github.js';
import type { Evaluation, Review } from './pipeline.js';
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

/** Where a message points in the pull request's files (GitHub's annotation properties). */
interface Annotation {
  title?: string;
  file: string;
  startLine?: number;
  startColumn?: number;
}

/** What the run tells the workflow: log lines, annotations and the job summary. */
export interface CheckLog {
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  /** Adds to the job summary; a runner without one ignores it. */
  summary(markdown: string): Promise<void>;
}

/** Everything mode check reads or changes outside itself. */
export interface CheckContext {
  /** GitHub with the workflow's token (input github-token). */
  api: PullRequestApi;
  /** The organization's teams (input org-token); without it they come from `.slac.yml`. */
  teams?: TeamDirectory;
  repo: RepoRef;
  /** The clone of the base that actions/checkout left (GITHUB_WORKSPACE). */
  workspace: string;
  eventName: string;
  /** The event's payload file (GITHUB_EVENT_PATH). */
  eventPath: string | undefined;
  /** The workflow run's link, set on the commit status. */
  runUrl: string | undefined;
  /** The date reviews and results are judged against, YYYY-MM-DD. */
  today: string;
  /** The validation cache (input cache): read and added to, saved once at the end. */
  cache?: ResultStore & { save(options?: { keepUnused?: boolean }): void };
  log: CheckLog;
}

export interface CheckResult {
  report: CheckReport;
  /** Set when the step must fail (invalid files, the check could not decide, or its status could not be written). */
  failure?: string;
}

/** One pull request's check: its report, the reviews it read, and whether its comment is written. */
interface PullCheck {
  pr: PullRequestInfo;
  report: CheckReport;
  reviews: Review[];
}

/**
 * The check of the pull request the event names. A commit status belongs to a commit, and
 * several open pull requests can share a head: the run checks every open pull request whose
 * head is that commit and posts `success` only when all of them hold, naming the one that
 * blocks. Every run first sets `pending` (so that a run that stops half way never leaves an
 * earlier `success`), and a run that cannot write its final status fails its step.
 */
export async function runCheck(context: CheckContext): Promise<CheckResult> {
  const { api, log } = context;
  const report: CheckReport = {
    approved: false,
    impact: 'none',
    pullRequest: 0,
    head: '',
    base: '',
    notes: [],
  };
  const statuses = new StatusWriter(api, context.runUrl, log);
  let pr: PullRequestInfo | undefined;
  let checks: PullCheck[] = [];
  try {
    const payload = await readEvent(context.eventPath);
    // Before any other work: the head the event names is pending.
    const eventHead = eventHeadSha(payload);
    if (eventHead) await statuses.pending(eventHead);
    report.pullRequest = await pullRequestNumber(context.eventName, payload, api);
    const loading = loadWork();
    pr = await api.pullRequest(report.pullRequest);
    await statuses.pending(pr.headSha);
    const work = await loading;
    report.head = pr.headSha;
    report.base = pr.baseSha;

    // A head the event named that is no longer this pull request's head (commits were pushed
    // since) got `pending` above: it is decided too, for the pull requests whose head it is.
    for (const head of statuses.touched())
      if (head !== pr.headSha) {
        const others = await api.openPullRequestsWithHead(head);
        const stale = await checkHead(work, context, others, undefined);
        await statuses.decide(
          head,
          stale.length === 0
            ? {
                state: 'failure',
                description: `Not the head of an open pull request any more (#${pr.number} is at ${pr.headSha.slice(0, 7)})`,
              }
            : decision(work, stale[0]!.report),
        );
      }

    const sharing = await api.openPullRequestsWithHead(pr.headSha);
    const pulls = [pr, ...sharing.filter((p) => p.number !== pr!.number)];
    checks = await checkHead(work, context, pulls, pr.number);
    const primary = checks[0]!;
    Object.assign(report, primary.report);
    if (report.evaluation) annotate(log, report.evaluation);
    await statuses.decide(pr.headSha, decision(work, report));
    await writeSummary(log, work.reportMarkdown(report, true));

    const failures = [
      ...checks.flatMap((c) =>
        c.report.error ? [`${checks.length > 1 ? `#${c.pr.number}: ` : ''}${c.report.error}`] : [],
      ),
      ...statuses.failures(),
    ];
    const errors = report.evaluation?.validation.errors.length ?? 0;
    if (errors > 0)
      failures.unshift(
        `${errors} problem${errors === 1 ? '' : 's'} in SLA files (see the annotations and the job summary)`,
      );
    return failures.length > 0 ? { report, failure: failures.join('; ') } : { report };
  } catch (error) {
    // Fail closed: whatever went wrong, every head this run set pending gets failure and why.
    report.approved = false;
    report.error = messageOf(error);
    const { reportMarkdown, statusLine } = await loadWork();
    for (const head of statuses.undecided())
      await statuses.decide(head, { state: 'failure', description: statusLine(report) });
    // An earlier run's comment must not keep saying what this run could not confirm.
    if (pr && !checks.some((c) => c.pr.number === pr!.number)) {
      await upsertComment(api, pr.number, reportMarkdown(report)).catch((e: unknown) =>
        log.warning(`could not update the comment: ${messageOf(e)}`),
      );
    }
    await writeSummary(log, reportMarkdown(report)).catch(() => {});
    return { report, failure: [report.error, ...statuses.failures()].join('; ') };
  } finally {
    // Whatever the decision, the results this run computed serve the next one; a failed
    // save is a warning (ActionCache.save never throws).
    context.cache?.save({ keepUnused: true });
  }
}

interface Decision {
  state: 'success' | 'failure';
  description: string;
}

function decision(work: Work, report: CheckReport): Decision {
  return { state: report.approved ? 'success' : 'failure', description: work.statusLine(report) };
}

/**
 * Writes `slac/owner-approval`: `pending` first on each head the run will decide, then the
 * decision. A write that fails is remembered: the run then fails its step with the reason.
 */
class StatusWriter {
  private readonly pendingHeads = new Set<string>();
  private readonly decided = new Set<string>();
  private readonly errors: string[] = [];

  constructor(
    private readonly api: PullRequestApi,
    private readonly url: string | undefined,
    private readonly log: CheckLog,
  ) {}

  async pending(head: string): Promise<void> {
    if (this.pendingHeads.has(head)) return;
    this.pendingHeads.add(head);
    try {
      await this.api.setStatus(head, 'pending', 'slac is checking…', this.url);
    } catch (error) {
      // The decision below may still be written; if it is not, the step fails.
      this.log.warning(
        `could not set the commit status of ${head} to pending: ${messageOf(error)}`,
      );
    }
  }

  async decide(head: string, { state, description }: Decision): Promise<void> {
    this.decided.add(head);
    try {
      await this.api.setStatus(head, state, description, this.url);
    } catch (error) {
      const message = `could not write the commit status ${STATUS_CONTEXT} (${state}) on ${head}: ${messageOf(error)}; it stays as the last run left it (pending if this run set that), so re-run the check`;
      this.log.error(message);
      this.errors.push(message);
    }
  }

  /** Heads set pending, in order. */
  touched(): string[] {
    return [...this.pendingHeads];
  }

  undecided(): string[] {
    return this.touched().filter((h) => !this.decided.has(h));
  }

  failures(): string[] {
    return [...this.errors];
  }
}

/**
 * Checks each pull request of one head (each with its own base, reviews and commits), writes
 * each one's comment and review requests, and tells each about the others: the status on the
 * head is green only when all hold. `primary` is the pull request the event is about, whose
 * check comes first in the answer.
 */
async function checkHead(
  work: Work,
  context: CheckContext,
  pulls: PullRequestInfo[],
  primary: number | undefined,
): Promise<PullCheck[]> {
  const { api, log } = context;
  const checks: PullCheck[] = [];
  for (const pr of pulls) checks.push(await checkPull(work, context, pr));
  if (primary !== undefined)
    checks.sort((a, b) => Number(b.pr.number === primary) - Number(a.pr.number === primary));
  const share = () => {
    for (const c of checks) {
      const others = checks.filter((o) => o !== c);
      c.report.sharedHead =
        others.length > 0
          ? others.map((o) => ({
              pullRequest: o.pr.number,
              approved: work.ownApproval(o.report),
              status: work.ownStatusLine(o.report),
            }))
          : undefined;
      c.report.approved =
        work.ownApproval(c.report) && others.every((o) => work.ownApproval(o.report));
    }
  };
  share();
  for (const c of checks) {
    if (c.report.sharedHead)
      c.report.notes.push(
        `This head commit is also the head of ${c.report.sharedHead.map((o) => `#${o.pullRequest}`).join(', ')}. The status ${STATUS_CONTEXT} belongs to the commit, so it is green only when the check holds for every open pull request whose head it is.`,
      );
    if (c.report.evaluation)
      await requestOwners(context, c.pr, c.reviews, c.report.evaluation, c.report.notes);
  }
  // A comment that cannot be written fails that pull request's check (nothing is approved on
  // an error); then the comments already written are written again, since they said more.
  let failed = false;
  for (const c of checks) {
    try {
      await upsertComment(api, c.pr.number, work.reportMarkdown(c.report));
    } catch (error) {
      c.report.error = `could not write the comment on #${c.pr.number}: ${messageOf(error)}`;
      failed = true;
    }
  }
  if (failed) {
    share();
    for (const c of checks)
      if (!c.report.error?.startsWith('could not write the comment'))
        await upsertComment(api, c.pr.number, work.reportMarkdown(c.report)).catch((e: unknown) =>
          log.warning(`could not update the comment: ${messageOf(e)}`),
        );
  }
  return checks;
}

/** One pull request's own check; an error is its report's `error` (it never approves). */
async function checkPull(
  work: Work,
  context: CheckContext,
  pr: PullRequestInfo,
): Promise<PullCheck> {
  const report: CheckReport = {
    approved: false,
    impact: 'none',
    pullRequest: pr.number,
    head: pr.headSha,
    base: pr.baseSha,
    notes: [],
  };
  let reviews: Review[] = [];
  try {
    await fetchAsData(context.workspace, pr);
    const [read, commits] = await Promise.all([
      context.api.reviews(pr.number),
      context.api.commits(pr.number),
    ]);
    reviews = read;
    const check = await work.checkPullRequest({
      git: createGitReader(context.workspace),
      baseRef: pr.baseSha,
      headRef: pr.headSha,
      author: pr.author,
      reviews,
      commits,
      ...(context.teams ? { directory: context.teams } : {}),
      today: context.today,
      ...(context.cache ? { cache: context.cache } : {}),
    });
    if (check.teamsNotLookedUp.length > 0)
      report.notes.push(
        `Team membership of ${check.teamsNotLookedUp.join(', ')} comes from the \`teams:\` lists of the base .slac.yml, because the workflow's token cannot read org membership. Pass \`org-token\` (a GitHub App token with "Members: read", or a PAT with read:org) to read it from GitHub.`,
      );
    report.evaluation = check.evaluation;
    report.impact = check.impact;
    report.approved = work.ownApproval(report);
  } catch (error) {
    report.approved = false;
    report.error = messageOf(error);
  }
  return { pr, report, reviews };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    // A request abandoned after its timeout says so itself (Octokit gives it status 500).
    if (error.name === 'AbortError') return error.message;
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
    runGit(
      workspace,
      ['fetch', '--no-tags', '--no-recurse-submodules', 'origin', ...refs],
      ['protocol.file.allow=always'],
    );
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

/** File/line annotations, up to GitHub's limit per type (the job summary lists them all). */
function annotate(log: CheckLog, evaluation: Evaluation): void {
  const emit = (problems: readonly Problem[], level: 'error' | 'warning') =>
    problems.slice(0, ANNOTATIONS_PER_TYPE).forEach((p) => {
      log[level](`${p.rule}: ${p.message}`, {
        title: `slac ${p.rule}`,
        file: p.file,
        ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
      });
    });
  emit(evaluation.validation.errors, 'error');
  emit(evaluation.validation.warnings, 'warning');
}

/** One comment per pull request: ours has the marker and our login; it is edited in place. */
async function upsertComment(api: PullRequestApi, number: number, body: string): Promise<void> {
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
  { api, repo, log }: CheckContext,
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
    log.warning(message);
    notes.push(message);
  }
}

function writeSummary(log: CheckLog, markdown: string): Promise<void> {
  return log.summary(markdown.replace(COMMENT_MARKER, ''));
}

/** Writes the JSON report into `temp` (RUNNER_TEMP), else `.slac`, and returns its path. */
export async function writeReport(report: CheckReport, temp: string | undefined): Promise<string> {
  const dir = temp ?? join(process.cwd(), '.slac');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'slac-report.json');
  await writeFile(path, (await loadWork()).reportJson(report));
  return path;
}
