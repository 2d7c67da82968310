// A worker thread of `slac validate --jobs N`: validates the chunks of files it is sent and
// answers with their per-file results (see ./parallel.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type SourceFile, type ValidateOptions } from '../../src/validate/index.js';

const options = workerData as ValidateOptions;
parentPort?.on('message', (chunk: { index: number; files: SourceFile[] }) => {
  parentPort?.postMessage({
    index: chunk.index,
    results: chunk.files.map((file) => checkFile(file, options)),
  });
});
