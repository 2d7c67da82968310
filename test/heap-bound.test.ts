// Full collections forced while a render writes its pages (src/node/heap-bound.ts).
import { describe, expect, it } from 'vitest';
import { getHeapStatistics } from 'node:v8';
import { heapBound } from '../src/node/heap-bound.js';

const used = () => getHeapStatistics().used_heap_size;

describe('heapBound', () => {
  it('collects once the heap has grown by the bound, and only then', () => {
    const heap = heapBound(8 << 20);
    // Garbage that lives long enough to reach the old generation, then is let go.
    let kept: { n: number; text: string }[] | undefined = Array.from(
      { length: 200_000 },
      (_, n) => ({
        n,
        text: `value ${n}`,
      }),
    );
    expect(kept).toHaveLength(200_000);
    kept = undefined;
    const before = used();
    // Looked at every 128 files.
    for (let i = 0; i < 127; i++) heap.page();
    expect(used()).toBeGreaterThanOrEqual(before - (1 << 20));
    heap.page();
    expect(used()).toBeLessThan(before - (8 << 20));
  });

  it('collects when asked', () => {
    const heap = heapBound(1 << 30);
    let kept: string[] | undefined = Array.from({ length: 200_000 }, (_, n) => `text ${n}`);
    expect(kept).toHaveLength(200_000);
    kept = undefined;
    const before = used();
    for (let i = 0; i < 256; i++) heap.page();
    heap.collect();
    expect(used()).toBeLessThan(before - (4 << 20));
  });
});
