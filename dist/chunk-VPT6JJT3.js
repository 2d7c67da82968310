import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import "./chunk-LXGCDU7E.js";
import "./chunk-H6FZKW75.js";
import "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import {
  measure,
  planMeasurements,
  planResultsWrites,
  resultsPathOf
} from "./chunk-QLSP4MST.js";
import {
  validateResults
} from "./chunk-HJ74UDHR.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
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
