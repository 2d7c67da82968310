// Values kept beyond the reading of their file. The YAML reader's strings are slices of the
// text they were read from, and in V8 one such slice keeps the whole text alive: kept for
// 10,000 files (the index's cards and the history of a render, the targets of a validation,
// the excerpts under problems) that was ~40 MB of texts. These copy them out.

/**
 * `text` in a string of its own: a value cut from a file's text is a slice that keeps the
 * whole text in memory as long as it lives. For the few values kept for the whole run.
 */
export function ownString(text: string): string {
  // V8 copies slices of fewer than 13 characters; a longer one is cut from a new flat copy.
  return text.length < 13 ? text : (text + ' ').slice(0, -1);
}

/** The same plain value (strings, numbers, arrays, objects) with its own copy of every string. */
export function detached<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => detached(v)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = detached(v);
    return copy as T;
  }
  return value;
}
