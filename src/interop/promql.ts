// PromQL as text, just enough to move a query between the window conventions of Sloth (and
// OpenSLO as Sloth reads it) and slac: Sloth's `rate(x[{{.window}}])` over a short window is
// slac's `increase(x[{{range}}])` over the period, and Sloth's error count is slac's good
// count subtracted from the total. A scanner that knows strings and brackets, not a parser:
// where a query does not have the simple shape a rewrite needs, the rewrite is not made.

/** Sloth's window placeholder, with the spaces Go templates allow: `{{.window}}`, `{{ .window }}`. */
const WINDOW = /\{\{\s*\.window\s*\}\}/g;
/** slac's period placeholder. */
const RANGE = /\{\{\s*range\s*\}\}/g;

export function hasWindow(query: string): boolean {
  return /\{\{\s*\.window\s*\}\}/.test(query);
}

export function hasRange(query: string): boolean {
  return /\{\{\s*range\s*\}\}/.test(query);
}

/** Offsets of the characters of `query` that are outside quoted strings. */
function outsideStrings(query: string): boolean[] {
  const out: boolean[] = new Array<boolean>(query.length).fill(true);
  let quote: string | undefined;
  for (let i = 0; i < query.length; i++) {
    const c = query[i] as string;
    if (quote) {
      out[i] = false;
      if (c === '\\' && quote !== '`') {
        if (i + 1 < query.length) out[i + 1] = false;
        i++;
      } else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') {
      out[i] = false;
      quote = c;
    }
  }
  return out;
}

/** The offset of the bracket that closes the one at `open`, or -1. */
function closing(query: string, open: number, code: boolean[]): number {
  let depth = 0;
  for (let i = open; i < query.length; i++) {
    if (!code[i]) continue;
    const c = query[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/**
 * Calls of `from(` whose argument ends with the range `[placeholder]` become calls of `to(`
 * (`rate` ↔ `increase`); identifiers that merely end in the name (`irate`) are left alone.
 */
function renameCalls(query: string, from: string, to: string, placeholder: RegExp): string {
  const code = outsideStrings(query);
  const call = new RegExp(`(^|[^A-Za-z0-9_:])${from}\\s*\\(`, 'g');
  const starts: number[] = [];
  for (let m = call.exec(query); m; m = call.exec(query)) {
    const start = m.index + (m[1] as string).length;
    if (!code[start]) continue;
    const open = query.indexOf('(', start);
    const close = closing(query, open, code);
    if (close < 0) continue;
    const inner = query.slice(open + 1, close).trimEnd();
    const range = new RegExp(`\\[\\s*${placeholder.source}\\s*\\]$`);
    if (range.test(inner)) starts.push(start);
  }
  let out = query;
  for (const start of starts.reverse())
    out = out.slice(0, start) + to + out.slice(start + from.length);
  return out;
}

/** A Sloth (or Sloth-style OpenSLO) query as slac measures it over a period. */
export function windowToRange(query: string): string {
  return renameCalls(query, 'rate', 'increase', /\{\{\s*\.window\s*\}\}/).replace(
    WINDOW,
    '{{range}}',
  );
}

/** A slac query as Sloth evaluates it over its short windows. */
export function rangeToWindow(query: string): string {
  return renameCalls(query, 'increase', 'rate', /\{\{\s*range\s*\}\}/).replace(
    RANGE,
    '{{.window}}',
  );
}

/** Whitespace runs as one space, trimmed: how two queries are compared. */
function squash(query: string): string {
  const code = outsideStrings(query);
  let out = '';
  for (let i = 0; i < query.length; i++) {
    const c = query[i] as string;
    if (code[i] && /\s/.test(c)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else out += c;
  }
  return out.trim();
}

/** The query without brackets around all of it: `((a - b))` → `a - b`. */
function unwrap(query: string): string {
  let q = query.trim();
  for (;;) {
    if (!q.startsWith('(')) return q;
    const code = outsideStrings(q);
    if (closing(q, 0, code) !== q.length - 1) return q;
    q = q.slice(1, -1).trim();
  }
}

/** One layer of brackets around all of the query removed, where there is one. */
function unwrapOnce(query: string): string {
  const q = query.trim();
  if (!q.startsWith('(')) return q;
  return closing(q, 0, outsideStrings(q)) === q.length - 1 ? q.slice(1, -1).trim() : q;
}

const LOW_PRECEDENCE = /^(or|and|unless|atan2)$/i;

/**
 * `left - right` where the subtraction is the only operator at the top level of precedence
 * as low as it (no other `+`, `-`, comparison, `and`, `or`, `unless`), else undefined.
 */
function splitSubtraction(query: string): { left: string; right: string } | undefined {
  const q = unwrap(query);
  const code = outsideStrings(q);
  let depth = 0;
  let minus = -1;
  let lastSignificant = '';
  for (let i = 0; i < q.length; i++) {
    const c = q[i] as string;
    if (!code[i]) {
      lastSignificant = '"';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0) {
      if (c === '+' || c === '-') {
        // A sign (unary, or of an exponent as in 1e-5) is not a subtraction.
        const exponent = /\d[eE]$/.test(q.slice(Math.max(0, i - 2), i));
        const operandBefore = /[A-Za-z0-9_:)\]}"]/.test(lastSignificant);
        if (operandBefore && !exponent) {
          if (c === '+' || minus >= 0) return undefined;
          minus = i;
        }
      } else if (/[=!<>]/.test(c)) return undefined;
      else if (/[A-Za-z]/.test(c) && !/[A-Za-z0-9_:]/.test(q[i - 1] ?? ' ')) {
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(q.slice(i))?.[0] ?? '';
        if (LOW_PRECEDENCE.test(word)) return undefined;
      }
    }
    if (!/\s/.test(c)) lastSignificant = c;
  }
  if (minus < 0) return undefined;
  const left = q.slice(0, minus).trim();
  const right = q.slice(minus + 1).trim();
  if (left === '' || right === '' || /^(on|ignoring|bool|group_left|group_right)\b/i.test(right))
    return undefined;
  return { left, right };
}

/** Whether the query already falls back to zero when it has no series (`... or vector(0)`). */
function fallsBackToZero(query: string): boolean {
  return /\bor\s+(on\s*\(\s*\)\s*)?vector\s*\(\s*0\s*\)\s*$/i.test(query.trim());
}

/**
 * slac's `good` from an error count and a total (both already in slac's form). Where the
 * error query is `total - good` (Sloth's way of writing "slower than 0.4 s" is all requests
 * minus the fast ones), good is that second operand; otherwise good = total − errors, the
 * errors falling back to 0 when no failure was ever counted (no series at all).
 */
export function goodFromErrors(errors: string, total: string): string {
  const split = splitSubtraction(errors);
  if (split && squash(unwrap(split.left)) === squash(unwrap(total))) return unwrapOnce(split.right);
  const e = errors.trim();
  return `(${total.trim()}) - (${fallsBackToZero(e) ? e : `(${e}) or vector(0)`})`;
}

/**
 * The error count of a slac ratio, the inverse of goodFromErrors: for `total - errors`
 * (written by an import) the errors, else `total - good`.
 */
export function errorsFromGood(good: string, total: string): string {
  const split = splitSubtraction(good);
  if (split && squash(unwrap(split.left)) === squash(unwrap(total))) {
    const right = unwrapOnce(split.right);
    const fallback = /^\((.*)\)\s+or\s+vector\(0\)$/s.exec(right);
    if (fallback && splitBalanced(fallback[1] as string)) return (fallback[1] as string).trim();
    return right;
  }
  return `(${total.trim()}) - (${good.trim()})`;
}

/** Whether the brackets of `text` balance (so that a match did not cut through them). */
function splitBalanced(text: string): boolean {
  const code = outsideStrings(text);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (!code[i]) continue;
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * An OpenSLO counter query without a window (`sum(http_requests{...})`, or the bare selector)
 * as the period's increase: `sum(increase(http_requests{...}[{{range}}]))`. Undefined when
 * the query is anything more than an optionally summed selector.
 */
export function counterToRange(query: string): string | undefined {
  const q = squash(query);
  const selector = String.raw`([A-Za-z_:][A-Za-z0-9_:]*\s*(?:\{[^{}]*\})?|\{[^{}]*\})`;
  const summed = new RegExp(
    String.raw`^sum\s*(\s(?:by|without)\s*\([^()]*\)\s*)?\(\s*${selector}\s*\)$`,
  ).exec(q);
  if (summed) {
    const by = (summed[1] ?? '').trim();
    return `sum${by ? ` ${by} ` : ''}(increase(${(summed[2] as string).trim()}[{{range}}]))`;
  }
  const bare = new RegExp(`^${selector}$`).exec(q);
  if (bare) return `sum(increase(${(bare[1] as string).trim()}[{{range}}]))`;
  return undefined;
}

/** slac's value of a precomputed ratio (0–1) as a percentage. */
export function percentOfRatio(ratio: string, kind: 'success' | 'failure'): string {
  return kind === 'success' ? `100 * (${ratio.trim()})` : `100 * (1 - (${ratio.trim()}))`;
}

/** The inverse of percentOfRatio: the ratio (0–1) a percentage query stands for. */
export function ratioOfPercent(value: string): { ratio: string; kind: 'success' | 'failure' } {
  const v = value.trim();
  const failure = /^100 \* \(1 - \((.*)\)\)$/s.exec(v);
  if (failure && splitBalanced(failure[1] as string))
    return { ratio: (failure[1] as string).trim(), kind: 'failure' };
  const success = /^100 \* \((.*)\)$/s.exec(v);
  if (success && splitBalanced(success[1] as string))
    return { ratio: (success[1] as string).trim(), kind: 'success' };
  return { ratio: `(${v}) / 100`, kind: 'success' };
}

/**
 * A threshold SLI (the share of data points on the good side of a value) as one value per
 * period: the quantile of the points over the period. "99% of points below 500" holds when
 * the 0.99 quantile of the points is below 500.
 */
export function quantileOfPoints(query: string, quantile: number): string {
  return `quantile_over_time(${quantile}, (${query.trim()})[{{range}}:])`;
}

/** The inverse of quantileOfPoints. */
export function pointsOfQuantile(value: string): { query: string; quantile: number } | undefined {
  const m = /^quantile_over_time\(([0-9.]+), \((.*)\)\[\{\{range\}\}:\]\)$/s.exec(value.trim());
  if (!m || !splitBalanced(m[2] as string)) return undefined;
  return { query: (m[2] as string).trim(), quantile: Number(m[1]) };
}

/**
 * OpenSLO's time-slice budgeting over a period: the period is cut into slices of `slice` (a
 * PromQL duration: 1m, 5m) by a subquery, and each slice's share of good events is good / total
 * over that slice (`{{range}}` in the counts becomes the slice: `sum(increase(x[1m]))`). Good
 * is total − bad when the SLI counts bad events. Each slice is one of:
 * - with events: its share, good counting 0 where its series has no sample (every request
 *   failed, or the success counter was not created again after a restart);
 * - with samples of the total but no events, or too few samples for an increase: left out;
 * - without a sample of the total (the service or its exporter down): a share of 0, so that an
 *   outage nobody could measure is not left out of an availability.
 * The answer is empty, so that `slac measure` reports it rather than writing a figure, when the
 * total has no sample in the whole period or in the hour before it (Prometheus does not hold
 * the period whole), or a good count has no sample in the whole period (a misspelt metric).
 *
 * Timeslices (with `sliceTarget`): a slice is good when its share reaches the target (less a
 * billionth, for shares computed as 0.8999999999999999); the slices are the events of a slac
 * ratio, good = the good slices, total = the slices counted. RatioTimeslices (without): the
 * value is the slices' average share, a percentage.
 */
export function timeSlices(
  counts: { good: string } | { bad: string },
  total: string,
  slice: string,
  sliceTarget: number,
): { good: string; total: string };
export function timeSlices(
  counts: { good: string } | { bad: string },
  total: string,
  slice: string,
): { value: string };
export function timeSlices(
  counts: { good: string } | { bad: string },
  total: string,
  slice: string,
  sliceTarget?: number,
): { good: string; total: string } | { value: string } {
  // Summed to no labels, so that good, bad and total match one another and vector(0).
  const summed = (q: string) => {
    const inner = /^sum\s*\((.*)\)$/s.exec(q)?.[1];
    return inner !== undefined && splitBalanced(inner) ? q : `sum(${q})`;
  };
  const over = (q: string) => summed(q.trim().replace(RANGE, slice));
  // The samples of a count's series, where the count is an increase over {{range}}: over the
  // slice, and in the hour before the period.
  const samples = (q: string) => {
    const counted = renameCalls(q.trim(), 'increase', 'count_over_time', RANGE);
    if (counted === q.trim()) return undefined;
    return {
      inSlice: summed(counted.replace(RANGE, slice)),
      before: summed(counted.replace(/\[\s*\{\{\s*range\s*\}\}\s*\]/g, '[1h] offset {{range}}')),
    };
  };
  const all = over(total);
  const totalSamples = samples(total);
  const present = totalSamples?.inSlice ?? all;
  const good =
    'good' in counts
      ? `(${over(counts.good)} or vector(0))`
      : `(${all} - (${over(counts.bad)} or vector(0)))`;
  const share = `${good} / (${all} > 0)`;
  const unmeasured = `(absent(${present}) - 1)`;
  const slices = (q: string) => `(${q})[{{range}}:${slice}]`;
  const goodSamples = 'good' in counts ? samples(counts.good)?.inSlice : undefined;
  const measured = [
    ` and on() count_over_time(${slices(present)})`,
    totalSamples ? ` and on() ${totalSamples.before}` : '',
    goodSamples ? ` and on() count_over_time(${slices(goodSamples)})` : '',
  ].join('');
  if (sliceTarget === undefined)
    return {
      value: `100 * avg_over_time(${slices(`(${share}) or ${unmeasured}`)})${measured}`,
    };
  const perSlice = `((${share}) >= bool (${sliceTarget} - 1e-9)) or ${unmeasured}`;
  return {
    good: `sum_over_time(${slices(perSlice)})`,
    total: `count_over_time(${slices(perSlice)})${measured}`,
  };
}
