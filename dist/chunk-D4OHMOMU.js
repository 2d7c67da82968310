import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

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

// src/load/own.ts
function ownString(text) {
  return text.length < 13 ? text : (text + " ").slice(0, -1);
}
function detached(value) {
  if (typeof value === "string") return ownString(value);
  if (Array.isArray(value)) return value.map((v) => detached(v));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const copy = {};
    for (const [k, v] of Object.entries(value)) copy[k] = detached(v);
    return copy;
  }
  return value;
}

export {
  sortProblems,
  MAX_PROBLEMS_PER_RULE,
  capPerRule,
  article,
  ownString,
  detached
};
