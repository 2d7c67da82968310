// A minimal Language Server Protocol client over stdio (JSON-RPC with Content-Length
// framing), to drive the real yaml-language-server as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Message {
  jsonrpc: '2.0';
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity?: number;
}

export interface LanguageServer {
  request<T>(method: string, params: unknown): Promise<T>;
  notify(method: string, params: unknown): void;
  /** The next diagnostics the server publishes for `uri`. */
  diagnostics(uri: string): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

/** Starts yaml-language-server from node_modules; `settings` answers its configuration requests. */
export function startYamlLanguageServer(settings: Record<string, unknown>): LanguageServer {
  const require = createRequire(import.meta.url);
  const main = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin');
  const server: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [join(main, 'yaml-language-server'), '--stdio'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  let stderr = '';
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const waiting = new Map<string, Array<(d: Diagnostic[]) => void>>();

  const send = (message: Message) => {
    const text = JSON.stringify(message);
    server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  const receive = (message: Message) => {
    if (message.method !== undefined && message.id !== undefined) {
      // A request of the server: its settings, or nothing.
      const params = message.params as { items?: Array<{ section?: string }> } | undefined;
      const result =
        message.method === 'workspace/configuration'
          ? (params?.items ?? []).map((i) => (i.section ? settings[i.section] : settings))
          : null;
      send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.id !== undefined) {
      pending.get(message.id)?.resolve(message);
      pending.delete(message.id);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      const queue = waiting.get(uri);
      queue?.shift()?.(diagnostics);
    }
  };
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
      if (buffer.length < end + 4 + length) return;
      receive(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()) as Message);
      buffer = buffer.subarray(end + 4 + length);
    }
  });
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  server.on('exit', (code) => {
    for (const { reject } of pending.values())
      reject(new Error(`yaml-language-server exited (${code}): ${stderr}`));
    pending.clear();
  });

  return {
    request<T>(method: string, params: unknown): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, {
          resolve: (m) =>
            m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result as T),
          reject,
        });
        send({ jsonrpc: '2.0', id, method, params });
      });
    },
    notify(method, params) {
      send({ jsonrpc: '2.0', method, params });
    },
    diagnostics(uri) {
      return new Promise((resolve) => {
        const queue = waiting.get(uri) ?? [];
        queue.push(resolve);
        waiting.set(uri, queue);
      });
    },
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
      const timer = setTimeout(() => server.kill(), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
