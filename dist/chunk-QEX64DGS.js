import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  cachedResult,
  toCached
} from "./chunk-65PU66OT.js";
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  problemLines
} from "./chunk-GANDJKIS.js";
import {
  isValidOwner
} from "./chunk-AB5HIWON.js";
import {
  RULES,
  magnitude,
  normalizeSla,
  ruleSeverity
} from "./chunk-B3JQOF2Z.js";
import {
  MAX_PROBLEMS_PER_RULE,
  article,
  capPerRule,
  detached,
  ownString
} from "./chunk-D4OHMOMU.js";
import {
  INDICATORS,
  INDICATOR_NAMES,
  checkSchema,
  closest,
  isRatioIndicator,
  joinList,
  loadYaml,
  suggestTimeZone,
  withFix
} from "./chunk-YRYJ7FDC.js";
import {
  addCadence,
  formatDuration,
  formatPercent,
  isValidDate,
  isValidTimeZone
} from "./chunk-IIUHSBYQ.js";

// src/validate/merge-key.ts
function findMergeKey(value, path, depth = 0) {
  if (depth > 64 || value === null || typeof value !== "object") return void 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findMergeKey(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return void 0;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === "<<") return [...path, key];
    const found = findMergeKey(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return void 0;
}
function mergeKeyProblem(source, text) {
  if (text.indexOf("<<") < 0) return void 0;
  const path = findMergeKey(source.data, []);
  if (!path) return void 0;
  const at = source.locate(path, "key");
  return {
    file: source.file,
    line: at.line,
    column: at.column,
    rule: "yaml-merge-key",
    severity: "error",
    message: 'YAML merge keys ("<<: *anchor") are not read by slac (they are YAML 1.1, not 1.2): write the keys out where they belong; an alias of a whole value ("*anchor") works'
  };
}

// src/model/foreign.ts
function detectForeignFormat(data) {
  const api = data.apiVersion;
  if (typeof api === "string") {
    if (/openslo/i.test(api)) return { tool: "OpenSLO", key: "apiVersion", version: api };
    if (/sloth/i.test(api)) return { tool: "Sloth", key: "apiVersion", version: api };
    return void 0;
  }
  if (typeof data.version === "string" && "slos" in data && !("apiVersion" in data))
    return { tool: "Sloth", key: "version", version: data.version };
  return void 0;
}

// src/validate/rules.ts
var PERCENTILE_INDICATORS = joinList(
  INDICATOR_NAMES.filter((i) => INDICATORS[i].percentile === "required")
);
var DAY_SECONDS = 86400;
function checkSla(loaded, options, unreadable = []) {
  const out = [];
  const { sla, raw } = loaded;
  const broken = unreadable.length === 0 ? void 0 : new Set(unreadable.map(pathKey));
  if (!isValidOwner(sla.owner)) {
    out.push({
      path: ["metadata", "owner"],
      rule: "owner-format",
      message: `owner "${sla.owner}" is not a GitHub user "@login" or team "@org/team-slug"; write e.g. "@acme/payments"`
    });
  }
  checkDates(sla, options, out);
  checkTimeZones(raw.spec, out);
  const objectives = raw.spec.objectives;
  const firstObjective = objectives.length > FEW_ITEMS ? /* @__PURE__ */ new Map() : void 0;
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i];
    const earlier = firstWithKey(objectives, i, o.id, idOf, firstObjective);
    if (earlier >= 0) {
      out.push({
        path: ["spec", "objectives", i, "id"],
        rule: "objective-id-unique",
        message: `objective id "${o.id}" is already used by objective ${earlier + 1} ("${objectives[earlier]?.title}"); give each objective its own id`
      });
    }
    const objective = sla.objectives[i];
    if (objective) checkObjective(objective, o, i, broken, out);
  }
  if (sla.support) checkPriorities(sla.support.priorities, broken, out);
  if (sla.credits) checkCredits(sla, sla.credits, broken, out);
  return out;
}
var FEW_ITEMS = 16;
function firstWithKey(items, i, key, keyOf, seen) {
  if (seen) {
    const earlier = seen.get(key);
    if (earlier !== void 0) return earlier;
    seen.set(key, i);
    return -1;
  }
  for (let j = 0; j < i; j++) if (keyOf(items[j]) === key) return j;
  return -1;
}
var idOf = (item) => item.id;
var levelOf = (item) => item.level;
function readable(broken, path) {
  return broken === void 0 || !broken.has(pathKey(path));
}
function objectivePath(i, ...rest) {
  return ["spec", "objectives", i, ...rest];
}
function checkObjective(o, rawObjective, i, broken, out) {
  if (rawObjective.prometheus) checkPrometheus(o, rawObjective.prometheus, i, out);
  const spec = INDICATORS[o.indicator];
  if (spec.direction === "declared" && !o.better) {
    out.push({
      path: objectivePath(i, "indicator"),
      rule: "objective-better-missing",
      message: `objective "${o.id}" has a custom indicator but no "better"; add better: higher or better: lower so slac knows which way is better`
    });
  }
  if (spec.direction !== "declared" && rawObjective.better !== void 0) {
    out.push({
      path: objectivePath(i, "better"),
      part: "key",
      rule: "objective-better-ignored",
      message: `"better" is only read for custom indicators; for ${article(o.indicator)} objective ${o.better} is always better, so remove it`
    });
  }
  if (o.percentile !== void 0 && spec.percentile === "refused") {
    out.push({
      path: objectivePath(i, "percentile"),
      part: "key",
      rule: "objective-percentile",
      message: `percentile applies to ${PERCENTILE_INDICATORS} objectives only, not ${o.indicator}; remove it`
    });
  } else if (o.percentile !== void 0 && !(o.percentile > 0 && o.percentile < 100)) {
    out.push({
      path: objectivePath(i, "percentile"),
      rule: "objective-percentile",
      message: `percentile ${o.percentile} must lie between 0 and 100 (exclusive); write e.g. 95 or 99.9`
    });
  }
  if (spec.percentile === "required" && o.percentile === void 0) {
    out.push({
      path: objectivePath(i, "indicator"),
      rule: "objective-percentile-missing",
      message: `${o.indicator} objective "${o.id}" has no percentile, so "${String(rawObjective.target)}" is ambiguous (average? maximum?); add e.g. percentile: 95`
    });
  }
  let valuesOk = measureOk(o, "target", o.target, i, "target", broken, out);
  if (o.tolerance) {
    const { desired, adequate } = o.tolerance;
    const desiredOk = measureOk(o, "tolerance.desired", desired, i, "desired", broken, out);
    const adequateOk = measureOk(o, "tolerance.adequate", adequate, i, "adequate", broken, out);
    valuesOk = valuesOk && desiredOk && adequateOk;
    if (valuesOk && o.better) checkTolerance(o, o.better, i, out);
  }
  if (broken === void 0 || readable(broken, objectivePath(i, "window"))) {
    const minutes = MINUTES_WINDOW.exec(rawObjective.window);
    if (minutes) {
      const n = Number(minutes[1]);
      out.push({
        path: objectivePath(i, "window"),
        rule: "window-minute",
        message: n === 1 ? `window "${rawObjective.window}" is one minute; write month for a calendar month or 30d` : `window "${rawObjective.window}" is ${n} minutes; for ${n} months write ${n === 3 ? "quarter or 90d" : `${n * 30}d`}`
      });
    } else if (o.window.kind === "rolling" && o.window.seconds < DAY_SECONDS) {
      out.push({
        path: objectivePath(i, "window"),
        rule: "window-short",
        message: `window "${rawObjective.window}" is shorter than a day (${formatDuration(o.window.seconds)}), too short for a commitment customers can check; use e.g. 28d or month`
      });
    }
  }
}
function checkPrometheus(o, q, i, out) {
  const ratio = isRatioIndicator(o.indicator);
  const hasRatioPart = q.good !== void 0 || q.total !== void 0;
  if (q.value !== void 0 && hasRatioPart) {
    out.push({
      path: promPath(i, ratio ? "value" : q.good !== void 0 ? "good" : "total"),
      part: "key",
      rule: "prometheus-both-forms",
      message: ratio ? `prometheus has both "value" and good/total; ${article(o.indicator)} objective is measured as good / total, so remove "value"` : `prometheus has both "value" and good/total; ${article(o.indicator)} objective is measured by one value, so remove good and total`
    });
  } else if (ratio && q.value !== void 0) {
    out.push({
      path: promPath(i, "value"),
      part: "key",
      rule: "prometheus-value-on-ratio",
      message: `${article(o.indicator)} objective is measured as a share of events: replace "value" with "good" (the good events of the period) and "total" (all events), e.g. sum(increase(...[{{range}}]))`
    });
  } else if (ratio && (q.good === void 0 || q.total === void 0)) {
    const missing = q.good === void 0 && q.total === void 0 ? "good and total" : q.good === void 0 ? "good" : "total";
    out.push({
      path: promPath(
        i,
        PROMETHEUS_KEYS.find((k) => q[k] !== void 0)
      ),
      part: "key",
      rule: "prometheus-ratio-incomplete",
      message: `prometheus of ${article(o.indicator)} objective needs both "good" and "total" (value = good / total); add ${missing}`
    });
  } else if (!ratio && hasRatioPart) {
    out.push({
      path: promPath(i, q.good !== void 0 ? "good" : "total"),
      part: "key",
      rule: "prometheus-ratio-on-value",
      message: `${article(o.indicator)} objective is measured by one value, not a ratio: replace good/total with "value", a query giving the period's figure ${o.target.kind === "duration" ? "in seconds" : "in the target's unit"}`
    });
  } else if (!ratio && q.value === void 0) {
    out.push({
      path: promPath(i),
      part: "key",
      rule: "prometheus-value-missing",
      message: `prometheus of ${article(o.indicator)} objective needs "value": a query giving the period's figure ${o.target.kind === "duration" ? "in seconds" : "in the target's unit"}`
    });
  }
  for (const key of PROMETHEUS_KEYS) {
    const query = q[key];
    if (query === void 0) continue;
    if (query.trim() === "") {
      out.push({
        path: promPath(i, key),
        rule: "prometheus-query-empty",
        message: `prometheus.${key} is empty; write a PromQL query, e.g. ${QUERY_EXAMPLE[key]}`
      });
      continue;
    }
    const unknown = OTHER_PLACEHOLDER.exec(query);
    if (unknown) {
      out.push({
        path: promPath(i, key),
        rule: "prometheus-placeholder",
        message: `prometheus.${key} uses the placeholder "${unknown[0]}"; the only placeholder is {{range}} (the period's length in seconds)`
      });
    } else if (!RANGE_PLACEHOLDER.test(query)) {
      out.push({
        path: promPath(i, key),
        rule: "prometheus-range-missing",
        message: `prometheus.${key} does not use {{range}}, so it reads one instant at the end of the period instead of the whole period; write e.g. increase(...[{{range}}]) or avg_over_time(...[{{range}}])`
      });
    }
  }
}
var PROMETHEUS_KEYS = ["good", "total", "value"];
function promPath(i, key) {
  return key === void 0 ? objectivePath(i, "prometheus") : objectivePath(i, "prometheus", key);
}
var OTHER_PLACEHOLDER = /\{\{\s*(?!range\s*\}\})([^}]*)\}\}/;
var RANGE_PLACEHOLDER = /\{\{\s*range\s*\}\}/;
var QUERY_EXAMPLE = {
  good: 'sum(increase(http_requests_total{code!~"5.."}[{{range}}]))',
  total: "sum(increase(http_requests_total[{{range}}]))",
  value: "histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket[{{range}}])))"
};
var MINUTES_WINDOW = /^\s*(\d+)\s*m\s*$/;
function measureOk(o, what, m, i, key, broken, out) {
  if (broken !== void 0 && !readable(broken, measurePath(i, key))) return false;
  const problem = checkMeasure(o, what, m, o.target);
  if (!problem) return true;
  out.push({ path: measurePath(i, key), ...problem });
  return false;
}
function measurePath(i, key) {
  return key === "target" ? objectivePath(i, "target") : objectivePath(i, "tolerance", key);
}
function checkMeasure(o, what, m, target) {
  if (what !== "target" && (m.kind !== target.kind || unitOf(m) !== unitOf(target))) {
    return {
      rule: "objective-target-type",
      message: `${what} is ${describeKind(m)} but the target is ${describeKind(target)}; write both in the same unit`
    };
  }
  if (m.kind === "quantity" && m.value < 0 && INDICATORS[o.indicator].target === "quantity") {
    return {
      rule: "objective-target-range",
      message: `${what} ${show(m)} is negative; ${o.indicator} cannot be below zero`
    };
  }
  if (m.kind !== "percent") return void 0;
  if (m.value < 0 || m.value > 100) {
    return {
      rule: "objective-target-range",
      message: `${what} ${formatPercent(m.value)} is outside 0\u2013100%; a percentage cannot be ${m.value < 0 ? "negative" : "above 100%"}`
    };
  }
  if (INDICATORS[o.indicator].fractionProne && m.value > 0 && m.value <= 1) {
    return {
      rule: "objective-target-range",
      message: `${what} ${m.value} looks like a fraction; write ${formatPercent(m.value * 100)}`
    };
  }
  return void 0;
}
function unitOf(m) {
  return m.kind === "quantity" ? m.unit : "";
}
function describeKind(m) {
  if (m.kind === "percent") return "a percentage";
  if (m.kind === "duration") return "a duration";
  return m.unit ? `a number of ${m.unit}` : "a plain number";
}
function show(m) {
  if (m.kind === "percent") return formatPercent(m.value);
  if (m.kind === "duration") return formatDuration(m.seconds);
  return m.unit ? `${m.value} ${m.unit}` : String(m.value);
}
function checkTolerance(o, better, i, out) {
  const tolerance = o.tolerance;
  if (!tolerance) return;
  const sign = better === "higher" ? 1 : -1;
  const { desired, adequate } = tolerance;
  const worse = better === "higher" ? "lower" : "higher";
  if (betterBy(sign, desired, adequate) <= 0) {
    out.push({
      path: objectivePath(i, "tolerance", "adequate"),
      rule: "tolerance-order",
      message: `tolerance.adequate ${show(adequate)} must be worse than desired ${show(desired)}: for ${o.indicator} ${better} is better, so adequate must be ${worse}; swap the two values`
    });
  } else if (betterBy(sign, o.target, adequate) < 0 || betterBy(sign, o.target, desired) > 0) {
    out.push({
      path: objectivePath(i, "target"),
      rule: "tolerance-target-outside",
      message: `target ${show(o.target)} lies outside the tolerance band from adequate ${show(adequate)} to desired ${show(desired)}; promise a level inside the band or widen it`
    });
  }
}
function betterBy(sign, a, b) {
  return sign * (magnitude(a) - magnitude(b));
}
function checkPriorities(priorities, broken, out) {
  const firstLevel = priorities.length > FEW_ITEMS ? /* @__PURE__ */ new Map() : void 0;
  for (let i = 0; i < priorities.length; i++) {
    const p = priorities[i];
    const earlier = firstWithKey(priorities, i, p.level, levelOf, firstLevel);
    if (earlier >= 0) {
      out.push({
        path: ["spec", "support", "priorities", i, "level"],
        rule: "priority-level-unique",
        message: `priority level "${p.level}" is listed twice (also priority ${earlier + 1}); give each priority its own level`
      });
    }
    if (p.resolution !== void 0 && p.response > p.resolution) {
      const path = ["spec", "support", "priorities", i];
      if (readable(broken, [...path, "response"]) && readable(broken, [...path, "resolution"])) {
        out.push({
          path: [...path, "response"],
          rule: "priority-response-after-resolution",
          message: `${p.level}: response ${formatDuration(p.response)} is longer than resolution ${formatDuration(p.resolution)}; the first response comes before the resolution, so shorten response or lengthen resolution`
        });
      }
    }
  }
}
function checkCredits(sla, credits, broken, out) {
  let targetIndex = 0;
  while (targetIndex < sla.objectives.length && sla.objectives[targetIndex]?.id !== credits.objective)
    targetIndex++;
  const target = sla.objectives[targetIndex];
  if (!target || !INDICATORS[target.indicator].credits) {
    const names = sla.objectives.filter((o) => INDICATORS[o.indicator].credits).map((o) => o.id);
    if (!target) {
      const guess = closest(credits.objective, names);
      out.push({
        path: ["spec", "credits", "objective"],
        rule: "credits-objective",
        message: `credits.objective "${credits.objective}" names no objective of this SLA; ` + (guess ? `did you mean "${guess}"?` : names.length > 0 ? `write one of the availability objectives: ${names.join(", ")}` : "add an availability objective for the credits to apply to")
      });
    } else {
      out.push({
        path: ["spec", "credits", "objective"],
        rule: "credits-objective",
        message: `credits.objective "${credits.objective}" is ${article(target.indicator)} objective; credits are tied to an availability objective${names.length > 0 ? ` (${names.join(", ")})` : ""}`
      });
    }
  }
  const tiers = credits.tiers;
  const inRange = [];
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    if (broken !== void 0) {
      const path = ["spec", "credits", "tiers", i];
      if (!readable(broken, [...path, "below"]) || !readable(broken, [...path, "credit"])) continue;
    }
    const belowOk = tierValueOk("below", t.below, i, out);
    const creditOk = tierValueOk("credit", t.credit, i, out);
    if (belowOk && creditOk) inRange.push(i);
  }
  if (target && INDICATORS[target.indicator].credits) {
    if (broken === void 0 || readable(broken, objectivePath(targetIndex, "target"))) {
      checkTiersAgainstTarget(target, tiers, inRange, out);
    }
  }
  const sorted = sortFew(
    inRange,
    (a, b) => tiers[b].below - tiers[a].below || a - b
  );
  for (let k = 1; k < sorted.length; k++) {
    const hi = sorted[k - 1];
    const lo = sorted[k];
    const higher = tiers[hi];
    const lower = tiers[lo];
    if (lower.below === higher.below) {
      out.push({
        path: ["spec", "credits", "tiers", Math.max(lo, hi), "below"],
        rule: "credits-tiers-order",
        message: `two credit tiers start below ${formatPercent(lower.below)}; give each tier its own threshold`
      });
    } else if (lower.credit <= higher.credit) {
      out.push({
        path: ["spec", "credits", "tiers", lo, "credit"],
        rule: "credits-tiers-order",
        message: `the tier below ${formatPercent(lower.below)} gives ${formatPercent(lower.credit)}, not more than the ${formatPercent(higher.credit)} below ${formatPercent(higher.below)}; a lower threshold must give a larger credit`
      });
    }
  }
}
function checkTiersAgainstTarget(objective, tiers, inRange, out) {
  const target = objective.target;
  if (target.kind !== "percent" || checkMeasure(objective, "target", target, target)) return;
  for (const i of inRange) {
    const t = tiers[i];
    if (!(t.below > target.value)) continue;
    out.push({
      path: ["spec", "credits", "tiers", i, "below"],
      rule: "credits-tier-above-target",
      message: `the tier below ${formatPercent(t.below)} pays ${formatPercent(t.credit)} while "${objective.id}" meets its target of ${formatPercent(target.value)} (at any value from ${formatPercent(target.value)} up to ${formatPercent(t.below)}); start the tier at the target or lower (below: ${formatPercent(target.value)}), or raise the target`
    });
  }
}
function sortFew(items, compare) {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    for (; j >= 0 && compare(items[j], item) > 0; j--) items[j + 1] = items[j];
    items[j + 1] = item;
  }
  return items;
}
function tierValueOk(field, v, i, out) {
  if (!(v < 0 || v > 100 || field === "credit" && v === 0)) return true;
  out.push({
    path: ["spec", "credits", "tiers", i, field],
    rule: "credits-range",
    message: v === 0 ? `credit 0% gives the customer nothing; remove the tier or write a credit above 0%` : `${field} ${formatPercent(v)} is outside 0\u2013100%; write a percentage such as 10%`
  });
  return false;
}
function checkDates(sla, options, out) {
  const { from, until } = sla.effective;
  const review = sla.review;
  const fromValid = dateValid(from, "effective", "from", out);
  const untilValid = until !== void 0 && dateValid(until, "effective", "until", out);
  const reviewedValid = review !== void 0 && dateValid(review.lastReviewed, "review", "lastReviewed", out);
  if (until !== void 0 && fromValid && untilValid && until < from) {
    out.push({
      path: ["spec", "effective", "until"],
      rule: "effective-order",
      message: `effective.until ${until} is before effective.from ${from}; the SLA would never be in force \u2014 fix the dates`
    });
  }
  const today = options.today;
  if (review && today && reviewedValid && isValidDate(today)) {
    const due = addCadence(review.lastReviewed, review.every);
    if (review.lastReviewed > today) {
      out.push({
        path: ["spec", "review", "lastReviewed"],
        rule: "review-future",
        message: `lastReviewed ${review.lastReviewed} is after today (${today}); write the date the review took place`
      });
    } else if (due < today) {
      out.push({
        path: ["spec", "review", "lastReviewed"],
        rule: "review-overdue",
        message: `review was due on ${due} (${review.lastReviewed} + ${review.everyText}); review the SLA with its owner and set lastReviewed to the review date`
      });
    }
  }
}
function dateValid(value, section, key, out) {
  if (isValidDate(value)) return true;
  out.push({
    path: ["spec", section, key],
    rule: "date-invalid",
    message: `${value} is not a date in the calendar; write a real day as YYYY-MM-DD`
  });
  return false;
}
function checkTimeZones(spec, out) {
  const service = spec.serviceHours?.timezone;
  if (unknownZone(service)) out.push(zoneFinding(["spec", "serviceHours", "timezone"], service));
  const support = spec.support?.hours?.timezone;
  if (unknownZone(support)) {
    out.push(zoneFinding(["spec", "support", "hours", "timezone"], support));
  }
  spec.maintenance?.windows?.forEach((w, i) => {
    if (unknownZone(w.timezone)) {
      out.push(zoneFinding(["spec", "maintenance", "windows", i, "timezone"], w.timezone));
    }
  });
}
function unknownZone(zone) {
  return zone !== void 0 && !isValidTimeZone(zone);
}
function zoneFinding(path, zone) {
  const guess = suggestTimeZone(zone);
  return {
    path,
    rule: "timezone-unknown",
    message: `"${zone}" is not an IANA time zone; ${guess ? `did you mean "${guess}"?` : "write e.g. UTC, Europe/Berlin or America/New_York"}`
  };
}
function pathKey(path) {
  return path.map(String).join("\0");
}

// src/validate/pipeline.ts
var contentsGiven = { read: async () => /* @__PURE__ */ new Map() };
async function validateFiles(input) {
  const options = {
    today: input.today,
    ...input.lines ? { lines: true } : {},
    ...input.warnings === false ? { warnings: false } : {},
    ...input.targets ? { targets: true } : {}
  };
  const results = new Array(input.files.length);
  const validated = /* @__PURE__ */ new Set();
  const slas = /* @__PURE__ */ new Map();
  const toLoad = [];
  const toCheck = [];
  input.files.forEach((f, i) => {
    if (input.loadSlas?.(f.path)) return void toLoad.push(i);
    const hit = input.store && f.blob !== void 0 ? cachedResult(input.store, f.blob, f.path, input.today) : void 0;
    if (hit) results[i] = hit;
    else toCheck.push(i);
  });
  const contents = /* @__PURE__ */ new Map();
  const contentOf = async (files) => {
    const missing = files.filter((f) => f.content === void 0 && !contents.has(f.path));
    if (missing.length > 0)
      for (const [path, content] of await input.contents.read(missing)) contents.set(path, content);
    return (f) => f.content ?? contents.get(f.path) ?? new Uint8Array(0);
  };
  if (toLoad.length > 0) {
    const { fileResult: fileResult2, loadSla: loadSla2 } = await import("./chunk-XWFWSY6M.js");
    const { problemLines: problemLines2 } = await import("./chunk-BYV7P46O.js");
    const files = toLoad.map((i) => input.files[i]);
    const content = await contentOf(files.filter((f) => !isLoaded(input.loaded, f)));
    toLoad.forEach((i, n) => {
      const f = files[n];
      const key = f.blob === void 0 ? void 0 : loadedKey(f.blob, f.path);
      let outcome = key === void 0 ? void 0 : input.loaded?.get(key);
      if (!outcome) {
        outcome = loadSla2({ path: f.path, content: content(f) }, options);
        if (key !== void 0) input.loaded?.set(key, outcome);
      }
      const result2 = fileResult2(f.path, outcome, options);
      const lines = options.lines ? problemLines2(content(f), outcome.problems) : void 0;
      if (lines) result2.lines = lines;
      results[i] = result2;
      validated.add(f.path);
      if (outcome.sla) {
        if (input.take) input.take(f.path, outcome.sla);
        else slas.set(f.path, outcome.sla);
      }
    });
  }
  if (toCheck.length > 0) {
    const files = toCheck.map((i) => input.files[i]);
    const content = await contentOf(files.filter((f) => f.abs === void 0));
    const checked = await input.checker.check(
      files.map(
        (f) => f.abs === void 0 ? { path: f.path, abs: "", content: content(f) } : f.content !== void 0 ? { path: f.path, abs: f.abs, content: f.content } : { path: f.path, abs: f.abs }
      ),
      options
    );
    toCheck.forEach((i, n) => {
      results[i] = checked[n];
      validated.add(input.files[i].path);
    });
  }
  const store = input.store;
  if (store)
    input.files.forEach((f, i) => {
      if (f.blob === void 0 || !validated.has(f.path)) return;
      const known = store.get(f.blob);
      if (!known || !holdsOn(known.today, input.today))
        store.set(f.blob, toCached(results[i]));
    });
  const result = await combine(input, results, slas, contentOf);
  return {
    results,
    validated,
    result,
    slas: input.files.flatMap((f) => slas.get(f.path) ?? [])
  };
}
function loadedKey(blob, path) {
  return `${blob} ${path}`;
}
function isLoaded(loaded, f) {
  return loaded !== void 0 && f.blob !== void 0 && loaded.has(loadedKey(f.blob, f.path));
}
async function combine(input, results, slas, contentOf) {
  const shared = filesSharingIds(results);
  const positions = /* @__PURE__ */ new Map();
  const toLocate = input.files.filter((f) => shared.has(f.path) && !slas.has(f.path));
  for (const file of shared) {
    const sla = slas.get(file);
    if (sla) positions.set(file, sla.source.locate(["metadata", "id"]));
  }
  if (toLocate.length > 0) {
    const { locateId: locateId2 } = await import("./chunk-XWFWSY6M.js");
    const content = await contentOf(toLocate);
    for (const f of toLocate)
      positions.set(f.path, locateId2({ path: f.path, content: content(f) ?? new Uint8Array(0) }));
  }
  const report = input.report;
  const counted = report ? results.map((r) => report(r.file) ? r : { ...r, problems: [] }) : results;
  return combineResults(counted, (file) => positions.get(file) ?? { line: 1, column: 1 });
}
var inThreadChecker = {
  async check(files, options) {
    const { checkFile: checkFile2 } = await import("./chunk-XWFWSY6M.js");
    return files.map(
      (f) => checkFile2({ path: f.path, content: f.content ?? new Uint8Array(0) }, options)
    );
  }
};

// src/validate/index.ts
function loadSla(file, options = {}) {
  const { sla, problems, unreadable } = loadChecked(file, options);
  if (!sla) return { problems };
  withUnreadableValues.set(sla, unreadable);
  return { sla, problems };
}
function loadChecked(file, options) {
  const loaded = loadYaml(file.path, file.content);
  const outcome = loaded.ok ? checkLoaded(file, loaded.source, loaded.text, options) : { problems: loaded.problems, unreadable: false };
  if (loaded.ok) outcome.text = loaded.text;
  if (outcome.problems.length > MAX_PROBLEMS_PER_RULE)
    outcome.problems = capPerRule(outcome.problems);
  return outcome;
}
function checkLoaded(file, source, text, options) {
  if (source.data === null || source.data === void 0) {
    return {
      problems: [
        problemAt(
          source,
          [],
          "sla-empty",
          'file is empty; an SLA file starts with "apiVersion: slac/v1" (see examples/)'
        )
      ],
      unreadable: false
    };
  }
  const merge = mergeKeyProblem(source, text);
  if (merge) return { problems: [merge], unreadable: false };
  if (typeof source.data !== "object" || Array.isArray(source.data)) {
    const first = Array.isArray(source.data) ? source.data[0] : void 0;
    const foreignList = first !== null && typeof first === "object" && !Array.isArray(first) ? foreignFormat(first) : void 0;
    if (foreignList)
      return {
        problems: [problemAt(source, [], "sla-foreign-format", foreignList)],
        unreadable: false
      };
    return {
      problems: [
        problemAt(
          source,
          [],
          "sla-not-mapping",
          `file holds ${Array.isArray(source.data) ? "a list" : "a single value"}, not a mapping; an SLA file is a mapping starting with "apiVersion: slac/v1"`
        )
      ],
      unreadable: false
    };
  }
  const foreign = foreignFormat(source.data);
  if (foreign) {
    return { problems: [problemAt(source, [], "sla-foreign-format", foreign)], unreadable: false };
  }
  const schemaProblems = checkSchema(source, "sla");
  if (schemaProblems.length > 0) return { problems: schemaProblems, unreadable: false };
  const raw = source.data;
  const { sla, issues } = normalizeSla(raw);
  const problems = [];
  const unreadable = [];
  for (const i of issues) {
    problems.push(problemAt(source, i.path, i.rule, withFix(i.rule, i.path, i.message, raw)));
    unreadable.push(i.path);
  }
  const loadedSla = { file: file.path, raw, sla, source };
  for (const f of checkSla(loadedSla, options, unreadable))
    if (options.warnings !== false || RULES[f.rule].severity !== "warning")
      problems.push(fromFinding(source, f));
  return { sla: loadedSla, problems, unreadable: issues.length > 0 };
}
function foreignFormat(data) {
  const foreign = detectForeignFormat(data);
  if (!foreign) return void 0;
  const what = foreign.key === "version" ? `a ${foreign.tool} SLO` : `${foreign.tool === "OpenSLO" ? "an" : "a"} ${foreign.tool}`;
  return `this is ${what} file (${foreign.key}: ${foreign.version}), not a slac SLA; an SLA file starts with "apiVersion: slac/v1" \u2014 convert it with "slac import ${foreign.tool === "OpenSLO" ? "openslo" : "sloth"} FILE" (see docs/interop.md), or move it out of the slas glob of .slac.yml`;
}
function validateSources(files, options = {}, loaded) {
  const slas = [];
  const results = [];
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const key = loaded && file.blob !== void 0 ? loadedKey(file.blob, file.path) : void 0;
    let result = key === void 0 ? void 0 : loaded?.get(key);
    if (!result) {
      result = loadSla(file, options);
      if (key !== void 0) loaded?.set(key, result);
    }
    results.push(fileResult(file.path, result, options));
    if (result.sla) slas.push(result.sla);
  }
  const byFile = new Map(slas.map((s) => [s.file, s]));
  const { errors, warnings } = combineResults(
    results,
    (file) => byFile.get(file).source.locate(["metadata", "id"])
  );
  return { files: files.length, slas, errors, warnings };
}
var withUnreadableValues = /* @__PURE__ */ new WeakMap();
function hasUnreadableValues(s) {
  let known = withUnreadableValues.get(s);
  if (known === void 0) {
    known = normalizeSla(s.raw).issues.length > 0;
    withUnreadableValues.set(s, known);
  }
  return known;
}
function checkFile(file, options = {}) {
  const { sla, problems, unreadable, text } = loadChecked(file, options);
  const result = resultOf(file.path, problems, sla?.sla, unreadable, options);
  const lines = options.lines ? problemLines(linesOf(file.content, text), problems) : void 0;
  if (lines) result.lines = lines;
  return result;
}
function linesOf(content, text) {
  if (text === void 0) return content;
  const first = typeof content === "string" ? content.charCodeAt(0) : content[0];
  return first === 65279 || first === 239 ? content : text;
}
function fileResult(path, outcome, options = {}) {
  const sla = outcome.sla;
  return resultOf(path, outcome.problems, sla?.sla, !!sla && hasUnreadableValues(sla), options);
}
function resultOf(path, problems, sla, unreadable, options) {
  const result = { file: path, problems };
  if (sla) {
    result.id = ownString(sla.id);
    if (unreadable) result.unreadable = true;
    const today = todayRange(sla, options.today);
    if (today) result.today = today;
    if (options.targets) result.target = targetOf(sla);
  }
  return result;
}
function targetOf(sla) {
  return detached({ id: sla.id, objectives: sla.objectives, effective: sla.effective });
}
function todayRange(sla, today) {
  const review = sla.review;
  if (!review || !isValidDate(review.lastReviewed)) return void 0;
  const t = today !== void 0 && isValidDate(today) ? today : "";
  if (t === "" || review.lastReviewed > t) return { from: t, until: t };
  const due = addCadence(review.lastReviewed, review.every);
  if (!isValidDate(due)) return { from: t, until: t };
  return due < t ? { after: due } : { from: review.lastReviewed, until: due };
}
function locateId(file) {
  const loaded = loadYaml(file.path, file.content);
  return loaded.ok ? loaded.source.locate(["metadata", "id"]) : { line: 1, column: 1 };
}
function problemAt(source, path, rule, message, severity = ruleSeverity(rule), part = "value") {
  const pos = source.locate(path, part);
  return { file: source.file, line: pos.line, column: pos.column, rule, message, severity };
}
function fromFinding(source, f) {
  const message = withFix(f.rule, f.path, f.message, source.data);
  return problemAt(source, f.path, f.rule, message, RULES[f.rule].severity, f.part ?? "value");
}

export {
  loadSla,
  validateSources,
  hasUnreadableValues,
  checkFile,
  fileResult,
  targetOf,
  locateId,
  contentsGiven,
  validateFiles,
  loadedKey,
  inThreadChecker
};
