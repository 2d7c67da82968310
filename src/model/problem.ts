/** One thing wrong (or worth a warning) in a file, with where it is and what to do. */
export interface Problem {
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file set. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable rule id, e.g. `objective-target-range`. */
  rule: string;
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "a latency", "an availability": the article for a word in a message. */
export function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
