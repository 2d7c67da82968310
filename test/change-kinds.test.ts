// The change-kind registry: every change the diff produces carries a registered kind whose
// impact is the change's, and the docs list every kind as the registry has it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSlas, type Change } from '../src/diff/index.js';
import { CHANGE_KINDS, CHANGE_KIND_IDS } from '../src/diff/kinds.js';
import { loadSla, type LoadedSla } from '../src/validate/index.js';
import { SLA } from './diff-fixture.js';
import { mutate, prng } from './helpers/fuzz.js';

const root = join(import.meta.dirname, '..');
const EXAMPLES = join(root, 'examples', 'slas');

function load(content: string | Buffer, path = 'slas/x.yaml'): LoadedSla | undefined {
  return loadSla({ path, content }).sla;
}

/** The same SLA id on both sides, so that two different files diff field by field. */
function asId(text: string, id: string): string {
  return text.replace(/^(\s+id:\s*)\S+$/m, `$1${id}`);
}

/** Many diffs: every example against every other, and the diff fixture against mutations of it. */
function producedChanges(): Change[] {
  const texts = [SLA, ...readdirSync(EXAMPLES).map((f) => readFileSync(join(EXAMPLES, f), 'utf8'))];
  const changes: Change[] = [];
  for (const a of texts) {
    for (const b of texts) {
      const before = load(asId(a, 'same'));
      const after = load(asId(b, 'same'), 'slas/y.yaml');
      if (before && after) for (const d of diffSlas([before], [after])) changes.push(...d.changes);
    }
    const one = load(a);
    if (one) {
      for (const d of diffSlas([one], [])) changes.push(...d.changes);
      for (const d of diffSlas([], [one])) changes.push(...d.changes);
    }
  }
  const r = prng(12);
  const base = load(SLA);
  for (let i = 0; i < 400 && base; i++) {
    const after = load(mutate(SLA, r).content, 'slas/y.yaml');
    if (after) for (const d of diffSlas([base], [after])) changes.push(...d.changes);
  }
  return changes;
}

/** The docs' list of kinds, as the registry gives it. */
function kindList(): string {
  return CHANGE_KIND_IDS.map(
    (id) => `- \`${id}\` (${CHANGE_KINDS[id].impact}): ${CHANGE_KINDS[id].summary}`,
  ).join('\n');
}

describe('kinds of change', () => {
  const changes = producedChanges();

  it('every change the diff produces has a registered kind with the same impact', () => {
    expect(changes.length).toBeGreaterThan(200);
    const wrong = changes.filter(
      (c) => !Object.hasOwn(CHANGE_KINDS, c.kind) || CHANGE_KINDS[c.kind].impact !== c.impact,
    );
    expect(wrong).toEqual([]);
  });

  it('the diff produces many of the kinds (a check that the corpus exercises them)', () => {
    const seen = new Set(changes.map((c) => c.kind));
    expect(seen.size).toBeGreaterThanOrEqual(30);
  });

  it('kind ids are stable kebab-case names, each once', () => {
    for (const id of CHANGE_KIND_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(new Set(CHANGE_KIND_IDS).size).toBe(CHANGE_KIND_IDS.length);
  });

  it('docs/diff.md lists every kind as the registry has it', () => {
    const doc = readFileSync(join(root, 'docs', 'diff.md'), 'utf8');
    const section = /<!-- change-kinds:start -->\n\n([\s\S]*?)\n\n<!-- change-kinds:end -->/.exec(
      doc,
    );
    expect(section?.[1], 'regenerate the list between the change-kinds markers').toBe(kindList());
  });
});
