// A page thread of `slac render` (src/app/render-site.ts, ./render-thread.ts). It reads and
// validates the run of SLA files it is sent; once the first thread has found the whole
// repository valid, it works out the history of its SLAs, tries its first page, and — when the
// first thread lets it — renders and writes the pages of its SLAs, then answers with what the
// index needs of them. Bundled as render-worker.js next to the command line's and the action's
// chunks (scripts/bundle.mjs).
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { TemplatesNotFoundError } from '../app/render-site.js';
import { diffSlas } from '../diff/index.js';
import { openRepository } from '../git/index.js';
import {
  buildHistory,
  prepareCatalog,
  type ServiceToLoad,
  type SiteContent,
} from '../render/index.js';
import { loadValidSla } from '../render/load.js';
import { gitBlobId } from '../validate/cache.js';
import { loadedKey } from '../validate/index.js';
import { contentsGiven, inThreadChecker, validateFiles } from '../validate/pipeline.js';
import { detached, ownString } from '../load/own.js';
import type { PagesAnswer, PagesRequest, RenderTarget } from './render-thread.js';
import { writeInPlace } from './site-files.js';

/** Shared with the first thread: 0 until it may write, 1 when it may, 2 when it gave up. */
const go = new Int32Array(workerData as SharedArrayBuffer);

/**
 * This thread's SLA files that loaded: their contents by file, and by blob and path with their
 * ids (for the history). Each is loaded again for the history and for its page, and let go:
 * 5,000 loaded SLAs held at once take ~60 MB, which V8 would let grow to several times that.
 */
const contents = new Map<string, Uint8Array>();
const read = new Map<string, { content: Uint8Array; id: string }>();
const services: ServiceToLoad[] = [];
let root = '';
/** How many services' cards and entries go to the first thread in one message. */
const BATCH = 250;

parentPort?.on('message', (request: PagesRequest) => {
  void answer(request).then(
    (message) => parentPort?.postMessage(message),
    (error: unknown) => {
      const e = error as NodeJS.ErrnoException;
      parentPort?.postMessage({
        type: 'error',
        message: e instanceof Error ? e.message : String(error),
        ...(e instanceof Error ? { name: e.name } : {}),
        ...(e?.code !== undefined ? { code: e.code } : {}),
        ...(error instanceof TemplatesNotFoundError ? { dir: error.dir } : {}),
      } satisfies PagesAnswer);
    },
  );
});

async function answer(request: PagesRequest): Promise<PagesAnswer> {
  if (request.type === 'validate') {
    root = request.root;
    const targets: RenderTarget[] = [];
    // Read here: the first thread does not hold the contents of the files.
    const files = request.paths.map((path) => ({
      path,
      content: readFileSync(join(root, path)) as Uint8Array,
    }));
    const blobs = new Map(files.map((f) => [f.path, gitBlobId(f.content)]));
    const given = new Map(files.map((f) => [f.path, f.content]));
    const validation = await validateFiles({
      files,
      contents: contentsGiven,
      checker: inThreadChecker,
      today: request.today,
      warnings: false,
      loadSlas: () => true,
      take: (file, { sla }) => {
        const id = ownString(sla.id);
        const content = given.get(file) as Uint8Array;
        contents.set(file, content);
        read.set(loadedKey(blobs.get(file) as string, file), { content, id });
        services.push({ file, id, title: ownString(sla.title) });
        if (request.targets) {
          const { objectives, effective } = sla;
          targets.push(detached({ id: sla.id, objectives, effective }));
        }
      },
    });
    return { type: 'validated', results: validation.results, services, targets, blobs };
  }
  const git = await openRepository(root).catch(() => undefined);
  const history = git
    ? await buildHistory(git, 'HEAD', {
        diff: diffSlas,
        ids: services.map((s) => s.id),
        read,
        others: new Map(request.others),
      }).catch(() => undefined)
    : undefined;
  read.clear();
  // The first thread renders alone rather than without a history.
  if (request.history && !history) throw new Error('the history could not be read');
  const catalog = prepareCatalog({
    slas: [],
    services,
    // Each SLA file is let go once its page is written.
    reload: (file) => {
      const content = contents.get(file) ?? new Uint8Array();
      contents.delete(file);
      return loadValidSla(file, content);
    },
    config: request.config,
    templates: request.templates,
    ...(history ? { history } : {}),
    results: request.results,
    ...(request.baseUrl !== undefined ? { baseUrl: request.baseUrl } : {}),
    today: request.today,
    handOver: true,
  });
  catalog.tryFirst();
  parentPort?.postMessage({ type: 'tried' } satisfies PagesAnswer);
  const made = new Set<string>();
  let allowed = false;
  const write = (path: string, content: SiteContent) => {
    // Nothing is written before the first thread lets it (every thread tried its first page).
    while (!allowed) {
      const state = Atomics.load(go, 0);
      if (state === 2) throw new Error('stopped');
      if (state === 1) allowed = true;
      else Atomics.wait(go, 0, 0, 1000);
    }
    const file = join(request.out, ...path.split('/'));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeInPlace(file, content);
  };
  // What the index needs goes to the first thread as the pages are written, a batch at a time.
  for (let from = 0; from < catalog.count; from += BATCH) {
    const part = catalog.renderPages(from, Math.min(catalog.count, from + BATCH), write);
    parentPort?.postMessage({ type: 'pages', part } satisfies PagesAnswer);
  }
  return { type: 'rendered', history: [...(history ?? [])] };
}
