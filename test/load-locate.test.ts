// Positions of a file read by the fast path come from the fast reader itself (the entries it
// noted while reading, or the text read again when another file was read since): they must
// be the ones the `yaml` package gives. A text
// with CRLF line ends goes to the full parser and has the same lines and columns.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSla, generateVendorSla } from '../bench/generate.mjs';
import { parseSimpleYaml } from '../src/load/fast.js';
import { loadYaml } from '../src/load/index.js';
import type { DocPath } from '../src/model/problem.js';

const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples', 'slas')).map((name) =>
  readFileSync(join(root, 'examples', 'slas', name), 'utf8'),
);

/** Every path into the data, and one step past each (a key or item that is not there). */
function pathsOf(data: unknown, prefix: DocPath = []): DocPath[] {
  const out: DocPath[] = [prefix, [...prefix, 'missing'], [...prefix, 7]];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/**
 * Locates every path of `text` by the fast path and by the full parser (CRLF); with `between`,
 * after the fast path has read that other text.
 */
function compare(text: string, between?: string): void {
  expect(parseSimpleYaml(text), 'the fast path reads it').toBeDefined();
  const fast = loadYaml('a.yaml', text);
  if (between !== undefined) expect(loadYaml('b.yaml', between).ok).toBe(true);
  const full = loadYaml('a.yaml', text.replace(/\n/g, '\r\n'));
  if (!fast.ok || !full.ok) throw new Error('both load');
  for (const path of pathsOf(fast.source.data))
    for (const part of ['key', 'value'] as const)
      expect(fast.source.locate(path, part), `${part} of ${JSON.stringify(path)}`).toEqual(
        full.source.locate(path, part),
      );
}

describe('positions from the fast path', () => {
  it('are those of the yaml package in the example SLAs', () => {
    for (const text of examples) compare(text);
  });

  it('are those of the yaml package in generated SLAs', () => {
    for (let i = 0; i < 40; i++) compare(generateSla(11, i));
  });

  it('are those of the yaml package in vendor-style SLAs, flow and block', () => {
    for (let i = 0; i < 30; i++) {
      compare(generateVendorSla(5, i, 'flow-100'));
      compare(generateVendorSla(5, i, 'block-20'));
    }
  });

  it('are those of the yaml package in long lists and mappings (indexed, not walked)', () => {
    const items = Array.from({ length: 80 }, (_, i) => `  - { k${i}: ${i} }`).join('\n');
    const keys = Array.from({ length: 80 }, (_, i) => `  key${i}: [${i}, x]`).join('\n');
    compare(`list:\n${items}\nmap:\n${keys}\nflow: [${Array.from({ length: 50 }, (_, i) => i)}]\n`);
  });

  it('are the same when another file was read before the first problem is located', () => {
    for (let i = 0; i < 20; i++) compare(generateSla(11, i), generateVendorSla(5, i, 'flow-100'));
    compare(examples[0] as string, 'a: 1\n');
  });

  it.each([
    ['scalars', 'a: 1\nb: -2.5\nc: "x: y"\nd: \'q\' # c\ne: text # comment\n'],
    ['empty values', 'a:\nb:   \nc: # nothing\nd:\n- # item\n-\ne: 1\n'],
    [
      'comments before nested blocks',
      'a: # below\n  # more\n  b: 1\n  # between\n  c: 2\nd:\n  # x\n  - 1\n',
    ],
    ['a list at the same indentation as its key', 'a:\n- 1\n- x: 2\n  y: 3\nb: 4\n'],
    ['nested lists', 'a:\n  - - 1\n    - 2\n  -\n  - {}\n  - []\n'],
    ['flow collections', 'a: [1, {b: c, d: [e, f]}, g]\nh: { i: "j", k: [ ] , l: {} }\n'],
    [
      'flow collections over lines',
      'l:\n  - {\n      x: 1,\n      y: https://e.x/a,\n    }\n  - [ 1,\n      2 ]\n',
    ],
    ['empty values in flow maps', 'a: { b: , c: d, e: }\n'],
    ['a comment before the document', '# head\n\n# more\na:\n  b: [x]\n'],
    ['a byte order mark', '\ufeff# head\na: 1\n'],
    ['text past the BMP', 'a: "😀 x"\nb: [x😀, y]\nc: z\n'],
    ['a root list', '- a: 1\n  b: 2\n- [c]\n- d\n'],
  ])('are those of the yaml package for %s', (_name, text) => compare(text));
});
