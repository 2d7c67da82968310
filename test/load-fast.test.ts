// The fast YAML reader must give exactly the data of the `yaml` package, or step aside.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateSla } from '../bench/generate.mjs';
import { parseSimpleYaml } from '../src/load/fast.js';

const root = join(import.meta.dirname, '..');
const full = (text: string) => parse(text, { version: '1.2', schema: 'core', uniqueKeys: true });

const examples = readdirSync(join(root, 'examples', 'slas')).map((name) =>
  readFileSync(join(root, 'examples', 'slas', name), 'utf8'),
);

describe('fast YAML reader', () => {
  it('reads the example SLAs to the same data as the yaml package', () => {
    for (const text of examples) expect(parseSimpleYaml(text)?.data).toEqual(full(text));
  });

  it('reads generated SLAs to the same data as the yaml package', () => {
    for (let i = 0; i < 100; i++) {
      const text = generateSla(11, i);
      expect(parseSimpleYaml(text)?.data).toEqual(full(text));
    }
  });

  it.each([
    [
      'numbers and booleans',
      'a: 1\nb: -2.5\nc: .5\nd: 1e3\ne: true\nf: False\ng: ~\nh: null\ni:\n',
    ],
    ['text that looks almost like numbers', 'a: 99.95%\nb: 2026-01-01\nc: 24x7\nd: 1.2.3\ne: +5\n'],
    ['quoted text', `a: 'it''s'\nb: "x: y"\nc: '#not a comment' # comment\n`],
    ['comments and blank lines', '# head\n\na: 1 # one\n\n  # indented comment\nb: x#y\n'],
    ['a comment after a key', 'a: # below\n  b: 1\nc: # nothing\nd:\n- # item\n'],
    ['a list at the same indentation as its key', 'a:\n- 1\n- x: 2\n  y: 3\nb: 4\n'],
    ['nested lists', 'a:\n  - - 1\n    - 2\n  -\n  - {}\n'],
    [
      'flow collections over lines',
      'a: [1, {b: c, d: [e, f]}, g]\nl:\n  - {\n      x: 1,\n      y: https://e.x/a,\n    }\n',
    ],
    ['empty values in flow maps', 'a: { b: , c: d }\n'],
    ['the same key in different mappings', 'a: {b: 1, c: {b: 2}}\nc:\n  b: [{b: 3}]\nb: 4\n'],
    ['byte order marks on comment lines before the content', '\ufeff# head\n\ufeff\na: 1\n'],
    ['a no-break space inside text and at the end of a comment', 'a: x\u00a0y # c\u00a0\n'],
  ])('reads %s like the yaml package', (_name, text) => {
    const fast = parseSimpleYaml(text);
    expect(fast).toBeDefined();
    expect(fast?.data).toEqual(full(text));
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['multi-line plain text', 'a: one\n  two\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['duplicate keys in flow maps', 'a: {b: 1, b: 2}\n'],
    ['duplicate keys with nested entries between them', 'a:\n  x: [1, {y: 2}]\nb: 2\na: 3\n'],
    ['duplicate keys in a flow map with empty values', 'a: {b: , c: {b: 1}, b: }\n'],
    [
      'duplicate keys in a mapping of many keys',
      Array.from({ length: 12 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k3: again\n',
    ],
    ['tabs', 'a:\n\tb: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['hex and octal numbers', 'a: 0x1f\n'],
    ['infinity', 'a: .inf\n'],
    ['leading zeros', 'a: 007\n'],
    ['escapes in double quotes', 'a: "x\\ty"\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a pair inside a flow list', 'a: [b: c]\n'],
    ['comments inside flow collections', 'a: [1, # one\n  2]\n'],
    ['a flow collection that never closes', 'a: [1, 2\n'],
    ['quoted keys', '"a": 1\n'],
    ['the __proto__ key', '__proto__: 1\n'],
    ['keys that YAML reads as null', 'null: 1\nb: {NULL: 2}\n'],
    ['keys that YAML reads as booleans', 'true: 1\nTrue: 2\n'],
    ['a top-level scalar', 'hello\n'],
    ['an empty file', '# nothing\n'],
    ['odd indentation', 'a:\n    b: 1\n  c: 2\n'],
    // JavaScript trims these, YAML reads them as text.
    ['a no-break space at the end of a value', 'a: x\u00a0\n'],
    ['a no-break space before a value', 'a: \u00a0x\n'],
    ['a no-break space as indentation', 'a:\n\u00a0 b: 1\n'],
    ['a line of only a byte order mark after the content', 'a: 1\n\ufeff\n'],
  ])('leaves %s to the yaml package', (_name, text) => {
    expect(parseSimpleYaml(text)).toBeUndefined();
  });
});
