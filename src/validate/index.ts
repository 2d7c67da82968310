// Validation of a set of SLA files: YAML syntax, the JSON Schema, value formats and the
// semantic rules. Problems are values with file, line, column and a stable rule id.
import { mergeKeyProblem } from './merge-key.js';
import { RULES, ruleSeverity, type RuleId, type SchemaKeywordRule } from '../model/rules.js';
import { loadYaml, type YamlSource } from '../load/index.js';
import type { DocPath, Position, Problem } from '../model/problem.js';
import { capPerRule, MAX_PROBLEMS_PER_RULE } from '../model/problem.js';
import { normalizeSla, type Sla, type SlaFile } from '../model/sla.js';
import { addCadence, isValidDate } from '../model/units.js';
import { detectForeignFormat } from '../model/foreign.js';
import { checkSchema } from './schema.js';
import { checkSla, type Finding } from './rules.js';
import { withFix } from './hints.js';
import { combineResults, problemLines, type FileResult, type TodayRange } from './result.js';
import { loadedKey } from './pipeline.js';
import { detached, ownString } from '../load/own.js';

export { closest } from './schema.js';
export { loadedKey } from './pipeline.js';
export type { FileResult } from './result.js';

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string | Uint8Array;
  /** Git blob id of the content, when known (files read from git). */
  blob?: string;
}

/** An SLA that passed the schema and whose values could be normalized. */
export interface LoadedSla {
  file: string;
  raw: SlaFile;
  sla: Sla;
  source: YamlSource;
}

export interface ValidateOptions {
  /** ISO date used for time-dependent rules (review overdue). Comes from `--today` or the clock, at the edge. */
  today?: string;
  /**
   * False: the per-file rules' warnings are left out, not located in their files (a render
   * shows warnings only beside errors, and then validates again with them). Default true.
   */
  warnings?: boolean;
  /** Give each result what its results are checked against (FileResult.target). */
  targets?: boolean;
}

export interface ValidationResult {
  files: number;
  /** SLAs readable enough to diff and render (they may still carry semantic errors). */
  slas: LoadedSla[];
  errors: Problem[];
  warnings: Problem[];
}

/** Loads and checks one SLA file on its own (syntax, schema, value formats, per-file rules). */
export function loadSla(
  file: SourceFile,
  options: ValidateOptions = {},
): { sla?: LoadedSla; problems: Problem[] } {
  const { sla, problems, unreadable } = loadChecked(file, options);
  if (!sla) return { problems };
  withUnreadableValues.set(sla, unreadable);
  return { sla, problems };
}

/** What loadSla finds, and whether some value of the SLA could not be normalized. */
interface Checked {
  sla?: LoadedSla;
  problems: Problem[];
  unreadable: boolean;
  /** The text the file loaded as (see LoadOutcome). */
  text?: string;
}

/**
 * Loads and checks a file. The outcome is built once and completed in place: this runs for
 * every file, and copies of it per step were a measurable part of the work.
 */
function loadChecked(file: SourceFile, options: ValidateOptions): Checked {
  const loaded = loadYaml(file.path, file.content);
  const outcome: Checked = loaded.ok
    ? checkLoaded(file, loaded.source, loaded.text, options)
    : { problems: loaded.problems, unreadable: false };
  if (loaded.ok) outcome.text = loaded.text;
  // No rule can pass the cap with fewer problems than it.
  if (outcome.problems.length > MAX_PROBLEMS_PER_RULE)
    outcome.problems = capPerRule(outcome.problems);
  return outcome;
}

function checkLoaded(
  file: SourceFile,
  source: YamlSource,
  text: string,
  options: ValidateOptions,
): Checked {
  if (source.data === null || source.data === undefined) {
    return {
      problems: [
        problemAt(
          source,
          [],
          'sla-empty',
          'file is empty; an SLA file starts with "apiVersion: slac/v1" (see examples/)',
        ),
      ],
      unreadable: false,
    };
  }
  const merge = mergeKeyProblem(source, text);
  if (merge) return { problems: [merge], unreadable: false };
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    // OpenSLO files are often lists of objects: name the tool, not the shape.
    const first: unknown = Array.isArray(source.data) ? source.data[0] : undefined;
    const foreignList =
      first !== null && typeof first === 'object' && !Array.isArray(first)
        ? foreignFormat(first as Record<string, unknown>)
        : undefined;
    if (foreignList)
      return {
        problems: [problemAt(source, [], 'sla-foreign-format', foreignList)],
        unreadable: false,
      };
    return {
      problems: [
        problemAt(
          source,
          [],
          'sla-not-mapping',
          `file holds ${Array.isArray(source.data) ? 'a list' : 'a single value'}, not a mapping; an SLA file is a mapping starting with "apiVersion: slac/v1"`,
        ),
      ],
      unreadable: false,
    };
  }
  const foreign = foreignFormat(source.data as Record<string, unknown>);
  if (foreign) {
    return { problems: [problemAt(source, [], 'sla-foreign-format', foreign)], unreadable: false };
  }
  const schemaProblems = checkSchema(source, 'sla');
  if (schemaProblems.length > 0) return { problems: schemaProblems, unreadable: false };
  const raw = source.data as SlaFile;
  const { sla, issues } = normalizeSla(raw);
  const problems: Problem[] = [];
  const unreadable: DocPath[] = [];
  for (const i of issues) {
    problems.push(problemAt(source, i.path, i.rule, withFix(i.rule, i.path, i.message, raw)));
    unreadable.push(i.path);
  }
  const loadedSla: LoadedSla = { file: file.path, raw, sla, source };
  for (const f of checkSla(loadedSla, options, unreadable))
    if (options.warnings !== false || RULES[f.rule].severity !== 'warning')
      problems.push(fromFinding(source, f));
  return { sla: loadedSla, problems, unreadable: issues.length > 0 };
}

/**
 * What another tool's file is, when the data says so (an OpenSLO or Sloth SLO caught by the
 * slas glob): one clear error instead of every key of the wrong format.
 */
function foreignFormat(data: Record<string, unknown>): string | undefined {
  const foreign = detectForeignFormat(data);
  if (!foreign) return undefined;
  const what =
    foreign.key === 'version'
      ? `a ${foreign.tool} SLO`
      : `${foreign.tool === 'OpenSLO' ? 'an' : 'a'} ${foreign.tool}`;
  return `this is ${what} file (${foreign.key}: ${foreign.version}), not a slac SLA; an SLA file starts with "apiVersion: slac/v1" — convert it with "slac import ${foreign.tool === 'OpenSLO' ? 'openslo' : 'sloth'} FILE" (see docs/interop.md), or move it out of the slas glob of .slac.yml`;
}

/**
 * Per-file outcomes by path and blob id, shared between calls of validateSources: a pull
 * request check loads each file that is the same at base and head once, not twice.
 */
export type LoadedFiles = Map<string, { sla?: LoadedSla; problems: Problem[] }>;

/**
 * Validates a set of SLA files together, in memory and on this thread: each file loaded as
 * the pipeline's in-thread checker does (loadSla), then the same rules across files
 * (combineResults). For callers that need every loaded SLA at once (render, export); the
 * pipeline (./pipeline.ts) is the one for repositories and revisions.
 */
export function validateSources(
  files: readonly SourceFile[],
  options: ValidateOptions = {},
  loaded?: LoadedFiles,
): ValidationResult {
  const slas: LoadedSla[] = [];
  const results: FileResult[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const key = loaded && file.blob !== undefined ? loadedKey(file.blob, file.path) : undefined;
    let result = key === undefined ? undefined : loaded?.get(key);
    if (!result) {
      result = loadSla(file, options);
      if (key !== undefined) loaded?.set(key, result);
    }
    results.push(fileResult(file.path, result, options));
    if (result.sla) slas.push(result.sla);
  }
  const byFile = new Map(slas.map((s) => [s.file, s]));
  const { errors, warnings } = combineResults(results, (file) =>
    (byFile.get(file) as LoadedSla).source.locate(['metadata', 'id']),
  );
  return { files: files.length, slas, errors, warnings };
}

const withUnreadableValues = new WeakMap<LoadedSla, boolean>();

/**
 * Whether some value of the SLA could not be normalized (and was replaced by a fallback, so
 * comparing it would invent changes). Known from loading; computed for SLAs built elsewhere.
 */
export function hasUnreadableValues(s: LoadedSla): boolean {
  let known = withUnreadableValues.get(s);
  if (known === undefined) {
    known = normalizeSla(s.raw).issues.length > 0;
    withUnreadableValues.set(s, known);
  }
  return known;
}

/** Validates one file on its own: everything but the rules across files. */
export function checkFile(
  file: SourceFile,
  options: ValidateOptions & { lines?: boolean } = {},
): FileResult {
  const { sla, problems, unreadable, text } = loadChecked(file, options);
  const result = resultOf(file.path, problems, sla?.sla, unreadable, options);
  const lines = options.lines ? problemLines(linesOf(file.content, text), problems) : undefined;
  if (lines) result.lines = lines;
  return result;
}

/**
 * What problemLines reads lines from: the text the file loaded as, which is the content
 * decoded, unless a byte order mark at its start was left out (lines keep it).
 */
function linesOf(content: string | Uint8Array, text: string | undefined): string | Uint8Array {
  if (text === undefined) return content;
  const first = typeof content === 'string' ? content.charCodeAt(0) : content[0];
  return first === 0xfeff || first === 0xef ? content : text;
}

/** The per-file result of loading a file (see loadSla), as checkFile gives it. */
export function fileResult(
  path: string,
  outcome: { sla?: LoadedSla; problems: Problem[] },
  options: ValidateOptions = {},
): FileResult {
  const sla = outcome.sla;
  return resultOf(path, outcome.problems, sla?.sla, !!sla && hasUnreadableValues(sla), options);
}

function resultOf(
  path: string,
  problems: Problem[],
  sla: Sla | undefined,
  unreadable: boolean,
  options: ValidateOptions,
): FileResult {
  const result: FileResult = { file: path, problems };
  if (sla) {
    result.id = ownString(sla.id);
    if (unreadable) result.unreadable = true;
    const today = todayRange(sla, options.today);
    if (today) result.today = today;
    if (options.targets) result.target = targetOf(sla);
  }
  return result;
}

/**
 * What an SLA's measured results are checked against: its id, objectives and dates, copied
 * out of its file's text (see detached), so that the text can be let go.
 */
export function targetOf(sla: Sla): Pick<Sla, 'id' | 'objectives' | 'effective'> {
  return detached({ id: sla.id, objectives: sla.objectives, effective: sla.effective });
}

/** For the review rules (see checkDates): the days on which they say the same as on `today`. */
function todayRange(sla: Sla, today: string | undefined): TodayRange | undefined {
  const review = sla.review;
  if (!review || !isValidDate(review.lastReviewed)) return undefined;
  const t = today !== undefined && isValidDate(today) ? today : '';
  if (t === '' || review.lastReviewed > t) return { from: t, until: t };
  const due = addCadence(review.lastReviewed, review.every);
  if (!isValidDate(due)) return { from: t, until: t };
  return due < t ? { after: due } : { from: review.lastReviewed, until: due };
}

/** Where the metadata.id of a file is (for the unique-id rule, whose message names it). */
export function locateId(file: SourceFile): Position {
  const loaded = loadYaml(file.path, file.content);
  return loaded.ok ? loaded.source.locate(['metadata', 'id']) : { line: 1, column: 1 };
}

function problemAt(
  source: YamlSource,
  path: ReadonlyArray<string | number>,
  rule: RuleId | SchemaKeywordRule,
  message: string,
  severity: Problem['severity'] = ruleSeverity(rule),
  part: 'key' | 'value' = 'value',
): Problem {
  const pos = source.locate(path, part);
  return { file: source.file, line: pos.line, column: pos.column, rule, message, severity };
}

function fromFinding(source: YamlSource, f: Finding): Problem {
  const message = withFix(f.rule, f.path, f.message, source.data);
  return problemAt(source, f.path, f.rule, message, RULES[f.rule].severity, f.part ?? 'value');
}
