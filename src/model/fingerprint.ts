// A content address of an SLA's normalized commitments, so `staleReviews: content` can tell
// whether an approval given on an older commit approved what is at head. Formatting does not
// change it (99.9% and 99.9 normalize to the same number); any change of meaning does.
import { createHash } from 'node:crypto';
import type { Sla } from './sla.js';

/** Keys that only keep the spelling of a value for display; their meaning is kept beside them. */
const DISPLAY_ONLY = new Set(['text', 'everyText']);

/** sha256 (hex) of the canonical JSON of a normalized SLA: sorted keys, display spellings left out. */
export function fingerprint(sla: Sla): string {
  return createHash('sha256').update(canonicalJson(sla)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => v !== undefined && !DISPLAY_ONLY.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
