// Per-file validation results and how they are put together: the part of validation that
// needs no YAML or schema code, so that a run served from the cache never loads it.
import { sortProblems, type Position, type Problem } from '../model/problem.js';
import { isValidDate } from '../model/units.js';
import type { Sla } from '../model/sla.js';
import { ownString } from '../load/own.js';

/**
 * What validating one file leaves behind: its problems, and what the rules across files need.
 * Small and plain, so that it can be cached by content and sent between threads.
 */
export interface FileResult {
  file: string;
  problems: Problem[];
  /** The SLA's id, when the file loaded (the unique-id rule needs every id). */
  id?: string;
  /** Some value could not be normalized (the diff leaves such an SLA out). */
  unreadable?: true;
  /**
   * The dates `today` may take and leave `problems` the same (the review rules depend on
   * it); absent when they never depend on it. Bounds are inclusive, `after` exclusive.
   */
  today?: TodayRange;
  /**
   * The text of each line a problem is on, by line number (excerpts under problems), taken
   * while the content was at hand. Not cached: a cached result has the file's content.
   */
  lines?: Record<number, string>;
  /**
   * What the file's results are checked against (its id, objectives and dates, copied out of
   * the file's text), when asked for (ValidateOptions.targets) and the file loaded: the
   * results check then does not load the SLA again. Not cached.
   */
  target?: Pick<Sla, 'id' | 'objectives'> & Partial<Pick<Sla, 'effective'>>;
}

export interface TodayRange {
  from?: string;
  until?: string;
  after?: string;
}

export interface CombinedResult {
  files: number;
  errors: Problem[];
  warnings: Problem[];
}

/** Whether a result computed for one day holds on `today`. */
export function holdsOn(range: TodayRange | undefined, today: string | undefined): boolean {
  if (!range) return true;
  const t = dayOrEmpty(today);
  return (
    (range.from === undefined || t >= range.from) &&
    (range.until === undefined || t <= range.until) &&
    (range.after === undefined || t > range.after)
  );
}

let lastDay = { given: undefined as string | undefined, day: '' };
/** `today` when it is a valid date, else '' (the review rules then say nothing). */
function dayOrEmpty(today: string | undefined): string {
  if (lastDay.given !== today)
    lastDay = { given: today, day: today !== undefined && isValidDate(today) ? today : '' };
  return lastDay.day;
}

function duplicateIdMessage(id: string, firstFile: string, firstAt: Position): string {
  return `metadata.id "${id}" is already used by ${firstFile}:${firstAt.line}:${firstAt.column}; each SLA needs its own id`;
}

/** The files whose SLA id another file uses too (their id must be located for the message). */
export function filesSharingIds(results: readonly FileResult[]): Set<string> {
  const first = new Map<string, string>();
  const out = new Set<string>();
  for (const r of results) {
    if (r.id === undefined) continue;
    const other = first.get(r.id);
    if (other === undefined) first.set(r.id, r.file);
    else out.add(other).add(r.file);
  }
  return out;
}

/**
 * Puts per-file results together (every validation does, see pipeline.ts): the
 * rules across files (unique ids), sorted problems. `idPosition` locates the metadata.id of
 * the files in filesSharingIds(results).
 */
export function combineResults(
  results: readonly FileResult[],
  idPosition: (file: string) => Position,
): CombinedResult {
  const problems: Problem[] = [];
  const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const r of sorted) problems.push(...r.problems);
  problems.push(...duplicateIds(sorted, idPosition));
  const all = sortProblems(problems);
  return {
    files: results.length,
    errors: all.filter((p) => p.severity === 'error'),
    warnings: all.filter((p) => p.severity === 'warning'),
  };
}

/**
 * The rule across files, `sla-id-unique`: every file whose SLA id an earlier file (in the
 * order given, by path) already uses. `idPosition` locates a file's metadata.id.
 */
function duplicateIds(
  files: ReadonlyArray<{ file: string; id?: string | undefined }>,
  idPosition: (file: string) => Position,
): Problem[] {
  const out: Problem[] = [];
  const firstById = new Map<string, string>();
  for (const r of files) {
    if (r.id === undefined) continue;
    const first = firstById.get(r.id);
    if (first === undefined) {
      firstById.set(r.id, r.file);
      continue;
    }
    const at = idPosition(r.file);
    out.push({
      file: r.file,
      line: at.line,
      column: at.column,
      rule: 'sla-id-unique',
      message: duplicateIdMessage(r.id, first, idPosition(first)),
      severity: 'error',
    });
  }
  return out;
}

/**
 * The lines of `content` that `problems` are on, as `text.split(/\r?\n/)[line - 1]` gives
 * them for its lossy UTF-8 text, found without splitting the whole text. Each line is a
 * string of its own (see ownString): it is kept until the run's results are printed.
 */
export function problemLines(
  content: string | Uint8Array,
  problems: readonly Problem[],
): Record<number, string> | undefined {
  if (problems.length === 0) return undefined;
  const text =
    typeof content === 'string'
      ? content
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  // The lines in order, without a set and copies per file (most files have one or two).
  const wanted: number[] = [];
  for (const p of problems) if (p.line > 0) wanted.push(p.line);
  if (wanted.length > 1) wanted.sort((a, b) => a - b);
  const out: Record<number, string> = {};
  let line = 1;
  let start = 0;
  for (let i = 0; i < wanted.length; i++) {
    const n = wanted[i] as number;
    if (n === wanted[i - 1]) continue;
    while (line < n && start <= text.length) {
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length + 1 : end + 1;
      line++;
    }
    if (start > text.length) break;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out[n] = ownString(
      text.slice(start, text.charCodeAt(end - 1) === 0x0d && end > start ? end - 1 : end),
    );
  }
  return out;
}
