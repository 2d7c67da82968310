// The page threads of `slac render` (./render-worker.ts, bundled as render-worker.js next to
// the chunks). The first thread (src/app/render-site.ts) lists the working tree and sends each
// page thread a run of the SLA files; each reads and validates its run, and once the first
// thread has found the whole repository valid, works out the history of its SLAs and renders
// and writes their pages, while the first thread waits and then writes the index. Used on a
// machine with two CPUs or more, for PAGES_THREAD_FROM SLA files or more; the site is the same.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PagesThread, RenderJob, ValidatedRun } from '../app/render-site.js';
import type { PagesPart } from '../render/index.js';
import type { Sla } from '../model/sla.js';

/**
 * How many page threads: two, whatever the CPUs. On 2 CPUs two threads take as long as one
 * (each warms up its own compiled code, with the V8 compiler threads competing for the same
 * CPUs) but their bounded heaps hold the render's memory to ~270 MB at 10,000 SLAs (one
 * thread without a bound: ~290–400 MB); on more CPUs they also take less time. One page
 * thread alone is slower: it writes its files itself.
 */
const THREADS = 2;

/** Below this many SLA files, starting threads costs more than it saves. */
export const PAGES_THREAD_FROM = 400;

/**
 * The old space of each thread, in MB. V8 lets a heap grow to several times what is live
 * before it collects; a page thread keeps its SLAs until their pages are written, and the
 * index's cards and entries of its services, so a bound keeps the render's memory flat. A
 * thread that runs out fails, and the first thread renders the site alone.
 */
const OLD_SPACE_MB = 96;
/**
 * The young generation of each thread, in MB: V8 gives a thread 48 MB by default, which a
 * page thread's short-lived values (a page, its JSON) fill again and again; half of it
 * costs no time and ~50 MB of the render's memory less (10,000 SLAs, docs/performance.md).
 */
const YOUNG_SPACE_MB = 24;

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER = fileURLToPath(new URL('./render-worker.js', import.meta.url));

/** What the results are checked against: an SLA's id, objectives and dates. */
export type RenderTarget = Pick<Sla, 'id' | 'objectives' | 'effective'>;

/** What the first thread asks a page thread. */
export type PagesRequest =
  | {
      type: 'validate';
      root: string;
      today: string;
      /** The files to read and validate, relative to `root`. */
      paths: string[];
      /** Whether to answer with each SLA's targets (there are results). */
      targets: boolean;
    }
  | ({ type: 'render'; others: [string, string][]; history: boolean } & RenderJob);

/** What a page thread answers. */
export type PagesAnswer =
  | ({ type: 'validated' } & ValidatedRun)
  | { type: 'tried' }
  /** A batch of pages written: what the index needs of them. */
  | { type: 'pages'; part: PagesPart }
  | { type: 'rendered'; part: PagesPart }
  | { type: 'error'; message: string; name?: string; code?: string };

/**
 * Starts the threads (they load their code while this one reads the files) for a repository
 * of `files` SLA files: two where there are two CPUs or more, else none.
 */
export function startPagesThreads(files: number): PagesThread[] {
  if (files < PAGES_THREAD_FROM || availableParallelism() < 2 || !existsSync(WORKER)) return [];
  const threads: PagesThread[] = [];
  for (let i = 0; i < THREADS; i++) {
    const thread = startPagesThread();
    if (thread) threads.push(thread);
  }
  if (threads.length === THREADS) return threads;
  for (const thread of threads) void thread.stop();
  return [];
}

function startPagesThread(): PagesThread | undefined {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker: Worker;
  try {
    worker = new Worker(WORKER, {
      workerData: flag,
      resourceLimits: {
        maxOldGenerationSizeMb: OLD_SPACE_MB,
        maxYoungGenerationSizeMb: YOUNG_SPACE_MB,
      },
    });
  } catch {
    return undefined;
  }
  // Answers are taken in the order they come; a failure rejects every one still awaited.
  const waiting: {
    type: PagesAnswer['type'];
    resolve: (a: PagesAnswer) => void;
    reject: (e: Error) => void;
  }[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  // The batches of pages written so far, in order.
  const batches: PagesPart[] = [];
  worker.on('message', (message: PagesAnswer) => {
    if (message.type === 'pages') return void batches.push(message.part);
    if (message.type === 'error') {
      const { type: _type, ...error } = message;
      return fail(Object.assign(new Error(message.message), error, { reported: true }));
    }
    const next = waiting.shift();
    if (next?.type === message.type) next.resolve(message);
    else fail(new Error(`the page thread answered ${message.type}, not ${next?.type}`));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the page thread stopped (exit code ${code})`)));
  const ask = <T extends PagesAnswer['type']>(type: T, request?: PagesRequest) =>
    new Promise<Extract<PagesAnswer, { type: T }>>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ type, resolve: resolve as (a: PagesAnswer) => void, reject });
      if (request) worker.postMessage(request);
    });
  const signal = (value: number) => {
    Atomics.store(state, 0, value);
    Atomics.notify(state, 0);
  };
  let rendered: Promise<PagesPart> | undefined;
  return {
    validate: async (request) => ask('validated', { type: 'validate', ...request }),
    render: async (job, others, history) => {
      const tried = ask('tried', { type: 'render', ...job, others, history });
      rendered = ask('rendered').then(({ part }) => ({
        cards: batches.flatMap((b) => b.cards),
        entries: batches.flatMap((b) => b.entries),
        ...(part.history ? { history: part.history } : {}),
      }));
      rendered.catch(() => undefined);
      await tried;
    },
    go: () => signal(1),
    part: async () => {
      if (!rendered) throw new Error('the page thread was not asked to render');
      return rendered;
    },
    stop: async () => {
      signal(2);
      await worker.terminate();
    },
  };
}
