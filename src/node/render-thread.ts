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
import {
  TemplatesNotFoundError,
  type PagesThread,
  type RenderJob,
  type RenderThreads,
  type ValidatedRun,
} from '../app/render-site.js';
import type { HistoryEntry, PagesPart } from '../render/index.js';
import type { Sla } from '../model/sla.js';

/**
 * Page threads from this many CPUs. On 2 CPUs two page threads took longer than this thread
 * alone (each warms up its own compiled code, with V8's compiler threads competing for the
 * same CPUs: ~40 % more CPU time), though the render's memory was less (docs/performance.md).
 */
const PAGE_THREADS_FROM_CPUS = 4;

/** How many page threads. */
const THREADS = 2;

/** Below this many SLA files, starting threads costs more than it saves. */
export const PAGES_THREAD_FROM = 400;

/**
 * The old space of each page thread, in MB. V8 lets a heap grow to several times what is live
 * before it collects; a page thread keeps the contents of its SLA files and the index's cards
 * and entries of its services, so a bound keeps the render's memory flat. A thread that runs
 * out fails, and the first thread renders the site alone.
 */
const OLD_SPACE_MB = 96;
/**
 * The young generation of each thread, in MB: V8 gives a thread 48 MB by default, which the
 * short-lived values of rendering (a page, its JSON) fill again and again; half of it costs
 * no time and ~50 MB of the render's memory less (10,000 SLAs, docs/performance.md).
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
  /** Every page written; the history of its SLAs (for the index's cards). */
  | { type: 'rendered'; history: [string, readonly HistoryEntry[]][] }
  | { type: 'error'; message: string; name?: string; code?: string; dir?: string };

/** The threads of `slac render` on this machine (see renderThreadsWith). */
export const renderThreads: RenderThreads = renderThreadsWith({});

/**
 * The threads of `slac render`: two page threads for a repository of PAGES_THREAD_FROM SLA files
 * or more on a machine of PAGE_THREADS_FROM_CPUS CPUs or more (default: this machine's), else
 * none. `worker`: the compiled worker (default: render-worker.js next to this chunk).
 */
export function renderThreadsWith(given: { cpus?: number; worker?: string }): RenderThreads {
  const worker = given.worker ?? WORKER;
  const cpus = given.cpus ?? availableParallelism();
  return {
    pages: (files) =>
      files >= PAGES_THREAD_FROM && cpus >= PAGE_THREADS_FROM_CPUS && existsSync(worker)
        ? startPages(worker)
        : [],
  };
}

/** The error a page thread reported, as this thread would have thrown it. */
function rebuilt(message: Extract<PagesAnswer, { type: 'error' }>): Error {
  if (message.name === 'TemplatesNotFoundError' && message.dir !== undefined)
    return new TemplatesNotFoundError(message.dir);
  const { type: _type, ...error } = message;
  return Object.assign(new Error(message.message), error, { reported: true });
}

/** Starts the page threads (they load their code while this one reads git). */
function startPages(worker: string): PagesThread[] {
  const threads: PagesThread[] = [];
  for (let i = 0; i < THREADS; i++) {
    const thread = startPagesThread(worker);
    if (thread) threads.push(thread);
  }
  if (threads.length === THREADS) return threads;
  for (const thread of threads) void thread.stop();
  return [];
}

function startPagesThread(file: string): PagesThread | undefined {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker: Worker;
  try {
    worker = new Worker(file, {
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
    if (message.type === 'error') return fail(rebuilt(message));
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
      rendered = ask('rendered').then(({ history }) => ({
        cards: batches.flatMap((b) => b.cards),
        entries: batches.flatMap((b) => b.entries),
        history,
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
