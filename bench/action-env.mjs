// The runner environment for timing the bundled action's cold start (bench/run.mjs): a
// pull_request_target event of a generated repository, check mode, and the GitHub API at
// `apiUrl` (the harness's local server, which notes when the first request arrives).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variables for `node dist/index.js` run in `repo`. */
export default function actionEnv(repo, apiUrl, workDir) {
  const temp = join(workDir, 'action-env');
  mkdirSync(join(temp, 'runner-temp'), { recursive: true });
  const sha = (ref) =>
    execFileSync('git', ['rev-parse', ref], { cwd: repo, encoding: 'utf8' }).trim();
  const event = {
    action: 'opened',
    number: 1,
    pull_request: {
      number: 1,
      user: { login: 'alice' },
      head: { sha: sha('pr'), ref: 'pr' },
      base: { sha: sha('main'), ref: 'main' },
    },
    repository: { name: 'slas', full_name: 'acme/slas', owner: { login: 'acme' } },
  };
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const output = join(temp, 'output.txt');
  const summary = join(temp, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/slas',
    GITHUB_WORKSPACE: repo,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: join(temp, 'runner-temp'),
    'INPUT_SLAC-TEST-TODAY': '2026-11-23',
    // The bench server answers 500: retry at once, so that the run ends soon after.
    'INPUT_SLAC-TEST-RETRY-BASE-MS': '1',
    INPUT_MODE: 'check',
    'INPUT_GITHUB-TOKEN': 'bench-token',
    INPUT_CONFIG: '.slac.yml',
    INPUT_OUT: 'site',
  };
}
