// How far V8 lets the old generation grow between full collections, while the catalog renders.
import { setFlagsFromString } from 'node:v8';

/**
 * The old generation may grow to 1.35× what the last full collection kept, rather than V8's
 * own factor (up to 4× when collections look cheap). A render keeps its pages' garbage for a
 * while and its index's cards for good: with V8's factor the last full collection before the
 * end fell anywhere, and the peak with it (270–345 MB for the same repository of 10,000
 * vendor-style SLAs); with this bound it stays near the live size (276–287 MB), at no
 * measurable cost in time (docs/performance.md, "Render, seventh pass"). V8 reads the flag at
 * each collection, so it applies from here on; the returned function puts V8's own back.
 */
export function growHeapSlowly(): () => void {
  setFlagsFromString('--heap-growing-percent=35');
  return () => setFlagsFromString('--heap-growing-percent=0');
}
