// Foreign spec files as items with positions. OpenSLO and Sloth files hold several YAML
// documents (`---`) and OpenSLO documents may be lists of objects; each object becomes an
// item that knows its file and where each of its values is. Every document is read by slac's
// own YAML loader (src/load), so hostile input gets the same protection and messages.
import { loadYaml, type YamlSource } from '../load/index.js';
import type { DocPath, Position } from '../model/problem.js';
import { noticeAt, type Notice } from './notice.js';

/** A foreign file is refused above this size: specs are a few kilobytes. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Items read from one file at most: more is no spec a person wrote. */
const MAX_ITEMS = 10_000;

export interface ForeignFile {
  /** As the user named it, for messages. */
  path: string;
  content: string | Uint8Array;
}

/** One object of a foreign file: a document, or one element of a document that is a list. */
export interface Item {
  file: string;
  data: Record<string, unknown>;
  /** Where the value at `path` (inside this item) is. */
  at(path?: DocPath, part?: 'key' | 'value'): Position;
}

export interface ReadFiles {
  items: Item[];
  notices: Notice[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function problem(file: string, pos: Position, message: string): Notice {
  return noticeAt(file, pos, 'error', message);
}

/**
 * Splits YAML text at its document markers. Each piece keeps its place: the lines before
 * it are blank, so the loader's lines and columns are the file's.
 */
function documents(text: string): string[] {
  const lines = text.split('\n');
  const pieces: string[] = [];
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end);
    if (body.some((l) => l.trim() !== '' && !/^\s*#/.test(l) && !/^(---|\.\.\.)\s*$/.test(l)))
      pieces.push(`${'\n'.repeat(start)}${body.join('\n')}`);
  };
  for (let i = 0; i < lines.length; i++) {
    if (/^---(\s|$)/.test(lines[i] as string) && i > start) {
      flush(i);
      start = i;
    }
  }
  flush(lines.length);
  return pieces;
}

/** Reads the items of every file; problems name file, line and column. */
export function readFiles(files: readonly ForeignFile[]): ReadFiles {
  const items: Item[] = [];
  const problems: Notice[] = [];
  for (const file of files) {
    const size =
      typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
    if (size > MAX_SPEC_BYTES) {
      problems.push(
        problem(
          file.path,
          { line: 1, column: 1 },
          `file is ${size} bytes, more than the ${MAX_SPEC_BYTES} an import reads; a spec is a few kilobytes — split it, or check that this is the file you meant`,
        ),
      );
      continue;
    }
    let text: string;
    if (typeof file.content === 'string') text = file.content;
    else {
      try {
        text = decoder.decode(file.content);
      } catch {
        // The loader says where the first invalid byte is.
        const whole = loadYaml(file.path, file.content);
        problems.push(...(whole.ok ? [] : whole.problems.map(fromProblem)));
        continue;
      }
    }
    text = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    let count = 0;
    for (const piece of documents(text)) {
      const loaded = loadYaml(file.path, piece);
      if (!loaded.ok) {
        problems.push(...loaded.problems.map(fromProblem));
        continue;
      }
      const source = loaded.source;
      const data = source.data;
      if (data === null || data === undefined) continue;
      const list = Array.isArray(data) ? data : [data];
      for (let i = 0; i < list.length; i++) {
        const base: DocPath = Array.isArray(data) ? [i] : [];
        const value: unknown = list[i];
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          const pos = source.locate(base);
          problems.push(
            problem(
              file.path,
              pos,
              `expected an object with apiVersion (or version) and kind, found ${describe(value)}`,
            ),
          );
          continue;
        }
        if (++count > MAX_ITEMS) {
          problems.push(
            problem(
              file.path,
              source.locate(base),
              `more than ${MAX_ITEMS} objects in one file; split it`,
            ),
          );
          break;
        }
        items.push(itemOf(file.path, source, base, value as Record<string, unknown>));
      }
    }
  }
  return { items, notices: problems };
}

function fromProblem(p: { file: string; line: number; column: number; message: string }): Notice {
  return noticeAt(p.file, p, 'error', p.message);
}

function itemOf(
  file: string,
  source: YamlSource,
  base: DocPath,
  data: Record<string, unknown>,
): Item {
  return { file, data, at: (path = [], part = 'value') => source.locate([...base, ...path], part) };
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}
