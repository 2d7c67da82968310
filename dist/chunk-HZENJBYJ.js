import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  attainment,
  outcome
} from "./chunk-H6FZKW75.js";
import {
  comparePeriods,
  lastPeriods,
  periodKindOf,
  periodOf,
  shiftPeriod
} from "./chunk-HJ74UDHR.js";
import {
  formatMeasure,
  measureFigure
} from "./chunk-YRYJ7FDC.js";
import {
  addCadence,
  formatWindow
} from "./chunk-IIUHSBYQ.js";

// src/report/index.ts
function buildReport(input) {
  return wholeReport(reportInParts(input));
}
function reportInParts(input) {
  const reporter = createReporter(input);
  const owner = input.owner?.toLowerCase();
  const slas = [...input.slas].sort((a, b) => a.id < b.id ? -1 : 1).filter((sla) => !owner || sla.owner.toLowerCase() === owner);
  const scope = "last" in input.selection ? `the last ${input.selection.last === 1 ? "complete period" : `${input.selection.last} complete periods`} of each objective` : input.selection.period.id;
  return {
    scope,
    periods: reporter.periodsOf(slas),
    today: input.today,
    slas: (function* () {
      for (const sla of slas) yield reporter.report(sla);
    })(),
    summary: reporter.summary
  };
}
function wholeReport(report) {
  if (Array.isArray(report.slas)) return report;
  const slas = [...report.slas];
  return {
    scope: report.scope,
    periods: report.periods,
    today: report.today,
    slas,
    summary: report.summary
  };
}
function createReporter(input) {
  const bySla = /* @__PURE__ */ new Map();
  for (const r of input.results) {
    const list = bySla.get(r.sla);
    if (list) list.push(r);
    else bySla.set(r.sla, [r]);
  }
  const summary = { met: 0, missed: 0, noData: 0 };
  const periodsOfKind = /* @__PURE__ */ new Map();
  const periodsOf = (kind) => {
    let all = periodsOfKind.get(kind);
    if (!all) {
      all = selectedPeriods(kind, input);
      periodsOfKind.set(kind, all);
    }
    return all;
  };
  const notice = new Date(
    Date.parse(`${input.today}T00:00:00Z`) + input.config.report.reviewNoticeSeconds * 1e3
  ).toISOString().slice(0, 10);
  const measuredOf = (sla) => {
    const mine = bySla.get(sla.id);
    return sla.objectives.map((objective) => {
      const kind = periodKindOf(objective.window);
      const periods = withinEffective(sla, periodsOf(kind));
      const byPeriod = /* @__PURE__ */ new Map();
      if (mine) {
        for (const r of mine) if (r.objective === objective.id) byPeriod.set(r.period.id, r);
      }
      return { objective, kind, periods, measured: periods.map((p) => byPeriod.get(p.id)) };
    });
  };
  const attained = (sla) => measuredOf(sla).map(({ objective, kind, periods, measured }) => ({
    objective,
    periods,
    rows: periods.map((period, i) => {
      const m = measured[i];
      const o = outcome(sla, objective, m?.value, kind);
      return { period, measured: m, met: o.met, downtimeSeconds: o.downtimeSeconds };
    })
  }));
  const report = (sla) => {
    const creditsOwed = [];
    const objectives = measuredOf(sla).map(
      ({ objective: o, kind, periods, measured: found }) => {
        const results = periods.map((period, i) => {
          const measured = found[i];
          const a = attainment(sla, o, measured?.value, kind);
          if (a.met === null) summary.noData++;
          else if (a.met) summary.met++;
          else summary.missed++;
          if (a.credit) creditsOwed.push({ period: period.id, credit: a.credit });
          return {
            period: period.id,
            value: measured ? measureFigure(measured.value) : null,
            met: a.met,
            zone: a.zone,
            budgetUsed: a.budgetUsed,
            credit: a.credit,
            note: measured?.note ?? null,
            downtime: a.downtime?.words ?? null
          };
        });
        return {
          id: o.id,
          title: o.title,
          indicator: o.indicator,
          target: measureFigure(o.target),
          window: formatWindow(o.window),
          better: o.better ?? null,
          tolerance: o.tolerance ? {
            desired: formatMeasure(o.tolerance.desired),
            adequate: formatMeasure(o.tolerance.adequate)
          } : null,
          results,
          trend: trendOf(o, found),
          breaches: results.filter((r) => r.met === false).length
        };
      }
    );
    return {
      id: sla.id,
      title: sla.title,
      owner: sla.owner,
      review: reviewOf(sla, input.today, notice),
      effective: { from: sla.effective.from, until: sla.effective.until ?? null },
      objectives,
      creditsOwed
    };
  };
  const shownBy = (slas) => {
    const shown = /* @__PURE__ */ new Set();
    for (const sla of slas)
      for (const objective of sla.objectives)
        for (const period of withinEffective(sla, periodsOf(periodKindOf(objective.window))))
          shown.add(period);
    const distinct = /* @__PURE__ */ new Map();
    for (const p of shown) distinct.set(`${p.kind} ${p.id}`, p);
    return [...distinct.values()].sort((a, b) => comparePeriods(a, b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]).map((p) => p.id);
  };
  return { attained, report, periodsOf: shownBy, summary };
}
var KIND_ORDER = { year: 0, quarter: 1, month: 2, week: 3 };
function selectedPeriods(kind, input) {
  if ("last" in input.selection) return lastPeriods(kind, input.today, input.selection.last);
  const p = input.selection.period;
  const periods = [];
  for (let q = periodOf(kind, p.start); q.start <= p.end; q = shiftPeriod(q, 1))
    if (q.start <= input.today) periods.push(q);
  return periods;
}
function withinEffective(sla, periods) {
  const { from, until } = sla.effective;
  return periods.filter((p) => p.end >= from && (until === void 0 || p.start <= until));
}
function trendOf(o, measured) {
  const values = measured.flatMap(
    (r) => r ? [r.value.kind === "duration" ? r.value.seconds : r.value.value] : []
  );
  if (values.length < 2 || o.better === void 0) return null;
  const [before, last] = values.slice(-2);
  if (before === last) return "steady";
  return o.better === "higher" === last > before ? "better" : "worse";
}
function reviewOf(sla, today, notice) {
  if (!sla.review) return { due: null, overdue: false, dueSoon: false };
  const due = addCadence(sla.review.lastReviewed, sla.review.every);
  const overdue = due < today;
  return { due, overdue, dueSoon: !overdue && due <= notice };
}

// src/report/chart.ts
var WIDTH = 640;
var HEIGHT = 180;
var LEFT = 64;
var RIGHT = 12;
var TOP = 12;
var BOTTOM = 34;
function chartSvg(input) {
  const figures = input.points.flatMap((p) => p.value === null ? [] : [p.value]);
  const all = [...figures, input.target];
  if (input.band) all.push(input.band.desired, input.band.adequate);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const pad = hi === lo ? Math.max(Math.abs(hi) * 0.01, 1e-3) : (hi - lo) * 0.15;
  lo -= pad;
  hi += pad;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v) => round(TOP + (hi - v) / (hi - lo) * plotH);
  const n = input.points.length;
  const x = (i) => round(LEFT + (n <= 1 ? plotW / 2 : i / (n - 1) * plotW));
  const id = `chart-${input.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const out = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(input.description)}</desc>`
  ];
  if (input.band) {
    const top = y(Math.max(input.band.desired, input.band.adequate));
    const bottom = y(Math.min(input.band.desired, input.band.adequate));
    out.push(
      `<rect class="chart-band" x="${LEFT}" y="${top}" width="${plotW}" height="${round(bottom - top)}" fill="currentColor" fill-opacity="0.08"/>`
    );
  }
  const ty = y(input.target);
  out.push(
    `<line class="chart-target" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${ty}" y2="${ty}" stroke="currentColor" stroke-dasharray="6 4"/>`,
    `<text class="chart-label" x="${LEFT - 6}" y="${ty + 4}" text-anchor="end" font-size="11" fill="currentColor">${escapeXml(input.format(input.target))}</text>`
  );
  const segments = [];
  let current = "";
  input.points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${x(i)},${y(p.value)}`;
  });
  if (current) segments.push(current);
  if (segments.length > 0)
    out.push(
      `<path class="chart-line" d="${segments.join(" ")}" fill="none" stroke="currentColor" stroke-width="1.5"/>`
    );
  input.points.forEach((p, i) => {
    const cx = x(i);
    if (p.value === null) {
      out.push(
        `<text class="chart-nodata" x="${cx}" y="${TOP + plotH / 2}" text-anchor="middle" font-size="10" fill="currentColor" fill-opacity="0.6">\u2013</text>`
      );
    } else if (p.met === false) {
      const cy = y(p.value);
      out.push(
        `<path class="chart-missed" d="M${cx - 5},${cy - 5}L${cx + 5},${cy + 5}M${cx - 5},${cy + 5}L${cx + 5},${cy - 5}" stroke="currentColor" stroke-width="2.5"/>`
      );
    } else {
      out.push(
        `<circle class="chart-met" cx="${cx}" cy="${y(p.value)}" r="4" fill="currentColor"/>`
      );
    }
    out.push(
      `<text class="chart-period" x="${cx}" y="${HEIGHT - 12}" text-anchor="middle" font-size="10" fill="currentColor">${escapeXml(shortLabel(p.label, n))}</text>`
    );
  });
  out.push("</svg>");
  return out.join("");
}
function shortLabel(label, count) {
  if (count <= 6) return label;
  const m = /^\d{4}-(.+)$/.exec(label);
  return m ? m[1] : label;
}
function round(n) {
  return Math.round(n * 10) / 10;
}
var XML_SPECIAL = /[&<>"']/;
function escapeXml(text) {
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export {
  buildReport,
  createReporter,
  chartSvg
};
