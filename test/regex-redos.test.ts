// Every regular expression that reads user text runs in linear time: hostile values (long
// runs of one character, near-matches of 100,000 characters) are answered at once. The time
// bound is a hang detector: a backtracking regex takes seconds to hours on these inputs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, idFromLines, quote } from '../src/diff/index.js';
import { loadYaml } from '../src/load/index.js';
import { parseSimpleYaml } from '../src/load/fast.js';
import {
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  isValidTimeZone,
} from '../src/model/units.js';
import { daysWords, hoursWords } from '../src/render/words.js';
import { safeLink } from '../src/render/view.js';
import { closest, validateSources } from '../src/validate/index.js';
import { VALID } from './helpers/sla-text.js';

const N = 100_000;
const BOUND_MS = 1000;
/** The full YAML parser reads 100,000 characters in a few hundred ms; on a busy machine more. */
const YAML_BOUND_MS = 5000;

/** Hostile texts around a seed: the seed padded, repeated and followed by a near-match. */
function hostile(seed: string): string[] {
  const reps = Math.max(1, Math.floor(N / Math.max(1, seed.length)));
  return [
    seed + ' '.repeat(N) + 'x',
    seed + '\t'.repeat(N) + '!',
    ' '.repeat(N) + seed + ' '.repeat(N) + '\u0000',
    seed.repeat(reps) + '\u00e9',
    seed.repeat(reps) + ' ' + seed.repeat(reps) + '#',
    (seed + ' ').repeat(reps) + '-',
    '1'.repeat(N) + seed + '!',
    seed + '1'.repeat(N) + '!',
    seed + ','.repeat(N) + '!',
    seed + '.1'.repeat(N / 2) + '!',
    seed + '%'.repeat(N) + ' x',
  ];
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const parsers: Array<[string, (s: string) => unknown, string[]]> = [
  ['parsePercent', parsePercent, ['99.9%', '99', '-1.5 %']],
  ['parseDuration', parseDuration, ['15m', '1h30m', '300ms', 'PT4H', 'P1DT2H', '1.5 h']],
  ['parseWindow', parseWindow, ['28d', 'month', 'P28D']],
  ['parseSchedule', parseSchedule, ['Mon-Fri 08:00-18:00', 'Mon ', 'Sat,Sun 1', '24x7', '24 x']],
  ['parseCadence', parseCadence, ['6 months', 'P1Y6M', '90 days']],
  ['parseQuantity', parseQuantity, ['1000 rps', '1,000', '1,000.5 GB/s']],
  ['isValidTimeZone', isValidTimeZone, ['Europe/Berlin', 'Etc/GMT+1']],
  ['hoursWords', (s) => hoursWords({ text: [s], timezone: 'UTC' }), ['Mon', 'Mon-Fri 08:00-18:00']],
  ['daysWords', daysWords, ['Mon-Fri', 'Sat,Sun']],
  ['idFromLines', idFromLines, ['metadata:\n    x\n', 'metadata:\n  id: a\n']],
  ['escapeMarkdown', escapeMarkdown, ['a|b', '@x']],
  ['quote', quote, ['a  b']],
  ['safeLink', (s) => safeLink(s), ['https://x.example/', 'mailto:a@b']],
  ['closest', (s) => closest(s, ['availability', 'latency']), ['availabilty']],
  ['parseSimpleYaml', parseSimpleYaml, ['a: 1\n', 'a: [1, 2]\n', 'a: "x"\n', "a: 'x'\n"]],
  ['loadYaml', (s) => loadYaml('a.yaml', s), ['a: 1\n', 'a: [1, 2\n', 'a:\n  - b\n']],
];

describe('parsers and validators answer hostile text at once', () => {
  for (const [name, parse, seeds] of parsers) {
    it(`${name}`, () => {
      for (const seed of seeds) {
        for (const input of hostile(seed)) {
          const ms = timed(() => parse(input));
          const bound = name === 'loadYaml' ? YAML_BOUND_MS : BOUND_MS;
          expect(ms, `${name}(${JSON.stringify(input.slice(0, 40))}…)`).toBeLessThan(bound);
        }
      }
    });
  }

  it('validation of an SLA whose values are hostile texts', () => {
    const lines = VALID.split('\n');
    const values: Array<[string, string]> = [
      ['target: 99.9%', `target: "99${' '.repeat(N)}x"`],
      ['target: 99.9%', `target: "99${' '.repeat(N)}%${' '.repeat(N)}x"`],
      ['window: month', `window: "1${'1'.repeat(N)}x"`],
      ['every: 6 months', `every: "6${' '.repeat(N)}x"`],
      ['id: demo', `id: "${'a-'.repeat(N / 2)}!"`],
      ['owner: ', `owner: "@${'a/'.repeat(N / 2)}"\n  x: `],
    ];
    for (const [from, to] of values) {
      const text = lines.map((l) => (l.includes(from) ? l.replace(/\S.*$/, to) : l)).join('\n');
      const ms = timed(() => validateSources([{ path: 'slas/a.yaml', content: text }]));
      expect(ms, to.slice(0, 30)).toBeLessThan(BOUND_MS * 2);
    }
  });
});

// ---------------------------------------------------------------------------
// A static look at every regex literal in src/ and cli/: a quantified group that holds an
// unbounded quantifier, such as (a+)+ or (\s*x\s*)*, can backtrack exponentially.

/** Regexes checked by hand: the repeated part starts with a token its end cannot match. */
const REVIEWED = new Set([
  // Kebab-case ids of the schemas: each repetition starts with a hyphen, which it cannot hold.
  '/^[a-z0-9]+(-[a-z0-9]+)*$/',
  // Each repetition starts with spaces and ends with a day letter, comma or hyphen.
  String.raw`/^([A-Za-z][A-Za-z,-]*(?: +[A-Za-z,-]+)*)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/`,
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.generated.ts') ? [path] : [];
  });
}

function regexLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(node.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether a regex has a group with an unbounded quantifier inside that is itself repeated. */
function nestedQuantifier(regex: string): boolean {
  const body = regex.slice(1, regex.lastIndexOf('/'));
  const open: Array<{ inner: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      if (isUnbounded(body, i + 1) && open.length > 0) open[open.length - 1]!.inner = true;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (isUnbounded(body, i + 1) && open.length > 0) open[open.length - 1]!.inner = true;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') open.push({ inner: false });
    else if (c === ')') {
      const group = open.pop();
      if (group?.inner && isUnbounded(body, i + 1)) return true;
      if (group?.inner && open.length > 0) open[open.length - 1]!.inner = true;
    } else if (isUnbounded(body, i + 1) && open.length > 0) open[open.length - 1]!.inner = true;
  }
  return false;
}

function isUnbounded(body: string, at: number): boolean {
  const q = body[at];
  return q === '+' || q === '*' || (q === '{' && /^\{\d*,\}/.test(body.slice(at)));
}

/** Two unbounded runs of white space with at most one optional token between them. */
function adjacentSpaceRuns(regex: string): boolean {
  return /\\s[*+]\??(?:[^\\()[\]]\?|\\.\?)?\\s[*+]/.test(regex);
}

describe('regex literals in src/ and cli/', () => {
  const literals = [...sourceFiles('src'), ...sourceFiles('cli')].flatMap((file) =>
    regexLiterals(file).map((regex) => ({ file, regex })),
  );

  it('are found (the check reads the sources)', () => {
    expect(literals.length).toBeGreaterThan(40);
  });

  it('repeat no group that holds an unbounded quantifier', () => {
    const flagged = literals.filter((l) => nestedQuantifier(l.regex) && !REVIEWED.has(l.regex));
    expect(flagged).toEqual([]);
  });

  it('have no two runs of white space that can share the same characters', () => {
    expect(literals.filter((l) => adjacentSpaceRuns(l.regex))).toEqual([]);
  });

  it('the check itself flags the classic shapes', () => {
    expect(nestedQuantifier('/^(a+)+$/')).toBe(true);
    expect(nestedQuantifier(String.raw`/(\s*x\s*)*/`)).toBe(true);
    expect(nestedQuantifier(String.raw`/^(?:[ \t]+.*\n)*?id/`)).toBe(true);
    expect(nestedQuantifier(String.raw`/^-?\d{1,3}(?:,\d{3})+$/`)).toBe(false);
    expect(adjacentSpaceRuns(String.raw`/^\s*(\d+)\s*%?\s*$/`)).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// The patterns of schemas/*.json run in editors (yaml-language-server) on every keystroke, and
// in any tool that validates with the schemas: they are held to the same bar.

function schemaPatterns(): Array<{ file: string; pattern: string }> {
  const found: Array<{ file: string; pattern: string }> = [];
  const visit = (file: string, node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push({ file, pattern: value });
      else if (key !== 'examples' && key !== 'enum' && key !== 'const') visit(file, value);
    }
  };
  for (const name of readdirSync('schemas'))
    visit(name, JSON.parse(readFileSync(join('schemas', name), 'utf8')));
  return found;
}

describe('patterns of the JSON schemas', () => {
  const patterns = schemaPatterns();
  /** Values near each pattern's language: valid ones, to pad and repeat into hostile text. */
  const seeds = [
    '99.9%',
    '15m',
    '1h30m',
    '1 hour 30 minutes',
    'PT4H',
    'P1DT2H',
    '28d',
    'month',
    '6 months',
    'P6M',
    '@acme/payments',
    '@a-b',
    'Mon-Fri 08:00-18:00',
    'Mon - Fri, Sat 1:00-2:00',
    '24x7',
    '2026-01-31',
    'a-b',
    'https://x',
    'a@b',
    '@acme/x',
  ];

  it('are found (the check reads the schemas)', () => {
    expect(patterns.length).toBeGreaterThan(10);
  });

  it('repeat no group that holds an unbounded quantifier, and have no two runs of space that can share characters', () => {
    for (const { file, pattern } of patterns) {
      const regex = `/${pattern}/`;
      expect(nestedQuantifier(regex) && !REVIEWED.has(regex), `${file}: ${pattern}`).toBe(false);
      expect(adjacentSpaceRuns(regex), `${file}: ${pattern}`).toBe(false);
    }
  });

  it('answer hostile text at once', () => {
    for (const { file, pattern } of patterns) {
      const regex = new RegExp(pattern, 'u');
      for (const seed of seeds)
        for (const input of hostile(seed)) {
          const ms = timed(() => regex.test(input));
          expect(
            ms,
            `${file}: ${pattern.slice(0, 40)} on ${JSON.stringify(input.slice(0, 40))}`,
          ).toBeLessThan(BOUND_MS);
        }
    }
  });
});
