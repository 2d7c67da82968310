// Differential test of the fast YAML reader: on real and generated SLAs, and on thousands of
// seeded mutations of them, it must either step aside or give exactly the yaml package's data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { generateSla, prng } from '../bench/generate.mjs';
import { parseSimpleYaml } from '../src/load/fast.js';

const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples', 'slas')).map((name) =>
  readFileSync(join(root, 'examples', 'slas', name), 'utf8'),
);
const generated = Array.from({ length: 200 }, (_, i) => generateSla(5, i));

/** What loadYaml would read without the fast path: data, or undefined when yaml reports errors. */
function full(text: string): { data: unknown } | undefined {
  // The options of yamlOptions() in src/load/index.ts.
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

// The characters that change YAML's structure, and one that only looks like a space.
const INSERTS = [':', '#', '-', '[', ']', '{', '}', "'", '"', '\n', ' ', '\u00a0'];

/** One to three random edits: delete or insert a character, duplicate or re-indent a line. */
function mutate(text: string, rng: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(rng() * 3);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rng() * (out.length + 1));
    const kind = Math.floor(rng() * 5);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 1)
      out = out.slice(0, at) + (INSERTS[Math.floor(rng() * INSERTS.length)] ?? '') + out.slice(at);
    else {
      const lines = out.split('\n');
      const i = Math.floor(rng() * lines.length);
      const line = lines[i] ?? '';
      if (kind === 2) lines.splice(i, 0, line);
      else if (kind === 3) lines[i] = ' '.repeat(1 + Math.floor(rng() * 2)) + line;
      else lines[i] = line.replace(/^ {1,2}/, '');
      out = lines.join('\n');
    }
  }
  return out;
}

// Pieces of the subset, and of what lies just outside it, for small random documents.
const KEYS = ['a', 'b', 'k.1', 'k-2', '_k', 'constructor', 'true'];
const ODD_KEYS = ['null', 'True', '__proto__', 'a b', '"q"'];
const VALUES = [
  ...['a', 'b c', 'a#b', 'a #b', 'x:y', '-x', 'a]', 'é', '99.9%', '24x7', 'http://e.x/a?b=c'],
  ...['1', '-2', '+3', '0', '+0', '1.5', '.5', '1e3', '1.', '2026-01-01'],
  ...['null', 'Null', '~', 'true', 'FALSE', "'q'", "'it''s'", '"dq"', "''", '""'],
  ...['[]', '{}', '[a, b]', '{a: 1, b: [2]}', '{a: , b: c}', '[a, ]'],
];
const ODD_VALUES = [
  ...['x: y', '- x', '-', '007', '-0', '.inf', '-.NaN', '0x1f', '0o7', '"a\\"b"', "'a' b"],
  ...['[a: b]', '{a}', '[a, , b]', '&x', '*x', '!t', '|', '>', '@a', '%a', '?', ':', ',a'],
];

/** A small document of mappings, sequences and flow collections over lines. */
function document(rng: () => number, depth = 0, indent = ''): string[] {
  const pick = <T>(list: T[], odd: T[] = list): T => {
    const from = rng() < 0.9 ? list : odd;
    return from[Math.floor(rng() * from.length)] as T;
  };
  const lines: string[] = [];
  const sequence = rng() < 0.3;
  for (let i = 1 + Math.floor(rng() * 4); i > 0; i--) {
    const r = depth > 3 ? 0 : rng();
    const head = sequence ? `${indent}- ` : `${indent}${pick(KEYS, ODD_KEYS)}: `;
    if (r < 0.55) lines.push(head + pick(VALUES, ODD_VALUES) + (rng() < 0.1 ? ' # note' : ''));
    else if (r < 0.7)
      lines.push(`${head}[${pick(VALUES, ODD_VALUES)},`, `${indent}  ${pick(VALUES)}]`);
    else if (sequence && r < 0.85) {
      // "- key: value" opens a mapping in place
      const [first = '', ...rest] = document(rng, depth + 1, `${indent}  `);
      lines.push(`${indent}- ${first.trimStart()}`, ...rest);
    } else {
      // At the key's own indentation a list is still its value; a mapping is not.
      const deeper = !sequence && rng() < 0.2 ? indent : `${indent}  `;
      lines.push(head.trimEnd(), ...document(rng, depth + 1, deeper));
    }
    if (rng() < 0.1) lines.push(pick(['', '# comment', '  # comment', '   ']));
  }
  return lines;
}

describe('fast YAML reader against the yaml package', () => {
  it('reads every example and generated SLA itself, to the same data', () => {
    for (const text of [...examples, ...generated]) {
      const fast = parseSimpleYaml(text);
      expect(fast).toBeDefined();
      expect(isDeepStrictEqual(fast, full(text))).toBe(true);
    }
  });

  it('gives the same data as the yaml package, or none, on 2,000 mutated SLAs', () => {
    const rng = prng(2026);
    const bases = [...examples, ...generated];
    let read = 0;
    for (let i = 0; i < 2000; i++) {
      const text = mutate(bases[Math.floor(rng() * bases.length)] ?? '', rng);
      const fast = parseSimpleYaml(text);
      if (!fast) continue;
      read++;
      if (!isDeepStrictEqual(fast, full(text))) expect.fail(`differs from yaml on:\n${text}`);
    }
    // Most mutations break the file, but many (a duplicated line, a space) keep it plain YAML.
    expect(read).toBeGreaterThan(300);
  });

  it('gives the same data as the yaml package, or none, on 2,000 small random documents', () => {
    const rng = prng(12);
    let read = 0;
    for (let i = 0; i < 2000; i++) {
      let text = document(rng).join('\n') + '\n';
      if (rng() < 0.5) text = mutate(text, rng);
      const fast = parseSimpleYaml(text);
      if (!fast) continue;
      read++;
      if (!isDeepStrictEqual(fast, full(text))) expect.fail(`differs from yaml on:\n${text}`);
    }
    expect(read).toBeGreaterThan(400);
  });
});
