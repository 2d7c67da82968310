// Reading the files of `slac validate` on a second thread while this one validates: opening
// and reading 10,000 files is about a tenth of the run (5 µs a file), and a thread that does
// nothing but system calls starts in ~20 ms and needs no warm-up of its own (unlike a
// validating worker, docs/performance.md). It reads the files in order into a few shared
// slots; this thread takes each file's bytes from there when they are ready and reads the
// file itself when they are not (the reader not started yet, an error, a file larger than a
// slot), so it never waits for the reader and an error is the one reading it here throws.
import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** ctl[PUBLISHED]: files the reader has decided on (read, or left to this thread). */
const PUBLISHED = 0;
/** ctl[TAKEN]: files this thread has reached; the reader skips them. */
const TAKEN = 1;
/** ctl[RELEASED]: files this thread is done with; their bytes may be overwritten. */
const RELEASED = 2;
/** ctl[STOP]: 1 when the reader should end. */
const STOP = 3;
/** ctl[WANTED]: while the reader waits for room, the RELEASED it waits for (else 0). */
const WANTED = 4;
/** File i's offset in the slots and length (-1: read it yourself) are ctl[HEADER + 2i] and +1. */
const HEADER = 5;

const SLOTS = 4;
const SLOT_BYTES = 1 << 20;
/** A slot with less room than this is left for the next one (a file rarely fits in less). */
const MIN_ROOM = 64 * 1024;

interface ReaderData {
  paths: string[];
  ctl: SharedArrayBuffer;
  data: SharedArrayBuffer;
  layout: {
    PUBLISHED: number;
    TAKEN: number;
    RELEASED: number;
    STOP: number;
    WANTED: number;
    HEADER: number;
  };
  slots: number;
  slotBytes: number;
  minRoom: number;
  /** One slot never reused: the reader stops once it is full (see ReadAhead's `keep`). */
  keep: boolean;
}

/**
 * The reader thread's code, run from its source text (`eval`): it loads nothing but
 * `node:fs`, so that it starts fast and is the same in tests and in the bundle. It is
 * given `require` as `load`, which the bundler leaves alone.
 */
/* c8 ignore start */
function readerThread(load: NodeJS.Require): void {
  const { workerData } = load('node:worker_threads') as typeof import('node:worker_threads');
  const fs = load('node:fs') as typeof import('node:fs');
  const d = workerData as ReaderData;
  const { PUBLISHED, TAKEN, RELEASED, STOP, WANTED, HEADER } = d.layout;
  const ctl = new Int32Array(d.ctl);
  const data = new Uint8Array(d.data);
  /** Files below slotEnd[s] were put in slot s: it is free again once they are released. */
  const slotEnd = new Array<number>(d.slots).fill(0);
  let slot = 0;
  let at = 0;
  for (let i = 0; i < d.paths.length; i++) {
    if (Atomics.load(ctl, STOP) !== 0) return;
    let offset = -1;
    let length = -1;
    if (Atomics.load(ctl, TAKEN) <= i) {
      if (d.slotBytes - at < d.minRoom) {
        if (d.keep) return; // the other thread reads the rest
        slotEnd[slot] = i;
        slot = (slot + 1) % d.slots;
        at = 0;
        const wanted = slotEnd[slot] as number;
        // Waking a thread is not free (a system call, and on two busy CPUs the other thread
        // may take this one's): the other thread wakes this one only once the room is free.
        Atomics.store(ctl, WANTED, wanted);
        for (;;) {
          const released = Atomics.load(ctl, RELEASED);
          if (released >= wanted) break;
          if (Atomics.load(ctl, STOP) !== 0) return;
          Atomics.wait(ctl, RELEASED, released, 1000);
        }
        Atomics.store(ctl, WANTED, 0);
      }
      const start = slot * d.slotBytes + at;
      const end = (slot + 1) * d.slotBytes;
      try {
        const fd = fs.openSync(d.paths[i] as string, 'r');
        try {
          let p = start;
          for (;;) {
            const n = fs.readSync(fd, data, p, end - p, null);
            if (n === 0) break;
            p += n;
            if (p === end) break; // perhaps larger than the room: left to the other thread
          }
          if (p < end) {
            offset = start;
            length = p - start;
            at += length;
          }
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        // The other thread reads it again and reports the error as it always has.
      }
    }
    ctl[HEADER + 2 * i] = offset;
    ctl[HEADER + 2 * i + 1] = length;
    Atomics.store(ctl, PUBLISHED, i + 1);
  }
}
/* c8 ignore stop */

/** Files read ahead on another thread, in the order of `paths`. */
export class ReadAhead {
  private readonly ctl: Int32Array;
  private readonly data: SharedArrayBuffer;
  private readonly worker: Worker;

  /**
   * `keep`: the files are read into that many bytes and stay there (content() stays valid,
   * nothing is released), and the reader stops once they are full. Memory is taken only as
   * files are read into it.
   */
  constructor(paths: readonly string[], keep?: number) {
    const ctl = new SharedArrayBuffer(4 * (HEADER + 2 * paths.length));
    this.ctl = new Int32Array(ctl);
    this.data = new SharedArrayBuffer(keep ?? SLOTS * SLOT_BYTES);
    const workerData: ReaderData = {
      paths: [...paths],
      ctl,
      data: this.data,
      layout: { PUBLISHED, TAKEN, RELEASED, STOP, WANTED, HEADER },
      slots: keep === undefined ? SLOTS : 1,
      slotBytes: keep ?? SLOT_BYTES,
      minRoom: MIN_ROOM,
      keep: keep !== undefined,
    };
    this.worker = new Worker(`(${readerThread.toString()})(require)`, { eval: true, workerData });
    // A reader that fails to start or dies only leaves its files to this thread.
    this.worker.on('error', () => this.stop());
    this.worker.unref();
  }

  /**
   * The bytes of file i when the reader has them, valid until release(); undefined when
   * this thread must read the file itself (files are asked for in order).
   */
  content(i: number): Uint8Array | undefined {
    if (Atomics.load(this.ctl, PUBLISHED) > i) {
      const length = this.ctl[HEADER + 2 * i + 1] as number;
      if (length < 0) return undefined;
      return Buffer.from(this.data, this.ctl[HEADER + 2 * i] as number, length);
    }
    // Not read yet: this thread reads it, and the reader moves on past it.
    Atomics.store(this.ctl, TAKEN, i + 1);
    return undefined;
  }

  /** This thread is done with the files before `end`: the reader may reuse their room. */
  release(end: number): void {
    Atomics.store(this.ctl, RELEASED, end);
    const wanted = Atomics.load(this.ctl, WANTED);
    if (wanted !== 0 && end >= wanted) Atomics.notify(this.ctl, RELEASED);
  }

  /** Ends the reader (it may be waiting for room). */
  stop(): void {
    Atomics.store(this.ctl, STOP, 1);
    Atomics.notify(this.ctl, RELEASED);
  }
}

/** Bytes of the buffers KeptFiles reads files into (a file larger than this gets its own). */
const KEPT_BYTES = 4 << 20;
/**
 * What KeptFiles sets aside for the reader thread, a file: SLA files are 2–4 KB. Files that do
 * not fit are read by the thread that asks for them.
 */
const KEPT_A_FILE = 6 << 10;

/**
 * Files read in order and kept (`slac render` keeps every SLA file's bytes: the history and the
 * pages load them again), in a few large buffers outside V8's heap: by a reader thread
 * (ReadAhead, keeping them where it read them) when one runs and has the file, else here. A
 * buffer per file, as readFileSync gives, costs an ArrayBuffer and its bookkeeping each.
 */
export class KeptFiles {
  private arena: Buffer | undefined;
  private at = 0;
  private readonly reader: ReadAhead | undefined;

  /** `ahead`: read on another thread (see ReadAhead); else every file is read here. */
  constructor(
    private readonly paths: readonly string[],
    ahead: boolean,
  ) {
    this.reader = ahead ? startReadAhead(paths, KEPT_A_FILE * paths.length) : undefined;
  }

  /**
   * File i's bytes, kept for good (files are asked for in order, each once); reading it
   * throws as readFileSync would.
   */
  content(i: number): Uint8Array {
    const read = this.reader?.content(i);
    if (read) return read;
    const fd = openSync(this.paths[i] as string, 'r');
    try {
      let arena = (this.arena ??= Buffer.allocUnsafeSlow(KEPT_BYTES));
      let start = this.at;
      for (;;) {
        if (this.at === arena.length) {
          // Full: a new buffer for this file (twice its size so far) and the next ones.
          const bigger = Buffer.allocUnsafeSlow(Math.max(KEPT_BYTES, 2 * (this.at - start)));
          arena.copy(bigger, 0, start, this.at);
          this.arena = arena = bigger;
          this.at -= start;
          start = 0;
        }
        const n = readSync(fd, arena, this.at, arena.length - this.at, null);
        if (n === 0) break;
        this.at += n;
      }
      return arena.subarray(start, this.at);
    } finally {
      closeSync(fd);
    }
  }

  /** Ends the reader thread, if any (the files it read stay). */
  stop(): void {
    this.reader?.stop();
  }
}

/** A reader thread, or none when one cannot start here. */
function startReadAhead(paths: readonly string[], keep: number): ReadAhead | undefined {
  try {
    return new ReadAhead(paths, keep);
  } catch {
    return undefined;
  }
}
