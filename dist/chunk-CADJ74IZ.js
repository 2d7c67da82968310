import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import "./chunk-YQZYZDVN.js";
import "./chunk-R6D4NC2J.js";
import "./chunk-KCX6WUTJ.js";
import "./chunk-D4POBQ5Q.js";
import "./chunk-5UDAZAQ4.js";
import {
  measure,
  planMeasurements,
  planResultsWrites,
  resultsPathOf
} from "./chunk-6EB6E5XP.js";
import {
  validateResults
} from "./chunk-AWQWGTBX.js";
import "./chunk-LOFP6V5B.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-L5UOXWUK.js";
import "./chunk-AWWEJAFD.js";
import "./chunk-QQX4TAXG.js";
import "./chunk-TSEI73TY.js";
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
