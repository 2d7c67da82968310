// The one validation pipeline (src/validate/pipeline.ts): the same answer whichever way each
// file is validated — loaded on this thread, answered from the store, or by a checker.
import { describe, expect, it } from 'vitest';
import { gitBlobId, type CachedResult, type ResultStore } from '../src/validate/cache.js';
import { validateSources } from '../src/validate/index.js';
import {
  inThreadChecker,
  validateFiles,
  type FileChecker,
  type PipelineFile,
} from '../src/validate/pipeline.js';
import { FRACTION, VALID } from './helpers/sla-text.js';

const TODAY = '2026-11-23';
const withId = (id: string, text = VALID) => text.replace('  id: demo\n', `  id: ${id}\n`);

const TEXTS: Record<string, string> = {
  'slas/a.yaml': withId('alpha'),
  'slas/b.yaml': withId('alpha', FRACTION), // shares a's id, and has an error of its own
  // Reviewed 2026-04-01 every 6 months: due 2026-10-01.
  'slas/c.yaml': withId(
    'gamma',
    VALID.replace('lastReviewed: 2026-09-01', 'lastReviewed: 2026-04-01'),
  ),
  'slas/d.yaml': 'metadata: [unclosed',
};
const bytes = (path: string) => Buffer.from(TEXTS[path] as string);
const FILES: PipelineFile[] = Object.keys(TEXTS).map((path) => ({
  path,
  blob: gitBlobId(bytes(path)),
}));
const reader = {
  read: async (files: readonly PipelineFile[]) =>
    new Map(files.map((f) => [f.path, bytes(f.path)])),
};

function store(): ResultStore & { map: Map<string, CachedResult> } {
  const map = new Map<string, CachedResult>();
  return { map, get: (b) => map.get(b), set: (b, r) => void map.set(b, r) };
}

/** The in-thread checker, counting the files it is given (with their content). */
function countingChecker(): FileChecker & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    check: (files, options) => {
      seen.push(...files.map((f) => f.path));
      return inThreadChecker.check(
        files.map((f) => ({ ...f, content: bytes(f.path) })),
        options,
      );
    },
  };
}

describe('validateFiles', () => {
  it('says what validateSources says, by checker, by loading, and from the store', async () => {
    const expected = validateSources(
      Object.keys(TEXTS).map((path) => ({ path, content: bytes(path) })),
      { today: TODAY },
    );
    const cache = store();
    const checked = await validateFiles({
      files: FILES,
      contents: reader,
      checker: inThreadChecker,
      store: cache,
      today: TODAY,
    });
    const loaded = await validateFiles({
      files: FILES,
      contents: reader,
      checker: inThreadChecker,
      today: TODAY,
      loadSlas: () => true,
    });
    const checker = countingChecker();
    const stored = await validateFiles({
      files: FILES,
      contents: reader,
      checker,
      store: cache,
      today: TODAY,
    });
    for (const out of [checked, loaded, stored]) {
      expect(out.result.errors).toEqual(expected.errors);
      expect(out.result.warnings).toEqual(expected.warnings);
    }
    expect(expected.errors.map((p) => p.rule)).toContain('sla-id-unique');
    expect(cache.map.size).toBe(4);
    expect(checker.seen).toEqual([]); // every result came from the store
    expect(stored.validated.size).toBe(0);
    expect(loaded.slas.map((s) => s.file)).toEqual(['slas/a.yaml', 'slas/b.yaml', 'slas/c.yaml']);
    expect(checked.slas).toEqual([]);
  });

  it('validates again a stored result that does not hold on the day asked', async () => {
    const cache = store();
    await validateFiles({
      files: FILES,
      contents: reader,
      checker: inThreadChecker,
      store: cache,
      today: '2026-09-15',
    });
    const checker = countingChecker();
    const out = await validateFiles({
      files: FILES,
      contents: reader,
      checker,
      store: cache,
      today: TODAY,
    });
    expect(checker.seen).toEqual(['slas/c.yaml']); // its review fell due in between
    expect(out.result.warnings.map((p) => [p.file, p.rule])).toEqual([
      ['slas/c.yaml', 'review-overdue'],
    ]);
    expect(cache.map.get(FILES[2]?.blob as string)?.problems.map((p) => p.rule)).toEqual([
      'review-overdue',
    ]);
  });

  it("counts only the reported files' own problems, and every file for unique ids", async () => {
    const out = await validateFiles({
      files: FILES,
      contents: reader,
      checker: inThreadChecker,
      today: TODAY,
      report: (path) => path === 'slas/a.yaml',
    });
    expect(out.result.errors.map((p) => [p.file, p.rule])).toEqual([
      ['slas/b.yaml', 'sla-id-unique'],
    ]);
    expect(out.result.warnings).toEqual([]);
  });
});
