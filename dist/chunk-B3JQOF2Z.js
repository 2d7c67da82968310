import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  article
} from "./chunk-D4OHMOMU.js";
import {
  INDICATORS,
  directionOf,
  isRatioIndicator,
  targetKindOf
} from "./chunk-YRYJ7FDC.js";
import {
  formatPercent,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow
} from "./chunk-IIUHSBYQ.js";

// src/model/rules.ts
var RULES = {
  "config-glob": {
    severity: "error",
    docs: "format.md#the-repository-config-slacyml",
    summary: "a `slas` or `results` glob that starts with `/`, goes up a folder (`..`), or holds a `.` or empty folder name: it would read files git does not list there"
  },
  "config-owner": {
    severity: "error",
    docs: "format.md#the-repository-config-slacyml",
    summary: "an `approval.admins` entry that is not `@login` or `@org/team-slug`, or a `teams` member that is not a login"
  },
  "config-report": {
    severity: "error",
    docs: "format.md#the-repository-config-slacyml",
    summary: "a `report` setting of `.slac.yml` that cannot be read (a `reviewNotice` that is not a duration)"
  },
  "config-templates": {
    severity: "error",
    docs: "format.md#the-repository-config-slacyml",
    summary: "a `templates` folder outside the folder of `.slac.yml`, or with a backslash or spaces around it: a change there would need no admin"
  },
  "credits-objective": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "`credits.objective` names no objective of the SLA, or an objective whose indicator is not `availability`"
  },
  "credits-range": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "a tier's `below` or `credit` outside 0\u2013100%, or a credit of 0%"
  },
  "credits-tier-above-target": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "a tier's `below` above the target of the credited objective: it pays a credit while the target is met"
  },
  "credits-tiers-order": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "two tiers with the same threshold, or a lower threshold that does not give a larger credit"
  },
  "date-invalid": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a date in the right form that does not exist (`2026-02-30`)"
  },
  "duration-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `response`, `resolution` or `maintenance.notice` that is not a [duration](#durations), or uses months or years"
  },
  "effective-order": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`effective.until` before `effective.from`"
  },
  "file-path-encoding": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file the globs select whose name is not UTF-8: no reader can tell it from others"
  },
  "file-path-case": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "two paths that differ only in letter case or Unicode spelling, one where slac reads: macOS and Windows write both to one place"
  },
  "file-symlink": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a symbolic link the globs select: slac reads no link (git keeps only where it points), so its SLA would be neither checked nor shown"
  },
  "file-submodule": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a submodule (a folder with its own `.git`) the globs select or on the way to where one starts: its files are not in this repository, so the check cannot see them"
  },
  "file-too-large": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file larger than 1 MiB (1,048,576 bytes)"
  },
  "objective-better-ignored": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "`better` on an indicator other than `custom` (the indicator already decides)"
  },
  "objective-better-missing": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a `custom` indicator without `better`"
  },
  "objective-id-unique": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "two objectives of one SLA with the same `id`"
  },
  "objective-percentile": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`percentile` on an indicator other than `latency`, or a percentile not strictly between 0 and 100"
  },
  "objective-percentile-missing": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a `latency` objective without `percentile` (is `300ms` an average? a maximum?)"
  },
  "objective-target-range": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a percentage target or tolerance value below 0% or above 100%; for availability, success-rate and durability a value above 0 and at most 1 (a fraction such as `0.999`); a throughput below zero"
  },
  "objective-target-type": {
    severity: "error",
    docs: "format.md#values",
    summary: "a target or tolerance value of the wrong kind for its indicator (a duration for availability, a percentage for latency, a percentage for throughput), a value that cannot be read, or tolerance values in another unit than the target"
  },
  "owner-format": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a `metadata.owner` that is not `@login` or `@org/team-slug` ([owners](#owners))"
  },
  "percent-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a credit tier `below` or `credit` that is not a [percentage](#percentages)"
  },
  "priority-level-unique": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "two priorities with the same `level`"
  },
  "priority-response-after-resolution": {
    severity: "error",
    docs: "format.md#support-and-credits",
    summary: "a `response` longer than the same priority's `resolution`"
  },
  "prometheus-both-forms": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus` with both `value` and `good`/`total`"
  },
  "prometheus-placeholder": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a placeholder other than `{{range}}` in a query (`{{window}}`)"
  },
  "prometheus-query-empty": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a query that is empty or only spaces"
  },
  "prometheus-range-missing": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a query without `{{range}}`: it reads one instant, not the period"
  },
  "prometheus-ratio-incomplete": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a ratio indicator's `prometheus` without `good` or without `total`"
  },
  "prometheus-ratio-on-value": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus.good`/`total` on latency, response-time, resolution-time, freshness, throughput or custom (measured by one value)"
  },
  "prometheus-value-missing": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus` without `value` on an indicator measured by one value"
  },
  "prometheus-value-on-ratio": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`prometheus.value` on availability, success-rate, error-rate or durability (measured as good / total)"
  },
  "results-duplicate": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a second result for the same objective and period, in the same file or another"
  },
  "results-good-total": {
    severity: "error",
    docs: "results.md#rules",
    summary: "`good` without `total`, or `good` greater than `total`"
  },
  "results-kind": {
    severity: "error",
    docs: "results.md#rules",
    summary: "an SLA file (`kind: ServiceLevelAgreement`) is among the results files"
  },
  "results-not-mapping": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the file is empty, a list or a single value"
  },
  "results-objective-unknown": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the SLA has no objective with that id (with a guess)"
  },
  "results-outside-effective": {
    severity: "warning",
    docs: "results.md#rules",
    summary: "a result for a period wholly before the SLA's `effective.from` or after its `effective.until` (reports leave it out)"
  },
  "results-period": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a period that does not exist (`2027-W53`, `2026-13`)"
  },
  "results-period-future": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a period that starts after today"
  },
  "results-period-kind": {
    severity: "error",
    docs: "results.md#rules",
    summary: "the file's period is of another kind than the objective's window calls for (a month for a quarter objective)"
  },
  "results-ratio": {
    severity: "warning",
    docs: "results.md#rules",
    summary: "`value` differs from `good / total` (for error-rate `100% \u2212 good / total`) by more than 0.005 points"
  },
  "results-sla-unknown": {
    severity: "error",
    docs: "results.md#rules",
    summary: "no SLA has that id (with a guess at the one meant)"
  },
  "results-value": {
    severity: "error",
    docs: "results.md#rules",
    summary: "a value that does not fit the objective: another kind than its target, another unit, a percentage outside 0\u2013100%, a negative duration"
  },
  "review-cadence": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `review.every` that is not a [cadence](#review-cadences), or zero"
  },
  "review-future": {
    severity: "warning",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`review.lastReviewed` after today"
  },
  "review-overdue": {
    severity: "warning",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "`review.lastReviewed` plus `review.every` lies before today"
  },
  "schedule-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `schedule` or priority `hours` that is not a [schedule](#schedules): unknown day names, bad times, a start equal to its end"
  },
  "schema-enum": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a value outside the allowed list: `apiVersion`, `kind`, `indicator`, `better`; in `.slac.yml` `staleReviews`, `editorial`"
  },
  "schema-max-length": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "text longer than the field allows (see [Fields](#fields))"
  },
  "schema-min-items": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "an empty `objectives` or `credits.tiers` list (an empty schedule list, or an empty `slas` list in `.slac.yml`, is reported as `schema-type`)"
  },
  "schema-min-length": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "empty text (`''`) where text is required"
  },
  "schema-pattern": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "an id that is not kebab-case, a date that is not `YYYY-MM-DD`, a link that does not start with `https:`, `http:` or `mailto:`, an e-mail address without `@`; in `.slac.yml` a `teams:` key that is not `@org/team`"
  },
  "schema-required": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a required key is missing"
  },
  "schema-type": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a value of the wrong type (text instead of a mapping, a mapping instead of a schedule), or a key with no value (`title:`)"
  },
  "schema-unique-items": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "the same tag twice in `metadata.tags`"
  },
  "schema-unknown-key": {
    severity: "error",
    docs: "format.md#the-schema",
    summary: "a key the format does not have, often a misspelling"
  },
  "sla-empty": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file with no content (or only comments)"
  },
  "sla-foreign-format": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "an OpenSLO or Sloth SLO file (its `apiVersion` or `version` + `slos` say so) caught by the `slas` glob"
  },
  "sla-id-unique": {
    severity: "error",
    docs: "format.md#across-files",
    summary: "two SLA files with the same `metadata.id`; the later file (by path) is reported"
  },
  "sla-not-mapping": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a file whose top level is a list or a single value"
  },
  "slas-none": {
    severity: "error",
    docs: "format.md#across-files",
    summary: "`slac validate` or `slac render` without PATH, and the `slas` glob selects no file (a misspelt glob would otherwise switch validation off)"
  },
  "timezone-unknown": {
    severity: "error",
    docs: "format.md#owner-dates-and-time-zones",
    summary: "a `timezone` that is not an IANA time zone"
  },
  "tolerance-order": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "`tolerance.adequate` not worse than `desired` for the indicator's direction (for availability adequate must be lower, for latency higher)"
  },
  "tolerance-target-outside": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a target outside the band from `adequate` to `desired` (the ends belong to the band)"
  },
  "window-format": {
    severity: "error",
    docs: "format.md#values",
    summary: "a `window` that is neither a calendar name nor a duration (`monthly`, `6 months`), or a zero window"
  },
  "window-minute": {
    severity: "error",
    docs: "format.md#objectives",
    summary: "a window written in minutes (`1m`, `3m`): almost certainly months meant"
  },
  "window-short": {
    severity: "warning",
    docs: "format.md#objectives",
    summary: "a rolling window shorter than a day (`12h`)"
  },
  "yaml-alias-limit": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: 'anchors and aliases that expand to more than 1,000 nodes ("billion laughs")'
  },
  "yaml-depth": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "nesting deeper than 64 levels, usually unbalanced `[` or `{`"
  },
  "yaml-duplicate-key": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a key twice in the same mapping"
  },
  "yaml-encoding": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "bytes that are not UTF-8"
  },
  "yaml-key": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a key that is a list or a mapping (`? [a, b]`)"
  },
  "yaml-merge-key": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "a YAML merge key (`<<: *anchor`), which slac does not read: write the keys out"
  },
  "yaml-syntax": {
    severity: "error",
    docs: "format.md#reading-the-file",
    summary: "invalid YAML: bad indentation, tabs, unclosed brackets or quotes; several documents (`---`) in one file"
  }
};
var RULE_IDS = Object.keys(RULES).sort();
function ruleSeverity(rule) {
  return isRuleId(rule) ? RULES[rule].severity : "error";
}
function isRuleId(rule) {
  return Object.hasOwn(RULES, rule);
}

// src/model/sla.ts
function magnitude(m) {
  return m.kind === "duration" ? m.seconds : m.value;
}
function normalizeSla(raw) {
  const issues = [];
  const spec = raw.spec;
  const objectives = spec.objectives.map((o, i) => {
    const objective = {
      id: o.id,
      title: o.title,
      indicator: o.indicator,
      target: parseMeasure(o.indicator, o.target, OBJECTIVES, i, "target", "target", issues),
      window: take(
        issues,
        parseWindow(o.window),
        OBJECTIVES,
        i,
        "window",
        "window-format",
        "window",
        MONTH
      )
    };
    const better = directionOf(o.indicator, o.better);
    if (better) objective.better = better;
    if (o.description !== void 0) objective.description = o.description;
    if (o.percentile !== void 0) objective.percentile = o.percentile;
    if (o.measurement !== void 0) objective.measurement = o.measurement;
    const prometheus = o.prometheus && prometheusQuery(o.indicator, o.prometheus);
    if (prometheus) objective.prometheus = prometheus;
    if (o.tolerance) {
      objective.tolerance = {
        desired: parseMeasure(
          o.indicator,
          o.tolerance.desired,
          OBJECTIVES,
          i,
          TOLERANCE_DESIRED,
          "tolerance.desired",
          issues
        ),
        adequate: parseMeasure(
          o.indicator,
          o.tolerance.adequate,
          OBJECTIVES,
          i,
          TOLERANCE_ADEQUATE,
          "tolerance.adequate",
          issues
        )
      };
    }
    return objective;
  });
  const sla = {
    id: raw.metadata.id,
    title: raw.metadata.title,
    owner: raw.metadata.owner,
    tags: raw.metadata.tags ?? [],
    service: spec.service,
    customers: spec.customers ?? [],
    effective: spec.effective,
    serviceHours: hoursOf(issues, spec.serviceHours, SERVICE_HOURS),
    objectives,
    exclusions: spec.exclusions ?? [],
    contacts: spec.contacts ?? []
  };
  if (raw.metadata.tier !== void 0) sla.tier = raw.metadata.tier;
  if (spec.review) {
    sla.review = {
      every: take(
        issues,
        parseCadence(spec.review.every),
        REVIEW,
        void 0,
        "every",
        "review-cadence",
        "review.every",
        { months: 12, days: 0 }
      ),
      everyText: spec.review.every,
      lastReviewed: spec.review.lastReviewed
    };
  }
  if (spec.support) {
    const support = {
      priorities: (spec.support.priorities ?? []).map((p, i) => {
        const priority = {
          level: p.level,
          meaning: p.meaning,
          response: take(
            issues,
            parseDuration(p.response),
            PRIORITIES,
            i,
            "response",
            "duration-format",
            "response",
            0
          )
        };
        if (p.resolution !== void 0) {
          priority.resolution = take(
            issues,
            parseDuration(p.resolution),
            PRIORITIES,
            i,
            "resolution",
            "duration-format",
            "resolution",
            0
          );
        }
        if (p.hours !== void 0) {
          priority.hours = {
            schedule: take(
              issues,
              parseSchedule(p.hours),
              PRIORITIES,
              i,
              "hours",
              "schedule-format",
              "hours",
              ALWAYS
            ),
            text: Array.isArray(p.hours) ? [...p.hours] : [p.hours]
          };
        }
        return priority;
      })
    };
    if (spec.support.hours) support.hours = hoursOf(issues, spec.support.hours, SUPPORT_HOURS);
    sla.support = support;
  }
  if (spec.maintenance) {
    const m = {
      windows: (spec.maintenance.windows ?? []).map(
        (w, i) => hoursOf(issues, w, MAINTENANCE_WINDOWS, i)
      )
    };
    if (spec.maintenance.notice !== void 0) {
      m.notice = take(
        issues,
        parseDuration(spec.maintenance.notice),
        MAINTENANCE,
        void 0,
        "notice",
        "duration-format",
        "maintenance.notice",
        0
      );
    }
    sla.maintenance = m;
  }
  if (spec.credits) {
    sla.credits = {
      objective: spec.credits.objective,
      tiers: spec.credits.tiers.map((t, i) => ({
        below: take(issues, parsePercent(t.below), TIERS, i, "below", "percent-format", "below", 0),
        credit: take(
          issues,
          parsePercent(t.credit),
          TIERS,
          i,
          "credit",
          "percent-format",
          "credit",
          0
        )
      }))
    };
  }
  return { sla, issues };
}
function take(issues, parsed, prefix, index, key, rule, what, fallback) {
  if (parsed.ok) return parsed.value;
  issues.push({ path: pathTo(prefix, index, key), rule, message: `${what} ${parsed.reason}` });
  return fallback;
}
function hoursOf(issues, h, prefix, index) {
  if (!h) return { timezone: "UTC", schedule: always(), text: ["24x7"] };
  const text = Array.isArray(h.schedule) ? [...h.schedule] : [h.schedule];
  const schedule = take(
    issues,
    parseSchedule(h.schedule),
    prefix,
    index,
    "schedule",
    "schedule-format",
    "schedule",
    ALWAYS
  );
  return { timezone: h.timezone ?? "UTC", schedule, text };
}
var OBJECTIVES = ["spec", "objectives"];
var TOLERANCE_DESIRED = ["tolerance", "desired"];
var TOLERANCE_ADEQUATE = ["tolerance", "adequate"];
var SERVICE_HOURS = ["spec", "serviceHours"];
var REVIEW = ["spec", "review"];
var PRIORITIES = ["spec", "support", "priorities"];
var SUPPORT_HOURS = ["spec", "support", "hours"];
var MAINTENANCE = ["spec", "maintenance"];
var MAINTENANCE_WINDOWS = ["spec", "maintenance", "windows"];
var TIERS = ["spec", "credits", "tiers"];
function pathTo(prefix, index, key) {
  const path = index === void 0 ? [...prefix] : [...prefix, index];
  if (typeof key === "string") path.push(key);
  else path.push(...key);
  return path;
}
function prometheusQuery(indicator, q) {
  if (isRatioIndicator(indicator)) {
    if (q.good === void 0 || q.total === void 0 || q.value !== void 0) return void 0;
    return { kind: "ratio", good: q.good, total: q.total };
  }
  if (q.value === void 0 || q.good !== void 0 || q.total !== void 0) return void 0;
  return { kind: "value", value: q.value };
}
function always() {
  const s = parseSchedule("24x7");
  if (!s.ok) throw new Error("unreachable: 24x7 parses");
  return s.value;
}
var ALWAYS = always();
var MONTH = Object.freeze({ kind: "calendar", unit: "month", seconds: 2629746 });
function parseObjectiveValue(o, value) {
  const issues = [];
  const m = parseMeasure(o.indicator, value, [], void 0, "value", "value", issues);
  if (issues[0]) return { ok: false, reason: issues[0].message };
  const t = o.target;
  if (m.kind !== t.kind)
    return {
      ok: false,
      reason: `value "${value}" is ${KIND_WORDS[m.kind]}, but objective "${o.id}" has ${KIND_WORDS[t.kind]} target; write the value as the target is written`
    };
  if (m.kind === "quantity" && t.kind === "quantity" && m.unit !== t.unit)
    return {
      ok: false,
      reason: `value "${value}" is in ${m.unit ? `"${m.unit}"` : "no unit"}, but objective "${o.id}" counts in ${t.unit ? `"${t.unit}"` : "no unit"}; write the value in the target's unit`
    };
  if (m.kind === "percent" && (m.value < 0 || m.value > 100))
    return { ok: false, reason: `value ${value} is not a percentage from 0% to 100%` };
  if (m.kind === "percent" && INDICATORS[o.indicator].fractionProne && m.value > 0 && m.value <= 1 && !String(value).includes("%"))
    return {
      ok: false,
      reason: `value ${value} looks like a fraction; write ${formatPercent(m.value * 100)} (a percentage, with %)`
    };
  if (m.kind === "duration" && m.seconds < 0)
    return { ok: false, reason: `value "${value}" is a negative duration` };
  return { ok: true, value: m };
}
var KIND_WORDS = {
  percent: "a percentage",
  duration: "a duration",
  quantity: "a number"
};
function parseMeasure(indicator, value, prefix, index, key, what, issues) {
  const kind = targetKindOf(indicator);
  if (kind === "percent") {
    const p = parsePercent(value);
    if (p.ok) return { kind: "percent", value: p.value };
    const d2 = typeof value === "string" ? parseDuration(value) : p;
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      d2.ok ? `${what} of ${article(indicator)} objective must be a percentage such as 99.9%, not the duration "${value}"` : `${what} ${p.reason}`
    );
    return { kind: "percent", value: 0 };
  }
  if (kind === "duration") {
    const d2 = parseDuration(value);
    if (d2.ok) return { kind: "duration", seconds: d2.value };
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      typeof value === "number" || PERCENT_SIGN.test(String(value)) ? `${what} of ${article(indicator)} objective must be a duration such as 300ms or 15m, not "${value}"` : `${what} ${d2.reason}`
    );
    return { kind: "duration", seconds: 0 };
  }
  if (kind === "quantity") {
    const q2 = parseQuantity(value);
    if (q2.ok && !PERCENT_SIGN.test(String(value))) return { kind: "quantity", ...q2.value };
    targetIssue(
      issues,
      pathTo(prefix, index, key),
      `${what} of ${article(indicator)} objective must be a number with a unit such as 1000 rps, not "${value}"`
    );
    return { kind: "quantity", value: 0, unit: "" };
  }
  if (typeof value === "string" && PERCENT_SIGN.test(value)) {
    const p = parsePercent(value);
    if (p.ok) return { kind: "percent", value: p.value };
  }
  const d = typeof value === "string" ? parseDuration(value) : void 0;
  if (d?.ok) return { kind: "duration", seconds: d.value };
  const q = parseQuantity(value);
  if (q.ok) return { kind: "quantity", ...q.value };
  targetIssue(issues, pathTo(prefix, index, key), `${what} ${q.reason}`);
  return { kind: "quantity", value: 0, unit: "" };
}
var PERCENT_SIGN = /%\s*$/;
function targetIssue(issues, path, message) {
  issues.push({ path, rule: "objective-target-type", message });
}

export {
  RULES,
  ruleSeverity,
  magnitude,
  normalizeSla,
  parseObjectiveValue
};
