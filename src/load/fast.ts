// A fast reader for the plain subset of YAML that SLA files are written in: block mappings
// and sequences, one-line plain and quoted scalars, flow collections (also over several
// lines). It builds the same data as the `yaml` package (YAML 1.2, core schema) but keeps no
// positions, and gives up (returns undefined) on anything outside the subset: anchors,
// aliases, tags, block scalars, multi-line plain scalars, escapes, duplicate keys, odd
// indentation. The caller then parses with `yaml`, which also explains every error.

/** Deeper than this, the full parser decides (it enforces MAX_DEPTH with a message). */
const MAX_FAST_DEPTH = 48;
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: |$)/;
const FLOW_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const PLAIN_START = /^[A-Za-z0-9_/.$(~<=+]|^-(?! |$)/;
/** Keys that YAML reads as null or a boolean: `yaml` turns them into "" or "true"/"false". */
const NON_TEXT_KEY = /^(?:null|Null|NULL|True|TRUE|False|FALSE)$/;

const HASH = 0x23;
const DASH = 0x2d;
const DOT = 0x2e;
const PERCENT = 0x25;

class Bail extends Error {}
function bail(): never {
  throw new Bail();
}

interface Line {
  indent: number;
  text: string;
}

/** The data of a YAML text in the plain subset, or undefined when the full parser must decide. */
export function parseSimpleYaml(text: string): { data: unknown } | undefined {
  if (/[\t\r]/.test(text)) return undefined;
  try {
    return { data: new Reader(text).document() };
  } catch (err) {
    if (err instanceof Bail) return undefined;
    throw err;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  private i = 0;

  constructor(text: string) {
    for (const raw of text.split('\n')) {
      const body = raw.trimStart();
      const indent = raw.length - body.length;
      // Blank and comment lines carry no data; markers and directives go to the full parser.
      const first = body.charCodeAt(0);
      if (body === '' || first === HASH) this.lines.push({ indent: -1, text: '' });
      else if (
        ((first === DASH || first === DOT) && /^(?:---|\.\.\.)(?: |$)/.test(body)) ||
        (indent === 0 && first === PERCENT)
      )
        bail();
      else this.lines.push({ indent, text: body.trimEnd() });
    }
  }

  document(): unknown {
    const first = this.peek();
    if (!first || first.indent !== 0) bail();
    const data = this.block(0, 0);
    if (this.peek()) bail();
    return data;
  }

  /** The next line with content (skipping blank and comment lines), without consuming it. */
  private peek(): Line | undefined {
    while (this.i < this.lines.length && (this.lines[this.i] as Line).indent < 0) this.i++;
    return this.lines[this.i];
  }

  private block(indent: number, depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) bail();
    const line = this.peek() as Line;
    return isEntry(line.text) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent || isEntry(line.text)) bail();
      const match = KEY.exec(line.text) ?? bail();
      const key = match[1] as string;
      if (key.length > 1000 || key === '__proto__' || NON_TEXT_KEY.test(key)) bail();
      if (Object.hasOwn(out, key)) bail();
      const rest = line.text.slice(key.length + 1).trimStart();
      this.i++;
      out[key] = this.valueAfter(rest, indent, depth, true);
    }
    return out;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) bail();
      if (!isEntry(line.text)) break; // the next key of a mapping the list is the value of
      const after = line.text.slice(1);
      const rest = after.trimStart();
      if (rest !== '' && !rest.startsWith('#') && (KEY.test(rest) || isEntry(rest))) {
        // "- key: value" or "- - x": the rest of the line opens a nested block in place.
        line.indent = indent + 1 + (after.length - rest.length);
        line.text = rest;
        out.push(this.block(line.indent, depth + 1));
      } else {
        this.i++;
        out.push(this.valueAfter(rest, indent, depth, false));
      }
    }
    return out;
  }

  /** The value after "key:" or "-": inline on the line, or a block on the following lines. */
  private valueAfter(rest: string, indent: number, depth: number, inMapping: boolean): unknown {
    if (rest === '' || rest.startsWith('#')) {
      const next = this.peek();
      if (next && next.indent > indent) return this.block(next.indent, depth + 1);
      if (inMapping && next && next.indent === indent && isEntry(next.text))
        return this.sequence(indent, depth + 1);
      return null;
    }
    if (rest.startsWith('[') || rest.startsWith('{')) return this.flowValue(rest, indent, depth);
    const scanner = new Scanner(rest, depth);
    const value = scanner.blockScalar();
    scanner.expectLineEnd();
    return value;
  }

  /** A flow collection, which may continue on the following (more indented) lines. */
  private flowValue(rest: string, indent: number, depth: number): unknown {
    let text = rest;
    for (;;) {
      const scanner = new Scanner(text, depth);
      const value = scanner.tryFlow();
      if (value !== INCOMPLETE) {
        scanner.expectLineEnd();
        return value;
      }
      const next = this.lines[this.i];
      if (!next) bail();
      this.i++;
      if (next.indent < 0) bail(); // a comment or blank line inside a flow collection
      if (next.indent <= indent) bail();
      text += '\n' + next.text;
    }
  }
}

function isEntry(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

const INCOMPLETE = Symbol('incomplete');

/** Reads scalars and flow collections from one piece of text. */
class Scanner {
  private pos = 0;
  constructor(
    private readonly s: string,
    private readonly depth: number,
  ) {}

  /** A scalar in block context: quoted, or plain up to a comment. */
  blockScalar(): unknown {
    const c = this.s[0];
    if (c === "'" || c === '"') return this.quoted();
    let end = this.s.indexOf(' #');
    if (end < 0) end = this.s.length;
    const raw = this.s.slice(0, end).trimEnd();
    if (!PLAIN_START.test(raw) || raw.includes(': ') || raw.endsWith(':')) bail();
    this.pos = end;
    return resolvePlain(raw);
  }

  /** After the value: only spaces and a comment may follow. */
  expectLineEnd(): void {
    const rest = this.s.slice(this.pos);
    if (rest.trim() !== '' && !/^ +#/.test(rest)) bail();
  }

  /** A complete flow collection, or INCOMPLETE when the text ends before it closes. */
  tryFlow(): unknown {
    try {
      return this.flowNode(this.depth + 1);
    } catch (err) {
      if (err === INCOMPLETE) return INCOMPLETE;
      throw err;
    }
  }

  private skipSpace(): void {
    while (this.s[this.pos] === ' ' || this.s[this.pos] === '\n') this.pos++;
    if (this.s[this.pos] === '#') bail();
    if (this.pos >= this.s.length) throw INCOMPLETE;
  }

  private flowNode(depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) bail();
    this.skipSpace();
    const c = this.s[this.pos];
    if (c === '{') return this.flowMap(depth);
    if (c === '[') return this.flowSeq(depth);
    if (c === "'" || c === '"') return this.quoted();
    return resolvePlain(this.flowPlain());
  }

  private flowMap(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] === '}') break;
      const key = this.flowPlain();
      if (!FLOW_KEY.test(key) || key === '__proto__' || NON_TEXT_KEY.test(key)) bail();
      if (Object.hasOwn(out, key)) bail();
      if (this.s[this.pos] !== ':') bail();
      this.pos++;
      this.skipSpace();
      const c = this.s[this.pos];
      out[key] = c === ',' || c === '}' ? null : this.flowNode(depth + 1);
      this.skipSpace();
      if (this.s[this.pos] === ',') this.pos++;
      else if (this.s[this.pos] !== '}') bail();
    }
    this.pos++;
    return out;
  }

  private flowSeq(depth: number): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.s[this.pos] === ']') break;
      out.push(this.flowNode(depth + 1));
      this.skipSpace();
      if (this.s[this.pos] === ',') this.pos++;
      else if (this.s[this.pos] !== ']') bail(); // includes "[a: b]", a pair inside a list
    }
    this.pos++;
    return out;
  }

  /** A plain scalar in flow context, ending at , [ ] { } or ": ". */
  private flowPlain(): string {
    const start = this.pos;
    for (; this.pos < this.s.length; this.pos++) {
      const c = this.s[this.pos] as string;
      if (c === ',' || c === '[' || c === ']' || c === '{' || c === '}') break;
      if (c === ':' && /^[ \n,[\]{}]?$/.test(this.s[this.pos + 1] ?? '')) break;
      if (c === '\n' || (c === '#' && this.s[this.pos - 1] === ' ')) bail();
    }
    if (this.pos >= this.s.length) throw INCOMPLETE;
    const raw = this.s.slice(start, this.pos).trimEnd();
    if (!PLAIN_START.test(raw)) bail();
    return raw;
  }

  /** A quoted scalar on one line, without escapes. */
  private quoted(): string {
    const q = this.s[this.pos] as string;
    let out = '';
    let at = this.pos + 1;
    for (;;) {
      const end = this.s.indexOf(q, at);
      if (end < 0) bail();
      out += this.s.slice(at, end);
      if (q === "'" && this.s[end + 1] === "'") {
        out += "'";
        at = end + 2;
        continue;
      }
      this.pos = end + 1;
      break;
    }
    if (out.includes('\n') || (q === '"' && out.includes('\\'))) bail();
    return out;
  }
}

/** Resolves a plain scalar like YAML 1.2's core schema (null, booleans, numbers, text). */
function resolvePlain(raw: string): unknown {
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
  if (/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(raw) || /^0[xo]/.test(raw)) bail();
  if (INT.test(raw)) return /^[-+]?0[0-9]|^-0$/.test(raw) ? bail() : Number(raw);
  if (FLOAT.test(raw)) return parseFloat(raw);
  if (/[&*!|>%@`]/.test(raw[0] as string)) bail();
  return raw;
}
