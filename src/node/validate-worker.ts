// A worker thread of `slac validate --jobs N`: validates the chunks of files it is sent
// (reading those it is not given) and answers with their per-file results (./parallel.ts).
// Bundled as worker.js next to the command line's chunks (scripts/bundle.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type ValidateOptions } from '../validate/index.js';
import type { FileToCheck } from '../app/validate-repository.js';
import { contentsOf } from './parallel.js';

const options = workerData as ValidateOptions;
parentPort?.on('message', (chunk: { index: number; files: FileToCheck[] }) => {
  parentPort?.postMessage({
    index: chunk.index,
    results: ((contents) =>
      chunk.files.map((f, i) =>
        checkFile({ path: f.path, content: contents[i] as Uint8Array }, options),
      ))(contentsOf(chunk.files)),
  });
});
