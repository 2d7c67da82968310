// Which pull request an event is about. The check always re-reads the pull request from the
// API (the payload of a relayed or dispatched run is older than the pull request).
import { readFile } from 'node:fs/promises';
import type { PullRequestApi } from './github.js';

export const CHECK_EVENTS = [
  'pull_request_target',
  'pull_request',
  'pull_request_review',
  'workflow_run',
  'workflow_dispatch',
] as const;

class EventError extends Error {
  override name = 'EventError';
}

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string } };
  workflow_run?: {
    head_sha?: string;
    head_branch?: string | null;
    head_repository?: { full_name?: string } | null;
    pull_requests?: { number?: number }[];
  };
  inputs?: Record<string, unknown>;
}

export async function readEvent(path: string | undefined): Promise<Payload> {
  if (!path) throw new EventError('GITHUB_EVENT_PATH is not set: run the action in a workflow');
  return JSON.parse(await readFile(path, 'utf8')) as Payload;
}

/** The head commit the event names, if any (the API's answer is newer and wins). */
export function eventHeadSha(payload: Payload): string | undefined {
  const sha = payload.pull_request?.head?.sha ?? payload.workflow_run?.head_sha;
  return typeof sha === 'string' && /^[0-9a-f]{40}$/i.test(sha) ? sha : undefined;
}

/** The pull request number of a check event. */
export async function pullRequestNumber(
  eventName: string,
  payload: Payload,
  api: Pick<PullRequestApi, 'pullRequestByHead'>,
): Promise<number> {
  switch (eventName) {
    case 'pull_request_target':
    case 'pull_request':
    case 'pull_request_review': {
      const n = payload.pull_request?.number;
      if (typeof n === 'number') return n;
      throw new EventError(`the ${eventName} event has no pull_request.number`);
    }
    case 'workflow_run': {
      const run = payload.workflow_run;
      const listed = run?.pull_requests?.[0]?.number;
      if (typeof listed === 'number') return listed;
      // Runs from forks list no pull requests: find the open one by its head commit, or by its
      // head branch when commits were pushed since the review.
      const sha = run?.head_sha;
      const ref = run?.head_branch;
      const repo = run?.head_repository?.full_name;
      const found =
        sha || (ref && repo)
          ? await api.pullRequestByHead(sha, ref && repo ? { ref, repo } : undefined)
          : undefined;
      if (found !== undefined) return found;
      throw new EventError(
        `no open pull request has head ${sha ?? '(unknown)'}${ref && repo ? ` or head branch ${repo}:${ref}` : ''}: the relayed review is for a closed pull request`,
      );
    }
    case 'workflow_dispatch': {
      const raw = payload.inputs?.['pr'] ?? payload.inputs?.['pull-request'];
      const n = Number(raw);
      if (Number.isInteger(n) && n > 0) return n;
      throw new EventError(
        `workflow_dispatch needs an input "pr" with the pull request number; got ${JSON.stringify(raw)}`,
      );
    }
    default:
      throw new EventError(
        `mode check runs on ${CHECK_EVENTS.join(', ')}; this run is a "${eventName}" event`,
      );
  }
}
