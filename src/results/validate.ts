// Results files (kind: ServiceLevelResults): loaded and checked against the SLAs they report
// on, with the same positions, rule ids and kind of messages as SLA files.
import { loadYaml } from '../load/index.js';
import { INDICATORS } from '../model/indicators.js';
import { RULES, type RuleId } from '../model/rules.js';
import type { ServiceLevelResults } from '../model/results.generated.js';
import { parseObjectiveValue, type Measure, type Objective, type Sla } from '../model/sla.js';
import { sortProblems, type DocPath, type Problem } from '../model/problem.js';
import { ownString } from '../load/own.js';
import { checkSchema, closest } from '../validate/schema.js';
import { withMeasureFix } from '../validate/hints.js';
import { parsePeriod, periodKindOf, type Period, type PeriodKind } from './period.js';

export interface ResultsSource {
  path: string;
  content: string | Uint8Array;
}

/** One measured result, read and matched to its objective. */
export interface MeasuredResult {
  sla: string;
  objective: string;
  period: Period;
  value: Measure;
  /** The value as written, for reports. */
  written: string | number;
  good?: number;
  total?: number;
  note?: string;
  file: string;
  /** Its place in the file's `results` list (0-based). */
  index: number;
}

export interface ResultsValidation {
  /** Every result that could be read and matched, in file order. */
  results: MeasuredResult[];
  /** How many results files were read. */
  files: number;
  errors: Problem[];
  warnings: Problem[];
}

export interface ResultsOptions {
  /**
   * False: warnings are neither located nor kept (`warnings` is empty), for callers that show
   * only errors; the errors and results are the same.
   */
  warnings?: boolean;
}

export type TargetSla = Pick<Sla, 'id' | 'objectives'> & Partial<Pick<Sla, 'effective'>>;

/**
 * An SLA as its results are checked, built once and read for every row: the 10,000 SLAs of a
 * large repository lie all over the heap, and a row that went to its SLA's objectives there
 * waited on memory more than it worked. The ids are copies of their own (ownString), kept in
 * each result: an SLA id read from its file is a slice of that file's text, and would keep
 * every SLA file alive.
 */
interface Target {
  sla: TargetSla;
  id: string;
  objectives: ObjectiveTarget[];
}

interface ObjectiveTarget {
  objective: Objective;
  id: string;
  kind: PeriodKind;
  /**
   * Where each period's result was first given. Only the file and the row are kept, not the
   * file's parsed document: the 12 files of a year of results for 10,000 SLAs would all stay
   * in memory until the end. Its line is worked out only for a duplicate (finding positions
   * needs a full parse of the file, which valid files never pay for).
   */
  periods: Map<string, { file: ResultsSource; index: number }> | undefined;
}

/** The targets by SLA id (of SLAs that share an id, the last, as a Map of them would). */
function targetsOf(slas: readonly TargetSla[]): Map<string, Target> {
  const byId = new Map<string, Target>();
  for (const sla of slas) {
    const id = ownString(sla.id);
    byId.set(id, {
      sla,
      id,
      objectives: sla.objectives.map((objective) => ({
        objective,
        id: ownString(objective.id),
        kind: periodKindOf(objective.window),
        periods: undefined,
      })),
    });
  }
  return byId;
}

/**
 * Checks results files against the valid SLAs. `today` (ISO) decides which periods lie in
 * the future. A result with a problem is left out of `results`.
 */
export function validateResults(
  files: readonly ResultsSource[],
  slas: readonly TargetSla[],
  today: string,
  /** Only the rows of these SLAs are checked and returned (the others are passed over). */
  onlySlas?: ReadonlySet<string>,
  options: ResultsOptions = {},
): ResultsValidation {
  const byId = targetsOf(slas);
  const ids = [...byId.keys()].sort();
  const problems: Problem[] = [];
  const results: MeasuredResult[] = [];
  const keepWarnings = options.warnings !== false;
  // Notes are kept once per distinct text, each a copy of its own (see Target).
  const notes = new Map<string, string>();
  const noteOf = (text: string): string => {
    let kept = notes.get(text);
    if (kept === undefined) {
      kept = ownString(text);
      notes.set(kept, kept);
    }
    return kept;
  };

  for (const file of files) {
    const loaded = loadYaml(file.path, file.content);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const source = loaded.source;
    const at = (
      path: DocPath,
      rule: RuleId,
      message: string,
      severity: Problem['severity'] = RULES[rule].severity,
      part?: 'key' | 'value',
    ) => {
      if (severity === 'warning' && !keepWarnings) return;
      const pos = source.locate(path, part);
      problems.push({
        file: file.path,
        line: pos.line,
        column: pos.column,
        rule,
        message,
        severity,
      });
    };
    const data = source.data;
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
      at(
        [],
        'results-not-mapping',
        'a results file is a mapping starting with "apiVersion: slac/v1" and "kind: ServiceLevelResults" (see examples/results/)',
      );
      continue;
    }
    if ((data as Record<string, unknown>).kind === 'ServiceLevelAgreement') {
      at(
        ['kind'],
        'results-kind',
        'this is an SLA file, not results; move it out of the results glob of .slac.yml (or correct the slas and results globs)',
      );
      continue;
    }
    const schema = checkSchema(source, 'results');
    if (schema.length > 0) {
      problems.push(...schema);
      continue;
    }
    const raw = data as ServiceLevelResults;
    const period = parsePeriod(raw.period);
    if (!period.ok) {
      at(['period'], 'results-period', `period ${period.reason}`);
      continue;
    }
    if (period.value.start > today) {
      at(
        ['period'],
        'results-period-future',
        `period ${period.value.id} starts on ${period.value.start}, after today (${today}); results are for periods that have begun`,
      );
      continue;
    }
    // A file lists the rows of one SLA together: its SLA is looked up once for them.
    let lastId: string | undefined;
    let lastTarget: Target | undefined;
    raw.results.forEach((row, i) => {
      if (onlySlas && !onlySlas.has(row.sla)) return;
      const path = ['results', i];
      if (row.sla !== lastId) {
        lastId = row.sla;
        lastTarget = byId.get(row.sla);
      }
      const target = lastTarget;
      if (!target) {
        const guess = closest(row.sla, ids);
        at(
          [...path, 'sla'],
          'results-sla-unknown',
          `no SLA has the id "${row.sla}"${guess ? `; did you mean "${guess}"?` : '; use the metadata.id of an SLA file'}`,
        );
        return;
      }
      const sla = target.sla;
      const entry = target.objectives.find((o) => o.id === row.objective);
      if (!entry) {
        const guess = closest(
          row.objective,
          sla.objectives.map((o) => o.id),
        );
        at(
          [...path, 'objective'],
          'results-objective-unknown',
          `SLA "${sla.id}" has no objective "${row.objective}"${guess ? `; did you mean "${guess}"?` : `; its objectives are ${sla.objectives.map((o) => `"${o.id}"`).join(', ') || 'none'}`}`,
        );
        return;
      }
      const { objective, kind } = entry;
      if (kind !== period.value.kind) {
        // At the row, not at `period:`: each row of the wrong kind is named where it is.
        at(
          [...path, 'objective'],
          'results-period-kind',
          `objective "${objective.id}" of "${sla.id}" is measured ${windowWordsOf(objective)}, so its results are per ${kind}, not per ${period.value.kind}; put it in a ${kind} file (e.g. ${exampleOf(kind)})`,
        );
        return;
      }
      // A second row for the same objective and period is an error whatever else is wrong
      // with either; the row's own problems are reported too, and it is left out.
      const periods = (entry.periods ??= new Map());
      const first = periods.get(period.value.id);
      if (first)
        at(
          path,
          'results-duplicate',
          `a second result for "${objective.id}" of "${sla.id}" in ${period.value.id} (the first is at ${first.file.path}:${first.file === file ? source.locate(['results', first.index]).line : rowLine(first.file, first.index)}); keep one`,
        );
      else periods.set(period.value.id, { file, index: i });
      const value = parseObjectiveValue(objective, row.value);
      if (!value.ok) {
        at(
          [...path, 'value'],
          'results-value',
          withMeasureFix(value.reason, objective.indicator, row.value),
        );
        return;
      }
      if (row.good !== undefined && row.total === undefined) {
        at(
          [...path, 'good'],
          'results-good-total',
          '"good" needs "total" beside it: the events it is a share of',
          'error',
          'key',
        );
        return;
      }
      if (row.good !== undefined && row.total !== undefined && row.good > row.total) {
        at(
          [...path, 'good'],
          'results-good-total',
          `good (${row.good}) is more than total (${row.total}); good events are a part of all events`,
        );
        return;
      }
      const effective = sla.effective;
      if (
        keepWarnings &&
        effective &&
        (period.value.end < effective.from ||
          (effective.until !== undefined && period.value.start > effective.until))
      ) {
        const dates = `from ${effective.from}${effective.until ? ` until ${effective.until}` : ''}`;
        at(
          path,
          'results-outside-effective',
          `${period.value.id} (${period.value.start} to ${period.value.end}) is outside the dates "${sla.id}" is in effect (${dates}, spec.effective), so the review report and the catalog leave this result out; correct the period, or the SLA's effective dates`,
        );
      }
      if (
        row.good !== undefined &&
        row.total !== undefined &&
        row.total > 0 &&
        value.value.kind === 'percent'
      ) {
        // For error-rate the value is the failed share: good still counts the good events.
        const failed = INDICATORS[objective.indicator].ratio === 'failed';
        const ratio = failed ? 100 - (row.good / row.total) * 100 : (row.good / row.total) * 100;
        if (Math.abs(ratio - value.value.value) > 0.005)
          at(
            [...path, 'value'],
            'results-ratio',
            `value ${String(row.value)} differs from ${failed ? '100% − good / total' : 'good / total'} = ${ratio.toFixed(4)}%; correct one of them`,
          );
      }
      if (first) return;
      const written = typeof row.value === 'string' ? ownString(row.value) : row.value;
      results.push(
        row.good === undefined && row.total === undefined && row.note === undefined
          ? {
              sla: target.id,
              objective: entry.id,
              period: period.value,
              value: value.value,
              written,
              file: file.path,
              index: i,
            }
          : {
              sla: target.id,
              objective: entry.id,
              period: period.value,
              value: value.value,
              written,
              ...(row.good !== undefined ? { good: row.good } : {}),
              ...(row.total !== undefined ? { total: row.total } : {}),
              ...(row.note !== undefined ? { note: noteOf(row.note) } : {}),
              file: file.path,
              index: i,
            },
      );
    });
  }
  const sorted = sortProblems(problems);
  return {
    results,
    files: files.length,
    errors: sorted.filter((p) => p.severity === 'error'),
    warnings: sorted.filter((p) => p.severity === 'warning'),
  };
}

/** The line of a file's `index`th result (the file is read again: only for a duplicate). */
function rowLine(file: ResultsSource, index: number): number {
  const loaded = loadYaml(file.path, file.content);
  return loaded.ok ? loaded.source.locate(['results', index]).line : 1;
}

function windowWordsOf(o: Objective): string {
  return o.window.kind === 'calendar' ? `per calendar ${o.window.unit}` : 'over a rolling window';
}

function exampleOf(kind: Period['kind']): string {
  return { week: '2026-W47', month: '2026-11', quarter: '2026-Q4', year: '2026' }[kind];
}
