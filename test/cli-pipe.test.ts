// The installed command when its reader stops early (`slac validate --format sarif | head`):
// no stack trace for the closed pipe, and the exit code is still the command's own.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { FRACTION, VALID } from './helpers/sla-text.js';

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => repo.remove());

/**
 * Runs bin/slac.js (the bundle npm test builds) into `head -c 100`, as a shell pipeline does,
 * and gives the command's stderr and exit code.
 */
function runIntoHead(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const bin = join(process.cwd(), 'bin', 'slac.js');
  const script = `{ "$0" "$@"; echo "exit=$?" >&2; } | head -c 100 >/dev/null`;
  const child = spawn('sh', ['-c', script, process.execPath, bin, ...args], {
    cwd: repo.dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve({ code: null, stderr });
    }, 15_000);
    child.on('close', () => {
      clearTimeout(timer);
      const exit = /exit=(\d+)\n$/.exec(stderr);
      resolve({ code: exit ? Number(exit[1]) : null, stderr: stderr.replace(/exit=\d+\n$/, '') });
    });
  });
}

describe('a reader that stops early', () => {
  it('ends quietly with exit 0 when the files are valid', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    // SARIF carries the whole rule registry: far more than one pipe buffer.
    const run = await runIntoHead(['validate', '--format', 'sarif', '--today', '2026-11-23']);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 20_000);

  it('still exits 1 when a file is invalid', async () => {
    repo.write({ 'slas/demo.yaml': FRACTION });
    const run = await runIntoHead(['validate', '--format', 'sarif', '--today', '2026-11-23']);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.code).toBe(1);
  }, 20_000);
});
