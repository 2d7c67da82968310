// Writing the pages of the catalog's site while they render (src/app/render-site.ts): a thread of
// its own writes the files, fed through a ring of shared memory.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeInPlace } from './site-files.js';
import type { SiteContent } from '../render/index.js';

export interface Writer {
  write(path: string, content: SiteContent): void;
  /** Resolves once every file is written; rejects with the first failure. */
  done(): Promise<void>;
}

/** Writes each file at once, on this thread. */
export function inThreadWriter(): Writer {
  const made = new Set<string>();
  return {
    write(path, content) {
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeInPlace(path, content);
    },
    done: () => Promise.resolve(),
  };
}

/**
 * The ring's size in bytes. Rendering waits when it is full: on a busy machine the writing falls
 * behind, and pages queued without bound would hold hundreds of megabytes. A text takes two
 * bytes a character in it (~4 M characters of pages, as the queue of messages held before).
 */
const RING_BYTES = 8 * 1024 * 1024;
/** Files larger than this (characters or bytes) are written by the rendering thread. */
const LARGE_FILE = 1 << 20;
/** How long rendering waits for the writing thread at most, at one time, before going on. */
const WAIT_AT_MOST_MS = 60_000;

// A record in the ring: four 32-bit words (its size in bytes, a multiple of 8, its kind, the
// path's length in characters, the content's in bytes), the path as UTF-16, the content.
// A record never wraps: the end of the ring is skipped when a record does not fit there.
const TEXT = 0;
const BYTES = 1;
const SKIP = 2;
const END = 3;
const HEADER = 16;
// The control words: bytes in use in the ring (the rendering thread adds, the writing thread
// takes away once a file is written); whether the rendering thread waits (for room). Waking a
// thread (Atomics.notify) costs the waker ~0.1 ms here, as much as a page: the writing thread
// is never woken but at the end, it looks for bytes every few milliseconds instead (the ring
// holds ~30 ms of pages); it wakes the rendering thread only when that waits.
const USED = 0;
const WAITS = 1;
/** How long the writing thread sleeps when the ring is empty. */
const SLEEP_MS = 3;

/**
 * Writes files in place (see writeInPlace), from the ring. Texts are UTF-16 in the ring (for
 * the rendering thread a copy, where UTF-8 would be an encoding) and encoded here. The first
 * failure is kept and reported at the end; the files after it are not written.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { ring: shared, control } = workerData;
const ring = Buffer.from(shared);
const words = new Int32Array(shared);
const size = shared.byteLength;
const made = new Set();
let failure = null;
let scratch = Buffer.allocUnsafe(1 << 16);
let at = 0;
for (;;) {
  if (Atomics.load(control, ${USED}) === 0) {
    Atomics.wait(control, ${USED}, 0, ${SLEEP_MS});
    continue;
  }
  const record = words[at >> 2];
  const kind = words[(at >> 2) + 1];
  if (kind === ${END}) break;
  if (kind !== ${SKIP} && failure === null) {
    const pathEnd = at + ${HEADER} + 2 * words[(at >> 2) + 2];
    write(ring.toString('utf16le', at + ${HEADER}, pathEnd), kind, pathEnd, pathEnd + words[(at >> 2) + 3]);
  }
  at = kind === ${SKIP} ? 0 : (at + record) % size;
  Atomics.sub(control, ${USED}, record);
  if (Atomics.load(control, ${WAITS}) !== 0) Atomics.notify(control, ${USED});
}
parentPort.postMessage(failure);
function write(file, kind, from, to) {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    let bytes = ring;
    let start = from;
    let length = to - from;
    if (kind === ${TEXT}) {
      // Through a string of this thread's heap: ICU's transcode would make a buffer outside it
      // for each file, which its collector, seeing little garbage, lets pile up (+40 MB).
      const text = ring.toString('utf16le', from, to);
      if (scratch.length < text.length * 3) scratch = Buffer.allocUnsafe(text.length * 3);
      start = 0;
      length = scratch.write(text, 0, 'utf8');
      bytes = scratch;
    }
    const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o666);
    try {
      let done = 0;
      while (done < length) done += fs.writeSync(fd, bytes, start + done, length - done);
      fs.ftruncateSync(fd, length);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
}
`;

/**
 * Writes files in place on a thread of its own, while this one renders. Each file is copied
 * into a ring of shared memory (no message, no copy of it in either heap); large ones, and all
 * of them should the thread not start, are written here.
 */
export function startWriter(ringBytes = RING_BYTES): Writer {
  const shared = new SharedArrayBuffer(ringBytes);
  const control = new Int32Array(new SharedArrayBuffer(8));
  let worker: Worker;
  try {
    worker = new Worker(WRITER, { eval: true, workerData: { ring: shared, control } });
  } catch {
    // Without threads, this one writes.
    return inThreadWriter();
  }
  const here = inThreadWriter();
  const ring = Buffer.from(shared);
  const words = new Int32Array(shared);
  let crashed: Error | undefined;
  worker.on('error', (error) => (crashed = error));
  let at = 0;
  let stalled = false;
  // Waits until `bytes` of the ring are free. Should the thread stop (it then frees nothing),
  // the wait ends after a while, for good: this thread writes the rest and done() reports why.
  const room = (bytes: number): boolean => {
    const until = Date.now() + WAIT_AT_MOST_MS;
    while (!stalled) {
      const used = Atomics.load(control, USED);
      if (ringBytes - used >= bytes) return true;
      if (Date.now() > until) stalled = true;
      else {
        Atomics.store(control, WAITS, 1);
        Atomics.wait(control, USED, used, 100);
        Atomics.store(control, WAITS, 0);
      }
    }
    return false;
  };
  const put = (kind: number, path: string, content: string | Uint8Array): boolean => {
    const length = typeof content === 'string' ? 2 * content.length : content.byteLength;
    const record = (HEADER + 2 * path.length + length + 7) & ~7;
    if (record > ringBytes) return false;
    if (at + record > ringBytes) {
      // The end of the ring is skipped (a multiple of 8 bytes, at least one header's words).
      if (!room(ringBytes - at)) return false;
      words[(at >> 2) + 1] = SKIP;
      publish(ringBytes - at, false);
      at = 0;
    }
    if (!room(record)) return false;
    const word = at >> 2;
    words[word] = record;
    words[word + 1] = kind;
    words[word + 2] = path.length;
    words[word + 3] = length;
    ring.write(path, at + HEADER, 'utf16le');
    const from = at + HEADER + 2 * path.length;
    if (typeof content === 'string') ring.write(content, from, 'utf16le');
    else ring.set(content, from);
    publish(record, kind === END);
    at = (at + record) % ringBytes;
    return true;
  };
  const publish = (record: number, last: boolean) => {
    words[at >> 2] = record;
    Atomics.add(control, USED, record);
    if (last) Atomics.notify(control, USED);
  };
  return {
    write: (path, content) => {
      // A large file (the index, catalog.json) is written here: copied into the ring it would
      // wait for the thread, at the moment the render holds the most.
      if (Array.isArray(content)) return here.write(path, content);
      const one = content as string | Uint8Array;
      const length = typeof one === 'string' ? one.length : one.byteLength;
      if (length > LARGE_FILE || !put(typeof one === 'string' ? TEXT : BYTES, path, one))
        here.write(path, one);
    },
    done: () =>
      new Promise<void>((resolve, reject) => {
        const fail = (reason: unknown) => {
          void worker.terminate();
          reject(new Error(`writing the site failed: ${String(reason)}`));
        };
        if (crashed) return fail(crashed.message);
        if (!put(END, '', '')) return fail('the writing thread stopped');
        worker.once('error', (error) => fail(error.message));
        worker.once('exit', () => fail('the writing thread stopped'));
        worker.once('message', (failure: string | null) => {
          if (failure !== null) return fail(failure);
          worker.removeAllListeners('exit');
          void worker.terminate();
          resolve();
        });
      }),
  };
}
