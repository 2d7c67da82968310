// A small seeded generator of broken SLA files for the fuzz suite: mutations of real SLAs
// that an author, an editor or an attacker could produce. Deterministic for a seed.

/** mulberry32: a tiny PRNG with a 32-bit state, good enough to pick mutations. */
export function prng(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(list: readonly T[]) => list[int(list.length)] as T };
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** In [0, n). */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** A file's content as a mutation leaves it: text, or bytes where the encoding is the point. */
export type Content = string | Buffer;

const EDGE_EVERY = [
  '275761 years',
  'P300000Y',
  '100000 years',
  '100 years',
  '101 years',
  '0 days',
  'P',
  'P0M',
  '-1 months',
  '1.5 months',
  '9'.repeat(30) + ' days',
  'P36525D',
  '1 fortnight',
];
const EDGE_DATES = [
  '0000-01-01',
  '0099-12-31',
  '9999-12-31',
  '2026-02-29',
  '2028-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '99999-01-01',
  '2026-06-15T00:00:00Z',
  '"2026-06-15"',
  '1970-01-01',
];
const EDGE_PERCENT = [
  '100%',
  '0%',
  '101%',
  '-5%',
  '99.99999999999999999%',
  '1e3%',
  '1e308',
  '-0',
  '.nan',
  '.inf',
  '-.inf',
  '"99.9 %"',
  '0.999',
  '99,9%',
];
const EDGE_DURATION = [
  '0s',
  'P0D',
  'PT',
  'P1M',
  '1e308h',
  '999999999999999999999d',
  '0.0000001ms',
  '-5m',
  '1h30',
  'PT4H30M15.5S',
  '300 ms',
  '1y',
];
const EDGE_WINDOW = ['0d', 'P1Y', '1ms', '99999999999w', 'fortnight', 'Month', '28 d', '30d'];
const EDGE_SCHEDULE = [
  '24/7',
  '"Mon-Sun 00:00-24:00"',
  '"Fri-Mon 22:00-02:00"',
  '"Mon-Fri 25:00-26:00"',
  '"Mon-Fri 08:00-08:00"',
  '"Funday 08:00-18:00"',
  '[]',
  '"Mon-Fri 8:0-18:00"',
];
const VALUES = [
  '[]',
  '{}',
  '~',
  '""',
  "''",
  '1e999',
  '-1',
  '0',
  '99999999999999999999999',
  'true',
  'null',
  '[a, b]',
  '{a: 1}',
  '!!binary aGVsbG8=',
  '!!str 12',
  '!custom x',
  '&anchor x',
  '*anchor',
  '*undefined',
  '|\n  block\n  text',
  '>-\n  folded',
  '"unterminated',
  "'it''s'",
  '"\\u0000\\uD800"',
  '0x1F',
  '0o17',
  '2026-01-01',
  '12:30:00',
  '@acme/payments',
  '"@"',
  '"@a/b/c"',
];
const UNICODE = [
  '\u00e9',
  '\u{1F600}',
  '\u200b',
  '\u202e',
  '\u0301',
  '\uFEFF',
  '\u2028',
  '\u00a0',
  '\uD800',
  '\t',
  '\r',
  '\u0000',
  '\u001b[31m',
];
const SYNTAX = [
  ':',
  '-',
  '[',
  ']',
  '{',
  '}',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '%',
  '@',
  '`',
  ',',
  '?',
];

type Mutation = (lines: string[], r: Random) => void;

const valueAt = /^(\s*(?:- )?[^:#]+:)(\s.*)?$/;

function setValue(lines: string[], r: Random, keys: RegExp, values: readonly string[]): void {
  const idx = lines.flatMap((l, i) => (keys.test(l) ? [i] : []));
  if (idx.length === 0) return;
  const i = r.pick(idx);
  const line = lines[i] as string;
  // A key inside a flow mapping, e.g. { every: 6 months, … }: replace up to the next , or }.
  lines[i] = line.replace(
    new RegExp(`(${keys.source.replace(/^\\b/, '')}:\\s*)[^,}\\n]*`),
    (_, k) => `${k}${r.pick(values)}`,
  );
}

const MUTATIONS: Array<[string, Mutation]> = [
  ['delete a line', (l, r) => void l.splice(r.int(l.length), 1)],
  [
    'duplicate a line',
    (l, r) => {
      const i = r.int(l.length);
      l.splice(i, 0, l[i] as string);
    },
  ],
  [
    'swap two values',
    (l, r) => {
      const i = r.int(l.length);
      const j = r.int(l.length);
      const a = valueAt.exec(l[i] as string);
      const b = valueAt.exec(l[j] as string);
      if (!a || !b) return;
      l[i] = `${a[1]}${b[2] ?? ''}`;
      l[j] = `${b[1]}${a[2] ?? ''}`;
    },
  ],
  [
    'retype a value',
    (l, r) => {
      const i = r.int(l.length);
      const m = valueAt.exec(l[i] as string);
      if (m) l[i] = `${m[1]} ${r.pick(VALUES)}`;
    },
  ],
  [
    'rename a key',
    (l, r) => {
      const i = r.int(l.length);
      l[i] = (l[i] as string).replace(
        /([A-Za-z]+):/,
        (_, k: string) =>
          r.pick([`${k}x`, k.toUpperCase(), `${k} `, `"${k}"`, `${k}${k}`, '<<', '? ' + k]) + ':',
      );
    },
  ],
  ['edge cadence', (l, r) => setValue(l, r, /\bevery/, EDGE_EVERY)],
  ['edge date', (l, r) => setValue(l, r, /\b(?:from|until|lastReviewed)/, EDGE_DATES)],
  [
    'edge percent',
    (l, r) => setValue(l, r, /\b(?:target|desired|adequate|below|credit)/, EDGE_PERCENT),
  ],
  [
    'edge duration',
    (l, r) => setValue(l, r, /\b(?:response|resolution|notice|target)/, EDGE_DURATION),
  ],
  ['edge window', (l, r) => setValue(l, r, /\bwindow/, EDGE_WINDOW)],
  ['edge schedule', (l, r) => setValue(l, r, /\bschedule/, EDGE_SCHEDULE)],
  [
    'edge percentile',
    (l, r) => setValue(l, r, /\bpercentile/, ['0', '100', '99.999', '-1', '1e9']),
  ],
  [
    'unicode',
    (l, r) => {
      const i = r.int(l.length);
      const line = l[i] as string;
      const at = r.int(line.length + 1);
      l[i] = line.slice(0, at) + r.pick(UNICODE).repeat(1 + r.int(3)) + line.slice(at);
    },
  ],
  [
    'tab indentation',
    (l, r) => {
      const i = r.int(l.length);
      l[i] = (l[i] as string).replace(/^ +/, (s) => r.pick(['\t', '\t' + s, s + '\t', ' \t']));
    },
  ],
  [
    'broken indentation',
    (l, r) => {
      const i = r.int(l.length);
      l[i] = r.next() < 0.5 ? ' ' + (l[i] as string) : (l[i] as string).replace(/^ /, '');
    },
  ],
  [
    'syntax character',
    (l, r) => {
      const i = r.int(l.length);
      const line = l[i] as string;
      const at = r.int(line.length + 1);
      l[i] = line.slice(0, at) + r.pick(SYNTAX) + line.slice(at);
    },
  ],
  [
    'delete a character',
    (l, r) => {
      const i = r.int(l.length);
      const line = l[i] as string;
      const at = r.int(line.length);
      l[i] = line.slice(0, at) + line.slice(at + 1);
    },
  ],
  [
    'flow style',
    (l, r) => {
      const i = r.int(l.length);
      const m = valueAt.exec(l[i] as string);
      if (m) l[i] = `${m[1]} ${r.pick(['[', '{', '[{', '{[', '[a, {b: [c'])}${m[2] ?? ''}`;
    },
  ],
  [
    'anchors and aliases',
    (l, r) => {
      const i = r.int(l.length);
      const j = r.int(l.length);
      const a = valueAt.exec(l[i] as string);
      const b = valueAt.exec(l[j] as string);
      if (a) l[i] = `${a[1]} &x${a[2] ?? ''}`;
      if (b && j !== i) l[j] = `${b[1]} *x`;
    },
  ],
  [
    'alias bomb',
    (l) => {
      const bomb = ['x0: &a0 [z, z, z, z, z, z, z, z, z, z]'];
      for (let k = 1; k < 8; k++) {
        const prev = `*a${k - 1}`;
        bomb.push(`x${k}: &a${k} [${Array.from({ length: 10 }, () => prev).join(', ')}]`);
      }
      l.push(...bomb);
    },
  ],
  [
    'deep nesting',
    (l, r) => {
      const i = r.int(l.length);
      const m = valueAt.exec(l[i] as string);
      const depth = 20 + r.int(120);
      const open = r.pick(['[', '{a: ']);
      const close = open === '[' ? ']' : '}';
      if (m) l[i] = `${m[1]} ${open.repeat(depth)}1${r.next() < 0.8 ? close.repeat(depth) : ''}`;
    },
  ],
  [
    'deep block nesting',
    (l, r) => {
      const depth = 30 + r.int(60);
      for (let k = 0; k < depth; k++) l.push(`${'  '.repeat(k)}k${k}:`);
      l.push(`${'  '.repeat(depth)}v`);
    },
  ],
  [
    'long string',
    (l, r) => {
      const i = r.int(l.length);
      const m = valueAt.exec(l[i] as string);
      const long = r
        .pick(['x', ' ', 'ab ', '9', '%', '- ', '\\', '😀'])
        .repeat(1000 + r.int(60_000));
      if (m) l[i] = `${m[1]} ${r.next() < 0.5 ? `"${long}"` : long}`;
    },
  ],
  [
    'many keys',
    (l, r) => {
      const n = 60 + r.int(r.next() < 0.9 ? 100 : 3000);
      for (let k = 0; k < n; k++) l.push(`k${k}: ${k}`);
    },
  ],
  [
    'truncate',
    (l, r) => {
      const i = r.int(l.length);
      l.splice(i + 1);
      l[i] = (l[i] as string).slice(0, r.int((l[i] as string).length + 1));
    },
  ],
  ['second document', (l) => void l.push('---', 'apiVersion: slac/v1')],
  [
    'change the id',
    (l, r) => setValue(l, r, /\bid/, ['payments-api', 'Payments API', '""', 'a', 'x'.repeat(300)]),
  ],
  [
    'change the owner',
    (l, r) =>
      setValue(l, r, /\bowner/, ['"@someone"', '"@acme/other"', 'nobody', '"@"', '"@a/b/c"', '~']),
  ],
  [
    'empty the file',
    (l, r) =>
      void l.splice(
        0,
        l.length,
        ...r.pick([[], [''], ['# only a comment'], ['~'], ['[]'], ['42']]),
      ),
  ],
];

const VALUE_MUTATIONS = MUTATIONS.filter(([name]) =>
  /^(?:edge|change|swap|retype|unicode|anchors)/.test(name),
);

/** Applies 1–3 mutations to an SLA's text; `applied` names them, for the failure message. */
export function mutate(text: string, r: Random): { content: Content; applied: string[] } {
  const lines = text.split('\n');
  const applied: string[] = [];
  for (let k = 1 + r.int(3); k > 0; k--) {
    // Half of the picks change a value the rules read, so that files get past the parser.
    const [name, apply] = r.next() < 0.5 ? r.pick(VALUE_MUTATIONS) : r.pick(MUTATIONS);
    apply(lines, r);
    if (lines.length === 0) lines.push('');
    applied.push(name);
  }
  let out = lines.join('\n');
  // Whole-file changes: line endings and encodings.
  const whole = r.int(12);
  if (whole === 0) {
    out = out.replace(/\n/g, '\r\n');
    applied.push('CRLF');
  } else if (whole === 1) {
    out = out.replace(/\n/g, '\r');
    applied.push('CR only');
  } else if (whole === 2) {
    applied.push('BOM');
    return { content: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(out)]), applied };
  } else if (whole === 3) {
    applied.push('invalid UTF-8');
    const bytes = Buffer.from(out);
    const at = r.int(bytes.length + 1);
    const bad = Buffer.from(
      r.pick([
        [0xff],
        [0xc3],
        [0xe2, 0x82],
        [0xed, 0xa0, 0x80],
        [0xc0, 0xaf],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
      ]),
    );
    return { content: Buffer.concat([bytes.subarray(0, at), bad, bytes.subarray(at)]), applied };
  } else if (whole === 4) {
    applied.push('UTF-16 BOM');
    return {
      content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(out, 'utf16le')]),
      applied,
    };
  }
  return { content: out, applied };
}

/** The text a file's positions refer to: decoded as UTF-8 (bad bytes replaced), without a BOM. */
export function textOf(content: Content): string {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return text.replace(/^\uFEFF/, '');
}

/** Why a problem's position lies outside the file's text, or undefined when it lies inside. */
export function outsideText(
  problem: { line: number; column: number },
  text: string,
): string | undefined {
  // Lines as an editor shows them: a CRLF line ends before its \r.
  const lines = text.split(/\r?\n/);
  const { line, column } = problem;
  if (!Number.isInteger(line) || !Number.isInteger(column)) return 'not whole numbers';
  if (line < 1 || line > lines.length) return `line ${line} of ${lines.length}`;
  const length = (lines[line - 1] as string).length;
  if (column < 1 || column > length + 1) return `column ${column} on a line of ${length}`;
  return undefined;
}
