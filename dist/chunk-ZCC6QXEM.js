import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parsePeriod,
  periodKindOf
} from "./chunk-XRFRKGJ7.js";
import {
  RULES,
  parseObjectiveValue
} from "./chunk-65IPTWZQ.js";
import {
  ownString,
  sortProblems
} from "./chunk-DUJAGSKI.js";
import {
  INDICATORS,
  checkSchema,
  closest,
  loadYaml,
  withMeasureFix
} from "./chunk-WGST6NGN.js";

// src/results/validate.ts
function validateResults(files, slas, today, onlySlas) {
  const byId = new Map(slas.map((s) => [s.id, s]));
  const ids = [...byId.keys()].sort();
  const problems = [];
  const results = [];
  const seen = /* @__PURE__ */ new Map();
  const owned = /* @__PURE__ */ new Map();
  const own = (text) => {
    let kept = owned.get(text);
    if (kept === void 0) {
      kept = ownString(text);
      owned.set(kept, kept);
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
    const at = (path, rule, message, severity = RULES[rule].severity, part) => {
      const pos = source.locate(path, part);
      problems.push({
        file: file.path,
        line: pos.line,
        column: pos.column,
        rule,
        message,
        severity
      });
    };
    const data = source.data;
    if (data === null || data === void 0 || typeof data !== "object" || Array.isArray(data)) {
      at(
        [],
        "results-not-mapping",
        'a results file is a mapping starting with "apiVersion: slac/v1" and "kind: ServiceLevelResults" (see examples/results/)'
      );
      continue;
    }
    if (data.kind === "ServiceLevelAgreement") {
      at(
        ["kind"],
        "results-kind",
        "this is an SLA file, not results; move it out of the results glob of .slac.yml (or correct the slas and results globs)"
      );
      continue;
    }
    const schema = checkSchema(source, "results");
    if (schema.length > 0) {
      problems.push(...schema);
      continue;
    }
    const raw = data;
    const period = parsePeriod(raw.period);
    if (!period.ok) {
      at(["period"], "results-period", `period ${period.reason}`);
      continue;
    }
    if (period.value.start > today) {
      at(
        ["period"],
        "results-period-future",
        `period ${period.value.id} starts on ${period.value.start}, after today (${today}); results are for periods that have begun`
      );
      continue;
    }
    raw.results.forEach((row, i) => {
      if (onlySlas && !onlySlas.has(row.sla)) return;
      const path = ["results", i];
      const sla = byId.get(row.sla);
      if (!sla) {
        const guess = closest(row.sla, ids);
        at(
          [...path, "sla"],
          "results-sla-unknown",
          `no SLA has the id "${row.sla}"${guess ? `; did you mean "${guess}"?` : "; use the metadata.id of an SLA file"}`
        );
        return;
      }
      const objective = sla.objectives.find((o) => o.id === row.objective);
      if (!objective) {
        const guess = closest(
          row.objective,
          sla.objectives.map((o) => o.id)
        );
        at(
          [...path, "objective"],
          "results-objective-unknown",
          `SLA "${sla.id}" has no objective "${row.objective}"${guess ? `; did you mean "${guess}"?` : `; its objectives are ${sla.objectives.map((o) => `"${o.id}"`).join(", ") || "none"}`}`
        );
        return;
      }
      const kind = periodKindOf(objective.window);
      if (kind !== period.value.kind) {
        at(
          ["period"],
          "results-period-kind",
          `objective "${objective.id}" of "${sla.id}" is measured ${windowWordsOf(objective)}, so its results are per ${kind}, not per ${period.value.kind}; put it in a ${kind} file (e.g. ${exampleOf(kind)})`
        );
        return;
      }
      const key = `${sla.id}\0${objective.id}\0${period.value.id}`;
      const first = seen.get(key);
      if (first)
        at(
          path,
          "results-duplicate",
          `a second result for "${objective.id}" of "${sla.id}" in ${period.value.id} (the first is at ${first.file.path}:${first.file === file ? source.locate(["results", first.index]).line : rowLine(first.file, first.index)}); keep one`
        );
      else seen.set(key, { file, index: i });
      const value = parseObjectiveValue(objective, row.value);
      if (!value.ok) {
        at(
          [...path, "value"],
          "results-value",
          withMeasureFix(value.reason, objective.indicator, row.value)
        );
        return;
      }
      if (row.good !== void 0 && row.total === void 0) {
        at(
          [...path, "good"],
          "results-good-total",
          '"good" needs "total" beside it: the events it is a share of',
          "error",
          "key"
        );
        return;
      }
      if (row.good !== void 0 && row.total !== void 0 && row.good > row.total) {
        at(
          [...path, "good"],
          "results-good-total",
          `good (${row.good}) is more than total (${row.total}); good events are a part of all events`
        );
        return;
      }
      const effective = sla.effective;
      if (effective && (period.value.end < effective.from || effective.until !== void 0 && period.value.start > effective.until)) {
        const dates = `from ${effective.from}${effective.until ? ` until ${effective.until}` : ""}`;
        at(
          path,
          "results-outside-effective",
          `${period.value.id} (${period.value.start} to ${period.value.end}) is outside the dates "${sla.id}" is in effect (${dates}, spec.effective), so the review report and the catalog leave this result out; correct the period, or the SLA's effective dates`
        );
      }
      if (row.good !== void 0 && row.total !== void 0 && row.total > 0 && value.value.kind === "percent") {
        const failed = INDICATORS[objective.indicator].ratio === "failed";
        const ratio = failed ? 100 - row.good / row.total * 100 : row.good / row.total * 100;
        if (Math.abs(ratio - value.value.value) > 5e-3)
          at(
            [...path, "value"],
            "results-ratio",
            `value ${String(row.value)} differs from ${failed ? "100% \u2212 good / total" : "good / total"} = ${ratio.toFixed(4)}%; correct one of them`
          );
      }
      if (first) return;
      results.push({
        sla: own(sla.id),
        objective: own(objective.id),
        period: period.value,
        value: value.value,
        written: typeof row.value === "string" ? own(row.value) : row.value,
        ...row.good !== void 0 ? { good: row.good } : {},
        ...row.total !== void 0 ? { total: row.total } : {},
        ...row.note !== void 0 ? { note: own(row.note) } : {},
        file: file.path,
        index: i
      });
    });
  }
  const sorted = sortProblems(problems);
  return {
    results,
    files: files.length,
    errors: sorted.filter((p) => p.severity === "error"),
    warnings: sorted.filter((p) => p.severity === "warning")
  };
}
function rowLine(file, index) {
  const loaded = loadYaml(file.path, file.content);
  return loaded.ok ? loaded.source.locate(["results", index]).line : 1;
}
function windowWordsOf(o) {
  return o.window.kind === "calendar" ? `per calendar ${o.window.unit}` : "over a rolling window";
}
function exampleOf(kind) {
  return { week: "2026-W47", month: "2026-11", quarter: "2026-Q4", year: "2026" }[kind];
}

export {
  validateResults
};
