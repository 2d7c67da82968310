// A fake GitHub REST API on 127.0.0.1 for end-to-end tests of the action: stateful (pull
// requests, reviews, comments, statuses, review requests, teams), recording every request,
// and able to fail on demand. Response bodies start from the example responses of the same
// operations in @octokit/openapi, so they have GitHub's real shapes.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OPENAPI_PATH = require.resolve('@octokit/openapi/generated/api.github.com.json');

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, OpenApiResponse> }>>;
  components: {
    examples: Record<string, { value: unknown }>;
    schemas: Record<string, unknown>;
  };
}
interface OpenApiResponse {
  content?: {
    'application/json'?: { schema?: unknown; examples?: Record<string, { $ref: string }> };
  };
}

let spec: OpenApi | undefined;
export function openApi(): OpenApi {
  spec ??= require(OPENAPI_PATH) as OpenApi;
  return spec;
}

/** A fresh copy of the first example response of an operation. */
function example(route: string, method: string, status: number): Record<string, unknown> {
  const content =
    openApi().paths[route]?.[method]?.responses[String(status)]?.content?.['application/json'];
  const ref = Object.values(content?.examples ?? {})[0]?.$ref;
  if (!ref) throw new Error(`no example response for ${method.toUpperCase()} ${route} ${status}`);
  const value = openApi().components.examples[ref.split('/').pop()!]?.value;
  const copy = structuredClone(value) as Record<string, unknown> | Record<string, unknown>[];
  return Array.isArray(copy) ? copy[0]! : copy;
}

export interface PullState {
  number: number;
  author: string;
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** Full name of the head's repository (a fork); the base repository when left out. */
  headRepo?: string;
  baseSha: string;
  baseRef: string;
  /**
   * The pull request's commits, oldest first, as "list commits on a pull request" answers:
   * `author`/`committer` are the GitHub logins of the git identities (null when GitHub knows
   * no account for one).
   */
  commits?: PullCommitState[];
}

export interface PullCommitState {
  sha: string;
  message: string;
  author: string | null;
  committer: string | null;
}

export interface ReviewState {
  id: number;
  login: string;
  type: 'User' | 'Bot';
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commitId: string;
}

export interface CommentState {
  id: number;
  issue: number;
  body: string;
  login: string;
}

/** A branch of the repository as the git data and contents APIs see it. */
export interface BranchState {
  sha: string;
  /** Files by path, as text. */
  files: Map<string, string>;
}

export interface IssueState {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  login: string;
}

export interface StatusState {
  sha: string;
  state: string;
  context: string;
  description: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The OpenAPI route that answered, e.g. `/repos/{owner}/{repo}/pulls/{pull_number}`. */
  route: string | undefined;
  token: string | undefined;
  body: unknown;
  status: number;
  response: unknown;
  /** When the request arrived (Date.now()), for measuring the action's start-up. */
  at: number;
}

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail; Infinity for a persistent failure. */
  times: number;
  /** How many matching requests are answered normally before the failures start. */
  skip: number;
}

/** Requests that are never answered (the connection stays open until the server closes). */
export interface Hang {
  method: string;
  path: RegExp;
  times: number;
}

/** GitHub refuses an issue comment body over 65,536 characters. */
const COMMENT_BODY_MAX = 65_536;

/** A token and who it is: a user login, or null for an installation token (GET /user is 403). */
export type TokenIdentity = { login: string } | { installation: true; login: string };

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  pulls: Map<number, PullState>;
  reviews: Map<number, ReviewState[]>;
  comments: CommentState[];
  /** Issues (not pull requests); numbers follow the pull requests'. */
  issues: IssueState[];
  defaultBranch: string;
  /** Branches by name (without refs/heads/); the default branch is there from the start. */
  branches: Map<string, BranchState>;
  statuses: StatusState[];
  reviewRequests: { number: number; reviewers: string[]; teamReviewers: string[] }[];
  /** "org/slug" → member logins. */
  teams: Map<string, string[]>;
  tokens: Map<string, TokenIdentity>;
  failures: Failure[];
  hangs: Hang[];
  /** Caps per_page so that tests exercise pagination. */
  maxPerPage: number;
  addReview(
    number: number,
    review: Omit<ReviewState, 'id' | 'type'> & { type?: 'User' | 'Bot' },
  ): void;
  /** The next `times` requests that match fail with `status`, after `skip` that succeed. */
  fail(method: string, path: RegExp, status: number, times?: number, skip?: number): void;
  /** The next `times` requests that match are never answered. */
  hang(method: string, path: RegExp, times?: number): void;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: {
  owner: string;
  repo: string;
}): Promise<FakeGitHub> {
  const { owner, repo } = options;
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    owner,
    repo,
    requests: [],
    pulls: new Map(),
    reviews: new Map(),
    comments: [],
    issues: [],
    defaultBranch: 'main',
    branches: new Map([['main', { sha: 'a'.repeat(40), files: new Map() }]]),
    statuses: [],
    reviewRequests: [],
    teams: new Map(),
    tokens: new Map(),
    failures: [],
    hangs: [],
    maxPerPage: 100,
    addReview(number, review) {
      const list = fake.reviews.get(number) ?? [];
      list.push({ type: 'User', ...review, id: nextId++ });
      fake.reviews.set(number, list);
    },
    fail(method, path, status, times = 1, skip = 0) {
      fake.failures.push({ method, path, status, times, skip });
    },
    hang(method, path, times = Infinity) {
      fake.hangs.push({ method, path, times });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Requests left hanging keep their connections open.
        server.closeAllConnections();
      }),
  };

  const user = (login: string, type = login.endsWith('[bot]') ? 'Bot' : 'User') => ({
    ...(example('/user', 'get', 200) as object),
    login,
    type,
    id: [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7),
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
  });
  const simpleUser = (login: string) => {
    // Nested users are simple-user objects: keep only the fields of that schema.
    const full = user(login) as Record<string, unknown>;
    const template = (example('/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get', 200)
      .user ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.keys(template).map((k) => [k, full[k] ?? template[k]]));
  };
  const repoBase = `https://api.github.com/repos/${owner}/${repo}`;

  const pullBody = (route: string, method: string, status: number, p: PullState) => {
    const body = example(route, method, status) as Record<string, Record<string, unknown>>;
    const head = body.head!;
    const base = body.base!;
    return {
      ...body,
      number: p.number,
      state: p.state ?? 'open',
      title: p.title ?? body.title,
      body: p.body ?? body.body,
      // The example's requested teams lack the schema's required `type`; none are requested.
      requested_reviewers: [],
      requested_teams: [],
      url: `${repoBase}/pulls/${p.number}`,
      user: simpleUser(p.author),
      head: {
        ...head,
        sha: p.headSha,
        ref: p.headRef,
        label: `${p.author}:${p.headRef}`,
        repo: { ...(head.repo as object), full_name: p.headRepo ?? `${owner}/${repo}` },
      },
      base: { ...base, sha: p.baseSha, ref: p.baseRef, label: `${owner}:${p.baseRef}` },
    };
  };

  const issueBody = (route: string, method: string, status: number, i: IssueState) => {
    const template = example(route, method, status);
    return {
      ...template,
      id: 100_000 + i.number,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      // Nullable in GitHub's description, but with an enum that does not list null: left out.
      state_reason: i.state === 'closed' ? 'completed' : undefined,
      closed_at: i.state === 'closed' ? '2026-12-01T00:00:00Z' : null,
      url: `${repoBase}/issues/${i.number}`,
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
      user: simpleUser(i.login),
      // An issue, not a pull request.
      pull_request: undefined,
    };
  };

  const refBody = (method: string, status: number, name: string, sha: string) => {
    const route =
      method === 'get' ? '/repos/{owner}/{repo}/git/ref/{ref}' : '/repos/{owner}/{repo}/git/refs';
    const template = example(route, method, status) as Record<string, Record<string, unknown>>;
    return {
      ...template,
      ref: `refs/heads/${name}`,
      url: `${repoBase}/git/refs/heads/${name}`,
      object: { ...template.object, sha, type: 'commit' },
    };
  };

  type Handler = (
    match: RegExpExecArray,
    ctx: { body: Record<string, unknown>; token: string | undefined; url: URL },
  ) => { status: number; body?: unknown; headers?: Record<string, string> };

  const page = (url: URL, items: unknown[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.maxPerPage);
    const pageNo = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    const link = (n: number, rel: string) => {
      const next = new URL(url);
      next.searchParams.set('page', String(n));
      next.searchParams.set('per_page', String(perPage));
      return `<${next.href}>; rel="${rel}"`;
    };
    if (pageNo < last) headers.link = [link(pageNo + 1, 'next'), link(last, 'last')].join(', ');
    return { status: 200, body: items.slice((pageNo - 1) * perPage, pageNo * perPage), headers };
  };

  const notFound = {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    },
  };
  const pullOr404 = (n: string | undefined) => fake.pulls.get(Number(n));
  const bodyTooLong = (body: unknown) =>
    String(body).length > COMMENT_BODY_MAX
      ? {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'IssueComment',
                code: 'custom',
                field: 'body',
                message: `body is too long (maximum is ${COMMENT_BODY_MAX} characters)`,
              },
            ],
            documentation_url:
              'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
            status: '422',
          },
        }
      : undefined;
  const R = `/repos/${owner}/${repo}`;
  const routes: [string, RegExp, string, Handler][] = [
    [
      'GET',
      /^\/user$/,
      '/user',
      (_m, { token }) => {
        const who = token ? fake.tokens.get(token) : undefined;
        if (!who)
          return {
            status: 401,
            body: {
              message: 'Bad credentials',
              documentation_url: 'https://docs.github.com/rest',
              status: '401',
            },
          };
        if ('installation' in who)
          return {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url:
                'https://docs.github.com/rest/users/users#get-the-authenticated-user',
              status: '403',
            },
          };
        return { status: 200, body: user(who.login) };
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/pulls$`),
      '/repos/{owner}/{repo}/pulls',
      (_m, { url }) => {
        const state = url.searchParams.get('state') ?? 'open';
        const head = url.searchParams.get('head');
        const items = [...fake.pulls.values()]
          .filter((p) => state === 'all' || (p.state ?? 'open') === state)
          .filter(
            (p) =>
              !head || `${(p.headRepo ?? `${owner}/${repo}`).split('/')[0]}:${p.headRef}` === head,
          )
          .map((p) => pullBody('/repos/{owner}/{repo}/pulls', 'get', 200, p));
        return page(url, items);
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/pulls$`),
      '/repos/{owner}/{repo}/pulls',
      (_m, { body, token }) => {
        const head = fake.branches.get(String(body.head));
        const base = fake.branches.get(String(body.base));
        if (!head || !base)
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
              status: '422',
            },
          };
        const login = (token && fake.tokens.get(token)?.login) || 'github-actions[bot]';
        const number = Math.max(0, ...fake.issues.map((i) => i.number), ...fake.pulls.keys()) + 1;
        const pull: PullState = {
          number,
          author: login,
          title: String(body.title),
          body: String(body.body ?? ''),
          state: 'open',
          headSha: head.sha,
          headRef: String(body.head),
          baseSha: base.sha,
          baseRef: String(body.base),
        };
        fake.pulls.set(number, pull);
        return { status: 201, body: pullBody('/repos/{owner}/{repo}/pulls', 'post', 201, pull) };
      },
    ],
    [
      'PATCH',
      new RegExp(`^${R}/pulls/(\\d+)$`),
      '/repos/{owner}/{repo}/pulls/{pull_number}',
      (m, { body }) => {
        const p = pullOr404(m[1]);
        if (!p) return notFound;
        if (body.title !== undefined) p.title = String(body.title);
        if (body.body !== undefined) p.body = String(body.body);
        if (body.state === 'open' || body.state === 'closed') p.state = body.state;
        return {
          status: 200,
          body: pullBody('/repos/{owner}/{repo}/pulls/{pull_number}', 'patch', 200, p),
        };
      },
    ],
    [
      'GET',
      new RegExp(`^${R}$`),
      '/repos/{owner}/{repo}',
      () => ({
        status: 200,
        body: {
          ...example('/repos/{owner}/{repo}', 'get', 200),
          name: repo,
          full_name: `${owner}/${repo}`,
          default_branch: fake.defaultBranch,
          // The example omits a field its schema requires; a repository that is no fork has
          // no parent or source.
          language: 'TypeScript',
          parent: undefined,
          source: undefined,
          template_repository: undefined,
        },
      }),
    ],
    [
      'GET',
      new RegExp(`^${R}/git/ref/heads(?:/|%2F)(.+)$`, 'i'),
      '/repos/{owner}/{repo}/git/ref/{ref}',
      (m) => {
        const name = decodeURIComponent(m[1]!);
        const branch = fake.branches.get(name);
        return branch ? { status: 200, body: refBody('get', 200, name, branch.sha) } : notFound;
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/git/refs$`),
      '/repos/{owner}/{repo}/git/refs',
      (_m, { body }) => {
        const name = String(body.ref).replace(/^refs\/heads\//, '');
        if (fake.branches.has(name))
          return {
            status: 422,
            body: {
              message: 'Reference already exists',
              documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
              status: '422',
            },
          };
        const from = [...fake.branches.values()].find((b) => b.sha === String(body.sha));
        fake.branches.set(name, { sha: String(body.sha), files: new Map(from?.files ?? []) });
        return { status: 201, body: refBody('post', 201, name, String(body.sha)) };
      },
    ],
    [
      'DELETE',
      new RegExp(`^${R}/git/refs/heads(?:/|%2F)(.+)$`, 'i'),
      '/repos/{owner}/{repo}/git/refs/{ref}',
      (m) => (fake.branches.delete(decodeURIComponent(m[1]!)) ? { status: 204 } : notFound),
    ],
    [
      'GET',
      new RegExp(`^${R}/contents/(.+)$`),
      '/repos/{owner}/{repo}/contents/{path}',
      (m, { url }) => {
        const path = decodeURIComponent(m[1]!);
        const branch = fake.branches.get(url.searchParams.get('ref') ?? fake.defaultBranch);
        const text = branch?.files.get(path);
        if (text === undefined) return notFound;
        return {
          status: 200,
          body: {
            ...(example('/repos/{owner}/{repo}/contents/{path}', 'get', 200) as object),
            type: 'file',
            encoding: 'base64',
            name: path.split('/').pop(),
            path,
            size: Buffer.byteLength(text),
            sha: blobSha(text),
            content: Buffer.from(text).toString('base64'),
          },
        };
      },
    ],
    [
      'PUT',
      new RegExp(`^${R}/contents/(.+)$`),
      '/repos/{owner}/{repo}/contents/{path}',
      (m, { body }) => {
        const path = decodeURIComponent(m[1]!);
        const name = String(body.branch ?? fake.defaultBranch);
        const branch = fake.branches.get(name);
        if (!branch) return notFound;
        const before = branch.files.get(path);
        // GitHub refuses to replace a file without its current blob id, or with a stale one.
        if (before !== undefined && body.sha !== blobSha(before))
          return {
            status: 409,
            body: {
              message: 'sha does not match',
              documentation_url: 'https://docs.github.com/rest/repos/contents',
              status: '409',
            },
          };
        const text = Buffer.from(String(body.content), 'base64').toString('utf8');
        branch.files.set(path, text);
        branch.sha = blobSha(`${branch.sha}${path}${text}`);
        const template = example(
          '/repos/{owner}/{repo}/contents/{path}',
          'put',
          before === undefined ? 201 : 200,
        ) as Record<string, Record<string, unknown>>;
        return {
          status: before === undefined ? 201 : 200,
          body: {
            ...template,
            content: { ...template.content, path, sha: blobSha(text) },
            commit: { ...template.commit, sha: branch.sha, message: String(body.message) },
          },
        };
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/pulls/(\\d+)$`),
      '/repos/{owner}/{repo}/pulls/{pull_number}',
      (m) => {
        const p = pullOr404(m[1]);
        return p
          ? {
              status: 200,
              body: pullBody('/repos/{owner}/{repo}/pulls/{pull_number}', 'get', 200, p),
            }
          : notFound;
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/pulls/(\\d+)/reviews$`),
      '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      (m, { url }) => {
        if (!pullOr404(m[1])) return notFound;
        const template = example('/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'get', 200);
        const items = (fake.reviews.get(Number(m[1])) ?? []).map((r) => ({
          ...template,
          id: r.id,
          user: { ...simpleUser(r.login), type: r.type },
          state: r.state,
          commit_id: r.commitId,
          submitted_at: '2026-01-02T00:00:00Z',
        }));
        return page(url, items);
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/pulls/(\\d+)/commits$`),
      '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
      (m, { url }) => {
        const p = pullOr404(m[1]);
        if (!p) return notFound;
        const template = example('/repos/{owner}/{repo}/pulls/{pull_number}/commits', 'get', 200);
        const commit = template.commit as Record<string, unknown>;
        const identity = (login: string | null) => ({
          name: login ?? 'Someone without a GitHub account',
          email: login ? `${login}@users.noreply.github.com` : 'someone@example.com',
          date: '2026-01-01T00:00:00Z',
        });
        const items = (p.commits ?? []).map((c) => ({
          ...template,
          sha: c.sha,
          url: `${repoBase}/commits/${c.sha}`,
          html_url: `https://github.com/${owner}/${repo}/commit/${c.sha}`,
          commit: {
            ...commit,
            message: c.message,
            author: identity(c.author),
            committer: identity(c.committer),
          },
          author: c.author === null ? null : simpleUser(c.author),
          committer: c.committer === null ? null : simpleUser(c.committer),
        }));
        return page(url, items);
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/issues$`),
      '/repos/{owner}/{repo}/issues',
      (_m, { url }) => {
        const state = url.searchParams.get('state') ?? 'open';
        const items = fake.issues
          .filter((i) => state === 'all' || i.state === state)
          .sort((a, b) => b.number - a.number)
          .map((i) => issueBody('/repos/{owner}/{repo}/issues', 'get', 200, i));
        return page(url, items);
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/issues$`),
      '/repos/{owner}/{repo}/issues',
      (_m, { body, token }) => {
        const tooLong = bodyTooLong(body.body);
        if (tooLong) return tooLong;
        const login = (token && fake.tokens.get(token)?.login) || 'github-actions[bot]';
        const number = Math.max(0, ...fake.issues.map((i) => i.number), ...fake.pulls.keys()) + 1;
        const issue: IssueState = {
          number,
          title: String(body.title),
          body: String(body.body ?? ''),
          state: 'open',
          login,
        };
        fake.issues.push(issue);
        return { status: 201, body: issueBody('/repos/{owner}/{repo}/issues', 'post', 201, issue) };
      },
    ],
    [
      'PATCH',
      new RegExp(`^${R}/issues/(\\d+)$`),
      '/repos/{owner}/{repo}/issues/{issue_number}',
      (m, { body }) => {
        const issue = fake.issues.find((i) => i.number === Number(m[1]));
        if (!issue) return notFound;
        const tooLong = body.body === undefined ? undefined : bodyTooLong(body.body);
        if (tooLong) return tooLong;
        if (body.title !== undefined) issue.title = String(body.title);
        if (body.body !== undefined) issue.body = String(body.body);
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        return {
          status: 200,
          body: issueBody('/repos/{owner}/{repo}/issues/{issue_number}', 'patch', 200, issue),
        };
      },
    ],
    [
      'GET',
      new RegExp(`^${R}/issues/(\\d+)/comments$`),
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (m, { url }) => {
        const template = example(
          '/repos/{owner}/{repo}/issues/{issue_number}/comments',
          'get',
          200,
        );
        const items = fake.comments
          .filter((c) => c.issue === Number(m[1]))
          .map((c) => ({ ...template, id: c.id, body: c.body, user: simpleUser(c.login) }));
        return page(url, items);
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/issues/(\\d+)/comments$`),
      '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      (m, { body, token }) => {
        const tooLong = bodyTooLong(body.body);
        if (tooLong) return tooLong;
        const login = (token && fake.tokens.get(token)?.login) || 'github-actions[bot]';
        const comment = { id: nextId++, issue: Number(m[1]), body: String(body.body), login };
        fake.comments.push(comment);
        const template = example(
          '/repos/{owner}/{repo}/issues/{issue_number}/comments',
          'post',
          201,
        );
        return {
          status: 201,
          body: { ...template, id: comment.id, body: comment.body, user: simpleUser(login) },
        };
      },
    ],
    [
      'PATCH',
      new RegExp(`^${R}/issues/comments/(\\d+)$`),
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      (m, { body }) => {
        const comment = fake.comments.find((c) => c.id === Number(m[1]));
        if (!comment) return notFound;
        const tooLong = bodyTooLong(body.body);
        if (tooLong) return tooLong;
        comment.body = String(body.body);
        const template = example(
          '/repos/{owner}/{repo}/issues/comments/{comment_id}',
          'patch',
          200,
        );
        return {
          status: 200,
          body: {
            ...template,
            id: comment.id,
            body: comment.body,
            user: simpleUser(comment.login),
          },
        };
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/statuses/([0-9a-f]{40})$`),
      '/repos/{owner}/{repo}/statuses/{sha}',
      (m, { body }) => {
        const status = {
          sha: m[1]!,
          state: String(body.state),
          context: String(body.context ?? 'default'),
          description: String(body.description ?? ''),
        };
        if (status.description.length > 140)
          return {
            status: 422,
            body: {
              message: 'Validation Failed',
              errors: [
                {
                  resource: 'Status',
                  code: 'custom',
                  field: 'description',
                  message: 'description is too long (maximum is 140 characters)',
                },
              ],
              documentation_url: 'https://docs.github.com/rest',
              status: '422',
            },
          };
        fake.statuses.push(status);
        const template = example('/repos/{owner}/{repo}/statuses/{sha}', 'post', 201);
        return {
          status: 201,
          body: {
            ...template,
            state: status.state,
            context: status.context,
            description: status.description,
            target_url: body.target_url ?? null,
          },
        };
      },
    ],
    [
      'POST',
      new RegExp(`^${R}/pulls/(\\d+)/requested_reviewers$`),
      '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
      (m, { body }) => {
        const p = pullOr404(m[1]);
        if (!p) return notFound;
        const reviewers = (body.reviewers as string[] | undefined) ?? [];
        if (reviewers.some((r) => r.toLowerCase() === p.author.toLowerCase()))
          return {
            status: 422,
            body: {
              message: 'Review cannot be requested from pull request author.',
              documentation_url: 'https://docs.github.com/rest',
              status: '422',
            },
          };
        fake.reviewRequests.push({
          number: p.number,
          reviewers,
          teamReviewers: (body.team_reviewers as string[] | undefined) ?? [],
        });
        return {
          status: 201,
          body: pullBody(
            '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
            'post',
            201,
            p,
          ),
        };
      },
    ],
    [
      'GET',
      /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/,
      '/orgs/{org}/teams/{team_slug}/memberships/{username}',
      (m) => {
        const members = fake.teams.get(`${m[1]}/${m[2]}`.toLowerCase());
        const login = decodeURIComponent(m[3]!).toLowerCase();
        if (!members || !members.some((x) => x.toLowerCase() === login)) return notFound;
        const template = example(
          '/orgs/{org}/teams/{team_slug}/memberships/{username}',
          'get',
          200,
        );
        return { status: 200, body: { ...template, role: 'member', state: 'active' } };
      },
    ],
  ];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', fake.url);
      const method = req.method ?? 'GET';
      const raw = Buffer.concat(chunks).toString('utf8');
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const found = routes.find(([m, re]) => m === method && re.test(url.pathname));
      let answer: ReturnType<Handler>;
      const hang = fake.hangs.find(
        (h) => h.times > 0 && h.method === method && h.path.test(url.pathname),
      );
      if (hang) {
        hang.times -= 1;
        fake.requests.push({
          at: Date.now(),
          method,
          path: url.pathname + url.search,
          // Never answered: nothing to check against GitHub's shapes.
          route: undefined,
          token,
          body: raw ? body : undefined,
          status: 0,
          response: undefined,
        });
        return;
      }
      let failure = fake.failures.find(
        (f) => f.times > 0 && f.method === method && f.path.test(url.pathname),
      );
      if (failure && failure.skip > 0) {
        failure.skip -= 1;
        failure = undefined;
      }
      if (failure) {
        failure.times -= 1;
        answer = {
          status: failure.status,
          body: {
            message: failure.status >= 500 ? 'Server Error' : 'Injected failure',
            documentation_url: 'https://docs.github.com/rest',
            status: String(failure.status),
          },
        };
      } else if (found) {
        answer = found[3](found[1].exec(url.pathname)!, { body, token, url });
      } else answer = notFound;
      fake.requests.push({
        at: Date.now(),
        method,
        path: url.pathname + url.search,
        route: found?.[2],
        token,
        body: raw ? body : undefined,
        status: answer.status,
        response: answer.body,
      });
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-remaining': '4999',
        ...answer.headers,
      });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** The response schema of an operation, for checking the fake's answers with ajv. */
export function responseSchema(route: string, method: string, status: number): unknown {
  return openApi().paths[route]?.[method.toLowerCase()]?.responses[String(status)]?.content?.[
    'application/json'
  ]?.schema;
}

/** A git blob id of a text, as GitHub gives files in the contents API. */
function blobSha(text: string): string {
  const bytes = Buffer.from(text);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
