import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  isValidDate
} from "./chunk-MPHHO6IK.js";

// src/model/problem.ts
function sortProblems(problems) {
  return [...problems].sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message)
  );
}
var MAX_PROBLEMS_PER_RULE = 50;
function capPerRule(problems) {
  const count = /* @__PURE__ */ new Map();
  for (const p of problems) count.set(p.rule, (count.get(p.rule) ?? 0) + 1);
  if ([...count.values()].every((n) => n <= MAX_PROBLEMS_PER_RULE)) return [...problems];
  const kept = /* @__PURE__ */ new Map();
  const out = [];
  for (const p of sortProblems(problems)) {
    const n = (kept.get(p.rule) ?? 0) + 1;
    kept.set(p.rule, n);
    if (n <= MAX_PROBLEMS_PER_RULE) out.push(p);
    else if (n === MAX_PROBLEMS_PER_RULE + 1) {
      const more = (count.get(p.rule) ?? n) - MAX_PROBLEMS_PER_RULE;
      out.push({
        ...p,
        message: `${more} more ${p.rule} problems in this file from here on are not listed; fix the ones above and validate again`
      });
    }
  }
  return out;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function article(word) {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

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
  sortProblems,
  capPerRule,
  article,
  holdsOn,
  duplicateIdMessage
};
