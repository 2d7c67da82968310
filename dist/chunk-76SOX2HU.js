import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  isValidDate
} from "./chunk-GSJQI2HI.js";

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

export {
  holdsOn,
  duplicateIds
};
