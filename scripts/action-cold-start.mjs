// Cold start of the bundled action: from spawning `node dist/index.js` to its first request to
// the GitHub API (a local server that answers 404, so the run stops there).
// `node scripts/action-cold-start.mjs [RUNS]` prints each run and the median, in ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const runs = Number(process.argv[2] ?? 10);
const temp = mkdtempSync(join(tmpdir(), 'slac-cold-start-'));

let firstAt;
const server = createServer((req, res) => {
  firstAt ??= process.hrtime.bigint();
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;

const event = join(temp, 'event.json');
writeFileSync(event, JSON.stringify({ action: 'opened', pull_request: { number: 1 } }));
const env = {
  PATH: process.env.PATH,
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'pull_request_target',
  GITHUB_EVENT_PATH: event,
  GITHUB_REPOSITORY: 'acme/slas',
  GITHUB_WORKSPACE: temp,
  GITHUB_API_URL: url,
  GITHUB_OUTPUT: join(temp, 'output'),
  RUNNER_TEMP: temp,
  INPUT_MODE: 'check',
  'INPUT_GITHUB-TOKEN': 'ghs_cold_start',
};
writeFileSync(env.GITHUB_OUTPUT, '');

const times = [];
try {
  for (let i = 0; i < runs; i++) {
    firstAt = undefined;
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [bundle], { cwd: temp, env, stdio: 'ignore' });
    await new Promise((resolve) => child.on('exit', resolve));
    if (firstAt === undefined) throw new Error('the action made no request to the API server');
    times.push(Number(firstAt - start) / 1e6);
  }
} finally {
  server.close();
  rmSync(temp, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
const mid = sorted.length >> 1;
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`median: ${median.toFixed(0)} ms`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, node ${process.version}`);
