// writeInPlace (src/node/site-files.ts) writes a file's text in pieces of 65,536 UTF-16 units
// through one reused buffer: the bytes must be the text's UTF-8 whatever falls on a piece's
// edge, and a file there before is cut to the new length.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeInPlace } from '../src/node/site-files.js';

const dir = mkdtempSync(join(tmpdir(), 'slac-site-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeInPlace', () => {
  const texts: [string, string][] = [
    ['empty', ''],
    ['ASCII across several pieces', 'abcdefgh'.repeat(50_000)],
    ['a surrogate pair on the edge of a piece', 'a'.repeat(65_535) + '😀' + 'b'.repeat(10)],
    ['surrogate pairs on every edge', '😀'.repeat(100_000)],
    ['two- and three-byte characters', 'é—€ü'.repeat(70_000) + '\n'],
    ['a lone high surrogate at the end', 'x'.repeat(65_535) + '\ud83d'],
  ];
  for (const [what, text] of texts) {
    it(`writes the text's UTF-8: ${what}`, () => {
      const file = join(dir, 'page.html');
      writeInPlace(file, text);
      expect(readFileSync(file).equals(Buffer.from(text, 'utf8'))).toBe(true);
    });
  }

  it('cuts a longer file there to the new length, and writes bytes as given', () => {
    const file = join(dir, 'shrinks.json');
    writeFileSync(file, 'x'.repeat(200_000));
    writeInPlace(file, 'short');
    expect(readFileSync(file, 'utf8')).toBe('short');
    writeInPlace(file, Buffer.from('{"a":1}\n'));
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
  });

  it('writes bytes given in pieces one after the other, small and larger than its buffer', () => {
    const file = join(dir, 'catalog.json');
    writeFileSync(file, 'y'.repeat(1_000_000));
    const pieces = [
      Buffer.from('{'),
      ...Array.from({ length: 5_000 }, (_, i) => Buffer.from(`"entry ${i} é",`)),
      Buffer.alloc(300_000, 0x20),
      Buffer.from(''),
      Buffer.alloc(196_607, 0x2e),
      Buffer.from('}\n'),
    ];
    writeInPlace(file, pieces);
    expect(readFileSync(file).equals(Buffer.concat(pieces))).toBe(true);
    writeInPlace(file, []);
    expect(readFileSync(file).byteLength).toBe(0);
  });
});
