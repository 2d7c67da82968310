import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  RULES,
  parseObjectiveValue
} from "./chunk-B3JQOF2Z.js";
import {
  ownString,
  sortProblems
} from "./chunk-D4OHMOMU.js";
import {
  INDICATORS,
  checkSchema,
  closest,
  loadYaml,
  withMeasureFix
} from "./chunk-YRYJ7FDC.js";
import {
  CALENDAR_SECONDS
} from "./chunk-IIUHSBYQ.js";

// src/results/period.ts
var DAY_MS = 864e5;
var MIN_YEAR = 1970;
var MAX_YEAR = 9999;
function periodKindOf(window) {
  return window.kind === "calendar" ? window.unit : "month";
}
function periodSeconds(kind) {
  return CALENDAR_SECONDS[kind];
}
var PATTERNS = [
  [/^(\d{4})-(\d{2})$/, "month"],
  [/^(\d{4})-Q([1-4])$/, "quarter"],
  [/^(\d{4})-W(\d{2})$/, "week"],
  [/^(\d{4})$/, "year"]
];
function parsePeriod(input) {
  const text = typeof input === "number" && Number.isInteger(input) ? String(input) : input;
  if (typeof text !== "string")
    return { ok: false, reason: "must be a period such as 2026-11, 2026-Q4, 2026-W47 or 2026" };
  const s = text.trim();
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < MIN_YEAR || year > MAX_YEAR)
      return { ok: false, reason: `year ${year} is out of range (${MIN_YEAR}\u2013${MAX_YEAR})` };
    const n = m[2] === void 0 ? 0 : Number(m[2]);
    if (kind === "month" && (n < 1 || n > 12))
      return { ok: false, reason: `"${s}" has no month ${n}; write the month as 01 to 12` };
    if (kind === "week" && (n < 1 || n > isoWeeksIn(year)))
      return {
        ok: false,
        reason: `${year} has ${isoWeeksIn(year)} ISO weeks, so "${s}" does not exist`
      };
    return { ok: true, value: makePeriod(kind, year, n) };
  }
  const hint = /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ? ` (a date; for its month write ${s.slice(0, 7)})` : /^\d{4}-q[1-4]$/i.test(s) || /^\d{4}-w\d{2}$/i.test(s) ? ` (write ${s.toUpperCase()})` : "";
  return {
    ok: false,
    reason: `"${s}" is not a period${hint}; write a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026`
  };
}
function makePeriod(kind, year, n) {
  switch (kind) {
    case "year":
      return { kind, id: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
    case "quarter": {
      const first = (n - 1) * 3;
      return {
        kind,
        id: `${year}-Q${n}`,
        start: iso(Date.UTC(year, first, 1)),
        end: iso(Date.UTC(year, first + 3, 0))
      };
    }
    case "month":
      return {
        kind,
        id: `${year}-${String(n).padStart(2, "0")}`,
        start: iso(Date.UTC(year, n - 1, 1)),
        end: iso(Date.UTC(year, n, 0))
      };
    case "week": {
      const monday = isoWeekOneMonday(year) + (n - 1) * 7 * DAY_MS;
      return {
        kind,
        id: `${year}-W${String(n).padStart(2, "0")}`,
        start: iso(monday),
        end: iso(monday + 6 * DAY_MS)
      };
    }
  }
}
function periodOf(kind, date) {
  const [y, m] = date.split("-").map(Number);
  switch (kind) {
    case "year":
      return makePeriod(kind, y, 0);
    case "quarter":
      return makePeriod(kind, y, Math.floor((m - 1) / 3) + 1);
    case "month":
      return makePeriod(kind, y, m);
    case "week": {
      const t = Date.parse(`${date}T00:00:00Z`);
      const thursday = t + (3 - (new Date(t).getUTCDay() + 6) % 7) * DAY_MS;
      const weekYear = new Date(thursday).getUTCFullYear();
      const n = Math.floor((thursday - isoWeekOneMonday(weekYear)) / (7 * DAY_MS)) + 1;
      return makePeriod(kind, weekYear, n);
    }
  }
}
function shiftPeriod(period, step) {
  let p = period;
  for (let i = 0; i < Math.abs(step); i++) {
    const day = step > 0 ? Date.parse(`${p.end}T00:00:00Z`) + DAY_MS : Date.parse(`${p.start}T00:00:00Z`) - DAY_MS;
    p = periodOf(p.kind, iso(day));
  }
  return p;
}
function lastPeriods(kind, today, count) {
  const out = [];
  let p = shiftPeriod(periodOf(kind, today), -1);
  for (let i = 0; i < count; i++) {
    out.unshift(p);
    p = shiftPeriod(p, -1);
  }
  return out;
}
function comparePeriods(a, b) {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}
function isoWeekOneMonday(year) {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - (new Date(jan4).getUTCDay() + 6) % 7 * DAY_MS;
}
function isoWeeksIn(year) {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}
function iso(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// src/results/validate.ts
function targetsOf(slas) {
  const byId = /* @__PURE__ */ new Map();
  for (const sla of slas) {
    const id = ownString(sla.id);
    byId.set(id, {
      sla,
      id,
      objectives: sla.objectives.map((objective) => ({
        objective,
        id: ownString(objective.id),
        kind: periodKindOf(objective.window),
        periods: void 0
      }))
    });
  }
  return byId;
}
function validateResults(files, slas, today, onlySlas, options = {}) {
  const byId = targetsOf(slas);
  const ids = [...byId.keys()].sort();
  const problems = [];
  const results = [];
  const keepWarnings = options.warnings !== false;
  const notes = /* @__PURE__ */ new Map();
  const noteOf = (text) => {
    let kept = notes.get(text);
    if (kept === void 0) {
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
    const at = (path, rule, message, severity = RULES[rule].severity, part) => {
      if (severity === "warning" && !keepWarnings) return;
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
    let lastId;
    let lastTarget;
    raw.results.forEach((row, i) => {
      if (onlySlas && !onlySlas.has(row.sla)) return;
      const path = ["results", i];
      if (row.sla !== lastId) {
        lastId = row.sla;
        lastTarget = byId.get(row.sla);
      }
      const target = lastTarget;
      if (!target) {
        const guess = closest(row.sla, ids);
        at(
          [...path, "sla"],
          "results-sla-unknown",
          `no SLA has the id "${row.sla}"${guess ? `; did you mean "${guess}"?` : "; use the metadata.id of an SLA file"}`
        );
        return;
      }
      const sla = target.sla;
      const entry = target.objectives.find((o) => o.id === row.objective);
      if (!entry) {
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
      const { objective, kind } = entry;
      if (kind !== period.value.kind) {
        at(
          [...path, "objective"],
          "results-period-kind",
          `objective "${objective.id}" of "${sla.id}" is measured ${windowWordsOf(objective)}, so its results are per ${kind}, not per ${period.value.kind}; put it in a ${kind} file (e.g. ${exampleOf(kind)})`
        );
        return;
      }
      const periods = entry.periods ??= /* @__PURE__ */ new Map();
      const first = periods.get(period.value.id);
      if (first)
        at(
          path,
          "results-duplicate",
          `a second result for "${objective.id}" of "${sla.id}" in ${period.value.id} (the first is at ${first.file.path}:${first.file === file ? source.locate(["results", first.index]).line : rowLine(first.file, first.index)}); keep one`
        );
      else periods.set(period.value.id, { file, index: i });
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
      if (keepWarnings && effective && (period.value.end < effective.from || effective.until !== void 0 && period.value.start > effective.until)) {
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
      const written = typeof row.value === "string" ? ownString(row.value) : row.value;
      results.push(
        row.good === void 0 && row.total === void 0 && row.note === void 0 ? {
          sla: target.id,
          objective: entry.id,
          period: period.value,
          value: value.value,
          written,
          file: file.path,
          index: i
        } : {
          sla: target.id,
          objective: entry.id,
          period: period.value,
          value: value.value,
          written,
          ...row.good !== void 0 ? { good: row.good } : {},
          ...row.total !== void 0 ? { total: row.total } : {},
          ...row.note !== void 0 ? { note: noteOf(row.note) } : {},
          file: file.path,
          index: i
        }
      );
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
  periodKindOf,
  periodSeconds,
  periodOf,
  shiftPeriod,
  lastPeriods,
  comparePeriods,
  validateResults
};
