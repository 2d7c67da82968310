import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  isValidDate
} from "./chunk-MPHHO6IK.js";

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

export {
  holdsOn,
  duplicateIdMessage
};
