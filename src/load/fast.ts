// A fast reader for the plain subset of YAML that SLA files are written in: block mappings
// and sequences, one-line plain and quoted scalars, flow collections (also over several
// lines). It builds the same data as the `yaml` package (YAML 1.2, core schema), notes where
// each key and item starts in a few reused arrays (see simpleYamlSpots), and gives up
// (returns undefined) on anything outside the subset: anchors, aliases, tags, block scalars,
// multi-line plain scalars, escapes, duplicate keys, odd indentation. The caller then parses
// with `yaml`, which also explains every error.
//
// Validating thousands of files spends much of its time here, so it reads the text in one
// pass over its UTF-16 code units with an index: no line array, no per-value objects, and
// regular expressions only for text that may be a number.
import type { DocPath } from '../model/problem.js';

/** Deeper than this, the full parser decides (it enforces MAX_DEPTH with a message). */
const MAX_FAST_DEPTH = 48;
/** Longer keys go to the full parser, which knows YAML's limit of 1024 for implicit keys. */
const MAX_KEY_LENGTH = 1000;

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** Integers that `yaml` reads differently from Number(): leading zeros and minus zero. */
const ODD_INT = /^[-+]?0[0-9]|^-0$/;
const INF_NAN = /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/;

const SPACE = 0x20;
const DQUOTE = 0x22;
const HASH = 0x23;
const PERCENT = 0x25;
const SQUOTE = 0x27;
const PLUS = 0x2b;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_O = 0x6f;
const LOWER_T = 0x74;
const LOWER_X = 0x78;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const TILDE = 0x7e;
const BYTE_ORDER_MARK = 0xfeff;

// Character classes of ASCII, as bits.
const KEY_START = 1; // [A-Za-z_]
const KEY_CHAR = 2; // [A-Za-z0-9_.-]
const PLAIN_START = 4; // [A-Za-z0-9_/.$(~<=+]; "-" needs a look at the next character
const FLOW_INDICATOR = 8; // , [ ] { }
const NUMBER_CHAR = 16; // [0-9.eE+-]
/** Where a plain scalar in a flow collection may end: , [ ] { } : # and the line's end (\n, 0). */
const FLOW_PLAIN_STOP = 32;
// One entry per UTF-16 code unit (64 KB), so that a class is one load with no range check:
// the loops over a key's characters below test it inline, which costs far fewer bytecodes
// per character than a call while V8 has not optimized them yet (the first files).
const CLASSES = new Uint8Array(0x10000);
function classify(chars: string, bits: number): void {
  for (const c of chars) CLASSES[c.charCodeAt(0)] = (CLASSES[c.charCodeAt(0)] as number) | bits;
}
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
classify(LETTERS + '_', KEY_START | KEY_CHAR | PLAIN_START);
classify('0123456789', KEY_CHAR | PLAIN_START | NUMBER_CHAR);
classify('.', KEY_CHAR | PLAIN_START | NUMBER_CHAR);
classify('-', KEY_CHAR | NUMBER_CHAR);
classify('/$(~<=', PLAIN_START);
classify('+', PLAIN_START | NUMBER_CHAR);
classify('eE', NUMBER_CHAR);
classify(',[]{}', FLOW_INDICATOR | FLOW_PLAIN_STOP);
classify(':#\n\0', FLOW_PLAIN_STOP);

function is(c: number, bits: number): boolean {
  return ((CLASSES[c] as number) & bits) !== 0;
}

/**
 * Whitespace that JavaScript trims but YAML reads as text (vertical tab, form feed, no-break
 * and other Unicode spaces, byte order mark). Where the line-based reader this one replaced
 * trimmed it, its data differed from `yaml`'s, so this one bails there.
 */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c === 0x0b || c === 0x0c;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

class Bail extends Error {}
// One instance: bailing is control flow, its stack trace is never read.
const BAIL = new Bail();
function bail(): never {
  throw BAIL;
}

/** The data of a YAML text in the plain subset, or undefined when the full parser must decide. */
export function parseSimpleYaml(text: string): { data: unknown } | undefined {
  const data = read(text);
  return data === NOT_SIMPLE ? undefined : { data };
}

const NOT_SIMPLE = Symbol('not simple');

/** Reads `text` (see Reader), noting its entries (see SimpleYamlSpots); NOT_SIMPLE when it bails. */
function read(text: string): unknown {
  if (text.indexOf('\t') >= 0 || text.indexOf('\r') >= 0) return NOT_SIMPLE;
  lastRead = undefined;
  try {
    const reader = new Reader(text, codeUnits(text));
    const data = reader.document();
    const spots = { root: reader.rootAt, count: reader.count, at: entryAt, keys: entryKeys };
    lastRead = { text, data, spots };
    return data;
  } catch (err) {
    if (err === BAIL) return NOT_SIMPLE;
    throw err;
  }
}

/**
 * Where each entry of a text read by the fast path starts: every key of a mapping and item of
 * a list, in document order (an entry before the entries inside its value). For entry i:
 * `at[3i]` is where its key (or the item) starts, `at[3i + 1]` where its value starts, as the
 * `yaml` package's node ranges start (-1 where this reader does not know it: an empty value
 * in a flow mapping), `at[3i + 2]` the index of the entry after its value's entries (its next
 * sibling's); `keys[i]` is its key, null for a list item.
 */
export interface SimpleYamlSpots {
  /** Where the root value starts. */
  root: number;
  /** Entries in all: the root's entries are 0, at[2], at[at[2] * 3 + 2], … until count. */
  count: number;
  at: Int32Array;
  keys: ReadonlyArray<string | null>;
}

// Every reading notes its entries here, in arrays reused from one text to the next: noting
// costs a few stores per entry, so that a file with a problem to locate is not read again.
let entryAt = new Int32Array(3 * 1024);
let entryKeys: Array<string | null> = new Array<string | null>(1024).fill(null);
/** The text read last, when the reading succeeded. */
let lastRead: { text: string; data: unknown; spots: SimpleYamlSpots } | undefined;

/**
 * The entries of a text that parseSimpleYaml read to `data` (see SimpleYamlSpots): those of
 * the last reading when that was this one, else from reading the text again. They hold
 * until the next reading (see isCurrent). Undefined for a text outside the subset.
 */
export function simpleYamlSpots(text: string, data?: unknown): SimpleYamlSpots | undefined {
  if (lastRead === undefined || lastRead.data !== data || lastRead.text !== text) {
    if (read(text) === NOT_SIMPLE) return undefined;
  }
  return (lastRead as NonNullable<typeof lastRead>).spots;
}

/** Whether `spots` still hold: no text was read since (the arrays are reused). */
export function isCurrent(spots: SimpleYamlSpots): boolean {
  return lastRead?.spots === spots;
}

/** Makes room for more entries: twice as many. */
function growEntries(): void {
  const at = new Int32Array(entryAt.length * 2);
  at.set(entryAt);
  entryAt = at;
  const keys = new Array<string | null>(entryKeys.length * 2).fill(null);
  for (let k = 0; k < entryKeys.length; k++) keys[k] = entryKeys[k] as string | null;
  entryKeys = keys;
}

/**
 * The offset of the node at `path` in a text read by the fast path, as the `yaml` package's
 * ranges give it: of its key (`part: 'key'`) or value, or of the deepest ancestor found;
 * -1 when that value's offset is not known.
 */
export function spotOf(spots: SimpleYamlSpots, path: DocPath, part: 'key' | 'value'): number {
  const { at, keys } = spots;
  let best = spots.root;
  // The entries of the current node: from `first` up to `end`.
  let first = 0;
  let end = spots.count;
  for (let i = 0; i < path.length; i++) {
    if (first >= end) break; // a scalar, or an empty collection
    const segment = path[i] as string | number;
    const isList = keys[first] === null;
    if (isList && (typeof segment !== 'number' || !Number.isInteger(segment) || segment < 0)) break;
    const e = childEntry(spots, first, end, isList ? segment : String(segment));
    if (e < 0) break;
    best = at[3 * e + (!isList && i === path.length - 1 && part === 'key' ? 0 : 1)] as number;
    if (best < 0) return -1;
    first = e + 1;
    end = at[3 * e + 2] as number;
  }
  return best;
}

/** Entries looked at one by one before a collection gets an index (see childEntry). */
const SCAN_LIMIT = 32;
/** Indexes of long collections, by the spots they belong to and their first entry. */
const childIndexes = new WeakMap<SimpleYamlSpots, Map<number, Map<string | number, number>>>();

/**
 * The entry of item `segment` of a list, or of key `segment` of a mapping, whose entries
 * run from `first` to `end`; -1 when there is none. A long collection (a file with 100,000
 * problems in one list) is indexed once instead of walked for each problem.
 */
function childEntry(
  spots: SimpleYamlSpots,
  first: number,
  end: number,
  segment: string | number,
): number {
  const { at, keys } = spots;
  let e = first;
  for (let k = 0; e < end && k < SCAN_LIMIT; k++) {
    if (typeof segment === 'number' ? k === segment : keys[e] === segment) return e;
    e = at[3 * e + 2] as number;
  }
  if (e >= end) return -1;
  let byCollection = childIndexes.get(spots);
  if (!byCollection) childIndexes.set(spots, (byCollection = new Map()));
  let index = byCollection.get(first);
  if (!index) {
    index = new Map();
    const isList = keys[first] === null;
    for (let n = 0, c = first; c < end; n++, c = at[3 * c + 2] as number)
      index.set(isList ? n : (keys[c] as string), c);
    byCollection.set(first, index);
  }
  return index.get(segment) ?? -1;
}

// The text's code units, at the same indexes as in the string and followed by a 0, so that
// scans stop at the end of the text without a bounds check. Indexing a typed array is much
// cheaper than charCodeAt, and Buffer's native UTF-16 copy fills it at memory speed. One
// array is reused, since reading is synchronous; longer texts get an array of their own.
const REUSED_UNITS = 1 << 16;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
let reused: { units: Uint16Array; bytes: Buffer } | undefined;

function codeUnits(text: string): Uint16Array {
  const length = text.length + 1;
  const { units, bytes } =
    length > REUSED_UNITS ? unitArray(length) : (reused ??= unitArray(REUSED_UNITS));
  if (LITTLE_ENDIAN) bytes.write(text, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  units[text.length] = 0;
  return units;
}

function unitArray(length: number): { units: Uint16Array; bytes: Buffer } {
  const units = new Uint16Array(length);
  return { units, bytes: Buffer.from(units.buffer) };
}

/** An index found by indexOf, or `none` when it found nothing. */
function found(index: number, none: number): number {
  return index < 0 ? none : index;
}

class Reader {
  /** Where the next line not yet read starts. */
  private next = 0;
  /** Whether the current line is the next line with content (peek() has run). */
  private ready = false;
  /** Whether there is such a line (false at the end of the text). */
  private has = false;
  /** No line with content has been read yet. */
  private prefix = true;

  // The current line: where it starts, its indentation, where its content starts and ends
  // (trailing spaces excluded) and where the line ends (its "\n" or the end of the text).
  private start = 0;
  private col = 0;
  private from = 0;
  private to = 0;
  private end = 0;
  /** The content is followed by whitespace other than spaces (see isOtherSpace). */
  private otherTail = false;

  /** Where reading is inside a line (scalars and flow collections). */
  private pos = 0;
  /** Lines that continue a flow collection must be indented deeper than this. */
  private flowIndent = 0;
  /** The hash of the key read last (see keyText). */
  private hash = 0;
  /** Where the value read last starts (-1: unknown). */
  private valueAt = -1;
  /** The first "#" and ":" from where they were last looked for (the text's length: none). */
  private hashAt = -1;
  private colonAt = -1;
  /** Where the root value starts. */
  rootAt = 0;
  /** Entries noted so far (see SimpleYamlSpots). */
  count = 0;

  constructor(
    private readonly s: string,
    /** The code units of s (see codeUnits). */
    private readonly a: Uint16Array,
  ) {}

  /** Where the first "#" at or after p is (the text's length when there is none). */
  private nextHash(p: number): number {
    // Reading only moves forward: a "#" found for an earlier p is the first after p too.
    if (this.hashAt < p) this.hashAt = found(this.s.indexOf('#', p), this.s.length);
    return this.hashAt;
  }

  /** Where the first ":" at or after p is (the text's length when there is none). */
  private nextColon(p: number): number {
    if (this.colonAt < p) this.colonAt = found(this.s.indexOf(':', p), this.s.length);
    return this.colonAt;
  }

  /** Notes the next entry: its key (null: a list item) starting at `keyAt`; returns its index. */
  private entry(keyAt: number, key: string | null): number {
    const i = this.count++;
    if (3 * i + 3 > entryAt.length) growEntries();
    entryAt[3 * i] = keyAt;
    entryKeys[i] = key;
    return i;
  }

  /** Notes where the value of entry i starts; the entries noted since are inside it. */
  private entryValue(i: number, valueAt: number): void {
    entryAt[3 * i + 1] = valueAt;
    entryAt[3 * i + 2] = this.count;
  }

  document(): unknown {
    if (!this.peek() || this.col !== 0) bail();
    this.rootAt = this.from;
    const data = this.block(0, 0);
    if (this.peek()) bail();
    return data;
  }

  /** Moves to the next line with content, past blank and comment lines, without consuming it. */
  private peek(): boolean {
    if (this.ready) return this.has;
    const a = this.a;
    let at = this.next;
    for (;;) {
      if (at > this.s.length) {
        this.ready = true;
        this.has = false;
        return false;
      }
      let p = at;
      // YAML allows a byte order mark at the start of each line before the content.
      if (this.prefix && a[p] === BYTE_ORDER_MARK) p++;
      while (a[p] === SPACE) p++;
      const end = this.lineEnd(p);
      if (p === end || a[p] === HASH) {
        at = end + 1;
        continue;
      }
      this.prefix = false;
      this.line(at, p, end);
      this.ready = true;
      this.has = true;
      return true;
    }
  }

  /** Where the line with p ends: at its "\n" or the end of the text. */
  private lineEnd(p: number): number {
    const end = this.s.indexOf('\n', p);
    return end < 0 ? this.s.length : end;
  }

  /** Makes the line at `at`, with content from `p` to `end`, the current line. */
  private line(at: number, p: number, end: number): void {
    const a = this.a;
    const c = a[p] as number;
    if (isOtherSpace(c)) bail();
    // Document markers and directives go to the full parser.
    if (
      (c === DASH || c === DOT) &&
      a[p + 1] === c &&
      a[p + 2] === c &&
      (p + 3 === end || a[p + 3] === SPACE)
    )
      bail();
    if (c === PERCENT && p === at) bail();
    let to = end;
    while (a[to - 1] === SPACE) to--;
    this.otherTail = isOtherSpace(a[to - 1] as number);
    if (this.otherTail) {
      do to--;
      while (a[to - 1] === SPACE || isOtherSpace(a[to - 1] as number));
    }
    this.start = at;
    this.col = p - at;
    this.from = p;
    this.to = to;
    this.end = end;
  }

  private consume(): void {
    this.next = this.end + 1;
    this.ready = false;
  }

  /** Content reaches the line's end: any whitespace after it would be text to YAML. */
  private atEnd(): void {
    if (this.otherTail) bail();
  }

  private block(indent: number, depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) bail();
    return this.isEntry(this.from) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  /** Whether the current line's text at p is a sequence entry: "-" alone or "- …". */
  private isEntry(p: number): boolean {
    if (this.a[p] !== DASH) return false;
    if (p + 1 < this.to) return this.a[p + 1] === SPACE;
    this.atEnd();
    return true;
  }

  /** Where the colon is if the line's text at p is "key:" then a space or its end; else -1. */
  private keyColon(p: number): number {
    const a = this.a;
    let c = a[p] as number;
    if (!is(c, KEY_START)) return -1;
    let hash = c;
    let q = p + 1;
    for (c = a[q] as number; ((CLASSES[c] as number) & KEY_CHAR) !== 0; c = a[++q] as number)
      hash = (Math.imul(hash, 31) + c) | 0; // see keyText
    if (c !== COLON) return -1;
    this.hash = hash;
    if (q + 1 < this.to) return a[q + 1] === SPACE ? q : -1;
    this.atEnd();
    return q;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let size = 0;
    const first = this.count;
    while (this.peek() && this.col >= indent) {
      if (this.col > indent || this.isEntry(this.from)) bail();
      const colon = this.keyColon(this.from);
      if (colon < 0 || colon - this.from > MAX_KEY_LENGTH) bail();
      const key = keyText(this.s, this.a, this.from, colon, this.hash);
      const entry = this.entry(this.from, key);
      out[key] = this.valueAfter(colon + 1, indent, depth, true);
      this.entryValue(entry, this.valueAt);
      size++;
    }
    return withoutDuplicates(out, size, first, this.count);
  }

  private sequence(indent: number, depth: number): unknown[] {
    const a = this.a;
    const out: unknown[] = [];
    while (this.peek() && this.col >= indent) {
      if (this.col > indent) bail();
      if (!this.isEntry(this.from)) break; // the next key of a mapping the list is the value of
      const entry = this.entry(this.from, null);
      let p = this.from + 1;
      while (p < this.to && a[p] === SPACE) p++;
      if (p < this.to && (this.keyColon(p) >= 0 || this.isEntry(p))) {
        // "- key: value" or "- - x": the rest of the line opens a nested block in place.
        this.col = p - this.start;
        this.from = p;
        out.push(this.block(this.col, depth + 1));
        this.valueAt = p;
      } else out.push(this.valueAfter(this.from + 1, indent, depth, false));
      this.entryValue(entry, this.valueAt);
    }
    return out;
  }

  /** The value after "key:" or "-" (p is just after it): inline, or a block on the next lines. */
  private valueAfter(p: number, indent: number, depth: number, inMapping: boolean): unknown {
    const a = this.a;
    while (p < this.to && a[p] === SPACE) p++;
    const c = a[p] as number;
    if (p === this.to || c === HASH) {
      if (p === this.to) this.atEnd();
      // An empty value: `yaml` places it after the spaces that follow the indicator.
      const empty = p === this.to ? this.end : p;
      this.consume();
      if (this.peek()) {
        const at = this.from;
        if (this.col > indent) {
          const value = this.block(this.col, depth + 1);
          this.valueAt = at;
          return value;
        }
        if (inMapping && this.col === indent && this.isEntry(this.from)) {
          const value = this.sequence(indent, depth + 1);
          this.valueAt = at;
          return value;
        }
      }
      this.valueAt = empty;
      return null;
    }
    if (isOtherSpace(c)) bail();
    this.valueAt = p;
    let value: unknown;
    if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      this.pos = p;
      this.flowIndent = indent;
      value = this.flowNode(depth + 1);
      this.afterValue();
    } else if (c === SQUOTE || c === DQUOTE) {
      this.pos = p;
      value = this.quoted();
      this.afterValue();
    } else value = this.plain(p);
    this.consume();
    return value;
  }

  /** After a value: the line ends, or goes on with spaces and a comment. */
  private afterValue(): void {
    const a = this.a;
    let p = this.pos;
    if (p === this.to) return this.atEnd();
    if (a[p] !== SPACE) bail();
    while (a[p] === SPACE) p++;
    if (a[p] !== HASH) bail();
  }

  /**
   * A plain scalar in block context, from p to a comment or the line's end. Its "#" and ":"
   * are found by the string's native search (see nextHash), not a loop over its characters:
   * long notes are most of an SLA's text, and a loop is slow until V8 has optimized it.
   */
  private plain(p: number): unknown {
    const a = this.a;
    const to = this.to;
    let end = to;
    let hash = this.nextHash(p);
    while (hash < to && a[hash - 1] !== SPACE) hash = this.nextHash(hash + 1);
    if (hash < to) end = hash - 1;
    // "a: b: c": a colon before the comment followed by a space or the line's end.
    for (let colon = this.nextColon(p); colon < end; colon = this.nextColon(colon + 1))
      if (colon + 1 === to || a[colon + 1] === SPACE) bail();
    if (end === to) this.atEnd();
    else {
      while (a[end - 1] === SPACE) end--;
      if (isOtherSpace(a[end - 1] as number)) bail();
    }
    if (!this.plainStart(p, end)) bail();
    return this.scalar(p, end);
  }

  /** Whether text from p to end may be a plain scalar (no indicator like & * ! | > first). */
  private plainStart(p: number, end: number): boolean {
    const c = this.a[p] as number;
    if (c === DASH) return p + 1 < end && this.a[p + 1] !== SPACE;
    return is(c, PLAIN_START);
  }

  /** A plain scalar's value in YAML 1.2's core schema: null, a boolean, a number or text. */
  private scalar(p: number, end: number): unknown {
    const raw = this.s.slice(p, end);
    const c = this.a[p] as number;
    if (c < ZERO ? c === PLUS || c === DASH || c === DOT : c <= NINE)
      return this.numberOrText(raw, p, end);
    // Only ~, null, true and false in their spellings are not text.
    if (
      end - p <= 5 &&
      (c === TILDE || (c | 0x20) === LOWER_N || (c | 0x20) === LOWER_T || (c | 0x20) === LOWER_F)
    ) {
      switch (raw) {
        case '~':
        case 'null':
        case 'Null':
        case 'NULL':
          return null;
        case 'true':
        case 'True':
        case 'TRUE':
          return true;
        case 'false':
        case 'False':
        case 'FALSE':
          return false;
      }
    }
    return raw;
  }

  /** Text from p to end starting with a digit, sign or dot: a number, or text when it is none. */
  private numberOrText(raw: string, p: number, end: number): unknown {
    const a = this.a;
    let q = p;
    while (q < end && is(a[q] as number, NUMBER_CHAR)) q++;
    if (q < end) {
      // Text, unless it is a number for the full parser: .inf, .nan, hexadecimal, octal.
      const c = a[p];
      if (c === ZERO) {
        if (a[p + 1] === LOWER_X || a[p + 1] === LOWER_O) bail();
      } else if ((c as number) < ZERO && end - p <= 5 && INF_NAN.test(raw)) bail();
      return raw;
    }
    if (INT.test(raw)) return ODD_INT.test(raw) ? bail() : Number(raw);
    if (FLOAT.test(raw)) return parseFloat(raw);
    return raw;
  }

  /** A quoted scalar at pos, closed on the same line and without escapes. */
  private quoted(): string {
    const s = this.s;
    const p = this.pos;
    if (this.a[p] === DQUOTE) {
      const close = s.indexOf('"', p + 1);
      if (close < 0 || close >= this.to) bail();
      const out = s.slice(p + 1, close);
      if (out.includes('\\')) bail();
      this.pos = close + 1;
      return out;
    }
    let close = s.indexOf("'", p + 1);
    if (close < 0 || close >= this.to) bail();
    let out = s.slice(p + 1, close);
    while (this.a[close + 1] === SQUOTE) {
      // '' is a quote inside single quotes
      const at = close + 2;
      close = s.indexOf("'", at);
      if (close < 0 || close >= this.to) bail();
      out += "'" + s.slice(at, close);
    }
    this.pos = close + 1;
    return out;
  }

  /** Skips spaces and line breaks inside a flow collection; returns the next character. */
  private skipSpace(): number {
    const a = this.a;
    let p = this.pos;
    for (;;) {
      while (p < this.to && a[p] === SPACE) p++;
      if (p < this.to) break;
      this.nextFlowLine();
      p = this.from;
    }
    this.pos = p;
    const c = a[p] as number;
    if (c === HASH) bail();
    return c;
  }

  /** The flow collection goes on: the next line must continue it, deeper than its key or entry. */
  private nextFlowLine(): void {
    this.atEnd();
    const a = this.a;
    const at = this.end + 1;
    if (at > this.s.length) bail();
    let p = at;
    while (a[p] === SPACE) p++;
    const end = this.lineEnd(p);
    if (p === end || a[p] === HASH) bail(); // a blank or comment line inside
    this.line(at, p, end);
    if (this.col <= this.flowIndent) bail();
  }

  private flowNode(depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) bail();
    const c = this.skipSpace();
    if (c === OPEN_BRACE) return this.flowMap(depth);
    if (c === OPEN_BRACKET) return this.flowSeq(depth);
    if (c === SQUOTE || c === DQUOTE) return this.quoted();
    const p = this.pos;
    return this.scalar(p, this.flowPlain());
  }

  private flowMap(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let size = 0;
    const first = this.count;
    this.pos++;
    for (;;) {
      let c = this.skipSpace();
      if (c === CLOSE_BRACE) break;
      const from = this.pos;
      const end = this.flowKey();
      const key = keyText(this.s, this.a, from, end, this.hash);
      const entry = this.entry(from, key);
      c = this.skipSpace();
      const valueAt = c === COMMA || c === CLOSE_BRACE ? -1 : this.pos;
      out[key] = valueAt < 0 ? null : this.flowNode(depth + 1);
      this.entryValue(entry, valueAt);
      size++;
      c = this.skipSpace();
      if (c === COMMA) this.pos++;
      else if (c !== CLOSE_BRACE) bail();
    }
    this.pos++;
    return withoutDuplicates(out, size, first, this.count);
  }

  /**
   * A key in a flow mapping at pos: a name, maybe spaces, then ":" and a space, a line end or
   * , [ ] { }. Returns where the name ends and moves past the colon.
   */
  private flowKey(): number {
    const a = this.a;
    let p = this.pos;
    let c = a[p] as number;
    if (!is(c, KEY_START)) bail();
    let hash = c;
    for (c = a[++p] as number; ((CLASSES[c] as number) & KEY_CHAR) !== 0; c = a[++p] as number)
      hash = (Math.imul(hash, 31) + c) | 0; // see keyText
    this.hash = hash;
    const end = p;
    while (p < this.to && a[p] === SPACE) p++;
    if (p === this.to || a[p] !== COLON) bail();
    if (p + 1 < this.to) {
      c = a[p + 1] as number;
      if (c !== SPACE && !is(c, FLOW_INDICATOR)) bail();
    }
    this.pos = p + 1;
    return end;
  }

  private flowSeq(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    for (;;) {
      let c = this.skipSpace();
      if (c === CLOSE_BRACKET) break;
      const itemAt = this.pos;
      const entry = this.entry(itemAt, null);
      out.push(this.flowNode(depth + 1));
      this.entryValue(entry, itemAt);
      c = this.skipSpace();
      if (c === COMMA) this.pos++;
      else if (c !== CLOSE_BRACKET) bail(); // includes "[a: b]", a pair inside a list
    }
    this.pos++;
    return out;
  }

  /** A plain scalar in a flow collection at pos, up to , [ ] { } or ": "; returns its end. */
  private flowPlain(): number {
    const a = this.a;
    const to = this.to;
    const p = this.pos;
    let q = p;
    for (; ; q++) {
      const c = a[q] as number;
      const cls = CLASSES[c] as number;
      if ((cls & FLOW_PLAIN_STOP) === 0) continue;
      if ((cls & FLOW_INDICATOR) !== 0) break;
      if (c === COLON) {
        if (q + 1 === to) break;
        const d = a[q + 1] as number;
        if (d === SPACE || is(d, FLOW_INDICATOR)) break;
      } else if (c === HASH) {
        if (a[q - 1] === SPACE) bail();
      } else if (q >= to) bail(); // the line's end: plain text does not go on over lines here
    }
    if (q === p) bail(); // no text, as in "[a, , b]"
    this.pos = q;
    let end = q;
    while (a[end - 1] === SPACE) end--;
    if (isOtherSpace(a[end - 1] as number)) bail();
    if (!this.plainStart(p, end)) bail();
    return end;
  }
}

// The keys read last, by a hash of their text. SLA files repeat the same few dozen keys, and
// a key that is already an internalized string (as property names are) is much cheaper to
// store than a fresh slice of the text.
const KEY_BITS = 11;
const MAX_CACHED_KEY = 32;
const recentKeys: string[] = new Array<string>(1 << KEY_BITS).fill('');
/** The code units of recentKeys[i], from i * MAX_CACHED_KEY: cheaper to compare than charCodeAt. */
const keyUnits = new Uint16Array((1 << KEY_BITS) * MAX_CACHED_KEY);

/**
 * The key from `from` to `end`, whose hash is `hash` (the readers of keys compute it as they
 * go: `hash = (Math.imul(hash, 31) + c) | 0` for each character c after the first, which is
 * the start); bails when `yaml` would change it.
 */
function keyText(s: string, a: Uint16Array, from: number, end: number, hash: number): string {
  const length = end - from;
  // Two slots per hash, so that two keys with the same hash do not evict each other.
  const slot = (Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> (32 - KEY_BITS)) & ~1;
  const first = recentKeys[slot] as string;
  if (first.length === length && sameUnits(slot, a, from, length)) return first;
  const second = recentKeys[slot + 1] as string;
  if (second.length === length && sameUnits(slot + 1, a, from, length)) return second;
  const key = s.slice(from, end);
  if (!isTextKey(key)) bail();
  if (length > MAX_CACHED_KEY) return key;
  recentKeys[slot + 1] = first;
  const at = slot * MAX_CACHED_KEY;
  keyUnits.copyWithin(at + MAX_CACHED_KEY, at, at + MAX_CACHED_KEY);
  keyUnits.set(a.subarray(from, end), at);
  // Object.keys gives the internalized copy of the string.
  return (recentKeys[slot] = Object.keys({ [key]: 0 })[0] as string);
}

function sameUnits(slot: number, a: Uint16Array, from: number, length: number): boolean {
  const at = slot * MAX_CACHED_KEY;
  let i = 0;
  while (i < length && keyUnits[at + i] === a[from + i]) i++;
  return i === length;
}

/**
 * Whether `yaml` keeps the key as written: it reads null and True as null and true, then
 * turns them into "" and "true"; __proto__ would set the prototype.
 */
function isTextKey(key: string): boolean {
  switch (key) {
    case '__proto__':
    case 'null':
    case 'Null':
    case 'NULL':
    case 'True':
    case 'TRUE':
    case 'False':
    case 'FALSE':
      return false;
  }
  return true;
}

/** Mappings with up to this many keys are checked for duplicates pairwise (see withoutDuplicates). */
const FEW_KEYS = 8;

/**
 * The mapping, if its `size` keys (entries `first` to `end`, see SimpleYamlSpots) were all
 * different. Checking once at the end is cheaper than checking each key; a duplicate still
 * bails, only after reading its value. A few keys are compared pairwise (keys are mostly
 * the cached strings of keyText, so most comparisons are of two references); counting the
 * keys of a larger mapping makes an array of them, which for every small mapping was about
 * 6 % of what validating a file allocates.
 */
function withoutDuplicates(
  out: Record<string, unknown>,
  size: number,
  first: number,
  end: number,
): Record<string, unknown> {
  if (size > FEW_KEYS) {
    if (Object.keys(out).length !== size) bail();
    return out;
  }
  for (let e = first; e < end; e = entryAt[3 * e + 2] as number) {
    const key = entryKeys[e];
    for (let f = entryAt[3 * e + 2] as number; f < end; f = entryAt[3 * f + 2] as number)
      if (entryKeys[f] === key) bail();
  }
  return out;
}
