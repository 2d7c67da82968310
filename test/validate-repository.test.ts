// The use case behind `slac validate`, driven through its interfaces: files from memory, a
// checker on this thread, a cache in a Map. What the CLI adds is listing, threads and disk.
import { describe, expect, it } from 'vitest';
import {
  resultForState,
  validateRepository,
  type FileChecker,
  type RepositoryFile,
  type ValidationCache,
} from '../src/app/validate-repository.js';
import type { CachedResult, CachedTree } from '../src/validate/cache.js';
import { checkFile, validateSources } from '../src/validate/index.js';
import { FRACTION, OVERDUE, VALID } from './helpers/sla-text.js';

const TODAY = '2026-11-23';

function repository(texts: Record<string, string>) {
  const files: RepositoryFile[] = Object.keys(texts).map((path) => ({ path, abs: `/m/${path}` }));
  const reads: string[] = [];
  const tree = {
    read: (f: RepositoryFile) => {
      reads.push(f.path);
      return Buffer.from(texts[f.path] as string);
    },
  };
  const checked: string[] = [];
  const checker: FileChecker = {
    check: async (batch, options) =>
      batch.map((f) => {
        checked.push(f.path);
        return checkFile({ path: f.path, content: f.content ?? tree.read(f) }, options);
      }),
  };
  return { files, tree, checker, checked, reads, texts };
}

function memoryCache(): ValidationCache & { saved: number } {
  const results = new Map<string, CachedResult>();
  let tree: CachedTree | undefined;
  return {
    saved: 0,
    get: (blob) => results.get(blob),
    set: (blob, result) => void results.set(blob, result),
    tree: () => tree,
    setTree: (t) => void (tree = t),
    save() {
      this.saved++;
    },
  };
}

const texts = {
  'slas/a.yaml': VALID,
  'slas/b.yaml': OVERDUE.replace('id: demo', 'id: b'),
  'slas/c.yaml': FRACTION.replace('id: demo', 'id: c'),
  'slas/d.yaml': VALID,
};

describe('validateRepository', () => {
  it('gives what validateSources gives, with the id used twice located in both files', async () => {
    const repo = repository(texts);
    const { result } = await validateRepository({ ...repo, today: TODAY });
    const sources = Object.entries(texts).map(([path, content]) => ({ path, content }));
    const expected = validateSources(sources, { today: TODAY });
    expect(result).toEqual({
      files: 4,
      errors: expected.errors,
      warnings: expected.warnings,
    });
    expect(result.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'slas/c.yaml:15:15 objective-target-range',
      'slas/d.yaml:4:7 sla-id-unique',
    ]);
    expect(result.errors[1]?.message).toContain('already used by slas/a.yaml:4:7');
    expect(result.warnings.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
      'slas/b.yaml:10:44 review-overdue',
    ]);
  });

  it('validates only content the cache has not seen, and answers the same', async () => {
    const cache = memoryCache();
    const first = repository(texts);
    const cold = await validateRepository({ ...first, today: TODAY, cache });
    expect(first.checked).toHaveLength(4);

    const changed = repository({ ...texts, 'slas/b.yaml': VALID.replace('id: demo', 'id: b') });
    const warm = await validateRepository({ ...changed, today: TODAY, cache });
    expect(changed.checked).toEqual(['slas/b.yaml']);
    expect(warm.result.warnings).toEqual([]);
    expect(warm.result.errors).toEqual(cold.result.errors);

    const again = repository(changed.texts);
    const whole = await validateRepository({ ...again, today: TODAY, cache });
    expect(again.checked).toEqual([]);
    expect(whole.result).toEqual(warm.result);
  });

  it('answers from the state git vouches for without reading a file', async () => {
    const cache = memoryCache();
    const repo = repository(texts);
    const blobs = new Map<string, string>();
    const first = await validateRepository({
      ...repo,
      today: TODAY,
      cache,
      git: { blobs, state: 'state-1' },
    });
    expect(resultForState(cache, 'state-1', TODAY)?.result).toEqual(first.result);
    expect(resultForState(cache, 'state-2', TODAY)).toBeUndefined();
    // A result that depends on the day does not hold on a day when a review falls due.
    expect(resultForState(cache, 'state-1', '2027-06-30')).toBeUndefined();
  });

  it('keeps the lines problems are on for excerpts, without reading the file again', async () => {
    const repo = repository(texts);
    const { lineOf } = await validateRepository({ ...repo, today: TODAY, excerpts: true });
    expect(lineOf('slas/c.yaml', 15)).toBe('      target: 0.999');
    expect(lineOf('slas/none.yaml', 1)).toBeUndefined();
    expect(repo.reads.filter((p) => p === 'slas/c.yaml')).toHaveLength(1);
    // A line without a problem is read from the file, once.
    expect(lineOf('slas/c.yaml', 1)).toBe('apiVersion: slac/v1');
    expect(lineOf('slas/c.yaml', 2)).toBe('kind: ServiceLevelAgreement');
    expect(repo.reads.filter((p) => p === 'slas/c.yaml')).toHaveLength(2);
  });

  it('keeps the excerpts with the cached whole result', async () => {
    const cache = memoryCache();
    await validateRepository({ ...repository(texts), today: TODAY, cache, excerpts: true });
    const again = repository(texts);
    const { lineOf } = await validateRepository({ ...again, today: TODAY, cache, excerpts: true });
    expect(lineOf('slas/b.yaml', 10)).toBe(
      '  review: { every: 6 months, lastReviewed: 2026-01-01 }',
    );
    expect(again.checked).toEqual([]);
  });
});
