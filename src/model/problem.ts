import type { RuleId, SchemaKeywordRule } from './rules.js';

/** One thing wrong (or worth a warning) in a file, with where it is and what to do. */
export interface Problem {
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file set. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable rule id, e.g. `objective-target-range` (see the rule registry, model/rules.ts). */
  rule: RuleId | SchemaKeywordRule;
  message: string;
  severity: 'error' | 'warning';
}

export interface Position {
  line: number;
  column: number;
}

/** A path into a YAML/JSON document, e.g. ['spec', 'objectives', 0, 'target']. */
export type DocPath = ReadonlyArray<string | number>;

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
}

/** Problems of one rule reported per file; the rest are counted in one more problem. */
export const MAX_PROBLEMS_PER_RULE = 50;

/**
 * At most MAX_PROBLEMS_PER_RULE problems of each rule (the first by position), and for a rule
 * with more, one problem at the first left out that says how many more there are. A file
 * with 50,000 unknown keys gives a readable report, and every problem keeps its position.
 */
export function capPerRule(problems: readonly Problem[]): Problem[] {
  const count = new Map<string, number>();
  for (const p of problems) count.set(p.rule, (count.get(p.rule) ?? 0) + 1);
  if ([...count.values()].every((n) => n <= MAX_PROBLEMS_PER_RULE)) return [...problems];
  const kept = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of sortProblems(problems)) {
    const n = (kept.get(p.rule) ?? 0) + 1;
    kept.set(p.rule, n);
    if (n <= MAX_PROBLEMS_PER_RULE) out.push(p);
    else if (n === MAX_PROBLEMS_PER_RULE + 1) {
      const more = (count.get(p.rule) ?? n) - MAX_PROBLEMS_PER_RULE;
      out.push({
        ...p,
        message: `${more} more ${p.rule} problems in this file from here on are not listed; fix the ones above and validate again`,
      });
    }
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "a latency", "an availability": the article for a word in a message. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
