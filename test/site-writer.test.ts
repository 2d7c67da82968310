// startWriter (src/node/site-writer.ts) hands files to a writing thread through a ring of shared
// memory: every file must be written as writeInPlace would write it, whatever falls on the
// ring's edges, and a failure there must come back from done().
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startWriter } from '../src/node/site-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'slac-site-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files through a writer with a ring of `ring` bytes; checks each file's bytes. */
async function writesAll(ring: number, files: [string, string | Uint8Array][]): Promise<void> {
  const writer = startWriter(ring);
  for (const [path, content] of files) writer.write(path, content);
  await writer.done();
  for (const [path, content] of files) {
    const expected = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    expect(readFileSync(path).equals(Buffer.from(expected)), path).toBe(true);
  }
}

describe('startWriter', () => {
  it('writes many files of every size, around the ring many times', async () => {
    const files: [string, string | Uint8Array][] = [];
    for (let i = 0; i < 600; i++) {
      const text = 'é—😀x'.repeat(i % 97) + `file ${i}\n`;
      files.push([
        join(dir, 'many', `d${i % 7}`, `f${i}.${i % 3 === 0 ? 'json' : 'html'}`),
        i % 5 === 0 ? Buffer.from(text) : text,
      ]);
    }
    await writesAll(4096, files);
  });

  it('writes a file that fills the ring exactly, one larger (here), and empty ones', async () => {
    const ring = 4096;
    const path = join(dir, 'exact', 'a.html');
    // The record: 16 bytes of header, the path and the text in UTF-16.
    const fills = 'ü'.repeat((ring - 16 - 2 * path.length) / 2);
    await writesAll(ring, [
      [join(dir, 'exact', 'first.html'), 'x'],
      [path, fills],
      [join(dir, 'exact', 'b.html'), 'y'.repeat(ring)],
      [join(dir, 'exact', 'empty.html'), ''],
      [join(dir, 'exact', 'empty.json'), new Uint8Array(0)],
      [join(dir, 'exact', 'last.html'), fills],
    ]);
  });

  it('writes surrogate pairs and a lone surrogate as writeInPlace does', async () => {
    const files: [string, string][] = [];
    for (let i = 0; i < 50; i++)
      files.push([
        join(dir, 'pairs', `p${i}.html`),
        'a'.repeat(i) + '😀'.repeat(200 + i) + '\ud83d',
      ]);
    files.push([join(dir, 'pairs', 'ñame—😀.html'), 'named']);
    await writesAll(2048, files);
  });

  it('overwrites longer files in place, cut to length', async () => {
    const path = join(dir, 'shrinks.json');
    writeFileSync(path, 'x'.repeat(50_000));
    await writesAll(1 << 16, [[path, '{"a":1}\n']]);
  });

  it('reports a file it could not write, and writes the ones before it', async () => {
    mkdirSync(join(dir, 'fails'), { recursive: true });
    writeFileSync(join(dir, 'fails', 'services'), 'a file, not a folder');
    const writer = startWriter(4096);
    writer.write(join(dir, 'fails', 'before.html'), 'ok');
    writer.write(join(dir, 'fails', 'services', 'page.html'), 'never');
    await expect(writer.done()).rejects.toThrow(/writing the site failed: EEXIST/);
    expect(readFileSync(join(dir, 'fails', 'before.html'), 'utf8')).toBe('ok');
  });
});
