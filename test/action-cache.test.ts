// The `cache` input of mode check (action/cache.ts): a damaged, foreign or unwritable cache
// never changes the decision of the pull request check; it only costs validation again.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActionCache } from '../action/cache.js';
import type { Evaluation } from '../action/pipeline.js';
import { checkPullRequest, type CheckPullRequestInput } from '../src/app/check-pull-request.js';
import {
  overallImpact,
  reportJson,
  reportMarkdown,
  statusLine,
  type CheckReport,
} from '../action/report.js';
import { createGitReader } from '../src/git/index.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

const sla = (id: string, target = '99.95%') =>
  slaText({
    id,
    title: `Service ${id}`,
    owner: '@alice',
    summary: 'Does things.',
    lastReviewed: '2026-06-15',
    target,
  });

let repo: TempRepo;
let dir: string;
let input: CheckPullRequestInput;
const evaluate = async (i: CheckPullRequestInput): Promise<Evaluation> =>
  (await checkPullRequest(i)).evaluation;
let warnings: string[];
beforeEach(() => {
  repo = makeRepo();
  repo.write({
    'slas/a.yaml': sla('a'),
    'slas/b.yaml': sla('b', '0.999'), // an error, on both sides
    'slas/c.yaml': sla('c'),
  });
  const base = repo.commit('base');
  repo.write({ 'slas/a.yaml': sla('a', '99.9%'), 'slas/c.yaml': sla('c', '150%') });
  const head = repo.commit('head');
  dir = mkdtempSync(join(tmpdir(), 'slac-action-cache-'));
  input = {
    git: createGitReader(repo.dir),
    baseRef: base,
    headRef: head,
    author: 'mallory',
    reviews: [],
    teams: {},
    today: '2026-07-01',
  };
  // core.warning writes a workflow command to stdout.
  warnings = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    warnings.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** Evaluates with a cache in `dir`, opened and saved as mode check does. */
async function withCache() {
  const cache = ActionCache.open(dir, 'cache');
  const evaluation = await evaluate({ ...input, cache });
  cache.save();
  return data(evaluation);
}

/** What the report, the comment and the status are made of. */
const data = (evaluation: Evaluation) => ({
  report: JSON.parse(reportJson(report(evaluation))) as unknown,
  comment: reportMarkdown(report(evaluation)),
  status: statusLine(report(evaluation)),
});

function report(evaluation: Evaluation): CheckReport {
  return {
    approved: evaluation.validation.errors.length === 0 && evaluation.approvals.satisfied,
    impact: overallImpact(evaluation.diff),
    pullRequest: 7,
    head: input.headRef,
    base: input.baseRef,
    notes: [],
    evaluation,
  };
}

const cacheFiles = () => readdirSync(join(dir, 'cache')).map((f) => join(dir, 'cache', f));

describe('mode check with the cache input', () => {
  it('decides the same with a cold, a warm and a damaged cache as without one', async () => {
    const plain = data(await evaluate(input));
    expect(plain.report).toMatchObject({
      approved: false,
      // b.yaml's error is the same on both sides: slac validate's on the base, not the check's.
      validation: { errors: [{ file: 'slas/c.yaml' }] },
    });
    expect(await withCache()).toEqual(plain);
    expect(cacheFiles()).not.toHaveLength(0);
    expect(await withCache()).toEqual(plain);

    for (const damage of [
      'not json {',
      '',
      JSON.stringify({ key: 'other', data: [] }),
      // The right key but data of another shape.
      JSON.stringify({ key: keyOf(cacheFiles()), data: 'garbage' }),
      JSON.stringify({ key: keyOf(cacheFiles()), data: [['x', null], [1, {}], 'y'] }),
    ]) {
      for (const file of cacheFiles()) writeFileSync(file, damage);
      expect(await withCache(), damage).toEqual(plain);
      // The damaged file was rewritten: the next run reads good results.
      expect(await withCache(), damage).toEqual(plain);
    }
  });

  it('warns and decides the same when the cache cannot be saved', async () => {
    const plain = data(await evaluate(input));
    writeFileSync(join(dir, 'cache'), 'a file where the folder should be');
    expect(await withCache()).toEqual(plain);
    expect(warnings.join('')).toMatch(/::warning::cache .* could not be saved/);
  });
});

/** The cache key in the file names validate-KEY.json. */
function keyOf(files: string[]): string {
  const key = files.map((f) => /validate-([0-9a-f]+)\.json$/.exec(f)?.[1]).find(Boolean);
  if (!key) throw new Error(`no results file in ${files.join(', ')}`);
  return key;
}
