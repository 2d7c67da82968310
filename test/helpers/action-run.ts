// Runs the committed bundle (dist/index.js) as GitHub's runner would: a child process with the
// runner's environment (event file, outputs file, job summary, RUNNER_TEMP, INPUT_*), in a
// workspace, against a fake GitHub API.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FakeGitHub } from './github-server.js';

export const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runBundle(
  s: { fake: FakeGitHub; workspace: string; temp: string; repository: string; token: string },
  event: { name: string; payload: Record<string, unknown> },
  inputs: Record<string, string> = {},
  /** Kills the run after this long, as a job's `timeout-minutes` does. */
  jobTimeoutMs = 60_000,
): Promise<Run> {
  const eventPath = join(s.temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const output = join(s.temp, 'output.txt');
  const summary = join(s.temp, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const runnerTemp = join(s.temp, 'runner-temp');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: s.repository,
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_API_URL: s.fake.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: runnerTemp,
    // Hidden test inputs (action/inputs.ts): a fixed date, and fast retries.
    'INPUT_SLAC-TEST-TODAY': '2026-07-01',
    'INPUT_SLAC-TEST-RETRY-BASE-MS': '1',
    INPUT_MODE: 'check',
    'INPUT_GITHUB-TOKEN': s.token,
    INPUT_CONFIG: '.slac.yml',
    INPUT_OUT: 'site',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [BUNDLE], { cwd: s.workspace, env });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stdout += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), jobTimeoutMs);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  return {
    code,
    stdout,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
