// Full garbage collections forced while `slac render` writes its pages. V8 lets its old
// generation grow to a few times what was live at its last full collection before it
// collects again, and whether that next collection falls within the pages or not (it depends
// on when the validation's last one ran) made the render's peak memory bimodal: ~240 or
// ~290 MB at 10,000 services, ~260 or ~360 MB with the larger files of vendor-style SLAs
// (docs/performance.md). The pages leave garbage in the old generation at a steady rate and
// keep little (an index card and a catalog entry a page), so a collection forced once the
// heap has grown by a set amount since the last one bounds it at a cost of a few
// milliseconds per collection (the live set is small then).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How often (in files written) the heap is looked at: getHeapStatistics costs ~1 µs. */
const EVERY = 128;

/** Full collections forced as files are written (see the head of this file). */
export interface HeapBound {
  /** Called after each file written: collects when the heap has grown by the bound. */
  page(): void;
  /** Collects now (what was let go is then given back before the next step). */
  collect(): void;
}

/**
 * Forces a full collection whenever the heap has grown by `growth` bytes since the last one
 * this forced (or since it was made). Does nothing where V8's collector cannot be called
 * (then V8 decides alone, as before).
 */
export function heapBound(growth: number): HeapBound {
  const gc = collector();
  if (!gc) return { page: () => {}, collect: () => {} };
  let base = getHeapStatistics().used_heap_size;
  let files = 0;
  const collect = () => {
    gc();
    base = getHeapStatistics().used_heap_size;
  };
  return {
    page: () => {
      if (++files % EVERY === 0 && getHeapStatistics().used_heap_size - base >= growth) collect();
    },
    collect,
  };
}

/** V8's `gc()`, from a context made after allowing it. */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
