import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  CALENDAR_SECONDS
} from "./chunk-GSJQI2HI.js";

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

export {
  periodKindOf,
  periodSeconds,
  parsePeriod,
  periodOf,
  shiftPeriod,
  lastPeriods,
  comparePeriods
};
