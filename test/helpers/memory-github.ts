// GitHub kept in memory, for in-process tests of the action's modes: the pull requests,
// reviews, commits, comments, statuses and review requests that mode check reads and writes
// (`PullRequestApi`), and the issues, branches and pull requests of mode report
// (`ReviewIssuesApi`), behind the interfaces the action talks to over HTTP. Writes are
// recorded; a test can make any call fail.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckContext, CheckLog } from '../../action/check.js';
import type {
  CommitState,
  Issue,
  IssueComment,
  PullRequestApi,
  PullRequestInfo,
  ReviewIssuesApi,
} from '../../action/github.js';
import type { Membership, TeamDirectory } from '../../src/app/check-pull-request.js';
import type { PullRequestCommit, Review } from '../../src/approval/index.js';

export interface RecordedStatus {
  sha: string;
  state: CommitState;
  description: string;
  url: string | undefined;
}

type Method = keyof PullRequestApi | keyof ReviewIssuesApi;

export class MemoryGitHub implements PullRequestApi, ReviewIssuesApi {
  readonly pulls = new Map<number, PullRequestInfo>();
  /** Numbers of the pull requests that are closed (the others are open). */
  readonly closed = new Set<number>();
  readonly reviewsOf = new Map<number, Review[]>();
  readonly commitsOf = new Map<number, PullRequestCommit[]>();
  readonly issueComments: (IssueComment & { issue: number })[] = [];
  readonly statuses: RecordedStatus[] = [];
  readonly reviewRequests: { pull: number; reviewers: string[]; teams: string[] }[] = [];
  readonly issueList: Issue[] = [];
  /** Branches (other than the default branch `main`) and their files. */
  readonly branches = new Map<string, Map<string, string>>();
  readonly proposals: {
    number: number;
    head: string;
    base: string;
    title: string;
    body: string;
  }[] = [];
  /** Every call that changes something, in order. */
  readonly writes: string[] = [];
  /** The login the token acts as. */
  login = 'github-actions[bot]';
  private nextId = 1;
  private readonly failures: { method: Method; when: (args: unknown[]) => boolean }[] = [];

  /** Makes every later call of `method` whose arguments pass `when` reject, as a 500 would. */
  fail(method: Method, when: (args: unknown[]) => boolean = () => true): void {
    this.failures.push({ method, when });
  }

  private async call<T>(method: Method, args: unknown[], answer: () => T): Promise<T> {
    await Promise.resolve();
    if (this.failures.some((f) => f.method === method && f.when(args)))
      throw Object.assign(new Error(`${method} failed`), { status: 500 });
    if (/^(create|update|put|delete|set|request)/.test(method)) this.writes.push(method);
    return answer();
  }

  approve(pull: number, login: string, commitId: string): void {
    const list = this.reviewsOf.get(pull) ?? [];
    list.push({
      id: this.nextId++,
      user: { login, type: 'User' },
      state: 'APPROVED',
      commit_id: commitId,
      submitted_at: '2026-06-30T12:00:00Z',
    });
    this.reviewsOf.set(pull, list);
  }

  commentsOn(pull: number): string[] {
    return this.issueComments.filter((c) => c.issue === pull).map((c) => c.body);
  }

  pullRequest(number: number): Promise<PullRequestInfo> {
    return this.call('pullRequest', [number], () => {
      const pr = this.pulls.get(number);
      if (!pr) throw Object.assign(new Error('Not Found'), { status: 404 });
      return { ...pr };
    });
  }

  openPullRequestsWithHead(sha: string): Promise<PullRequestInfo[]> {
    return this.call('openPullRequestsWithHead', [sha], () =>
      [...this.pulls.values()]
        .filter((p) => !this.closed.has(p.number) && p.headSha === sha)
        .sort((a, b) => a.number - b.number)
        .map((p) => ({ ...p })),
    );
  }

  pullRequestByHead(sha: string | undefined): Promise<number | undefined> {
    return this.call(
      'pullRequestByHead',
      [sha],
      () =>
        [...this.pulls.values()].find((p) => !this.closed.has(p.number) && p.headSha === sha)
          ?.number,
    );
  }

  commits(number: number): Promise<PullRequestCommit[]> {
    return this.call('commits', [number], () => [...(this.commitsOf.get(number) ?? [])]);
  }

  reviews(number: number): Promise<Review[]> {
    return this.call('reviews', [number], () => [...(this.reviewsOf.get(number) ?? [])]);
  }

  ownLogin(): Promise<string> {
    return this.call('ownLogin', [], () => this.login);
  }

  comments(number: number): Promise<IssueComment[]> {
    return this.call('comments', [number], () =>
      this.issueComments
        .filter((c) => c.issue === number)
        .map(({ id, body, login }) => ({ id, body, login })),
    );
  }

  createComment(number: number, body: string): Promise<number> {
    return this.call('createComment', [number, body], () => {
      const id = this.nextId++;
      this.issueComments.push({ id, issue: number, body, login: this.login });
      return id;
    });
  }

  updateComment(id: number, body: string): Promise<void> {
    return this.call('updateComment', [id, body], () => {
      const comment = this.issueComments.find((c) => c.id === id);
      if (!comment) throw Object.assign(new Error('Not Found'), { status: 404 });
      comment.body = body;
    });
  }

  requestReviewers(pull: number, reviewers: string[], teams: string[]): Promise<void> {
    return this.call('requestReviewers', [pull, reviewers, teams], () => {
      this.reviewRequests.push({ pull, reviewers, teams });
    });
  }

  setStatus(sha: string, state: CommitState, description: string, url?: string): Promise<void> {
    return this.call('setStatus', [sha, state, description, url], () => {
      this.statuses.push({ sha, state, description, url });
    });
  }

  issues(): Promise<Issue[]> {
    return this.call('issues', [], () => this.issueList.map((i) => ({ ...i })));
  }

  createIssue(title: string, body: string): Promise<number> {
    return this.call('createIssue', [title, body], () => {
      const number = this.nextId++;
      this.issueList.push({ number, title, body, state: 'open', login: this.login });
      return number;
    });
  }

  updateIssue(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void> {
    return this.call('updateIssue', [number, fields], () => {
      const issue = this.issueList.find((i) => i.number === number);
      if (!issue) throw Object.assign(new Error('Not Found'), { status: 404 });
      Object.assign(issue, fields);
    });
  }

  defaultBranch(): Promise<{ name: string; sha: string }> {
    return this.call('defaultBranch', [], () => ({ name: 'main', sha: '0'.repeat(40) }));
  }

  branchExists(branch: string): Promise<boolean> {
    return this.call('branchExists', [branch], () => this.branches.has(branch));
  }

  createBranch(branch: string): Promise<void> {
    return this.call('createBranch', [branch], () => void this.branches.set(branch, new Map()));
  }

  deleteBranch(branch: string): Promise<void> {
    return this.call('deleteBranch', [branch], () => void this.branches.delete(branch));
  }

  fileOn(branch: string, path: string): Promise<{ text: string; sha: string } | undefined> {
    return this.call('fileOn', [branch, path], () => {
      const text = this.branches.get(branch)?.get(path);
      return text === undefined ? undefined : { text, sha: `blob-${path}` };
    });
  }

  putFile(branch: string, path: string, text: string): Promise<void> {
    return this.call('putFile', [branch, path, text], () => {
      const files = this.branches.get(branch);
      if (!files) throw Object.assign(new Error('Not Found'), { status: 404 });
      files.set(path, text);
    });
  }

  openPullFrom(
    branch: string,
  ): Promise<{ number: number; title: string; body: string } | undefined> {
    return this.call('openPullFrom', [branch], () => {
      const p = this.proposals.find((x) => x.head === branch);
      return p ? { number: p.number, title: p.title, body: p.body } : undefined;
    });
  }

  createPull(head: string, base: string, title: string, body: string): Promise<number> {
    return this.call('createPull', [head, base, title, body], () => {
      const number = this.nextId++;
      this.proposals.push({ number, head, base, title, body });
      return number;
    });
  }

  updatePull(number: number, fields: { title: string; body: string }): Promise<void> {
    return this.call('updatePull', [number, fields], () => {
      const p = this.proposals.find((x) => x.number === number);
      if (p) Object.assign(p, fields);
    });
  }
}

/** An organization's teams in memory: `team` ("@org/team") → its members. */
export function memoryTeams(teams: Record<string, string[]>): TeamDirectory & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    membership(team: string, login: string): Promise<Membership> {
      asked.push(`${team} ${login}`);
      const members = teams[team.replace(/^@/, '').toLowerCase()];
      if (!members) return Promise.resolve({ unverified: `no team ${team}` });
      return Promise.resolve(members.includes(login) ? 'member' : 'not-member');
    },
  };
}

/** What the check told the workflow. */
export interface RecordedLog extends CheckLog {
  info(message: string): void;
  infos: string[];
  warnings: string[];
  errors: { message: string; file?: string; line?: number }[];
  summaries: string[];
}

export function recordingLog(): RecordedLog {
  const log: RecordedLog = {
    infos: [],
    info: (message) => void log.infos.push(message),
    warnings: [],
    errors: [],
    summaries: [],
    warning: (message) => void log.warnings.push(message),
    error: (message, at) =>
      void log.errors.push({
        message,
        ...(at ? { file: at.file } : {}),
        ...(at?.startLine ? { line: at.startLine } : {}),
      }),
    summary: (markdown) => {
      log.summaries.push(markdown);
      return Promise.resolve();
    },
  };
  return log;
}

/** A check context over `api` for the event `payload`, written into `temp`. */
export function checkContext(
  api: MemoryGitHub,
  workspace: string,
  temp: string,
  payload: Record<string, unknown>,
  extra: Partial<CheckContext> = {},
): CheckContext & { log: RecordedLog } {
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  return {
    api,
    repo: { owner: 'acme', repo: 'slas' },
    workspace,
    eventName: 'pull_request_target',
    eventPath,
    runUrl: 'https://github.com/acme/slas/actions/runs/42',
    today: '2026-07-01',
    ...extra,
    log: recordingLog(),
  };
}
