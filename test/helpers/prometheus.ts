// A real Prometheus for tests: OpenMetrics text → TSDB blocks (promtool) → a server on
// 127.0.0.1 with no scrape targets, serving only that data. Also the servers that fail:
// a port nobody listens on, and one that accepts requests and never answers.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const PROMETHEUS = '/usr/bin/prometheus';
const PROMTOOL = '/usr/bin/promtool';

/** Fails (never skips) when Prometheus is not installed, saying how to install it. */
function requirePrometheus(): void {
  for (const bin of [PROMETHEUS, PROMTOOL])
    if (!existsSync(bin))
      throw new Error(
        `${bin} is missing: these tests run a real Prometheus. Install Debian's prometheus package (sudo apt-get install prometheus); .ci/run does so in CI`,
      );
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

/** Starts Prometheus over the samples of `openMetrics` (which ends with "# EOF"). */
export async function startPrometheus(openMetrics: string): Promise<RunningPrometheus> {
  requirePrometheus();
  const dir = await mkdtemp(join(tmpdir(), 'slac-prometheus-'));
  const input = join(dir, 'samples.om');
  const data = join(dir, 'data');
  const config = join(dir, 'prometheus.yml');
  await writeFile(input, openMetrics);
  await writeFile(config, 'global: {}\nscrape_configs: []\n');
  await promisify(execFile)(PROMTOOL, [
    'tsdb',
    'create-blocks-from',
    'openmetrics',
    '-q',
    input,
    data,
  ]);
  const port = await freePort();
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=100y',
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await kill(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stop };
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`prometheus exited (${child.exitCode}):\n${log()}`);
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`prometheus was not ready within 30 s:\n${log()}`);
}

function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A port on 127.0.0.1 that was free a moment ago (nothing listens on it after this). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RecordingServer {
  url: string;
  requests: Array<{
    method: string;
    path: string;
    headers: IncomingMessage['headers'];
    body: string;
  }>;
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 that records each request and answers with `answer` (status, JSON),
 * or never answers when `answer` is undefined.
 */
export async function recordingServer(
  answer?: (body: URLSearchParams) => { status: number; json: unknown },
): Promise<RecordingServer> {
  const requests: RecordingServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (!answer) return; // never answers
      const { status, json } = answer(new URLSearchParams(body));
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
