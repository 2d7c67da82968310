// Small hostile files must not keep validation or the diff busy for minutes. Wall time is
// asserted only as a hang detector: the timeouts are generous, the fixed code is far faster.
import { afterAll, describe, expect, it } from 'vitest';
import { diffMarkdown, diffText, idFromLines } from '../src/diff/index.js';
import { MAX_PROBLEMS_PER_RULE } from '../src/model/problem.js';
import { validateSources } from '../src/validate/index.js';
import { DiffRepos, SLA } from './diff-fixture.js';

const repos = new DiffRepos();
afterAll(() => repos.removeAll());

const FILE = 'slas/payments-api.yaml';
/** A hang detector: the fixed code takes a few seconds at most, the old one minutes. */
const HANG = 30_000;

/** A test body whose wall time is asserted too (a synchronous hang outlasts vitest's timer). */
function bounded(run: () => unknown): () => Promise<void> {
  return async () => {
    const start = performance.now();
    await run();
    expect(performance.now() - start).toBeLessThan(HANG);
  };
}

function validate(content: string) {
  return validateSources([{ path: FILE, content }], { today: '2026-11-23' });
}

describe('a file that fails to load on one side', () => {
  it(
    'a 106-byte head of indented lines under metadata is skipped at once, not after minutes of backtracking',
    bounded(async () => {
      const head = 'metadata:\n' + '    x\n'.repeat(16);
      expect(Buffer.byteLength(head)).toBe(106);
      const result = await repos.diff({ [FILE]: SLA }, { [FILE]: head });
      expect(result.skipped).toEqual([{ side: 'head', file: FILE }]);
      expect(result.diff.slas).toEqual([]);
    }),
    HANG * 2,
  );

  it('the id of a broken file is still read from its metadata lines', () => {
    expect(idFromLines('metadata:\n  title: A\n  id: "pay-api"\n  owner: [\n')).toBe('pay-api');
    expect(idFromLines('metadata:\n' + '    x\n'.repeat(50_000) + 'spec:\n  id: no\n')).toBe(
      undefined,
    );
  });
});

describe('validation grows linearly with the number of problems', () => {
  it(
    '50,000 unknown keys give the first 50 with exact positions and one line that counts the rest',
    bounded(() => {
      const keys = Array.from({ length: 50_000 }, (_, i) => `k${i}: 1\n`).join('');
      const lines = SLA.split('\n').length;
      const result = validate(SLA + keys);
      const unknown = result.errors.filter((e) => e.rule === 'schema-unknown-key');
      expect(unknown).toHaveLength(MAX_PROBLEMS_PER_RULE + 1);
      expect(unknown[0]).toMatchObject({ line: lines, column: 1 });
      expect(unknown[0]?.message).toContain('unknown key "k0"');
      expect(unknown[49]).toMatchObject({ line: lines + 49, column: 1 });
      expect(unknown[50]).toMatchObject({ line: lines + 50, column: 1 });
      expect(unknown[50]?.message).toContain('49950 more schema-unknown-key problems');
    }),
    HANG * 2,
  );

  it(
    '50,000 unknown keys inside metadata are found without comparing each key with every other',
    bounded(() => {
      const keys = Array.from({ length: 50_000 }, (_, i) => `  k${i}: 1\n`).join('');
      const result = validate(SLA.replace('metadata:\n', `metadata:\n${keys}`));
      expect(result.errors.filter((e) => e.rule === 'schema-unknown-key')).toHaveLength(51);
    }),
    HANG * 2,
  );

  it(
    'a flow list of 100,000 empty objectives is reported, not merged error list by error list',
    bounded(() => {
      const list = `[${Array.from({ length: 100_000 }, () => '{}').join(',')}]`;
      const text = SLA.replace(/objectives:\n(?: {4}.*\n)+/, `objectives: ${list}\n`);
      const result = validate(text);
      expect(result.errors.filter((e) => e.rule === 'schema-required')).toHaveLength(51);
    }),
    HANG * 2,
  );

  it(
    'a flow list of 200,000 wrong values does not overflow the stack',
    bounded(() => {
      const list = `[${Array.from({ length: 200_000 }, () => '1').join(',')}]`;
      const result = validate(SLA.replace('tags: [payments, api]', `tags: ${list}`));
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.length).toBeLessThanOrEqual(60);
    }),
    HANG * 2,
  );

  it('duplicate keys are still found, each at its second occurrence', () => {
    const text = SLA.replace('  tier: gold\n', '  tier: gold\n  title: Again\n  tier: silver\n');
    const dups = validate(text).errors.filter((e) => e.rule === 'yaml-duplicate-key');
    expect(dups.map((d) => [d.line, d.column])).toEqual([
      [8, 3],
      [9, 3],
    ]);
    expect(dups[0]?.message).toContain('"title"');
  });
});

describe('the diff of a 400,000-element flow sequence', () => {
  const list = `[${Array.from({ length: 400_000 }, () => 'a').join(',')}]`;

  it(
    'as duplicate tags: the head is skipped with its problem',
    bounded(async () => {
      const head = SLA.replace('tags: [payments, api]', `tags: ${list}`);
      const result = await repos.diff({ [FILE]: SLA }, { [FILE]: head });
      expect(result.skipped).toEqual([{ side: 'head', file: FILE, id: 'payments-api' }]);
      expect(result.head.validation.errors.map((e) => e.rule)).toEqual(['schema-unique-items']);
    }),
    HANG * 2,
  );

  it(
    'as added exclusions: 400,000 changes, and the text and the comment are written',
    bounded(async () => {
      const head = SLA.replace(/exclusions:\n(?: {4}- .*\n)+/, `exclusions: ${list}\n`);
      const result = await repos.diff({ [FILE]: SLA }, { [FILE]: head });
      const changes = result.diff.slas[0]?.changes ?? [];
      expect(changes.filter((c) => c.path === 'spec.exclusions').length).toBeGreaterThan(399_999);
      expect(diffText(result.diff).length).toBeGreaterThan(0);
      expect(diffMarkdown(result.diff).length).toBeLessThanOrEqual(65_536);
    }),
    HANG * 2,
  );
});
