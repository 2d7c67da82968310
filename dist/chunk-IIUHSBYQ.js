import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/model/units.ts
var ok = (value) => ({ ok: true, value });
var fail = (reason) => ({ ok: false, reason });
var MAX_CACHED_TEXT = 100;
function memoized(parse) {
  const results = /* @__PURE__ */ new Map();
  return (text) => {
    let parsed = results.get(text);
    if (parsed === void 0) {
      parsed = parse(text);
      if (text.length <= MAX_CACHED_TEXT) {
        if (parsed.ok && typeof parsed.value === "object") Object.freeze(parsed.value);
        if (results.size >= 1e4) results.clear();
        results.set(text, Object.freeze(parsed));
      }
    }
    return parsed;
  };
}
var CALENDAR_SECONDS = {
  week: 604800,
  month: 2629746,
  quarter: 7889238,
  year: 31556952
};
function parsePercent(input) {
  if (typeof input === "number") {
    return Number.isFinite(input) ? ok(input) : fail("is not a finite number");
  }
  if (typeof input !== "string") return fail("must be a percentage such as 99.9%");
  return percentText(input);
}
var percentText = memoized((input) => {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(?:%\s*)?$/.exec(input);
  if (!m) return fail(`"${input}" is not a percentage; write e.g. 99.9%`);
  return ok(Number(m[1]));
});
var UNIT_SECONDS = {
  milliseconds: 1e-3,
  millisecond: 1e-3,
  ms: 1e-3,
  seconds: 1,
  second: 1,
  secs: 1,
  sec: 1,
  s: 1,
  minutes: 60,
  minute: 60,
  mins: 60,
  min: 60,
  m: 60,
  hours: 3600,
  hour: 3600,
  hrs: 3600,
  hr: 3600,
  h: 3600,
  days: 86400,
  day: 86400,
  d: 86400,
  weeks: 604800,
  week: 604800,
  w: 604800
};
var DURATION_UNITS = Object.keys(UNIT_SECONDS).join("|");
function parseDuration(input) {
  if (typeof input !== "string") {
    return fail("must be a duration such as 15m, 4h, 1h30m or PT4H (a number alone has no unit)");
  }
  return durationText(input);
}
var durationText = memoized((input) => {
  const s = input.trim();
  if (/^P/i.test(s)) return parseIsoDuration(s);
  const re = DURATION_COMPONENT;
  let total = 0;
  let seen = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return fail(`"${input}" is not a duration; write e.g. 15m, 4h, 1h30m, 300ms or PT4H`);
    total += Number(m[1]) * UNIT_SECONDS[m[2]];
    seen++;
    pos = re.lastIndex;
    while (s[pos] === " ") pos++;
  }
  if (seen === 0) return fail("is empty; write a duration such as 15m");
  return ok(round6(total));
});
var DURATION_COMPONENT = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(${DURATION_UNITS})`, "gy");
function parseIsoDuration(s) {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
    s
  );
  if (!m || s.length <= 1 || /T$/i.test(s)) {
    return fail(`"${s}" is not an ISO 8601 duration; write e.g. PT4H or PT15M`);
  }
  if (m[1] || m[2]) {
    return fail(`"${s}" uses years or months, whose length varies; write days (P30D) instead`);
  }
  const n = (i) => Number(m[i] ?? 0);
  return ok(round6(n(3) * 604800 + n(4) * 86400 + n(5) * 3600 + n(6) * 60 + n(7)));
}
function round6(x) {
  return Math.round(x * 1e6) / 1e6;
}
function parseWindow(input) {
  if (typeof input !== "string") return fail("must be week, month, quarter, year or e.g. 28d");
  return windowText(input);
}
var windowText = memoized((input) => {
  const s = input.trim().toLowerCase();
  if (Object.hasOwn(CALENDAR_SECONDS, s)) {
    const unit = s;
    return ok({ kind: "calendar", unit, seconds: CALENDAR_SECONDS[unit] });
  }
  const d = parseDuration(input);
  if (!d.ok) {
    return fail(
      `"${input}" is not a window; write week, month, quarter, year or a duration like 28d`
    );
  }
  if (d.value <= 0) return fail("must be longer than zero");
  return ok({ kind: "rolling", seconds: d.value });
});
var DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
var MINUTES_PER_DAY = 24 * 60;
var MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
function parseSchedule(input) {
  const key = typeof input === "string" ? input : Array.isArray(input) && input.every((p) => typeof p === "string") ? `a ${JSON.stringify(input)}` : void 0;
  if (key === void 0) return parseScheduleOnce(input);
  const schedules = typeof input === "string" ? textSchedules : listSchedules;
  let parsed = schedules.get(key);
  if (!parsed) {
    parsed = parseScheduleOnce(input);
    if (parsed.ok) {
      parsed.value.intervals.forEach((i) => Object.freeze(i));
      Object.freeze(parsed.value.intervals);
      Object.freeze(parsed.value);
    }
    if (schedules.size > 1e4) schedules.clear();
    schedules.set(key, Object.freeze(parsed));
  }
  return parsed;
}
var textSchedules = /* @__PURE__ */ new Map();
var listSchedules = /* @__PURE__ */ new Map();
function parseScheduleOnce(input) {
  const parts = Array.isArray(input) ? input : [input];
  if (parts.length === 0) return fail("is empty; write 24x7 or e.g. Mon-Fri 08:00-18:00");
  const intervals = [];
  for (const part of parts) {
    if (typeof part !== "string") return fail('must be 24x7 or e.g. "Mon-Fri 08:00-18:00"');
    const one = parseScheduleEntry(part);
    if (!one.ok) return one;
    intervals.push(...one.value);
  }
  const merged = mergeIntervals(intervals);
  const minutesPerWeek = merged.reduce((sum, i) => sum + (i.end - i.start), 0);
  return ok({ always: minutesPerWeek === MINUTES_PER_WEEK, intervals: merged, minutesPerWeek });
}
function parseScheduleEntry(raw) {
  const s = raw.trim();
  if (/^24\s*x\s*7$/i.test(s) || /^24\/7$/.test(s)) {
    return ok(DAY_NAMES.map((_, day) => ({ day, start: 0, end: MINUTES_PER_DAY })));
  }
  const m = scheduleEntryParts(s);
  if (!m) {
    return fail(
      `"${raw}" is not a schedule; write 24x7 or days and hours like "Mon-Fri 08:00-18:00"`
    );
  }
  const days = parseDays(m[1]);
  if (!days.ok) return days;
  const start = toMinutes(m[2], m[3]);
  const end = toMinutes(m[4], m[5]);
  if (start === null || end === null || start >= MINUTES_PER_DAY) {
    return fail(`"${raw}" has an invalid time; use HH:MM between 00:00 and 24:00`);
  }
  if (start === end) return fail(`"${raw}" starts and ends at the same time`);
  const out = [];
  for (const day of days.value) {
    if (end > start) out.push({ day, start, end });
    else {
      out.push({ day, start, end: MINUTES_PER_DAY });
      if (end > 0) out.push({ day: (day + 1) % 7, start: 0, end });
    }
  }
  return ok(out);
}
function scheduleEntryParts(entry) {
  return /^([A-Za-z][A-Za-z,-]*(?: +[A-Za-z,-]+)*)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/.exec(
    entry
  );
}
function parseDays(spec) {
  const days = /* @__PURE__ */ new Set();
  const lower = spec.trim().toLowerCase();
  if (lower === "daily" || lower === "every day") return ok([0, 1, 2, 3, 4, 5, 6]);
  for (const piece of spec.split(",")) {
    const range = piece.trim().split("-").map((p) => p.trim());
    const idx = range.map(dayIndex);
    if (idx.some((i) => i === -1) || range.length > 2 || range.length === 0) {
      return fail(
        `"${piece.trim()}" is not a day or day range; use Mon, Tue, \u2026 Sun, e.g. Mon-Fri or Sat,Sun`
      );
    }
    const from = idx[0];
    const to = idx[1] ?? from;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return ok([...days].sort((a, b) => a - b));
}
var DAY_INDEX = new Map(
  ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap(
    (full, i) => [
      [full, i],
      [full.slice(0, 3), i]
    ]
  )
);
function dayIndex(name) {
  return DAY_INDEX.get(name.toLowerCase()) ?? -1;
}
function toMinutes(h, m) {
  const hh = Number(h);
  const mm = Number(m);
  if (mm > 59 || hh > 24 || hh === 24 && mm !== 0) return null;
  return hh * 60 + mm;
}
function mergeIntervals(list) {
  const sorted = [...list].sort((a, b) => a.day - b.day || a.start - b.start);
  const out = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last.day === i.day && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}
function parseCadence(input) {
  if (typeof input !== "string") return fail('must be a cadence such as "6 months" or P6M');
  return cadenceText(input);
}
var MAX_CADENCE_YEARS = 100;
var cadenceText = memoized((input) => {
  const cadence = cadenceOf(input);
  if (!cadence.ok) return cadence;
  const { months, days } = cadence.value;
  if (months / 12 + days / 365.2425 > MAX_CADENCE_YEARS) {
    return fail(
      `"${input}" is longer than ${MAX_CADENCE_YEARS} years; review at least once in ${MAX_CADENCE_YEARS} years, e.g. "1 year" or P1Y`
    );
  }
  return cadence;
});
function cadenceOf(input) {
  const s = input.trim();
  const words = /^(\d+)\s*(days|day|d|weeks|week|w|months|month|quarters|quarter|years|year)$/i.exec(s);
  if (words) {
    const n = Number(words[1]);
    const unit = words[2].toLowerCase().replace(/s$/, "");
    if (n <= 0) return fail("must be longer than zero");
    if (unit === "day" || unit === "d") return ok({ months: 0, days: n });
    if (unit === "week" || unit === "w") return ok({ months: 0, days: 7 * n });
    if (unit === "month") return ok({ months: n, days: 0 });
    if (unit === "quarter") return ok({ months: 3 * n, days: 0 });
    return ok({ months: 12 * n, days: 0 });
  }
  const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i.exec(s);
  if (iso && s.length > 1) {
    const months = Number(iso[1] ?? 0) * 12 + Number(iso[2] ?? 0);
    const days = Number(iso[3] ?? 0) * 7 + Number(iso[4] ?? 0);
    if (months + days > 0) return ok({ months, days });
  }
  return fail(`"${input}" is not a review cadence; write e.g. "6 months", "1 year" or P6M`);
}
function isValidDate(s) {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return day <= (month === 2 ? leap ? 29 : 28 : DAYS_IN_MONTH[month - 1]);
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var DASH = 45;
function digits(s, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function addCadence(date, cadence) {
  const { months, days } = cadence;
  const last = lastSum;
  if (last && last.date === date && last.months === months && last.days === days) return last.sum;
  const key = `${date} ${months} ${days}`;
  let sum = cadenceSums.get(key);
  if (sum === void 0) {
    sum = addCadenceOnce(date, cadence);
    if (cadenceSums.size > 1e4) cadenceSums.clear();
    cadenceSums.set(key, sum);
  }
  lastSum = { date, months, days, sum };
  return sum;
}
var cadenceSums = /* @__PURE__ */ new Map();
var lastSum;
function addCadenceOnce(date, cadence) {
  const [y, m, d] = date.split("-").map(Number);
  const monthIndex = m - 1 + cadence.months;
  const year = y + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12 + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const sum = new Date(Date.UTC(year, month, Math.min(d, lastDay)) + cadence.days * 864e5);
  if (Number.isNaN(sum.getTime()) || sum.getUTCFullYear() > 9999) return LAST_DATE;
  return sum.toISOString().slice(0, 10);
}
var LAST_DATE = "9999-12-31";
function parseQuantity(input) {
  if (typeof input === "number" && Number.isFinite(input)) return ok({ value: input, unit: "" });
  if (typeof input !== "string") return fail("must be a number with a unit, e.g. 1000 rps");
  return quantityText(input);
}
var quantityText = memoized((input) => {
  const m = /^\s*(-?\d[\d,]*(?:\.\d+)?)\s*([^\d\s,.].*)?$/.exec(input);
  if (!m) return fail(`"${input}" is not a number with a unit; write e.g. 1000 rps`);
  const number = m[1];
  if (m[2] !== void 0 && /^[eE][+-]?\d/.test(m[2]))
    return fail(`"${input}" has an exponent; write the number out, e.g. 1000 rps`);
  if (number.includes(",") && !/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(number))
    return fail(`"${input}" has misplaced commas; write e.g. 1000 rps or 1,000 rps`);
  return ok({ value: Number(number.replace(/,/g, "")), unit: (m[2] ?? "").trim() });
});
var COMMON_TIME_ZONES = [
  "UTC",
  "Etc/UTC",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Europe/Berlin",
  "Europe/Paris",
  "Europe/Amsterdam",
  "Europe/Brussels",
  "Europe/Madrid",
  "Europe/Rome",
  "Europe/Zurich",
  "Europe/Vienna",
  "Europe/Stockholm",
  "Europe/Oslo",
  "Europe/Copenhagen",
  "Europe/Helsinki",
  "Europe/Warsaw",
  "Europe/Prague",
  "Europe/Athens",
  "Europe/Istanbul",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Toronto",
  "America/Vancouver",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Singapore",
  "Asia/Kolkata",
  "Asia/Dubai",
  "Australia/Sydney",
  "Pacific/Auckland"
];
var zoneCache = new Map(COMMON_TIME_ZONES.map((zone) => [zone, true]));
function isValidTimeZone(tz) {
  let known = zoneCache.get(tz);
  if (known === void 0) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      known = /^[A-Za-z_+\-0-9/]+$/.test(tz);
    } catch {
      known = false;
    }
    zoneCache.set(tz, known);
  }
  return known;
}
function formatDuration(seconds) {
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1e3)} ms`;
  let rest = Math.round(seconds);
  if (rest === 0) return "0 s";
  const parts = [];
  for (const [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["min", 60],
    ["s", 1]
  ]) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
  }
  return parts.join(" ");
}
function formatPercent(value) {
  const plain = String(value);
  const dot = plain.indexOf(".");
  if ((dot < 0 || plain.length - dot <= 13) && !plain.includes("e")) return `${plain}%`;
  let text = percentTexts.get(value);
  if (text === void 0) {
    text = `${roundPercent(value)}%`;
    if (percentTexts.size >= 1e4) percentTexts.clear();
    percentTexts.set(value, text);
  }
  return text;
}
var percentTexts = /* @__PURE__ */ new Map();
function roundPercent(value) {
  return Number(value.toFixed(12));
}
function formatWindow(window) {
  return window.kind === "calendar" ? window.unit : formatDuration(window.seconds).replace(/ /g, "");
}
function windowPhrase(window) {
  if (window.kind === "calendar") return `a ${window.unit}`;
  const days = window.seconds / 86400;
  if (Number.isInteger(days)) return days === 1 ? "a day" : `per ${days} days`;
  return `per ${formatDuration(window.seconds)}`;
}

export {
  CALENDAR_SECONDS,
  parsePercent,
  parseDuration,
  parseWindow,
  MINUTES_PER_WEEK,
  parseSchedule,
  scheduleEntryParts,
  parseCadence,
  isValidDate,
  addCadence,
  parseQuantity,
  isValidTimeZone,
  formatDuration,
  formatPercent,
  roundPercent,
  formatWindow,
  windowPhrase
};
