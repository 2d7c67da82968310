import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import "./chunk-3YSVVYR6.js";
import "./chunk-C6WB2QBR.js";
import "./chunk-SZIRFKP7.js";
import "./chunk-62SII5LO.js";
import "./chunk-5UDAZAQ4.js";
import {
  measure,
  planMeasurements,
  planResultsWrites,
  resultsPathOf
} from "./chunk-V3ULE2C6.js";
import {
  validateResults
} from "./chunk-ZUHDHIJT.js";
import "./chunk-I3EHTS7Z.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-SCEKKVBL.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-Z2PQGFF2.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";

// src/app/measure-latest-period.ts
async function measureLatestPeriod(input) {
  const { config, slas, today, prometheus, folder } = input;
  if (planMeasurements(slas, today).length === 0) return { outcome: "no-queries" };
  const source = `prometheus ${prometheus.url}`;
  const measured = await measure({ slas, prometheus, today });
  if (measured.failures.length > 0) return { outcome: "failed", failures: measured.failures };
  const files = measured.periods.map((p) => ({
    measured: p,
    path: resultsPathOf(config, p.period, folder.exists)
  }));
  const planned = await planResultsWrites(folder, config, slas, today, source, files);
  if (!planned.ok) return { outcome: "not-writable", reason: planned.reason };
  const changed = [];
  for (const w of planned.writes) if (await folder.read(w.path) !== w.text) changed.push(w);
  const byPath = new Map(planned.writes.map((w) => [w.path, w.text]));
  const paths = [.../* @__PURE__ */ new Set([...folder.list(), ...byPath.keys()])].sort();
  const contents = await Promise.all(
    paths.map(async (path) => ({
      path,
      content: byPath.get(path) ?? await folder.read(path) ?? ""
    }))
  );
  return {
    outcome: "measured",
    results: validateResults(contents, slas, today).results,
    changed,
    periods: measured.periods.map((p) => p.period.id),
    source
  };
}
export {
  measureLatestPeriod
};
