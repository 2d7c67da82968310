// The second thread of `slac render`: the first thread (src/app/render-site.ts) renders the
// earlier part of the catalog's pages while this one renders the later part
// (./render-worker.ts, bundled as render-worker.js next to the chunks). On a machine with two
// CPUs or more and a catalog of PAGES_THREAD_FROM services or more; the site is the same.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PagesJob, PagesThread } from '../app/render-site.js';
import type { PagesPart } from '../render/index.js';

/** Below this many services, starting a thread costs more than it saves. */
export const PAGES_THREAD_FROM = 400;

/**
 * The old space of each thread, in MB. V8 lets a heap grow to about four times what is live
 * before it collects; a page thread keeps little (the index's cards and entries of its
 * services), so a bound keeps the render's memory flat. A thread that runs out is replaced
 * by the first thread rendering its pages.
 */
const OLD_SPACE_MB = 96;

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER = fileURLToPath(new URL('./render-worker.js', import.meta.url));

/** What the thread answers: its part, or why it failed. */
export type PagesAnswer = { part: PagesPart } | { error: { message: string; code?: string } };

/**
 * Starts the threads (they load their code while this one validates) for a catalog of
 * `services` services: one per CPU, at most two; none where one thread is as fast.
 */
export function startPagesThreads(services: number): PagesThread[] {
  if (services < PAGES_THREAD_FROM || !existsSync(WORKER)) return [];
  const threads: PagesThread[] = [];
  for (let i = Math.min(2, availableParallelism()); i > 0 && threads.length < 2; i--) {
    const thread = startPagesThread();
    if (thread) threads.push(thread);
  }
  return threads.length < 2 ? (threads.forEach((t) => t.stop()), []) : threads;
}

function startPagesThread(): PagesThread | undefined {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker: Worker;
  try {
    worker = new Worker(WORKER, {
      workerData: flag,
      resourceLimits: { maxOldGenerationSizeMb: Number(process.env.OLDMB ?? OLD_SPACE_MB), ...(process.env.YOUNGMB ? { maxYoungGenerationSizeMb: Number(process.env.YOUNGMB) } : {}) },
    });
  } catch {
    return undefined;
  }
  const answer = new Promise<PagesAnswer>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the page thread stopped (exit code ${code})`)));
  });
  // Looked at by `part`; a thread that was stopped is not waited for.
  answer.catch(() => undefined);
  const signal = (value: number) => {
    Atomics.store(state, 0, value);
    Atomics.notify(state, 0);
  };
  return {
    send: (job: PagesJob) => worker.postMessage(job),
    go: () => signal(1),
    stop: () => {
      signal(2);
      void worker.terminate();
    },
    part: async () => {
      try {
        const got = await answer;
        if ('error' in got) throw Object.assign(new Error(got.error.message), got.error);
        return got.part;
      } finally {
        // Its memory goes back before this thread builds the index.
        await worker.terminate();
      }
    },
  };
}
