// The results file of a period, as `slac measure` prints or writes it. Writing merges into
// the file that is there: a measured row replaces the value (and good/total) of the same SLA
// and objective but keeps its note; rows of objectives not measured now stay as they are;
// comments and layout of the rest of the file are kept.
import { isMap, isSeq, parseDocument, stringify, YAMLMap, type Document } from 'yaml';
import type { Period } from '../results/period.js';
import type { MeasuredRow } from './index.js';

/** A new results file for a period. */
export function resultsFileText(
  period: Period,
  source: string,
  rows: readonly MeasuredRow[],
): string {
  return stringify(
    {
      apiVersion: 'slac/v1',
      kind: 'ServiceLevelResults',
      period: period.id,
      source,
      results: rows.map(rowObject),
    },
    { lineWidth: 0 },
  );
}

/**
 * The existing file's text with the measured rows merged in; a reason instead when the file
 * cannot be merged into (it is not a results file of that period).
 */
export function mergeResultsFile(
  existing: string,
  period: Period,
  source: string,
  rows: readonly MeasuredRow[],
): { ok: true; text: string } | { ok: false; reason: string } {
  const doc: Document = parseDocument(existing);
  if (doc.errors.length > 0)
    return {
      ok: false,
      reason: `it is not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? ''}); fix it first`,
    };
  const root = doc.contents;
  if (!isMap(root))
    return { ok: false, reason: 'it is not a results file (a mapping with apiVersion: slac/v1)' };
  const written = root.get('period');
  if (String(written) !== period.id)
    return {
      ok: false,
      reason: `its period is ${String(written)}, not ${period.id}; put that file's results where they belong first`,
    };
  const before = root.get('source');
  if (typeof before !== 'string' || before.trim() === '') root.set('source', source);
  else if (!before.includes(source)) root.set('source', `${before}; ${source}`.slice(0, 500));
  let results = root.get('results');
  if (!isSeq(results)) {
    root.set('results', doc.createNode([]));
    results = root.get('results');
  }
  if (!isSeq(results)) return { ok: false, reason: 'its results are not a list' };
  const seq = results;
  if (seq.items.length === 0) seq.flow = false;
  for (const row of rows) {
    const item = seq.items.find(
      (i) =>
        isMap(i) &&
        String(i.get('sla')) === row.sla &&
        String(i.get('objective')) === row.objective,
    );
    if (isMap(item)) {
      item.set('value', row.value);
      for (const key of ['good', 'total'] as const) {
        if (row[key] === undefined) item.delete(key);
        else item.set(key, row[key]);
      }
      // A flow mapping ({ sla: …, value: … }) stays one: only its values change.
    } else {
      const node = doc.createNode(rowObject(row)) as YAMLMap;
      seq.items.push(node);
    }
  }
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

function rowObject(row: MeasuredRow): Record<string, string | number> {
  return {
    sla: row.sla,
    objective: row.objective,
    value: row.value,
    ...(row.good !== undefined ? { good: row.good } : {}),
    ...(row.total !== undefined ? { total: row.total } : {}),
  };
}
