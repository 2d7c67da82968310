// The benchmark's generator: realistic SLA repositories that are the same on every run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  VARIANTS,
  generateRepo,
  generateSla,
  generateVendorSla,
  slaPath,
  type Variant,
} from '../bench/generate.mjs';
import { parseSimpleYaml } from '../src/load/fast.js';
import { validateSources } from '../src/validate/index.js';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

describe('bench generator', () => {
  it('produces the same SLAs for the same seed', () => {
    const first = Array.from({ length: 20 }, (_, i) => generateSla(7, i));
    const second = Array.from({ length: 20 }, (_, i) => generateSla(7, i));
    expect(second).toEqual(first);
    expect(generateSla(8, 0)).not.toEqual(first[0]);
  });

  it('produces SLAs that pass validation without errors or warnings', () => {
    const files = Array.from({ length: 20 }, (_, i) => ({
      path: slaPath(i),
      content: generateSla(7, i),
    }));
    const result = validateSources(files, { today: '2026-11-23' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.slas).toHaveLength(20);
  });

  it.each([
    ['flow-0', 0],
    ['flow-20', 0.2],
    ['flow-100', 1],
    ['block-20', 0.2],
  ] as Array<[Variant, number]>)(
    'writes variant %s with that share of files with a warning and no errors',
    (variant, share) => {
      const files = Array.from({ length: 200 }, (_, i) => ({
        path: slaPath(i),
        content: generateVendorSla(7, i, variant),
      }));
      const result = validateSources(files, { today: '2026-11-23' });
      expect(result.errors).toEqual([]);
      const withWarnings = new Set(result.warnings.map((w) => w.file)).size;
      expect(Math.abs(withWarnings / files.length - share)).toBeLessThan(0.06);
      expect(new Set(result.warnings.map((w) => w.rule))).toEqual(
        new Set(share > 0 ? ['review-overdue', 'objective-percentile-missing'] : []),
      );
    },
  );

  it('writes flow and block variants with comments that the fast reader reads', () => {
    const flow = generateVendorSla(7, 1, 'flow-20');
    const block = generateVendorSla(7, 1, 'block-20');
    expect(flow).toContain('hours: { timezone:');
    expect(block).not.toMatch(/\{ \w+:/);
    for (const text of [flow, block]) {
      expect(text).toMatch(/^# /);
      expect(parseSimpleYaml(text)).toBeDefined();
    }
    expect(Object.keys(VARIANTS)).toContain('base');
  });

  it('writes a git repository with history and a pull request branch changing 3 SLAs, identical on every run', () => {
    const a = mkdtempSync(join(tmpdir(), 'slac-bench-'));
    const b = mkdtempSync(join(tmpdir(), 'slac-bench-'));
    try {
      const repoA = generateRepo(a, 20);
      const repoB = generateRepo(b, 20);
      expect(git(repoA, 'rev-list', '--count', 'main')).toBe('3');
      expect(git(repoA, 'diff', '--name-only', 'main', 'pr').split('\n')).toHaveLength(3);
      expect(git(repoA, 'rev-parse', 'main', 'pr')).toBe(git(repoB, 'rev-parse', 'main', 'pr'));
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
