// The action's inputs, read once at the boundary into a typed, read-only object.
import * as core from '@actions/core';

const MODES = ['check', 'render', 'report'] as const;
type Mode = (typeof MODES)[number];

export interface ActionInputs {
  readonly mode: Mode;
  readonly githubToken: string;
  /** A token that can read org team membership (GitHub App token or PAT with read:org). */
  readonly orgToken: string | undefined;
  /** Path of `.slac.yml`, relative to the workspace. */
  readonly config: string;
  /** Folder the `render` mode writes the site into. */
  readonly out: string;
  /**
   * Folder of the validation cache (relative to the workspace) that mode check reads and
   * writes, e.g. restored and saved by actions/cache; undefined for no cache.
   */
  readonly cache: string | undefined;
  /** How long one request to GitHub may take, in milliseconds (input `request-timeout`, seconds). */
  readonly requestTimeoutMs: number;
  /** Mode report: the Prometheus HTTP API to measure with (input `prometheus-url`), if any. */
  readonly prometheusUrl: string | undefined;
  /** Mode report: a bearer token for Prometheus (input `prometheus-token`). */
  readonly prometheusToken: string | undefined;
  /**
   * For tests only, not declared in action.yml: the date mode check judges reviews against
   * (INPUT_SLAC-TEST-TODAY, YYYY-MM-DD), instead of the clock.
   */
  readonly testToday: string | undefined;
  /**
   * For tests only, not declared in action.yml: the base delay of retries in milliseconds
   * (INPUT_SLAC-TEST-RETRY-BASE-MS), instead of Octokit's 1000.
   */
  readonly testRetryBaseMs: number | undefined;
}

class InputError extends Error {
  override name = 'InputError';
}

export function parseInputs(): ActionInputs {
  const mode = core.getInput('mode') || 'check';
  if (!(MODES as readonly string[]).includes(mode))
    throw new InputError(`input "mode" must be one of ${MODES.join(', ')}; got "${mode}"`);
  const githubToken = core.getInput('github-token');
  const orgToken = core.getInput('org-token') || undefined;
  if (orgToken) core.setSecret(orgToken);
  if (mode === 'check' && !githubToken)
    throw new InputError(
      'input "github-token" is empty: leave it at its default (${{ github.token }}) or pass a token with pull-requests: write and statuses: write',
    );
  if (mode === 'report' && !githubToken)
    throw new InputError(
      'input "github-token" is empty: leave it at its default (${{ github.token }}) or pass a token with issues: write (and contents: write, pull-requests: write to propose results)',
    );
  const config = core.getInput('config') || '.slac.yml';
  if (!/(^|\/)\.slac\.yml$/.test(config))
    throw new InputError(
      `input "config" must name a file called .slac.yml (e.g. "sla/.slac.yml"); got "${config}"`,
    );
  if (mode === 'check' && config !== '.slac.yml')
    throw new InputError(
      `input "config": mode check reads .slac.yml at the root of the base commit; got "${config}" (remove the input or set it to .slac.yml)`,
    );
  const timeout = core.getInput('request-timeout') || '30';
  const seconds = Number(timeout);
  if (!/^\d+(\.\d+)?$/.test(timeout) || !(seconds > 0 && seconds <= 600))
    throw new InputError(
      `input "request-timeout" must be a number of seconds above 0 and at most 600 (e.g. 30); got "${timeout}"`,
    );
  const prometheusUrl = core.getInput('prometheus-url') || undefined;
  if (prometheusUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(prometheusUrl))
    throw new InputError(
      'input "prometheus-url" must be an http or https URL, such as https://prometheus.example',
    );
  const prometheusToken = core.getInput('prometheus-token') || undefined;
  if (prometheusToken) core.setSecret(prometheusToken);
  return Object.freeze({
    mode: mode as Mode,
    githubToken,
    orgToken,
    config,
    out: core.getInput('out') || 'site',
    cache: core.getInput('cache') || undefined,
    requestTimeoutMs: Math.round(seconds * 1000),
    prometheusUrl,
    prometheusToken,
    ...testKnobs(),
  });
}

/** The hidden test inputs; a value that is not valid is ignored, as if it were not set. */
function testKnobs(): Pick<ActionInputs, 'testToday' | 'testRetryBaseMs'> {
  const today = core.getInput('slac-test-today');
  const retry = core.getInput('slac-test-retry-base-ms');
  const retryMs = Number(retry);
  return {
    testToday: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : undefined,
    testRetryBaseMs: retry && Number.isFinite(retryMs) && retryMs >= 0 ? retryMs : undefined,
  };
}

/** What the runner tells the action through its environment, read once at the start. */
export interface RunnerEnv {
  /** GITHUB_WORKSPACE, else the current folder. */
  readonly workspace: string;
  /** GITHUB_REPOSITORY (OWNER/REPO), if set. */
  readonly repository: string | undefined;
  readonly eventName: string;
  readonly eventPath: string | undefined;
  /** GITHUB_API_URL, else api.github.com. */
  readonly apiUrl: string;
  /** The link of this workflow run, for the commit status. */
  readonly runUrl: string | undefined;
  /** RUNNER_TEMP, where the JSON reports go, else `.slac` in the current folder. */
  readonly temp: string | undefined;
  /** Whether the runner takes a job summary (GITHUB_STEP_SUMMARY). */
  readonly hasSummary: boolean;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env): RunnerEnv {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run } = env;
  return Object.freeze({
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: repository || undefined,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    eventPath: env.GITHUB_EVENT_PATH || undefined,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runUrl: server && repository && run ? `${server}/${repository}/actions/runs/${run}` : undefined,
    temp: env.RUNNER_TEMP || undefined,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY),
  });
}

/** The repository the workflow runs in; throws when the runner did not say. */
export function repoOf(runner: RunnerEnv): { owner: string; repo: string } {
  const [owner, repo] = (runner.repository ?? '').split('/');
  if (!owner || !repo) throw new Error('GITHUB_REPOSITORY is not set to OWNER/REPO');
  return { owner, repo };
}
