// Validates files on several threads: this one and `jobs - 1` workers take chunks from one
// queue, so a slow start of a worker (it loads the validation code) costs little. Workers
// start first and read their own files, so their start overlaps this thread's. Alone, this
// thread has a reader thread read the files ahead (./read-ahead.ts) on 2 CPUs or more.
// The results are the same as validating in order on one thread; only the time differs.
// This is the FileChecker of `slac validate` (src/app/validate-repository.ts).
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { FileChecker, FileToCheck } from '../app/validate-repository.js';
import type { FileResult, ValidateOptions } from '../validate/index.js';
import { ReadAhead } from './read-ahead.js';
import { validationCode } from './validation-code.js';

/** Below this many files to validate, starting worker threads costs more than it saves. */
export const PARALLEL_FROM = 400;
/**
 * With fewer CPUs than this, threads are slower by default: each worker loads and warms up
 * its own copy of the reader and rules, and on 2 vCPUs (shared with other work) 10,000 files
 * took 1.3–2× as long on two threads as on one (docs/performance.md).
 */
export const THREADS_FROM_CPUS = 4;

/**
 * Validates on `jobs` threads (default: one per CPU from PARALLEL_FROM files on a machine of
 * THREADS_FROM_CPUS or more, else one), reading files from disk where their content is not given.
 */
export function threadedChecker(jobs?: number): FileChecker {
  return {
    check: (files, options) => {
      const cpus = availableParallelism();
      const threads =
        jobs ?? (files.length >= PARALLEL_FROM && cpus >= THREADS_FROM_CPUS ? cpus : 1);
      return checkFiles(files, options, threads);
    },
  };
}

const MAX_CHUNK = 100;

/**
 * From this many files validated on one thread, and with a second CPU, another thread reads
 * them ahead (./read-ahead.ts): below it, starting that thread (~20 ms of the other CPU)
 * buys little.
 */
export const READ_AHEAD_FROM = 1000;

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

function canRunInParallel(): boolean {
  return existsSync(WORKER);
}

/**
 * The contents of a chunk of files, read one after the other before any is validated: the
 * system calls of reading run faster back to back than between validations (about 5 % of
 * `slac validate` on 10,000 files). Files not given are taken from the reader thread
 * (`ahead`: the chunk's first file is file `first` of its list) when it has them, else read
 * into one buffer reused from chunk to chunk; a content is valid until the next call.
 */
export function contentsOf(
  files: readonly FileToCheck[],
  ahead?: { reader: ReadAhead; first: number },
): Uint8Array[] {
  if (arena.length > ARENA_BYTES) arena = Buffer.allocUnsafe(ARENA_BYTES);
  let at = 0;
  return files.map((f, i) => {
    if (f.content) return f.content;
    const read = ahead?.reader.content(ahead.first + i);
    if (read) return read;
    const fd = openSync(f.abs, 'r');
    try {
      let start = at;
      for (;;) {
        if (at === arena.length) {
          // Full: a bigger buffer for this file and the next ones; the files before keep theirs.
          const bigger = Buffer.allocUnsafe(Math.max(ARENA_BYTES, 2 * (at - start)));
          arena.copy(bigger, 0, start, at);
          at -= start;
          start = 0;
          arena = bigger;
        }
        const read = readSync(fd, arena, at, arena.length - at, null);
        if (read === 0) break;
        at += read;
      }
      return arena.subarray(start, at);
    } finally {
      closeSync(fd);
    }
  });
}

const ARENA_BYTES = 1 << 20;
/** The validation's code, loaded once per process. */
let validation: ReturnType<typeof validationCode> | undefined;
let arena = Buffer.allocUnsafe(ARENA_BYTES);

/** A reader thread, or none when one cannot start here (then this thread reads). */
function readAhead(paths: string[]): ReadAhead | undefined {
  try {
    return new ReadAhead(paths);
  } catch {
    return undefined;
  }
}

async function checkFiles(
  files: readonly FileToCheck[],
  options: ValidateOptions,
  jobs: number,
): Promise<FileResult[]> {
  const workers = canRunInParallel() && files.length >= 2 ? Math.max(0, Math.min(jobs - 1, 8)) : 0;
  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (4 * (workers + 1)))));
  const chunks: FileToCheck[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  const results: FileResult[][] = new Array<FileResult[]>(chunks.length);
  let next = 0;

  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(WORKER, { workerData: options });
    return new Promise<void>((resolve, reject) => {
      // Two chunks in flight: this thread answers only between its own chunks, and the
      // worker should not wait for that.
      let inFlight = 0;
      const feed = () => {
        while (inFlight < 2 && next < chunks.length) {
          const index = next++;
          inFlight++;
          worker.postMessage({ index, files: chunks[index] });
        }
        if (inFlight === 0) void worker.terminate().then(() => resolve());
      };
      worker.on('message', (m: { index: number; results: FileResult[] }) => {
        results[m.index] = m.results;
        inFlight--;
        feed();
      });
      worker.on('error', reject);
      worker.once('online', feed);
    });
  });
  // Alone, this thread validates while another reads ahead; started before the validation's
  // code is loaded, so that the reader's start overlaps that.
  const reader =
    workers === 0 &&
    files.length >= READ_AHEAD_FROM &&
    availableParallelism() >= 2 &&
    files.every((f) => !f.content)
      ? readAhead(files.map((f) => f.abs))
      : undefined;
  try {
    // This thread works through the queue too, pausing between chunks to answer the workers.
    const { checkFile } = (await (validation ??= validationCode())).code;
    while (next < chunks.length) {
      const index = next++;
      const chunk = chunks[index] as FileToCheck[];
      const first = index * size;
      const contents = contentsOf(chunk, reader && { reader, first });
      results[index] = chunk.map((f, i) =>
        checkFile({ path: f.path, content: contents[i] as Uint8Array }, options),
      );
      reader?.release(first + chunk.length);
      if (workers > 0) await setImmediate();
    }
  } finally {
    reader?.stop();
  }
  await Promise.all(pool);
  return results.flat();
}
