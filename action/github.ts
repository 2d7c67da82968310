// The GitHub REST API as the action needs it: small interfaces (`PullRequestApi` for mode
// check, `ReviewIssuesApi` for mode report, the team directory of the use case) and their implementation over Octokit (with
// retries and throttling), so the check reads as a sequence of domain steps and its tests can
// hand it an API kept in memory.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Membership, TeamDirectory } from '../src/app/check-pull-request.js';
import type { PullRequestCommit, Review } from '../src/approval/index.js';

const SlacOctokit = Octokit.plugin(retry, throttling);
type Client = InstanceType<typeof SlacOctokit>;
type OpenPull = Awaited<ReturnType<Client['rest']['pulls']['list']>>['data'][number];

function pullInfo(data: {
  number: number;
  user: { login: string } | null;
  head: { sha: string; ref: string };
  base: { sha: string; ref: string };
}): PullRequestInfo {
  return {
    number: data.number,
    author: data.user?.login ?? '',
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
  };
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  author: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  login: string | undefined;
}

export interface IssueComment {
  id: number;
  body: string;
  login: string | undefined;
}

export type CommitState = 'pending' | 'success' | 'failure';

/**
 * What mode check asks of GitHub, and all it asks (as actions/cache's `IStateProvider`):
 * `GitHubApi` answers it over the REST API, a test with an API kept in memory.
 */
export interface PullRequestApi {
  pullRequest(number: number): Promise<PullRequestInfo>;
  /** Every open pull request whose head is the commit `sha`, by number. */
  openPullRequestsWithHead(sha: string): Promise<PullRequestInfo[]>;
  /** The open pull request whose head is `sha`, else the one whose head is `branch` of `repo`. */
  pullRequestByHead(
    sha: string | undefined,
    branch?: { ref: string; repo: string },
  ): Promise<number | undefined>;
  commits(number: number): Promise<PullRequestCommit[]>;
  reviews(number: number): Promise<Review[]>;
  /** The login the token acts as (whose comment is ours). */
  ownLogin(): Promise<string>;
  comments(number: number): Promise<IssueComment[]>;
  createComment(number: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  requestReviewers(number: number, reviewers: string[], teamReviewers: string[]): Promise<void>;
  /** Writes the commit status `slac/owner-approval` of `sha`. */
  setStatus(sha: string, state: CommitState, description: string, url?: string): Promise<void>;
}

export const COMMENT_MAX = 65_536;
/** Marks our sticky comment, found by it and by the token's own login. */
export const COMMENT_MARKER = '<!-- slac:report -->';

/** How long one request may take before it is abandoned (and retried, as a server error). */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * A client whose every request — each retry too — is abandoned after `timeoutMs`: a request
 * that never answers must not keep the run (and the last status) waiting until the job's
 * timeout.
 */
export function createClient(
  token: string,
  /** The REST API's root (the runner's GITHUB_API_URL). */
  apiUrl: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
  /** The retries' base delay; Octokit's default, unless a test makes retries fast. */
  base = 1000,
): Client {
  const fetchWithTimeout: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(url, { ...init, signal }).catch((error: unknown) => {
      if (timeout.aborted)
        throw Object.assign(
          new Error(`GitHub did not answer ${describe(url)} within ${timeoutMs / 1000} s`),
          { name: 'AbortError' },
        );
      throw error;
    });
  };
  return new SlacOctokit({
    auth: token,
    request: { fetch: fetchWithTimeout },
    baseUrl: apiUrl,
    userAgent: 'slac-action',
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: { retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      fallbackSecondaryRateRetryAfter: 60,
      onRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) =>
        retryCount < 2,
      onSecondaryRateLimit: (_after: number, _opts: unknown, _o: unknown, retryCount: number) =>
        retryCount < 2,
    },
  });
}

function describe(url: Parameters<typeof fetch>[0]): string {
  const href = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
  try {
    return new URL(href).pathname;
  } catch {
    return href;
  }
}

/** The HTTP status of an Octokit error, if it has one. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** What mode report asks of GitHub: its issues, and a pull request of measured results. */
export interface ReviewIssuesApi {
  ownLogin(): Promise<string>;
  /** Every issue of the repository, open and closed (pull requests left out). */
  issues(): Promise<Issue[]>;
  createIssue(title: string, body: string): Promise<number>;
  updateIssue(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void>;
  createComment(number: number, body: string): Promise<number>;
  defaultBranch(): Promise<{ name: string; sha: string }>;
  branchExists(branch: string): Promise<boolean>;
  createBranch(branch: string, sha: string): Promise<void>;
  deleteBranch(branch: string): Promise<void>;
  fileOn(branch: string, path: string): Promise<{ text: string; sha: string } | undefined>;
  putFile(
    branch: string,
    path: string,
    text: string,
    message: string,
    sha: string | undefined,
  ): Promise<void>;
  openPullFrom(
    branch: string,
  ): Promise<{ number: number; title: string; body: string } | undefined>;
  createPull(head: string, base: string, title: string, body: string): Promise<number>;
  updatePull(number: number, fields: { title: string; body: string }): Promise<void>;
}

export class GitHubApi implements PullRequestApi, ReviewIssuesApi {
  constructor(
    private readonly client: Client,
    private readonly repo: RepoRef,
  ) {}

  private openPulls: Promise<OpenPull[]> | undefined;

  async pullRequest(number: number): Promise<PullRequestInfo> {
    const { data } = await this.client.rest.pulls.get({ ...this.repo, pull_number: number });
    return pullInfo(data);
  }

  /** Every open pull request (all pages), read once per run. */
  private listOpenPulls(): Promise<OpenPull[]> {
    this.openPulls ??= this.client.paginate(this.client.rest.pulls.list, {
      ...this.repo,
      state: 'open',
      per_page: 100,
    });
    return this.openPulls;
  }

  /**
   * Every open pull request whose head is the commit `sha`, by number: a commit status
   * belongs to the commit, so all of them decide it.
   */
  async openPullRequestsWithHead(sha: string): Promise<PullRequestInfo[]> {
    const pulls = await this.listOpenPulls();
    return pulls
      .filter((p) => p.head.sha.toLowerCase() === sha.toLowerCase())
      .map(pullInfo)
      .sort((a, b) => a.number - b.number);
  }

  /**
   * The pull request's commits, all pages, as the approval rules take them: who authored and
   * who committed each (null when GitHub knows no account for the git identity). GitHub lists
   * at most 250 commits of a pull request.
   */
  async commits(number: number): Promise<PullRequestCommit[]> {
    const commits = await this.client.paginate(this.client.rest.pulls.listCommits, {
      ...this.repo,
      pull_number: number,
      per_page: 100,
    });
    return commits.map((c) => ({
      sha: c.sha,
      author: c.author ? { login: c.author.login } : null,
      committer: c.committer ? { login: c.committer.login } : null,
    }));
  }

  /**
   * The open pull request whose head is `sha`, else (its head moved on since) the one whose
   * head is `branch` of the repository `repo` — for workflow_run events from forks.
   */
  async pullRequestByHead(
    sha: string | undefined,
    branch?: { ref: string; repo: string },
  ): Promise<number | undefined> {
    const pulls = await this.listOpenPulls();
    const bySha = sha ? pulls.find((p) => p.head.sha === sha) : undefined;
    const byBranch = branch
      ? pulls.find(
          (p) =>
            p.head.ref === branch.ref &&
            p.head.repo?.full_name.toLowerCase() === branch.repo.toLowerCase(),
        )
      : undefined;
    return (bySha ?? byBranch)?.number;
  }

  /** Every review of the pull request, all pages. */
  async reviews(number: number): Promise<Review[]> {
    const reviews = await this.client.paginate(this.client.rest.pulls.listReviews, {
      ...this.repo,
      pull_number: number,
      per_page: 100,
    });
    return reviews.map((r) => ({
      user: r.user ? { login: r.user.login, type: r.user.type } : null,
      state: r.state,
      commit_id: r.commit_id,
      submitted_at: r.submitted_at,
    }));
  }

  /**
   * The login the token acts as. `GET /user` answers 403 for the workflow's GITHUB_TOKEN
   * (an installation token), which posts as github-actions[bot].
   */
  async ownLogin(): Promise<string> {
    try {
      const { data } = await this.client.rest.users.getAuthenticated();
      return data.login;
    } catch (error) {
      const status = statusOf(error);
      if (status === 403 || status === 401) return 'github-actions[bot]';
      throw error;
    }
  }

  async comments(number: number): Promise<IssueComment[]> {
    const comments = await this.client.paginate(this.client.rest.issues.listComments, {
      ...this.repo,
      issue_number: number,
      per_page: 100,
    });
    return comments.map((c) => ({ id: c.id, body: c.body ?? '', login: c.user?.login }));
  }

  /** Every issue of the repository, open and closed (pull requests left out), all pages. */
  async issues(): Promise<Issue[]> {
    const issues = await this.client.paginate(this.client.rest.issues.listForRepo, {
      ...this.repo,
      state: 'all',
      per_page: 100,
    });
    return issues
      .filter((i) => !i.pull_request)
      .map((i) => ({
        number: i.number,
        title: i.title,
        body: i.body ?? '',
        state: i.state === 'closed' ? 'closed' : 'open',
        login: i.user?.login,
      }));
  }

  async createIssue(title: string, body: string): Promise<number> {
    const { data } = await this.client.rest.issues.create({ ...this.repo, title, body });
    return data.number;
  }

  async updateIssue(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<void> {
    await this.client.rest.issues.update({ ...this.repo, issue_number: number, ...fields });
  }

  /** The repository's default branch and the commit it points at. */
  async defaultBranch(): Promise<{ name: string; sha: string }> {
    const { data } = await this.client.rest.repos.get({ ...this.repo });
    const ref = await this.client.rest.git.getRef({
      ...this.repo,
      ref: `heads/${data.default_branch}`,
    });
    return { name: data.default_branch, sha: ref.data.object.sha };
  }

  /** Whether the branch exists. */
  async branchExists(branch: string): Promise<boolean> {
    try {
      await this.client.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` });
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.client.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha });
  }

  async deleteBranch(branch: string): Promise<void> {
    await this.client.rest.git.deleteRef({ ...this.repo, ref: `heads/${branch}` });
  }

  /** A file's text and blob id on a branch, or undefined when it is not there. */
  async fileOn(branch: string, path: string): Promise<{ text: string; sha: string } | undefined> {
    try {
      const { data } = await this.client.rest.repos.getContent({ ...this.repo, path, ref: branch });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
      return { text: Buffer.from(data.content, 'base64').toString('utf8'), sha: data.sha };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** Commits a file to a branch (creating or replacing it); never to the default branch. */
  async putFile(
    branch: string,
    path: string,
    text: string,
    message: string,
    sha: string | undefined,
  ): Promise<void> {
    await this.client.rest.repos.createOrUpdateFileContents({
      ...this.repo,
      path,
      branch,
      message,
      content: Buffer.from(text, 'utf8').toString('base64'),
      ...(sha ? { sha } : {}),
    });
  }

  /** The open pull request from `branch` of this repository, if any. */
  async openPullFrom(
    branch: string,
  ): Promise<{ number: number; title: string; body: string } | undefined> {
    const { data } = await this.client.rest.pulls.list({
      ...this.repo,
      state: 'open',
      head: `${this.repo.owner}:${branch}`,
      per_page: 100,
    });
    const pull = data.find((p) => p.head.ref === branch);
    return pull ? { number: pull.number, title: pull.title, body: pull.body ?? '' } : undefined;
  }

  async createPull(head: string, base: string, title: string, body: string): Promise<number> {
    const { data } = await this.client.rest.pulls.create({ ...this.repo, head, base, title, body });
    return data.number;
  }

  async updatePull(number: number, fields: { title: string; body: string }): Promise<void> {
    await this.client.rest.pulls.update({ ...this.repo, pull_number: number, ...fields });
  }

  async createComment(number: number, body: string): Promise<number> {
    const { data } = await this.client.rest.issues.createComment({
      ...this.repo,
      issue_number: number,
      body,
    });
    return data.id;
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.client.rest.issues.updateComment({ ...this.repo, comment_id: id, body });
  }

  async requestReviewers(
    number: number,
    reviewers: string[],
    teamReviewers: string[],
  ): Promise<void> {
    await this.client.rest.pulls.requestReviewers({
      ...this.repo,
      pull_number: number,
      reviewers,
      team_reviewers: teamReviewers,
    });
  }

  async setStatus(sha: string, state: CommitState, description: string, url?: string) {
    await this.client.rest.repos.createCommitStatus({
      ...this.repo,
      sha,
      state,
      context: STATUS_CONTEXT,
      description: oneLine(description, 140),
      ...(url ? { target_url: url } : {}),
    });
  }
}

export const STATUS_CONTEXT = 'slac/owner-approval';

/** The organization's teams as the client's token (`org-token`) can read them. */
export function teamDirectory(client: Client): TeamDirectory {
  return { membership: (team, login) => teamMembership(client, team, login) };
}

/** Team membership, read with a token that can see the organization's teams. */
async function teamMembership(client: Client, team: string, login: string): Promise<Membership> {
  const match = /^@?([^/]+)\/(.+)$/.exec(team);
  if (!match) return { unverified: `"${team}" is not an @org/team name` };
  const [, org = '', slug = ''] = match;
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org,
      team_slug: slug,
      username: login,
    });
    return data.state === 'active' ? 'member' : 'not-member';
  } catch (error) {
    const status = statusOf(error);
    if (status === 404)
      return {
        unverified: `GitHub answered 404 for ${login}'s membership in ${team}: either ${login} is not a member, or org-token cannot read the team. If ${login} is a member, give org-token read access to organization members (a GitHub App with "Members: read" organization permission, or a classic PAT with read:org).`,
      };
    if (status === 403)
      return {
        unverified: `org-token may not read the members of ${team} (403): give it the "Members: read" organization permission (GitHub App) or the read:org scope (PAT).`,
      };
    throw error;
  }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
