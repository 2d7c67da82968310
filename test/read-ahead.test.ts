// Files read ahead on another thread (src/node/read-ahead.ts) and `slac validate` with it:
// the same bytes, the same errors, the same results as reading on the validating thread.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeptFiles, ReadAhead } from '../src/node/read-ahead.js';
import { READ_AHEAD_FROM, contentsOf, threadedChecker } from '../src/node/parallel.js';
import { VALID } from './helpers/sla-text.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slac-read-ahead-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Waits until the reader has decided on every file (it starts on its own time). */
async function settled(reader: ReadAhead, count: number): Promise<void> {
  const ctl = (reader as unknown as { ctl: Int32Array }).ctl;
  for (let tries = 0; Atomics.load(ctl, 0) < count && tries < 500; tries++)
    await new Promise((r) => setTimeout(r, 10));
}

describe('ReadAhead', () => {
  it('gives each file its bytes, and leaves missing and large files to this thread', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 50; i++) {
      const path = join(dir, `f${i}.yaml`);
      if (i !== 7) writeFileSync(path, `name: file ${i}\n`.repeat(i + 1));
      paths.push(path);
    }
    // Larger than a slot: read by the validating thread.
    writeFileSync(paths[20] as string, Buffer.alloc(3 << 20, 0x61));
    mkdirSync(join(dir, 'a-folder.yaml'));
    paths.push(join(dir, 'a-folder.yaml'));
    const reader = new ReadAhead(paths);
    try {
      await settled(reader, paths.length);
      for (let i = 0; i < paths.length; i++) {
        const got = reader.content(i);
        if (i === 7 || i === 20 || i === 50) expect(got).toBeUndefined();
        else
          expect(Buffer.from(got as Uint8Array).toString()).toBe(`name: file ${i}\n`.repeat(i + 1));
      }
    } finally {
      reader.stop();
    }
  });

  it('waits for room: files are released as they are used, and stay in order', async () => {
    // 3 MB in 100 KB files: more than the reader's slots hold at once.
    const paths = Array.from({ length: 30 }, (_, i) => {
      const path = join(dir, `big${i}.yaml`);
      writeFileSync(path, Buffer.alloc(100_000, 0x61 + (i % 26)));
      return path;
    });
    const reader = new ReadAhead(paths);
    try {
      await settled(reader, 1);
      for (let i = 0; i < paths.length; i++) {
        const [content] = contentsOf([{ path: `big${i}.yaml`, abs: paths[i] as string }], {
          reader,
          first: i,
        });
        expect(content?.length).toBe(100_000);
        expect(content?.every((b) => b === 0x61 + (i % 26))).toBe(true);
        reader.release(i + 1);
        if (i % 5 === 0) await new Promise((r) => setTimeout(r, 5));
      }
    } finally {
      reader.stop();
    }
  });
});

describe('ReadAhead keeping what it read', () => {
  it('reads into its room until full, and what it gave stays', async () => {
    const paths = Array.from({ length: 40 }, (_, i) => {
      const path = join(dir, `k${i}.yaml`);
      writeFileSync(path, Buffer.alloc(20_000 + i, 0x61 + (i % 26)));
      return path;
    });
    // Room for about half of them: the rest are left to this thread.
    const reader = new ReadAhead(paths, 400_000);
    try {
      // It stops once 17 files have filled its room (less than 64 KB left).
      await settled(reader, 17);
      await new Promise((r) => setTimeout(r, 50));
      const got = paths.map((_, i) => reader.content(i));
      expect(got.filter((c) => c !== undefined)).toHaveLength(17);
      expect(got.slice(20).every((c) => c === undefined)).toBe(true);
      got.forEach((c, i) => {
        if (c) expect(Buffer.from(c).equals(Buffer.alloc(20_000 + i, 0x61 + (i % 26)))).toBe(true);
      });
    } finally {
      reader.stop();
    }
  });
});

describe('KeptFiles', () => {
  for (const ahead of [true, false])
    it(`gives every file's bytes, kept, and throws as readFileSync ${ahead ? 'with' : 'without'} a reader thread`, async () => {
      // Files of all sizes, some larger than the room set aside for each, one over 4 MB.
      const paths = Array.from({ length: 300 }, (_, i) => {
        const path = join(dir, `f${i}.yaml`);
        const size = i === 150 ? 5 << 20 : i % 50 === 0 ? 40_000 : (i * 37) % 3000;
        writeFileSync(path, Buffer.alloc(size, 0x41 + (i % 26)));
        return path;
      });
      mkdirSync(join(dir, 'a-folder.yaml'));
      const kept = new KeptFiles(
        [...paths, join(dir, 'missing.yaml'), join(dir, 'a-folder.yaml')],
        ahead,
      );
      try {
        if (ahead) await new Promise((r) => setTimeout(r, 50));
        const got = paths.map((_, i) => kept.content(i));
        got.forEach((c, i) =>
          expect(Buffer.from(c).equals(readFileSync(paths[i] as string))).toBe(true),
        );
        expect(() => kept.content(300)).toThrow(/ENOENT.*missing\.yaml/);
        expect(() => kept.content(301)).toThrow(/EISDIR/);
      } finally {
        kept.stop();
      }
    });
});

describe('validating with a reader thread', () => {
  it('gives the results of reading on one thread, errors included', async () => {
    mkdirSync(join(dir, 'slas'));
    const files = Array.from({ length: READ_AHEAD_FROM + 50 }, (_, i) => {
      const path = `slas/sla-${String(i).padStart(5, '0')}.yaml`;
      const text = VALID.replace('id: demo', `id: svc-${i}`);
      // Every 97th file with a finding.
      writeFileSync(join(dir, path), i % 97 === 0 ? text.replace('99.9%', '0.999') : text);
      return { path, abs: join(dir, path) };
    });
    const options = { today: '2026-11-23' };
    // Files given with their content are read by no thread: the results to compare with.
    const given = files.map((f) => ({ ...f, content: readFileSync(f.abs) }));
    const expected = await threadedChecker(1).check(given, options);
    expect(expected.filter((r) => r.problems.some((p) => p.severity === 'error'))).toHaveLength(11);
    expect(await threadedChecker(1).check(files, options)).toEqual(expected);

    // A file that cannot be read fails the run with the error of reading it here.
    rmSync(join(dir, 'slas/sla-00500.yaml'));
    await expect(threadedChecker(1).check(files, options)).rejects.toThrow(/ENOENT.*sla-00500/);
  });
});
