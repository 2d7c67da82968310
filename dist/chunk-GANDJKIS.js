import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  ownString,
  sortProblems
} from "./chunk-D4OHMOMU.js";
import {
  isValidDate
} from "./chunk-IIUHSBYQ.js";

// src/validate/result.ts
function holdsOn(range, today) {
  if (!range) return true;
  const t = dayOrEmpty(today);
  return (range.from === void 0 || t >= range.from) && (range.until === void 0 || t <= range.until) && (range.after === void 0 || t > range.after);
}
var lastDay = { given: void 0, day: "" };
function dayOrEmpty(today) {
  if (lastDay.given !== today)
    lastDay = { given: today, day: today !== void 0 && isValidDate(today) ? today : "" };
  return lastDay.day;
}
function duplicateIdMessage(id, firstFile, firstAt) {
  return `metadata.id "${id}" is already used by ${firstFile}:${firstAt.line}:${firstAt.column}; each SLA needs its own id`;
}
function filesSharingIds(results) {
  const first = /* @__PURE__ */ new Map();
  const out = /* @__PURE__ */ new Set();
  for (const r of results) {
    if (r.id === void 0) continue;
    const other = first.get(r.id);
    if (other === void 0) first.set(r.id, r.file);
    else out.add(other).add(r.file);
  }
  return out;
}
function combineResults(results, idPosition) {
  const problems = [];
  const sorted = [...results].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  for (const r of sorted) problems.push(...r.problems);
  problems.push(...duplicateIds(sorted, idPosition));
  const all = sortProblems(problems);
  return {
    files: results.length,
    errors: all.filter((p) => p.severity === "error"),
    warnings: all.filter((p) => p.severity === "warning")
  };
}
function duplicateIds(files, idPosition) {
  const out = [];
  const firstById = /* @__PURE__ */ new Map();
  for (const r of files) {
    if (r.id === void 0) continue;
    const first = firstById.get(r.id);
    if (first === void 0) {
      firstById.set(r.id, r.file);
      continue;
    }
    const at = idPosition(r.file);
    out.push({
      file: r.file,
      line: at.line,
      column: at.column,
      rule: "sla-id-unique",
      message: duplicateIdMessage(r.id, first, idPosition(first)),
      severity: "error"
    });
  }
  return out;
}
function problemLines(content, problems) {
  if (problems.length === 0) return void 0;
  const text = typeof content === "string" ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
  const wanted = [];
  for (const p of problems) if (p.line > 0) wanted.push(p.line);
  if (wanted.length > 1) wanted.sort((a, b) => a - b);
  const out = {};
  let line = 1;
  let start = 0;
  for (let i = 0; i < wanted.length; i++) {
    const n = wanted[i];
    if (n === wanted[i - 1]) continue;
    while (line < n && start <= text.length) {
      const end2 = text.indexOf("\n", start);
      start = end2 < 0 ? text.length + 1 : end2 + 1;
      line++;
    }
    if (start > text.length) break;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    out[n] = ownString(
      text.slice(start, text.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end)
    );
  }
  return out;
}

export {
  holdsOn,
  filesSharingIds,
  combineResults,
  problemLines
};
