// YAML's traps: text that a person means as a value but YAML reads as syntax (`@` and a
// backtick are reserved, `>` and `|` start blocks of text, `: ` starts a key, `*` an alias,
// `!` a tag, a tab indents nothing). The parser's own words name the rule that was broken;
// these say what to write instead, echoing the line with its value quoted. They run only
// when a file fails to parse, never on the fast path.

/** What the parser reports: its error code, message and the offset where it found it. */
export interface ParserError {
  code: string;
  message: string;
  offset: number;
}

/** A message that says how to write the value, and where the value starts when that is earlier. */
export interface Trap {
  message: string;
  offset?: number;
}

/** How to write the value the parser stumbled on, or undefined for no known trap. */
export function trapMessage(error: ParserError, text: string): Trap | undefined {
  const line = lineAround(text, error.offset);
  const column = error.offset - line.start;
  if (error.code === 'TAB_AS_INDENT') {
    return {
      message:
        'a tab indents this line, and YAML does not allow tabs in indentation; indent with spaces (set your editor to insert spaces for tabs in YAML files)',
    };
  }
  if (error.code === 'BAD_SCALAR_START') {
    const char = text[error.offset] ?? '';
    const value = valueAt(line, column);
    const why =
      char === '%'
        ? '"%" at the start of a value marks a YAML directive'
        : `"${char}" is reserved in YAML and cannot start an unquoted value`;
    const backticks =
      char === '`' && /^`[^`]*`$/.test(value.text) ? ' (or drop the backticks)' : '';
    return { message: `${why}; quote the value: ${written(line, value)}${backticks}` };
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /block scalar header/i.test(error.message)) {
    // `target: >99.9%`: the parser reads ">" as the start of a folded block of text.
    const start = line.text.slice(0, column + 1).search(/[>|][^>|]*$/);
    if (start < 0) return undefined;
    const value = valueAt(line, start);
    return {
      offset: line.start + start,
      message: `"${value.text[0]}" at the start of a value begins a block of text on the lines below; to write ${value.text} as the value, quote it: ${written(line, value)}`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    // `measurement: Down when: more than 5% fail`: the second ": " starts a mapping.
    const value = valueAt(line, column);
    if (value.key === undefined || !/:\s/.test(value.text)) return undefined;
    return {
      message: `the value contains ": ", which YAML reads as the start of another key; quote the value: ${written(line, value)}`,
    };
  }
  if (error.code === 'UNEXPECTED_TOKEN' && /scalar at node end/i.test(error.message)) {
    return textAfterValue(line, column);
  }
  const mark = unclosedQuoteMark(error);
  if (mark) return unclosedQuote(text, error.offset, mark);
  return undefined;
}

/** The quote (" or ') of the parser's error for a quoted value never closed, else undefined. */
export function unclosedQuoteMark(error: { code: string; message: string }): string | undefined {
  if (error.code !== 'MISSING_CHAR') return undefined;
  return /^Missing closing (["'])quote/.exec(error.message)?.[1];
}

/**
 * `title: "Network` without its closing quote: the parser reads on, often to the end of the
 * file, and reports it there; the quote that opens the value is where to look.
 */
function unclosedQuote(text: string, offset: number, mark: string): Trap | undefined {
  const at = openingQuote(text, offset, mark);
  if (at < 0) return undefined;
  const line = lineAround(text, at);
  const value = valueAt(line, at - line.start);
  const shown =
    value.text.length > MAX_SHOWN ? `${value.text.slice(0, MAX_SHOWN - 20)}…` : value.text;
  const fix = `${value.key !== undefined ? `${value.key}: ` : ''}${shown}${mark}`;
  const inside = mark === '"' ? '\\"' : "''";
  return {
    offset: at,
    message: `the value opened by ${mark} here has no closing ${mark}; end it with ${mark} where the value ends, e.g. ${fix} (a ${mark} inside the value is written ${inside})`,
  };
}

/**
 * The quote that opens the unclosed value: the last one before `offset` that does not stand
 * for a quote inside a value (\" in double quotes, '' in single quotes), since such a value
 * holds no other.
 */
export function openingQuote(text: string, offset: number, mark: string): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== mark) continue;
    if (mark === "'") {
      if (text[i - 1] !== "'") return i;
      i--;
      continue;
    }
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
    i -= slashes;
  }
  return -1;
}

/**
 * `title: "Gold" tier` (text after the closing quote) or `meaning: *all* customers` (an alias
 * followed by text): the value that starts after the key, quoted whole.
 */
function textAfterValue(line: Line, column: number): Trap | undefined {
  const from = Math.max(0, column - MAX_KEY_SCAN);
  const before = line.text.slice(from, column);
  const found = before.search(/[{,[:]\s*(?:["'*][^{,[:]*)$/);
  if (found < 0) return undefined;
  const start = from + found;
  const valueStart = start + 1 + (/^\s*/.exec(line.text.slice(start + 1))?.[0].length ?? 0);
  const value = valueAt(line, valueStart);
  const first = value.text[0];
  if (first === '*') {
    const name = /^\*([^\s,[\]{}]+)/.exec(value.text)?.[1] ?? '';
    return {
      offset: line.start + valueStart,
      message: `"*${name}" reads as an alias of an anchor "&${name}" that is not defined; a value that starts with "*" must be quoted: ${written(line, value)}`,
    };
  }
  if (first !== '"' && first !== "'") return undefined;
  return {
    message: `text follows the closing quote of the value; quote the whole value: ${written(line, value)}`,
  };
}

/** The message for an alias whose anchor does not exist (`meaning: *all* customers`). */
export function unresolvedAliasMessage(text: string, offset: number, name: string): string {
  const line = lineAround(text, offset);
  const value = valueAt(line, offset - line.start);
  return `"*${name}" reads as an alias of an anchor "&${name}" that is not defined; a value that starts with "*" must be quoted: ${written(line, value)}`;
}

/** The message for a value that starts with `!`, which YAML reads as a tag. */
export function unknownTagMessage(text: string, offset: number, tag: string): string {
  const line = lineAround(text, offset);
  const value = valueAt(line, offset - line.start);
  return `"${tag}" reads as a YAML tag, not as text, and is dropped from the value; a value that starts with "!" must be quoted: ${written(line, value)}`;
}

interface Line {
  /** The offset of the line's first character. */
  start: number;
  text: string;
  /** Whether the line starts inside `{…}` or `[…]` opened on an earlier line. */
  inFlow: boolean;
}

function lineAround(text: string, offset: number): Line {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  return {
    start,
    text: text.slice(start, end).replace(/\r$/, ''),
    inFlow: flowDepth(text.slice(0, start)) > 0,
  };
}

interface Value {
  /** The key the value belongs to, when the line says `key: value`; undefined for a list item. */
  key: string | undefined;
  /** The value as written, without a trailing comment. */
  text: string;
  /** Inside `{…}` or `[…]`, where `,`, `}` and `]` end the value. */
  flow: boolean;
}

/** The value that starts at `column` (0-based) of the line, and the key before it. */
function valueAt(line: Line, column: number): Value {
  const flow = line.inFlow || flowDepth(line.text.slice(0, column)) > 0;
  // A key is near its value: a bounded prefix keeps the pattern linear on a hostile line.
  const before = line.text.slice(Math.max(0, column - MAX_KEY_SCAN), column);
  const rest = line.text.slice(column);
  const text = flow ? (/^[^,}\]]*/.exec(rest)?.[0] ?? rest).trim() : withoutComment(rest);
  const key = /(?:^|[\s{,[])((?:"[^"]*"|'[^']*'|[^\s{},[\]:#"'][^{},[\]:#]*?))\s*:\s*$/.exec(
    before,
  )?.[1];
  return { key, text, flow };
}

/**
 * How many brackets are open at the end of `text`, skipping quoted text and comments. A quote
 * counts only where a quoted value can start, so the apostrophe of "customer's" is text.
 */
function flowDepth(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i === 0 ? '\n' : (text[i - 1] as string);
    if (c === '#' && /\s/.test(prev)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if ((c === '"' || c === "'") && /[\s:,[{-]/.test(prev)) {
      for (i++; i < text.length && text[i] !== c && text[i] !== '\n'; i++) {
        if (c === '"' && text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  return depth;
}

function withoutComment(rest: string): string {
  const hash = rest.search(/\s#/);
  return (hash < 0 ? rest : rest.slice(0, hash)).trim();
}

/** How far before a value its key is looked for. */
const MAX_KEY_SCAN = 300;
/** Longer values are shown shortened in the message. */
const MAX_SHOWN = 300;

/** `key: "value"` (or `- "value"`, or `"value"` inside brackets), ready to paste. */
function written(line: Line, value: Value): string {
  const text =
    value.text.length > MAX_SHOWN ? `${value.text.slice(0, MAX_SHOWN - 20)}…` : value.text;
  const quoted = quote(text);
  if (value.key !== undefined) return `${value.key}: ${quoted}`;
  return !value.flow && /^\s*-\s/.test(line.text) ? `- ${quoted}` : quoted;
}

/** The value in double quotes, or single quotes when it holds a double quote or backslash. */
function quote(value: string): string {
  if (!/["\\]/.test(value)) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** The parser's errors that a key indented to the wrong column sets off. */
const INDENT_CODES = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT']);

/** A key indented to a column where it belongs to nothing: where it is, and what to do. */
export interface IndentSlip {
  /** The offset of the misplaced line's first character (its key, or its "-"). */
  offset: number;
  /** Where the errors it sets off start: the errors from here on are not reported. */
  from: number;
  message: string;
}

/** One line that holds YAML structure (not a comment, text of a block scalar or of a flow). */
interface StructureLine {
  start: number;
  /** The column (0-based) of the line's first character, its "-" or its key. */
  indent: number;
  /** The column of the key, after any "- "; the indent when the line has no key. */
  keyIndent: number;
  /** The key (without "- " and ":"), or the line's text when it has none. */
  key: string;
  /** The line's "- " before its key, if any. */
  dashes: string;
  /** Whether the line holds a key (`title:`, `- id:`), not only a value. */
  isKey: boolean;
  /** Whether the key has its value on this line (`title: Network`), not below it. */
  inline: boolean;
}

/**
 * `owner:` indented one level too deep under `title: Network`, or `indicator:` one space
 * short of its siblings: the parser reports keys on several lines, at the line before, in
 * words about implicit keys. This names the line that is out of column and the columns that
 * would fit. Undefined when the errors are not of that kind or no line is clearly out.
 */
export function indentationSlip(
  errors: readonly { code: string; message: string; pos: [number, number] }[],
  text: string,
): IndentSlip | undefined {
  const first = errors.find(
    (e) =>
      INDENT_CODES.has(e.code) ||
      (e.code === 'MISSING_CHAR' && /^Sequence item without - indicator/.test(e.message)),
  );
  if (!first || errors.indexOf(first) !== 0) return undefined;
  const errorLine = lineAround(text, first.pos[0]).start;
  const lines = structureLines(text, errorLine);
  const at = lines.findIndex((l) => l.start >= errorLine);
  if (at < 1) return undefined;
  // The line the error is on, or the one after it (the parser reports the key above).
  for (const i of [at, at + 1]) {
    const line = lines[i];
    const above = lines[i - 1];
    if (!line || !above || !line.isKey) continue;
    const levels = levelsAbove(lines, i);
    if (levels.some((l) => l.column === line.indent)) continue;
    if (line.indent > above.keyIndent) {
      if (!above.inline) continue;
      return {
        offset: line.start + line.indent,
        from: above.start,
        message: `"${label(line)}" is indented ${spaces(line.indent)}, more than "${above.key}:" on the line above (${spaces(above.keyIndent)}), so YAML reads it as more of the value of ${above.key}; indent it ${spaces(above.keyIndent)} like "${above.key}:"`,
      };
    }
    const list = levels.map((l) => `"${l.label}" at ${l.column}`).join(', ');
    return {
      offset: line.start + line.indent,
      from: Math.min(line.start, above.start),
      message: `"${label(line)}" is indented ${spaces(line.indent)}, which lines up with no key above it (${list}); indent it like the keys it belongs with`,
    };
  }
  return undefined;
}

/** `- id:` or `title:`, as the line writes it. */
function label(line: StructureLine): string {
  return `${line.dashes}${line.key}:`;
}

function spaces(n: number): string {
  return n === 1 ? '1 space' : `${n} spaces`;
}

/** The columns a line may start at after line i - 1: those of the keys (and "-") that enclose it. */
function levelsAbove(
  lines: readonly StructureLine[],
  i: number,
): { column: number; label: string }[] {
  const levels: { column: number; label: string }[] = [];
  let below = Infinity;
  for (let j = i - 1; j >= 0 && below > 0; j--) {
    const l = lines[j] as StructureLine;
    if (!l.isKey) continue;
    if (l.keyIndent < below) {
      levels.push({ column: l.keyIndent, label: `${l.key}:` });
      below = l.keyIndent;
    }
    if (l.indent < below) {
      levels.push({ column: l.indent, label: label(l) });
      below = l.indent;
    }
  }
  return levels;
}

/** `key: value` or `key:` after the line's indent and "- " (the key quoted or plain). */
const KEY_LINE = /^("[^"]*"[ \t]*|'[^']*'[ \t]*|[^\s#'"-][^:#]*|-[^\s:#][^:#]*):(?:[ \t]+(.*))?$/;

/**
 * The lines of `text` up to the line after `until` that hold structure: comments, blank lines,
 * the text of block scalars (`|`, `>`) and lines inside a `{…}` or `[…]` opened above are left out.
 */
function structureLines(text: string, until: number): StructureLine[] {
  const out: StructureLine[] = [];
  let blockAbove = -1;
  let flow = 0;
  let start = 0;
  let pastUntil = 0;
  while (start <= text.length && pastUntil < 2) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const lineStart = start;
    start = end + 1;
    if (lineStart >= until) pastUntil++;
    const indent = /^ */.exec(raw)?.[0].length ?? 0;
    const rest = raw.slice(indent);
    if (rest === '' || rest.startsWith('#')) {
      if (lineStart >= until) pastUntil--;
      continue;
    }
    if (blockAbove >= 0 && indent > blockAbove) continue;
    blockAbove = -1;
    const inFlow = flow > 0;
    flow = Math.max(0, flow + flowBalance(raw));
    if (inFlow) continue;
    const dashes = dashPrefix(rest);
    // A key is short: a long line (a hostile one) is taken as text, not searched.
    const m = rest.length > 1000 ? null : KEY_LINE.exec(rest.slice(dashes.length));
    const keyIndent = indent + dashes.length;
    const value = m ? (m[2] ?? '').replace(/(^|\s)#.*$/, '').trim() : '';
    if (/^[|>][-+0-9]*$/.test(m ? value : rest.slice(dashes.length).trim()))
      blockAbove = dashes.length > 0 && !m ? indent : keyIndent;
    out.push({
      start: lineStart,
      indent,
      keyIndent,
      key: m ? (m[1] as string).trimEnd() : rest.slice(0, 40),
      dashes: dashes.replace(/ +/g, ' '),
      isKey: m !== null,
      inline: m !== null && value !== '',
    });
  }
  return out;
}

/** The "- " (or "-   ", or "- - ") that starts a list item, before its content. */
function dashPrefix(rest: string): string {
  let i = 0;
  while (rest[i] === '-' && rest[i + 1] === ' ') {
    i++;
    while (rest[i] === ' ') i++;
  }
  return rest.slice(0, i);
}

/** Brackets opened minus brackets closed on one line, outside quotes and comments. */
function flowBalance(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    const prev = i === 0 ? ' ' : (line[i - 1] as string);
    if (c === '#' && /\s/.test(prev)) break;
    if ((c === '"' || c === "'") && /[\s:,[{-]/.test(prev)) {
      for (i++; i < line.length && line[i] !== c; i++) if (c === '"' && line[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return depth;
}
