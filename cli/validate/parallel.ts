// Validates files on several threads: this one and `jobs - 1` workers take chunks from one
// queue, so a slow start of a worker (it loads and compiles the schema) costs little.
// The results are the same as validating in order on one thread; only the time differs.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import {
  checkFile,
  type FileResult,
  type SourceFile,
  type ValidateOptions,
} from '../../src/validate/index.js';

const MAX_CHUNK = 100;

/** The compiled worker; absent when running from the TypeScript sources (tests). */
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export function canRunInParallel(): boolean {
  return existsSync(WORKER);
}

export async function checkFiles(
  files: readonly SourceFile[],
  options: ValidateOptions,
  jobs: number,
): Promise<FileResult[]> {
  const workers = canRunInParallel() ? Math.max(0, Math.min(jobs - 1, 8)) : 0;
  if (workers === 0 || files.length < 2) return files.map((f) => checkFile(f, options));

  const size = Math.max(1, Math.min(MAX_CHUNK, Math.ceil(files.length / (4 * (workers + 1)))));
  const chunks: SourceFile[][] = [];
  for (let i = 0; i < files.length; i += size) chunks.push(files.slice(i, i + size));
  const results: FileResult[][] = new Array<FileResult[]>(chunks.length);
  let next = 0;

  const pool = Array.from({ length: workers }, () => {
    const worker = new Worker(WORKER, { workerData: options });
    return new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= chunks.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, files: chunks[index] });
      };
      worker.on('message', (m: { index: number; results: FileResult[] }) => {
        results[m.index] = m.results;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  });
  // This thread works through the queue too, pausing between chunks to answer the workers.
  while (next < chunks.length) {
    const index = next++;
    results[index] = (chunks[index] as SourceFile[]).map((f) => checkFile(f, options));
    await setImmediate();
  }
  await Promise.all(pool);
  return results.flat();
}
