// Use case: measure each objective's last complete period again with Prometheus, as the
// action's mode report does with `prometheus-url` before it tells the owners anything: the
// results files as they would be (checked as `slac validate` would), which of them change, and
// the results the report should use. Prometheus and the results folder come in as interfaces.
import type { SlacConfig } from '../config/defaults.js';
import {
  measure,
  planMeasurements,
  planResultsWrites,
  resultsPathOf,
  type MeasureFailure,
  type PrometheusClient,
  type ResultsFolder,
} from '../measure/index.js';
import type { Sla } from '../model/sla.js';
import { validateResults, type MeasuredResult } from '../results/index.js';

export interface MeasureLatestInput {
  config: SlacConfig;
  slas: readonly Sla[];
  today: string;
  prometheus: PrometheusClient;
  /** The results files now (the working tree). */
  folder: ResultsFolder;
}

export type LatestMeasurement =
  /** No objective in force has prometheus queries: nothing was asked. */
  | { outcome: 'no-queries' }
  /** Some objectives could not be measured: nothing should be proposed or told. */
  | { outcome: 'failed'; failures: MeasureFailure[] }
  /** The measured figures cannot be written as valid results files. */
  | { outcome: 'not-writable'; reason: string }
  | {
      outcome: 'measured';
      /** Every result, as the files will be once the changed ones are written. */
      results: MeasuredResult[];
      /** The files whose text changes. */
      changed: { path: string; text: string }[];
      /** The periods measured, by id. */
      periods: string[];
      /** The results files' `source`: "prometheus URL". */
      source: string;
    };

export async function measureLatestPeriod(input: MeasureLatestInput): Promise<LatestMeasurement> {
  const { config, slas, today, prometheus, folder } = input;
  if (planMeasurements(slas, today).length === 0) return { outcome: 'no-queries' };
  const source = `prometheus ${prometheus.url}`;
  const measured = await measure({ slas, prometheus, today });
  if (measured.failures.length > 0) return { outcome: 'failed', failures: measured.failures };
  const files = measured.periods.map((p) => ({
    measured: p,
    path: resultsPathOf(config, p.period, folder.exists),
  }));
  const planned = await planResultsWrites(folder, config, slas, today, source, files);
  if (!planned.ok) return { outcome: 'not-writable', reason: planned.reason };
  const changed: { path: string; text: string }[] = [];
  for (const w of planned.writes) if ((await folder.read(w.path)) !== w.text) changed.push(w);
  // The report and the issues use the figures as they will be once the change is merged.
  const byPath = new Map(planned.writes.map((w) => [w.path, w.text]));
  const paths = [...new Set([...folder.list(), ...byPath.keys()])].sort();
  const contents = await Promise.all(
    paths.map(async (path) => ({
      path,
      content: byPath.get(path) ?? (await folder.read(path)) ?? '',
    })),
  );
  return {
    outcome: 'measured',
    results: validateResults(contents, slas, today).results,
    changed,
    periods: measured.periods.map((p) => p.period.id),
    source,
  };
}
