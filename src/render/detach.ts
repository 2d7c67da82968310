// Values kept for the whole render (the index's cards, the history) are copied out of the SLA
// files' texts: the YAML reader's strings are slices of the text they were read from, and one
// such slice keeps the whole file alive. Kept for 10,000 services, that was ~40 MB of texts.
import { ownString } from '../validate/result.js';

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
