// Reading values of foreign data, which may be anything: each reader returns the value in the
// type asked for or throws a Refusal that names where it is and what was expected. An import
// catches the refusal per item and reports it; nothing of a foreign file can crash it.
import type { DocPath } from '../model/problem.js';
import { describe } from './documents.js';

export class Refusal extends Error {
  constructor(
    readonly path: DocPath,
    message: string,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

export type Data = Record<string, unknown>;

/** Longer text is no name or query a person wrote (and PromQL is scanned per call in it). */
const MAX_TEXT = 20_000;

export function isMapping(v: unknown): v is Data {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function mapping(v: unknown, path: DocPath, what: string): Data {
  if (!isMapping(v)) throw new Refusal(path, `${what} must be a mapping, not ${describe(v)}`);
  return v;
}

export function optMapping(v: unknown, path: DocPath, what: string): Data | undefined {
  return v === undefined || v === null ? undefined : mapping(v, path, what);
}

export function list(v: unknown, path: DocPath, what: string): unknown[] {
  if (!Array.isArray(v)) throw new Refusal(path, `${what} must be a list, not ${describe(v)}`);
  return v;
}

export function optList(v: unknown, path: DocPath, what: string): unknown[] {
  return v === undefined || v === null ? [] : list(v, path, what);
}

export function text(v: unknown, path: DocPath, what: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new Refusal(
      path,
      v === undefined ? `${what} is missing` : `${what} must be text, not ${describe(v)}`,
    );
  if (v.length > MAX_TEXT)
    throw new Refusal(
      path,
      `${what} is ${v.length} characters long; the import reads names and queries of up to ${MAX_TEXT}`,
    );
  return v;
}

export function optText(v: unknown, path: DocPath, what: string): string | undefined {
  return v === undefined || v === null ? undefined : text(v, path, what);
}

export function num(v: unknown, path: DocPath, what: string): number {
  const n = typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new Refusal(
      path,
      v === undefined ? `${what} is missing` : `${what} must be a number, not ${describe(v)}`,
    );
  return n;
}

export function optBool(v: unknown, path: DocPath, what: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean')
    throw new Refusal(path, `${what} must be true or false, not ${describe(v)}`);
  return v;
}

/** Labels as OpenSLO v1 writes them (text or a list of texts) or as Sloth does (text). */
export function labels(v: unknown, path: DocPath, what: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const m = optMapping(v, path, what);
  if (!m) return out;
  for (const [k, value] of Object.entries(m)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out.set(k, [String(value)]);
    else if (Array.isArray(value) && value.every((x) => typeof x === 'string'))
      out.set(k, value as string[]);
    else throw new Refusal([...path, k], `label ${k} must be text, not ${describe(value)}`);
  }
  return out;
}

/** kebab-case of a name, as slac ids are: `Requests Availability` → `requests-availability`. */
export function kebab(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** A title from a name: `requests-availability` → `Requests availability`. */
export function humanize(name: string): string {
  const words = name.replace(/[-_.]+/g, ' ').trim();
  return (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, 200);
}
