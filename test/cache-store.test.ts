// The validation cache's files on disk (src/node/cache-store.ts): an entry a line, so that a run
// reads the few results it needs, or only the ids (a pull request's check), without parsing the
// rest; what a run keeps and drops when it saves; and damaged or foreign files counting as empty.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiskCache } from '../src/node/cache-store.js';
import { knownId, type CachedResult } from '../src/validate/cache.js';

const KEY = '0123456789abcdef';
const blob = (n: number) => n.toString(16).padStart(40, '0');
const warning = {
  line: 3,
  column: 5,
  rule: 'review-overdue' as const,
  message: 'review was due on 2026-01-01; say "done" \\ when reviewed',
  severity: 'warning' as const,
};
const RESULTS: Record<string, CachedResult> = {
  [blob(1)]: { problems: [], id: 'payments-api' },
  [blob(2)]: { problems: [warning], id: 'search-api', today: { after: '2026-01-01' } },
  // A file that does not load has no id.
  [blob(3)]: { problems: [{ ...warning, severity: 'error' }], unreadable: true },
  // An id that needs escapes (it is not valid, but a file's id is what the file says).
  [blob(4)]: { problems: [warning], id: 'odd "id" \\ with\nbreaks' },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slac-cache-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const resultsFile = () => join(dir, `validate-${KEY}.json`);

/** A cache holding RESULTS, written by a run that validated every file. */
function filled(): void {
  const cache = new DiskCache(dir, KEY);
  for (const [b, result] of Object.entries(RESULTS)) cache.set(b, result);
  cache.save();
}

describe('the results file', () => {
  it('is JSON with an entry a line, and gives back every result and id', () => {
    filled();
    const text = readFileSync(resultsFile(), 'utf8');
    expect(text.split('\n')).toHaveLength(Object.keys(RESULTS).length + 2);
    expect(JSON.parse(text)).toEqual({
      key: KEY,
      data: Object.entries(RESULTS).map(([b, r]) => [b, r.id ?? '', r]),
    });
    const cache = new DiskCache(dir, KEY);
    for (const [b, result] of Object.entries(RESULTS)) {
      expect(cache.idOf(b)).toBe(result.id ?? null);
      expect(cache.get(b)).toEqual(result);
    }
    expect(cache.idOf(blob(99))).toBeUndefined();
    expect(cache.get(blob(99))).toBeUndefined();
    // All at once, in order, unknown blobs included: the same answers.
    const blobs = [blob(99), ...Object.keys(RESULTS).reverse()];
    expect(new DiskCache(dir, KEY).idsOf(blobs)).toEqual(blobs.map((b) => cache.idOf(b)));
  });

  it('answers ids as get() would', () => {
    filled();
    const cache = new DiskCache(dir, KEY);
    const plain = { get: (b: string) => cache.get(b), set: () => {} };
    for (const n of [1, 2, 3, 4, 99]) expect(knownId(cache, blob(n))).toBe(knownId(plain, blob(n)));
  });

  it('counts as empty when it is of another key, not JSON lines, or cut short', () => {
    filled();
    const text = readFileSync(resultsFile(), 'utf8');
    for (const damaged of [
      text.replace(KEY, 'fedcba9876543210'),
      JSON.stringify(JSON.parse(text)),
      text.slice(0, text.length - 10),
      '',
    ]) {
      writeFileSync(resultsFile(), damaged);
      const cache = new DiskCache(dir, KEY);
      expect(cache.get(blob(1))).toBeUndefined();
      expect(cache.idOf(blob(2))).toBeUndefined();
    }
  });

  it('knows nothing of a damaged entry, and the others still', () => {
    filled();
    const lines = readFileSync(resultsFile(), 'utf8').split('\n');
    lines[1] = (lines[1] as string).slice(0, 60); // blob(1)'s entry, cut
    lines[2] = (lines[2] as string).replace('"search-api",', '"search-api-2",'); // id ≠ result's
    writeFileSync(resultsFile(), lines.join('\n'));
    const cache = new DiskCache(dir, KEY);
    expect(cache.get(blob(1))).toBeUndefined();
    expect(cache.get(blob(2))).toBeUndefined();
    expect(cache.get(blob(3))).toEqual(RESULTS[blob(3)]);
    expect(cache.idOf(blob(4))).toBe(RESULTS[blob(4)]?.id);
  });
});

describe('saving', () => {
  it('drops what a run over every file did not use', () => {
    filled();
    const cache = new DiskCache(dir, KEY);
    cache.get(blob(1));
    cache.set(blob(5), { problems: [], id: 'new-api' });
    cache.save();
    const again = new DiskCache(dir, KEY);
    expect([1, 2, 3, 4, 5].map((n) => again.idOf(blob(n)))).toEqual([
      'payments-api',
      undefined,
      undefined,
      undefined,
      'new-api',
    ]);
  });

  it('keeps the results a pull request check used or asked the id of, and writes nothing when it found nothing new', () => {
    filled();
    const before = readFileSync(resultsFile(), 'utf8');
    const mtime = statSync(resultsFile()).mtimeMs;
    // The check asks the id of every file it does not change, and reads the others' results.
    const check = new DiskCache(dir, KEY);
    expect([2, 3, 4].map((n) => check.idOf(blob(n)))).toEqual([
      'search-api',
      null,
      RESULTS[blob(4)]?.id,
    ]);
    expect(check.get(blob(1))).toEqual(RESULTS[blob(1)]);
    check.save({ keepUnused: true });
    // A check that changed no SLA asks no id: it knows nothing of which results are current.
    const none = new DiskCache(dir, KEY);
    none.save({ keepUnused: true });
    expect(statSync(resultsFile()).mtimeMs).toBe(mtime);

    const next = new DiskCache(dir, KEY);
    for (const n of [2, 3, 4]) next.idOf(blob(n));
    next.set(blob(5), { problems: [], id: 'new-api' });
    // A result computed again replaces the one on file.
    next.set(blob(1), { problems: [warning], id: 'payments-api' });
    next.save({ keepUnused: true });
    const after = new DiskCache(dir, KEY);
    for (const n of [2, 3, 4]) expect(after.get(blob(n))).toEqual(RESULTS[blob(n)]);
    expect(after.get(blob(1))).toEqual({ problems: [warning], id: 'payments-api' });
    expect(after.get(blob(5))).toEqual({ problems: [], id: 'new-api' });
    // The entries kept are written as they were read.
    const entries = (text: string) => text.split('\n').map((line) => line.replace(/,$/, ''));
    const kept = entries(readFileSync(resultsFile(), 'utf8'));
    for (const line of entries(before).slice(2, 5)) expect(kept).toContain(line);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it("drops, in a pull request check, the results of blobs neither asked nor used (another pull request's)", () => {
    filled();
    const check = new DiskCache(dir, KEY);
    check.idOf(blob(2));
    check.set(blob(5), { problems: [], id: 'new-api' });
    check.save({ keepUnused: true });
    const after = new DiskCache(dir, KEY);
    expect([1, 2, 3, 4, 5].map((n) => after.idOf(blob(n)))).toEqual([
      undefined,
      'search-api',
      undefined,
      undefined,
      'new-api',
    ]);
  });
});
