// The gate diffs the data slac's fast YAML reader gives; reviewers and other tools see what
// a YAML 1.2 parser reads. On hand-picked texts at the edge of the fast reader's subset and on
// seeded mutations that insert the characters YAML treats specially (indicators, document
// markers, Unicode line and paragraph separators, NEL, control characters, byte order marks,
// lone surrogates), the fast reader must give exactly the `yaml` package's data or step aside.
// (test/load-fast-diff.test.ts mutates structure; this one mutates characters.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateSla, prng } from '../bench/generate.mjs';
import { parseSimpleYaml } from '../src/load/fast.js';
import { loadYaml } from '../src/load/index.js';

const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples', 'slas')).map((name) =>
  readFileSync(join(root, 'examples', 'slas', name), 'utf8'),
);

/** The data the `yaml` package reads with the options of src/load/index.ts; undefined on errors. */
function full(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    logLevel: 'silent',
  });
  if (doc.errors.length > 0) return undefined;
  return { data: doc.toJS({ maxAliasCount: 1000 }) };
}

/** Fails with the text when the fast reader reads it to other data than `yaml`. */
function agrees(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (!fast) return false;
  if (!isDeepStrictEqual(fast, full(text)))
    expect.fail(
      `fast reader differs from yaml on ${JSON.stringify(text)}:\n` +
        `fast: ${JSON.stringify(fast.data)}\nyaml: ${JSON.stringify(full(text)?.data ?? 'errors')}`,
    );
  return true;
}

const HAND = [
  // Unicode separators, NEL and other look-alike spaces inside, before and after values
  ...['a: x\u2028y\n', 'a: x\u2029y\n', 'a: x\u0085y\n', 'a: x\u0085# c\n', 'a: x \u0085# c\n'],
  ...['a: x\u2028# c\n', 'a: x\u00a0# c\n', 'a: x \u00a0# c\n', 'a: \u0085x\n', 'a: x\u0085\n'],
  ...['\u0085a: 1\n', 'a: 1\n\u0085\nb: 2\n', 'a:\n  \u0085b: 1\n', 'a: [x\u2028]\n'],
  ...['a: "x\u2028y"\n', 'a: "x\u0085y"\n', "a: 'x\u0085y'\n", 'a: x\u200by\n', 'a: \u200bx\n'],
  // control characters, noncharacters and lone surrogates
  ...['a: x\x07y\n', 'a: x\x00y\n', 'a: "x\x07y"\n', "a: 'x\x01'\n", 'a: x\x7fy\n'],
  ...['a: x\ufffey\n', 'a: x\ud800y\n', 'a: [x\x00y]\n', 'a: x\x1b\n', '\x1ba: 1\n', 'a: x\x0b\n'],
  // byte order marks
  ...['\ufeffa: 1\n', 'a: 1\n\ufeffb: 2\n', '\ufeff# c\n\ufeffa: 1\n', '#c\n\ufeffa: 1\n'],
  ...['a: \ufeffx\n', 'a: x\ufeff\n', 'a: [\ufeffx]\n'],
  // document markers and directives
  ...['a: 1\nb: 2\n...\n', 'a: ...\n', 'a: ---\n', 'a: [...]\n', 'a: [---]\n', 'a: [x,\n  ---]\n'],
  ...['a: [x,\n  ...]\n', 'a: {b: ---}\n', 'a: b\n---\nc: d\n', '---\na: 1\n', '---x: 1\n'],
  ...['...x: 1\n', 'a: 1\n--- # c\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n%x: 2\n', 'a: 1\n %x\n'],
  // numbers and the words of the core schema
  ...['a: 99.9%\n', 'a: 1_000\n', 'a: 1e3\n', 'a: .inf\n', 'a: -.Inf\n', 'a: .nan\n', 'a: 0x10\n'],
  ...['a: 0X10\n', 'a: 0o7\n', 'a: +0x1\n', 'a: +.5\n', 'a: 1.e3\n', 'a: .e3\n', 'a: 1E+3\n'],
  ...['a: -0\n', 'a: +0\n', 'a: -0.0\n', 'a: 00\n', 'a: 09\n', 'a: 1e400\n', 'a: -1e400\n'],
  ...['a: 12345678901234567890\n', 'a: 9007199254740993\n', 'a: 0e\n', 'a: 1:30\n', 'a: 0b1\n'],
  ...['a: ~\n', 'a: ~x\n', 'a: NULL\n', 'a: nULL\n', 'a: yes\n', 'a: on\n', 'a: y\n', 'a: tRUE\n'],
  ...['true: 1\n', 'false: 1\n', 'True: 1\n', 'null: 1\n', 'y: 1\n', 'on: 1\n', '<<: 1\n'],
  // comments, trailing spaces, quotes
  ...[
    'a: x  \n',
    'a: x #c\n',
    'a: x#c\n',
    'a: "x"  \n',
    'a: "x" # c\n',
    'a: "x"#c\n',
    'a: [x]# c\n',
  ],
  ...["a: 'x''y'\n", "a: ''''\n", "a: 'x'''\n", "a: '''x'\n", "a: 'x' y\n", 'a: "x"y\n'],
  ...['a: "\\u0041"\n', 'a: "x\\"\n', 'a: "x\n  y"\n', "a: 'x\n  y'\n", 'a: "#"\n'],
  // keys, duplicates, complex keys, anchors, tags, block scalars
  ...['a: 1\na: 2\n', 'a: {b: 1, b: 2}\n', '? a\n: 1\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n'],
  ...['a: |\n  x\n', 'a: >\n  x\n', 'a : 1\n', '"a": 1\n', 'a.b: 1\n', '__proto__: 1\n'],
  // multi-line plain scalars and indentation
  ...['a: b\n c\n', 'a:\n  b\n', 'a: x\n  - y\n', '- x\n  - y\n', 'a:\n  b: 1\n   c: 2\n'],
  ...['a:\n   b: 1\n  c: 2\n', 'a:\n- x\nb: 1\n', '-   a: 1\n    b: 2\n', '- # c\n  a: 1\n'],
  // flow collections over lines
  ...['a: [x,\n y]\n', '- [x,\n y]\n', '- a: [x,\n y]\n', 'a:\n  b: [x,\n  y]\n', 'a: [x,\ny]\n'],
  ...['a: [\n  x\n]\n', 'a: {\n  b: 1\n}\n', 'a:\n  b: [\n    x\n ]\n', 'a: [x, # c\n  y]\n'],
  ...['a: [b:c]\n', 'a: [b: c]\n', 'a: {b:1}\n', 'a: {b:, c: 1}\n', 'a: [a, , b]\n', 'a: [x,]\n'],
  ...['a: {b: c:d}\n', 'a: [x]]\n', 'a: {b: c]\n', 'a: [x] z\n', 'a: [?x]\n', 'a: [-x, - y]\n'],
];

// Characters and pieces that YAML reads specially, or that look like spaces without being ones.
const INSERTS = [
  ...[':', '#', '-', '[', ']', '{', '}', "'", '"', '\n', ' ', '  ', ',', '.', '0', 'x', 'e', '_'],
  ...['%', '!', '&', '*', '?', '|', '>', '@', '`', '~', '\\', '---', '...', ': ', '- ', '<<'],
  ...['\u00a0', '\u2028', '\u2029', '\u0085', '\u200b', '\u3000', '\ufeff', '\ufffe', '\uffff'],
  ...['\x00', '\x01', '\x0b', '\x0c', '\x1f', '\x7f', '\ud800', '\udc00', 'é'],
  ...['0x', '.inf', 'null', 'True', '__proto__', '1e3', '_1'],
];

/** One to three inserts or deletions, many of them where a value or a line starts or ends. */
function mutate(text: string, rng: () => number): string {
  let out = text;
  for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) {
    const at = Math.floor(rng() * (out.length + 1));
    const piece = INSERTS[Math.floor(rng() * INSERTS.length)] ?? '';
    const kind = Math.floor(rng() * 4);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
    else {
      const found = kind === 1 ? out.indexOf(': ', at) : kind === 2 ? out.indexOf('\n', at) : -1;
      const p = found < 0 ? at : kind === 1 ? found + 2 : found;
      out = out.slice(0, p) + piece + out.slice(p);
    }
  }
  return out;
}

describe('fast YAML reader against the yaml package, character by character', () => {
  it('reads hand-picked texts at the edge of its subset as yaml does, or steps aside', () => {
    let read = 0;
    for (const text of HAND) if (agrees(text)) read++;
    // Many of them are plain YAML it must read itself (not only decline everything).
    expect(read).toBeGreaterThan(60);
  });

  it('gives the same data as yaml, or none, on 6,000 SLAs with special characters inserted', () => {
    const bases = [...examples, ...Array.from({ length: 40 }, (_, i) => generateSla(3, i))];
    const rng = prng(20261202);
    let read = 0;
    for (let i = 0; i < 6000; i++) {
      const text = mutate(bases[Math.floor(rng() * bases.length)] ?? '', rng);
      if (agrees(text)) read++;
    }
    expect(read).toBeGreaterThan(1000);
  });

  it('loads bytes (byte order marks, CRLF, separators) to the data yaml reads from their text', () => {
    const texts = [
      ...HAND,
      ...examples.flatMap((e) => [`\ufeff${e}`, e.replace(/\n/g, '\r\n'), `\ufeff\ufeff${e}`]),
    ];
    for (const text of texts) {
      const loaded = loadYaml('a.yaml', Buffer.from(text, 'utf8'));
      if (!loaded.ok) continue;
      // What the loader parses: UTF-8 decoded, byte order marks at the start dropped.
      const decoded = Buffer.from(text, 'utf8')
        .toString('utf8')
        .replace(/^\ufeff\ufeff?/, '');
      expect(loaded.source.data, JSON.stringify(text)).toEqual(full(decoded)?.data);
    }
  });
});
