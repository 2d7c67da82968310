// The action's adapter: parse inputs once, run the mode, report; one error path.
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { messageOf, repoFromEnv, runCheck, writeReport } from './check.js';
import { parseInputs } from './inputs.js';

export async function run(): Promise<void> {
  try {
    // Outputs are set in every case: a run that stops early is not approved.
    core.setOutput('approved', 'false');
    core.setOutput('impact', 'none');
    const inputs = parseInputs();
    if (inputs.mode === 'report') {
      core.setOutput('breaches', '0');
      const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
      const { runReportMode } = await import('./notify.js');
      const folder = dirname(inputs.config);
      const result = await runReportMode(
        inputs,
        resolve(workspace, folder),
        repoFromEnv(),
        new Date().toISOString().slice(0, 10),
        folder === '.' ? '' : `${folder.replace(/\/+$/, '')}/`,
      );
      core.setOutput('breaches', String(result.breaches));
      core.setOutput('report', result.path);
      if (result.pullRequest) core.setOutput('pull-request', String(result.pullRequest));
      return;
    }
    if (inputs.mode === 'render') {
      const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
      // Only mode render loads the templates and the renderer.
      const { runRender } = await import('./render.js');
      await runRender(resolve(workspace, dirname(inputs.config)), resolve(workspace, inputs.out));
      return;
    }
    const { report, failure } = await runCheck(inputs);
    core.setOutput('approved', String(report.approved));
    core.setOutput('impact', report.impact);
    core.setOutput('report', await writeReport(report));
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
      core.setOutput('report', await writeReport(report));
    } catch {
      // The failure below is what matters.
    }
    core.setFailed(message);
  }
}
