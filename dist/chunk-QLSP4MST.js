import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  lastPeriods,
  periodKindOf,
  validateResults
} from "./chunk-HJ74UDHR.js";
import {
  slaMatcher
} from "./chunk-6XWFT2UC.js";
import {
  require_picomatch
} from "./chunk-4XC5CIYH.js";
import {
  magnitude
} from "./chunk-B3JQOF2Z.js";
import {
  INDICATORS,
  isRatioIndicator,
  require_dist
} from "./chunk-YRYJ7FDC.js";
import {
  __toESM
} from "./chunk-UXNRCORL.js";

// src/measure/round.ts
var MAX_DECIMALS = 9;
function formatMeasured(o, value) {
  const thresholds = [o.target, o.tolerance?.desired, o.tolerance?.adequate].filter((m) => m !== void 0).map(magnitude);
  switch (o.target.kind) {
    case "percent":
      if (value < 0 || value > 100)
        return {
          ok: false,
          reason: `the query gave ${value}, which is not a percentage from 0 to 100: give value as a number such as 99.95 (not a fraction such as 0.9995)`
        };
      return { ok: true, value: `${round(value, 3, thresholds, 1)}%` };
    case "duration":
      if (value < 0)
        return { ok: false, reason: `the query gave ${value} seconds, a negative duration` };
      return {
        ok: true,
        value: value < 60 ? `${round(value * 1e3, 0, thresholds, 1e3)}ms` : `${round(value, 3, thresholds, 1)}s`
      };
    case "quantity": {
      const n = round(value, 3, thresholds, 1);
      return { ok: true, value: o.target.unit ? `${n} ${o.target.unit}` : n };
    }
  }
}
function round(value, decimals, thresholds, scale) {
  let d = decimals;
  let text = value.toFixed(d);
  while (d < MAX_DECIMALS && thresholds.some((t) => side(Number(text) / scale, t) !== side(value / scale, t))) {
    d++;
    text = value.toFixed(d);
  }
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
function side(x, t) {
  return Math.sign(x - t);
}

// src/measure/http.ts
var DEFAULT_TIMEOUT_MS = 3e4;
var DEFAULT_RETRY_DELAYS_MS = [500, 1e3, 2e3];
function createHttpPrometheus(options) {
  const base = options.url.replace(/\/+$/, "");
  const endpoint = `${base}/api/v1/query`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const doFetch = options.fetch ?? fetch;
  const shown = redact(base);
  async function attempt(promql, time) {
    const headers = { accept: "application/json" };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let response;
    let text;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers,
        body: new URLSearchParams({ query: promql, time }),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "error"
      });
      text = await response.text();
    } catch (err) {
      if (isTimeout(err))
        return {
          answer: {
            ok: false,
            fatal: true,
            message: `Prometheus at ${shown} did not answer within ${seconds(timeoutMs)}; check the server, or allow longer with --timeout SECONDS`
          }
        };
      return { retry: true, reason: connectionError(err) };
    }
    const body = parseJson(text);
    if (response.status >= 500) {
      return { retry: true, reason: `answered ${response.status}${apiError(body)}` };
    }
    if (!response.ok) return { answer: refused(response.status, body, shown) };
    return { answer: readAnswer(body, shown) };
  }
  return {
    url: shown,
    async query(promql, time) {
      let last = "";
      for (let i = 0; i <= delays.length; i++) {
        if (i > 0) await sleep(delays[i - 1]);
        const outcome = await attempt(promql, time);
        if ("answer" in outcome) return outcome.answer;
        last = outcome.reason;
      }
      const tries = delays.length + 1;
      return {
        ok: false,
        fatal: !/^answered/.test(last),
        message: /^answered/.test(last) ? `Prometheus at ${shown} ${last} (${tries} attempts); the server is failing: try again later` : `cannot reach Prometheus at ${shown}: ${last} (${tries} attempts); check --prometheus and that the server is running`
      };
    }
  };
}
function refused(status, body, shown) {
  const detail = apiError(body);
  if (status === 400 || status === 422)
    return {
      ok: false,
      fatal: false,
      message: `Prometheus refused the query (${status}${detail || ""})`
    };
  if (status === 401 || status === 403)
    return {
      ok: false,
      fatal: true,
      message: `Prometheus at ${shown} answered ${status}${detail}: set SLAC_PROMETHEUS_TOKEN to a token that may query it`
    };
  if (status === 404)
    return {
      ok: false,
      fatal: true,
      message: `there is no Prometheus API at ${shown}/api/v1/query (404): give --prometheus the URL the API is under (for Mimir e.g. https://mimir.example/prometheus)`
    };
  return { ok: false, fatal: true, message: `Prometheus at ${shown} answered ${status}${detail}` };
}
function readAnswer(body, shown) {
  const data = body?.data;
  if (!body || body.status !== "success" || !data)
    return {
      ok: false,
      fatal: true,
      message: `${shown} did not answer as the Prometheus HTTP API does (no "status": "success" with "data"); check --prometheus`
    };
  const { resultType, result } = data;
  if (resultType === "scalar" && Array.isArray(result))
    return { ok: true, resultType, samples: [{ metric: {}, value: String(result[1]) }] };
  if (resultType === "vector" && Array.isArray(result)) {
    const samples = result.map(
      (r) => ({
        metric: r.metric ?? {},
        value: String(r.value?.[1])
      })
    );
    return { ok: true, resultType, samples };
  }
  if (resultType === "matrix" || resultType === "string")
    return { ok: true, resultType, samples: [] };
  return {
    ok: false,
    fatal: false,
    message: `Prometheus answered a result of type "${String(resultType)}"; a query must give one number`
  };
}
function apiError(body) {
  if (!body || typeof body !== "object") return "";
  const { errorType, error } = body;
  const type = typeof errorType === "string" && errorType ? ` ${errorType}` : "";
  return typeof error === "string" && error ? `${type}: ${error}` : type;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isTimeout(err) {
  return err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
}
function connectionError(err) {
  const cause = err?.cause;
  if (cause && typeof cause.code === "string") return `connection failed (${cause.code})`;
  if (cause && typeof cause.message === "string") return `connection failed (${cause.message})`;
  return `connection failed (${err instanceof Error ? err.message : String(err)})`;
}
function redact(url) {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/+$/, "");
  } catch {
    return url;
  }
}
function seconds(ms) {
  return `${ms / 1e3} s`;
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// src/measure/file.ts
var import_yaml = __toESM(require_dist(), 1);
function resultsFileText(period, source, rows) {
  return (0, import_yaml.stringify)(
    {
      apiVersion: "slac/v1",
      kind: "ServiceLevelResults",
      period: period.id,
      source,
      results: rows.map(rowObject)
    },
    { lineWidth: 0 }
  );
}
function mergeResultsFile(existing, period, source, rows) {
  const doc = (0, import_yaml.parseDocument)(existing);
  if (doc.errors.length > 0)
    return {
      ok: false,
      reason: `it is not valid YAML (${doc.errors[0]?.message.split("\n")[0] ?? ""}); fix it first`
    };
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root))
    return { ok: false, reason: "it is not a results file (a mapping with apiVersion: slac/v1)" };
  const written = root.get("period");
  if (String(written) !== period.id)
    return {
      ok: false,
      reason: `its period is ${String(written)}, not ${period.id}; put that file's results where they belong first`
    };
  const before = root.get("source");
  if (typeof before !== "string" || before.trim() === "") root.set("source", source);
  else if (!before.includes(source)) root.set("source", `${before}; ${source}`.slice(0, 500));
  let results = root.get("results");
  if (!(0, import_yaml.isSeq)(results)) {
    root.set("results", doc.createNode([]));
    results = root.get("results");
  }
  if (!(0, import_yaml.isSeq)(results)) return { ok: false, reason: "its results are not a list" };
  const seq = results;
  if (seq.items.length === 0) seq.flow = false;
  for (const row of rows) {
    const item = seq.items.find(
      (i) => (0, import_yaml.isMap)(i) && String(i.get("sla")) === row.sla && String(i.get("objective")) === row.objective
    );
    if ((0, import_yaml.isMap)(item)) {
      item.set("value", row.value);
      for (const key of ["good", "total"]) {
        if (row[key] === void 0) item.delete(key);
        else item.set(key, row[key]);
      }
    } else {
      const node = doc.createNode(rowObject(row));
      seq.items.push(node);
    }
  }
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}
function rowObject(row) {
  return {
    sla: row.sla,
    objective: row.objective,
    value: row.value,
    ...row.good !== void 0 ? { good: row.good } : {},
    ...row.total !== void 0 ? { total: row.total } : {}
  };
}

// src/measure/plan.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function resultsPathOf(config, period, exists) {
  const base = import_picomatch.default.scan(config.results[0] ?? "results/**/*.yaml").base;
  const folder = base === "" ? "" : `${base.replace(/\/+$/, "")}/`;
  const yml = `${folder}${period.id}.yml`;
  return !exists(`${folder}${period.id}.yaml`) && exists(yml) ? yml : `${folder}${period.id}.yaml`;
}
async function planResultsWrites(folder, config, slas, today, source, files) {
  const selected = slaMatcher(config.results);
  const writes = [];
  for (const { measured, path } of files) {
    if (!selected(path))
      return {
        ok: false,
        reason: `${path} would not be selected by the results globs of .slac.yml (${config.results.join(", ")}); start the first glob with the folder results go in`
      };
    const existing = await folder.read(path);
    if (existing === void 0) {
      writes.push({ path, text: resultsFileText(measured.period, source, measured.rows) });
      continue;
    }
    const merged = mergeResultsFile(existing, measured.period, source, measured.rows);
    if (!merged.ok) return { ok: false, reason: `cannot merge into ${path}: ${merged.reason}` };
    writes.push({ path, text: merged.text });
  }
  const paths = /* @__PURE__ */ new Set([...folder.list(), ...writes.map((w) => w.path)]);
  const contents = await Promise.all(
    [...paths].sort().map(async (path) => ({
      path,
      content: writes.find((w) => w.path === path)?.text ?? await folder.read(path) ?? ""
    }))
  );
  const written = new Set(writes.map((w) => w.path));
  const check = validateResults(contents, slas, today);
  const bad = check.errors.filter(
    (e) => written.has(e.file) || e.rule === "results-duplicate" && [...written].some((path) => e.message.includes(`${path}:`))
  );
  if (bad.length > 0) {
    const e = bad[0];
    return {
      ok: false,
      reason: `the results would not be valid: ${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}${bad.length > 1 ? ` (and ${bad.length - 1} more)` : ""}`
    };
  }
  return { ok: true, writes };
}

// src/measure/index.ts
var DAY_MS = 864e5;
function periodEnd(period) {
  return new Date(Date.parse(`${period.end}T00:00:00Z`) + DAY_MS).toISOString().replace(".000Z", "Z");
}
function periodRange(period) {
  const seconds2 = (Date.parse(periodEnd(period)) - Date.parse(`${period.start}T00:00:00Z`)) / 1e3;
  return `${seconds2}s`;
}
function planMeasurements(slas, today, period) {
  const out = [];
  for (const sla of [...slas].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) {
    for (const objective of sla.objectives) {
      if (!objective.prometheus) continue;
      const kind = periodKindOf(objective.window);
      if (period && period.kind !== kind) continue;
      const p = period ?? lastPeriods(kind, today, 1)[0];
      if (p.end < sla.effective.from) continue;
      if (sla.effective.until !== void 0 && p.start > sla.effective.until) continue;
      out.push({ sla, objective, period: p });
    }
  }
  return out;
}
async function measure(request) {
  const plan = planMeasurements(request.slas, request.today, request.period);
  const byPeriod = /* @__PURE__ */ new Map();
  const failures = [];
  for (const { sla, objective, period } of plan) {
    const got = await measureObjective(request.prometheus, objective, period);
    if (!got.ok) {
      failures.push({
        sla: sla.id,
        objective: objective.id,
        query: got.query,
        message: got.message
      });
      if (got.fatal) return { periods: sorted(byPeriod), failures, stopped: true };
      continue;
    }
    let entry = byPeriod.get(period.id);
    if (!entry) byPeriod.set(period.id, entry = { period, rows: [] });
    entry.rows.push({ sla: sla.id, objective: objective.id, ...got.row });
  }
  return { periods: sorted(byPeriod), failures, stopped: false };
}
function sorted(map) {
  const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return [...map.values()].sort(
    (a, b) => cmp(a.period.end, b.period.end) || cmp(b.period.start, a.period.start)
  );
}
async function measureObjective(client, o, period) {
  const q = o.prometheus;
  if (!q) throw new Error("unreachable: planned objectives have queries");
  const time = periodEnd(period);
  const range = periodRange(period);
  const fill = (promql) => promql.replace(/\{\{\s*range\s*\}\}/g, range);
  const ask = async (part, promql) => {
    const query = fill(promql);
    const answer = await client.query(query, time);
    const n = oneNumber(answer, part);
    return n.ok ? { ok: true, value: n.value } : { ok: false, query, message: n.message, fatal: n.fatal };
  };
  if (q.kind === "value") {
    const v = await ask("value", q.value);
    if (!v.ok) return v;
    const formatted2 = formatMeasured(o, v.value);
    if (!formatted2.ok)
      return { ok: false, query: fill(q.value), message: formatted2.reason, fatal: false };
    return { ok: true, row: { value: formatted2.value } };
  }
  if (!isRatioIndicator(o.indicator))
    throw new Error("unreachable: ratio queries on a ratio indicator");
  const good = await ask("good", q.good);
  if (!good.ok) return good;
  const total = await ask("total", q.total);
  if (!total.ok) return total;
  const both = `good: ${fill(q.good)}; total: ${fill(q.total)}`;
  if (total.value === 0)
    return {
      ok: false,
      query: fill(q.total),
      fatal: false,
      message: `total is 0: no events in ${period.id}, so there is no share to report; check that the metric has data for the period, or enter the period by hand`
    };
  if (good.value < 0 || total.value < 0)
    return {
      ok: false,
      query: both,
      fatal: false,
      message: `a count is negative (good ${good.value}, total ${total.value}); count events with increase(...) of a counter`
    };
  if (good.value > total.value * (1 + 1e-9))
    return {
      ok: false,
      query: both,
      fatal: false,
      message: `good (${good.value}) is more than total (${total.value}); good must count a part of the events total counts (the same metric and labels, with one more filter)`
    };
  const share = Math.min(100, good.value / total.value * 100);
  const value = INDICATORS[o.indicator].ratio === "failed" ? 100 - share : share;
  const formatted = formatMeasured(o, value);
  if (!formatted.ok) return { ok: false, query: both, message: formatted.reason, fatal: false };
  return {
    ok: true,
    row: { value: formatted.value, good: Math.round(good.value), total: Math.round(total.value) }
  };
}
function oneNumber(answer, part) {
  if (!answer.ok) return { ok: false, message: answer.message, fatal: answer.fatal };
  const fail = (message) => ({
    ok: false,
    message: `${part}: ${message}`,
    fatal: false
  });
  if (answer.resultType === "matrix")
    return fail(
      "the query returned a range vector; wrap it in a function over the period, e.g. increase(...[{{range}}])"
    );
  if (answer.resultType === "string")
    return fail("the query returned a string; it must give one number");
  const samples = answer.samples;
  if (samples.length === 0)
    return fail("the query returned no series: check the job label and the metric name");
  if (samples.length > 1) {
    const labels = samples.slice(0, 2).map((s) => labelText(s.metric)).join(", ");
    return fail(
      `the query returned ${samples.length} series (${labels}${samples.length > 2 ? ", \u2026" : ""}) where one was expected: aggregate with sum(...)`
    );
  }
  const text = samples[0].value;
  const infinite = /^([+-]?)Inf$/i.exec(text);
  const value = infinite ? infinite[1] === "-" ? -Infinity : Infinity : Number(text);
  if (Number.isNaN(value))
    return fail(
      "the query returned NaN (no data in the period, or 0 / 0): check that the metric has data for the period"
    );
  if (!Number.isFinite(value))
    return fail(
      `the query returned ${text}${value > 0 ? " (for histogram_quantile: the quantile lies in the +Inf bucket, so the histogram needs a bucket above it)" : ""}; it must give a finite number`
    );
  return { ok: true, value };
}
function labelText(metric) {
  const entries = Object.entries(metric);
  return entries.length === 0 ? "{}" : `{${entries.map(([k, v]) => `${k}="${v}"`).join(",")}}`;
}

export {
  DEFAULT_TIMEOUT_MS,
  createHttpPrometheus,
  redact,
  resultsFileText,
  resultsPathOf,
  planResultsWrites,
  periodEnd,
  periodRange,
  planMeasurements,
  measure
};
