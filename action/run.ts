// The action's adapter: read the inputs and the runner's environment once, run the mode with
// the real GitHub, log and clock, report; one error path.
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { ActionCache } from './cache.js';
import { messageOf, runCheck, writeReport, type CheckContext } from './check.js';
import { GitHubApi, createClient, teamDirectory } from './github.js';
import { parseInputs, readRunnerEnv, repoOf, type ActionInputs, type RunnerEnv } from './inputs.js';
import type { ReportLog } from './notify.js';

export async function run(): Promise<void> {
  const runner = readRunnerEnv();
  try {
    // Outputs are set in every case: a run that stops early is not approved.
    core.setOutput('approved', 'false');
    core.setOutput('impact', 'none');
    const inputs = parseInputs();
    if (inputs.mode === 'report') {
      core.setOutput('breaches', '0');
      const { runReportMode } = await import('./notify.js');
      const folder = dirname(inputs.config);
      const result = await runReportMode({
        api: new GitHubApi(client(inputs, runner, inputs.githubToken), repoOf(runner)),
        log: actionLog(runner),
        root: resolve(runner.workspace, folder),
        prefix: folder === '.' ? '' : `${folder.replace(/\/+$/, '')}/`,
        today: new Date().toISOString().slice(0, 10),
        temp: runner.temp,
        ...(inputs.prometheusUrl
          ? {
              prometheus: {
                url: inputs.prometheusUrl,
                ...(inputs.prometheusToken ? { token: inputs.prometheusToken } : {}),
              },
            }
          : {}),
      });
      core.setOutput('breaches', String(result.breaches));
      core.setOutput('report', result.path);
      if (result.pullRequest) core.setOutput('pull-request', String(result.pullRequest));
      return;
    }
    if (inputs.mode === 'render') {
      // Only mode render loads the templates and the renderer.
      const { runRender } = await import('./render.js');
      await runRender(
        resolve(runner.workspace, dirname(inputs.config)),
        resolve(runner.workspace, inputs.out),
      );
      return;
    }
    const { report, failure } = await runCheck(checkContext(inputs, runner));
    core.setOutput('approved', String(report.approved));
    core.setOutput('impact', report.impact);
    core.setOutput('report', await writeReport(report, runner.temp));
    if (failure) core.setFailed(failure);
  } catch (error) {
    const message = messageOf(error);
    const report = {
      approved: false,
      impact: 'none' as const,
      pullRequest: 0,
      head: '',
      base: '',
      notes: [],
      error: message,
    };
    try {
      core.setOutput('report', await writeReport(report, runner.temp));
    } catch {
      // The failure below is what matters.
    }
    core.setFailed(message);
  }
}

/** Mode check's side effects in a workflow: GitHub's API, @actions/core, the clock. */
function checkContext(inputs: ActionInputs, runner: RunnerEnv): CheckContext {
  const repo = repoOf(runner);
  return {
    api: new GitHubApi(client(inputs, runner, inputs.githubToken), repo),
    ...(inputs.orgToken ? { teams: teamDirectory(client(inputs, runner, inputs.orgToken)) } : {}),
    repo,
    workspace: runner.workspace,
    eventName: runner.eventName,
    eventPath: runner.eventPath,
    runUrl: runner.runUrl,
    today: inputs.testToday ?? new Date().toISOString().slice(0, 10),
    ...(inputs.cache ? { cache: ActionCache.open(runner.workspace, inputs.cache) } : {}),
    log: actionLog(runner),
  };
}

function client(inputs: ActionInputs, runner: RunnerEnv, token: string) {
  return createClient(token, runner.apiUrl, inputs.requestTimeoutMs, inputs.testRetryBaseMs);
}

/** The workflow's log, annotations and job summary, through @actions/core. */
function actionLog(runner: RunnerEnv): ReportLog {
  return {
    info: (message) => core.info(message),
    warning: (message, annotation) => core.warning(message, annotation),
    error: (message, annotation) => core.error(message, annotation),
    summary: async (markdown) => {
      if (runner.hasSummary) await core.summary.addRaw(markdown).write();
    },
  };
}
