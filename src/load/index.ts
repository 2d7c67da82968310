// Reads YAML into plain data while keeping the way back to the source: every value can be
// traced to its file, line and column. Hostile input (huge files, alias bombs, invalid
// UTF-8, duplicate keys, deep nesting) becomes a Problem, never an exception.
import { isAscii, isUtf8 } from 'node:buffer';
import type { RuleId } from '../model/rules.js';
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Alias,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { DocPath, Position, Problem } from '../model/problem.js';
import {
  isCurrent,
  parseSimpleYaml,
  simpleYamlSpots,
  spotOf,
  type SimpleYamlSpots,
} from './fast.js';
import {
  indentationSlip,
  openingQuote,
  trapMessage,
  unclosedQuoteMark,
  unknownTagMessage,
  unresolvedAliasMessage,
} from './traps.js';

/** Files larger than this are refused: an SLA is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansions allowed while building the data (a "billion laughs" file exceeds it). */
const MAX_ALIAS_COUNT = 1000;
/** Deeper nesting than this is no SLA and only risks the stack. */
const MAX_DEPTH = 64;

export interface YamlSource {
  file: string;
  data: unknown;
  /** Where the node at `path` is: its key (`part: 'key'`) or its value. Falls back to the nearest ancestor. */
  locate(path: DocPath, part?: 'key' | 'value'): Position;
  /** The text of line `line` (1-based), for excerpts under error messages. */
  lineText(line: number): string;
}

export type LoadOutcome =
  /** `text`: the file's text as read (decoded, without a byte order mark at its start). */
  { ok: true; source: YamlSource; text: string } | { ok: false; problems: Problem[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

function problem(file: string, pos: Position, rule: RuleId, message: string): Problem {
  return { file, line: pos.line, column: pos.column, rule, message, severity: 'error' };
}

/** Decodes bytes as UTF-8, reporting the position of the first invalid byte. */
function decode(file: string, input: string | Uint8Array): { text: string } | { problem: Problem } {
  if (typeof input === 'string') return { text: input };
  // Files read by slac come as Buffers: no second view of the same bytes for each.
  const bytes =
    input instanceof Buffer ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  // ASCII (most SLA files) reads the same as Latin-1, whose decoding is a copy: with the
  // check, about half the time of decoding UTF-8 (10,000 files: 6 ms against 8–19 ms).
  if (isAscii(bytes)) return { text: bytes.toString('latin1') };
  // isUtf8 and Buffer's decoder are native and much cheaper than a fatal TextDecoder.
  if (isUtf8(input)) {
    const text = bytes.toString('utf8');
    // TextDecoder drops a byte order mark at the start; so does this.
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  try {
    return { text: decoder.decode(input) };
  } catch {
    const bad = firstInvalidUtf8(input);
    const lossy = new TextDecoder('utf-8');
    const before = lossy.decode(input.subarray(0, bad));
    const pos = positionAt(
      lossy.decode(input).replace(/^\uFEFF/, ''),
      before.length - (before.startsWith('\uFEFF') ? 1 : 0),
    );
    return {
      problem: problem(
        file,
        pos,
        'yaml-encoding',
        `invalid UTF-8 at byte ${bad}; save the file as UTF-8 (iconv -t UTF-8)`,
      ),
    };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Parses one YAML file (one document) into data with source positions. */
export function loadYaml(file: string, input: string | Uint8Array): LoadOutcome {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          { line: 1, column: 1 },
          'file-too-large',
          `file is ${size} bytes, more than the ${MAX_FILE_BYTES} allowed; an SLA file holds one agreement of a few kilobytes — split it`,
        ),
      ],
    };
  }
  const decoded = decode(file, input);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;

  const tooDeep = deepFlowNesting(text);
  if (tooDeep !== undefined) {
    const pos = positionAt(text, tooDeep);
    return { ok: false, problems: [problem(file, pos, 'yaml-depth', DEPTH_MESSAGE)] };
  }

  // Fast path: SLA files are plain YAML. Read their data without building a document, and
  // parse with positions only when a problem has to be located (see ./fast.ts).
  const fast = parseSimpleYaml(text);
  if (fast) return { ok: true, source: lazySource(file, text, fast.data), text };

  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, yamlOptions());
  } catch (err) {
    // The parser recurses; absurd nesting can exhaust the stack.
    return {
      ok: false,
      problems: [
        problem(file, { line: 1, column: 1 }, 'yaml-syntax', `cannot parse: ${messageOf(err)}`),
      ],
    };
  }
  const at = positionsIn(text);

  if (doc.errors.length > 0) {
    const seen = new Set<string>();
    const problems = withIndentationSlip(
      withoutQuoteCascade(withoutTabCascade(doc.errors, text), text),
      text,
    )
      .map((e) => {
        const pos = at(e.pos[0]);
        if (e.code === 'DUPLICATE_KEY') {
          const key = duplicateKeyAt(text, e.pos[0]);
          return problem(
            file,
            pos,
            'yaml-duplicate-key',
            `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping; remove or rename one`,
          );
        }
        if (e.code === INDENTATION) return problem(file, pos, 'yaml-syntax', e.message);
        if (/call stack/i.test(e.message)) return problem(file, pos, 'yaml-depth', DEPTH_MESSAGE);
        const hint = /multiple documents/i.test(e.message)
          ? 'a file holds one SLA; move each document after "---" into a file of its own'
          : /tabs/i.test(e.message)
            ? `${firstLine(e.message)}; indent with spaces`
            : firstLine(e.message);
        return Object.assign(problem(file, pos, 'yaml-syntax', hint), { error: e });
      })
      .filter((p) => {
        // One broken bracket can cascade into hundreds of identical errors.
        const key = `${p.line}:${p.column}:${p.rule}:${p.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_SYNTAX_PROBLEMS)
      // The reported errors only, as the trap messages read the text around each.
      .map(({ error, ...p }: Problem & { error?: YAMLError }) => {
        if (!error) return p;
        const trap = trapMessage({ ...error, offset: error.pos[0] }, text);
        if (!trap) return p;
        const where = trap.offset === undefined ? p : at(trap.offset);
        return problem(file, where, 'yaml-syntax', trap.message);
      });
    return { ok: false, problems };
  }

  const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tag) {
    const name = /!\S*/.exec(text.slice(tag.pos[0]))?.[0] ?? '!';
    return {
      ok: false,
      problems: [
        problem(file, at(tag.pos[0]), 'yaml-syntax', unknownTagMessage(text, tag.pos[0], name)),
      ],
    };
  }
  const structural = checkStructure(doc, file, at);
  if (structural) return { ok: false, problems: [structural] };
  const duplicates = duplicateKeys(doc, text, file, at);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const unresolved = unresolvedAlias(doc);
    if (unresolved) {
      const offset = unresolved.range?.[0] ?? 0;
      return {
        ok: false,
        problems: [
          problem(
            file,
            at(offset),
            'yaml-syntax',
            unresolvedAliasMessage(text, offset, unresolved.source),
          ),
        ],
      };
    }
    const aliasBomb = /alias/i.test(messageOf(err));
    return {
      ok: false,
      problems: [
        problem(
          file,
          { line: 1, column: 1 },
          aliasBomb ? 'yaml-alias-limit' : 'yaml-syntax',
          aliasBomb
            ? `aliases expand beyond ${MAX_ALIAS_COUNT} nodes (a "billion laughs" pattern); write the values out instead of nesting anchors`
            : `cannot read: ${messageOf(err)}`,
        ),
      ],
    };
  }

  const lines = text.split(/\r?\n/);
  return {
    ok: true,
    text,
    source: {
      file,
      data,
      locate: (path, part = 'value') => locate(doc, path, part, at),
      lineText: (line) => lines[line - 1] ?? '',
    },
  };
}

/**
 * A tab in the indentation breaks the lines after it into a cascade of errors about keys and
 * mappings: only the tabs are reported from the line of the first one on, so the fix comes
 * first (the cascade can start on that line, before the tab: spaces, then a tab, then "- ").
 */
function withoutTabCascade<E extends { code: string; pos: [number, number] }>(
  errors: E[],
  text: string,
): E[] {
  const firstTab = errors.find((e) => e.code === 'TAB_AS_INDENT');
  if (!firstTab) return errors;
  const lineStart = text.lastIndexOf('\n', firstTab.pos[0] - 1) + 1;
  return errors.filter((e) => e.code === 'TAB_AS_INDENT' || e.pos[0] < lineStart);
}

/** The code of the error that names a key indented to the wrong column (see indentationSlip). */
const INDENTATION = 'SLAC_INDENTATION';

/**
 * A key indented to the wrong column sets off errors about implicit keys, reported on the line
 * before it: they give way to one that names the line and the columns that fit.
 */
function withIndentationSlip<E extends { code: string; message: string; pos: [number, number] }>(
  errors: E[],
  text: string,
): (E | { code: string; message: string; pos: [number, number] })[] {
  const slip = indentationSlip(errors, text);
  if (!slip) return errors;
  return [
    ...errors.filter((e) => e.pos[0] < slip.from),
    { code: INDENTATION, message: slip.message, pos: [slip.offset, slip.offset] },
  ];
}

/**
 * A quote that is never closed makes the rest of the file its value: the errors after the
 * quote that opens it (a bracket left open, say) follow from it, so only the quote is reported.
 */
function withoutQuoteCascade<E extends { code: string; message: string; pos: [number, number] }>(
  errors: E[],
  text: string,
): E[] {
  for (const unclosed of errors) {
    const mark = unclosedQuoteMark(unclosed);
    if (!mark) continue;
    const opening = openingQuote(text, unclosed.pos[0], mark);
    return opening < 0 ? errors : errors.filter((e) => e === unclosed || e.pos[0] < opening);
  }
  return errors;
}

/** The first alias whose anchor is not defined before it, when there is one. */
function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where offsets of `text` are, always inside the text: the parser reports some errors at an
 * end of input past the last character, and a CRLF line ends before its \r. Line starts are
 * found once, as far as the offsets asked for, and each offset by a binary search.
 */
function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  /** Every line start up to here is in `starts`. */
  let scanned = 0;
  return (offset) => {
    const at = Math.max(0, Math.min(Math.floor(offset) || 0, text.length));
    // One line past the offset's too: its start gives where the offset's line ends.
    while (scanned <= at && scanned < text.length) {
      const next = text.indexOf('\n', scanned);
      if (next === -1) scanned = text.length;
      else starts.push((scanned = next + 1));
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] as number;
    let end = lo + 1 < starts.length ? (starts[lo + 1] as number) - 1 : text.length;
    if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
    return { line: lo + 1, column: Math.min(at - start, end - start) + 1 };
  };
}

/** One offset's position (see positionsIn). */
function positionAt(text: string, offset: number): Position {
  return positionsIn(text)(offset);
}

const DEPTH_MESSAGE = `nesting deeper than ${MAX_DEPTH} levels; an SLA is not that deep — check for unbalanced [ or {`;
/** Syntax errors reported per file; later ones are mostly consequences of the first. */
const MAX_SYNTAX_PROBLEMS = 10;

/**
 * The offset where flow brackets (`[`, `{`) nest deeper than MAX_DEPTH, checked before
 * parsing because the parser recurses per level. Quotes are not tracked: brackets inside
 * text only count against a limit no real SLA comes near.
 */
function deepFlowNesting(text: string): number | undefined {
  // Fewer opening brackets than the limit cannot nest past it (most files have a few dozen).
  if (count(text, '[', MAX_DEPTH + 1) + count(text, '{', MAX_DEPTH + 1) <= MAX_DEPTH)
    return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/** How often `char` occurs in `text`, counting up to `limit`. */
function count(text: string, char: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1 && n < limit; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** The key text at a duplicate-key error's offset, for the message. */
function duplicateKeyAt(text: string, offset: number): string | undefined {
  const m = /^(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^:\n]{1,80}?))\s*:/.exec(text.slice(offset));
  const key = m?.[1] ?? m?.[2] ?? m?.[3];
  return key?.trim() || undefined;
}

function yamlOptions() {
  return {
    version: '1.2',
    schema: 'core',
    // The parser's own check compares each key with every earlier one (50,000 keys took
    // minutes); duplicateKeys() finds them with a set per mapping.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    logLevel: 'error',
  } as const;
}

/**
 * A source read by the fast path: positions come from the entries the fast reader noted while
 * reading it (./fast.ts simpleYamlSpots), or, once another text was read, from reading it
 * again; a value it cannot place (an empty one in a flow mapping) is located by a full parse.
 */
function lazySource(file: string, text: string, data: unknown): YamlSource {
  let spots: SimpleYamlSpots | undefined | null;
  let full: ((path: DocPath, part: 'key' | 'value') => Position) | undefined;
  let at: ((offset: number) => Position) | undefined;
  let lines: string[] | undefined;
  return {
    file,
    data,
    locate: (path, part = 'value') => {
      if (spots === undefined || (spots && !isCurrent(spots)))
        spots = simpleYamlSpots(text, data) ?? null;
      const offset = spots ? spotOf(spots, path, part) : -1;
      if (offset >= 0) return (at ??= positionsIn(text))(offset);
      if (!full) {
        const doc = parseDocument(text, yamlOptions());
        const positions = (at ??= positionsIn(text));
        full = (p, k) => locate(doc, p, k, positions);
      }
      return full(path, part);
    },
    lineText: (line) => (lines ??= text.split(/\r?\n/))[line - 1] ?? '',
  };
}

/** Rejects what YAML allows but data files must not have: deep nesting, non-scalar keys. */
function checkStructure(
  doc: Document.Parsed,
  file: string,
  at: (o: number) => Position,
): Problem | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (isMap(node) || isSeq(node)) {
      if (depth > MAX_DEPTH) {
        return problem(
          file,
          at(node.range?.[0] ?? 0),
          'yaml-depth',
          `nesting deeper than ${MAX_DEPTH} levels; an SLA is not that deep`,
        );
      }
      for (const item of node.items) {
        if (isPair(item)) {
          if (item.key !== null && !isScalar(item.key)) {
            const range = (item.key as YamlNode).range;
            return problem(
              file,
              at(range?.[0] ?? 0),
              'yaml-key',
              'a key must be plain text, not a list or mapping',
            );
          }
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** Keys that appear twice in a mapping, at the later occurrence (in document order). */
function duplicateKeys(
  doc: Document.Parsed,
  text: string,
  file: string,
  at: (o: number) => Position,
): Problem[] {
  const offsets: number[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) offsets.push(rangeStart(pair.key) ?? rangeStart(pair.value) ?? 0);
        else seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(isPair(item) ? item.value : item);
    }
  }
  return offsets
    .sort((a, b) => a - b)
    .slice(0, MAX_SYNTAX_PROBLEMS)
    .map((offset) => {
      const key = duplicateKeyAt(text, offset);
      return problem(
        file,
        at(offset),
        'yaml-duplicate-key',
        `duplicate key${key ? ` "${key}"` : ''}: each key may appear once in a mapping; remove or rename one`,
      );
    });
}

/** A mapping's pairs by key text, built once per mapping: locating each of 50,000 keys by a scan was quadratic. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairByKey(map: YAMLMap, segment: string | number): Pair | undefined {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!index.has(k)) index.set(k, p as Pair);
    }
    pairIndex.set(map, index);
  }
  return index.get(String(segment));
}

function locate(
  doc: Document.Parsed,
  path: DocPath,
  part: 'key' | 'value',
  at: (offset: number) => Position,
): Position {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairByKey(node, segment as string | number);
      if (!pair) break;
      const keyStart = rangeStart(pair.key);
      const valueStart = rangeStart(pair.value);
      best = (last && part === 'key' ? keyStart : (valueStart ?? keyStart)) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      best = rangeStart(item) ?? best;
      node = item;
    } else break;
  }
  return at(best);
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
