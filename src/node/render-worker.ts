// The second thread of `slac render` (src/app/render-site.ts): renders the pages of the
// services it is sent — the later part of the catalog — and writes them, while the first
// thread renders the earlier part; then answers with what the index needs of them (PagesPart).
// Bundled as render-worker.js next to the command line's and the action's chunks
// (scripts/bundle.mjs).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareCatalog, type PagesPart } from '../render/index.js';
import { loadValidSla } from '../render/load.js';
import type { PagesJob } from '../app/render-site.js';
import type { PagesAnswer } from './render-thread.js';
import { writeInPlace } from './site-files.js';

/** Shared with the first thread: 0 until it may write, 1 when it may, 2 when it gave up. */
const go = new Int32Array(workerData as SharedArrayBuffer);

parentPort?.once('message', (job: PagesJob) => {
  let answer: PagesAnswer;
  try {
    answer = { part: renderPart(job) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    answer = {
      error: {
        message: e instanceof Error ? e.message : String(error),
        ...(e?.code !== undefined ? { code: e.code } : {}),
      },
    };
  }
  parentPort?.postMessage(answer);
});

function renderPart(job: PagesJob): PagesPart {
  const contents = new Map(job.services.map((s) => [s.file, s.content] as const));
  const catalog = prepareCatalog({
    slas: [],
    services: job.services.map(({ file, id, title }) => ({ file, id, title })),
    reload: (file) => loadValidSla(file, contents.get(file) ?? new Uint8Array()),
    config: job.config,
    templates: job.templates,
    history: new Map(job.history),
    results: job.results,
    baseUrl: job.baseUrl,
    today: job.today,
  });
  const made = new Set<string>();
  let allowed = false;
  return catalog.renderPages(0, catalog.count, (path, content) => {
    // Nothing is written before the first thread has tried its first page and the index.
    while (!allowed) {
      const state = Atomics.load(go, 0);
      if (state === 2) throw new Error('stopped');
      if (state === 1) allowed = true;
      else Atomics.wait(go, 0, 0, 1000);
    }
    const file = join(job.out, ...path.split('/'));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeInPlace(file, content);
  });
}
