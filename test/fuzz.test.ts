// Fuzzing: seeded mutations of the example SLAs go through validation, the diff in both
// directions on a real git repository, the approval check with no reviews and the command
// line. A bad file is a problem at a position inside the file, never an exception, a hang,
// an exit code 2 or an approved change. `SLAC_FUZZ=5000 npm run fuzz` runs a longer search;
// `SLAC_FUZZ_SEED` starts elsewhere.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePullRequest } from '../src/check/index.js';
import { compareRevisions } from '../src/diff/index.js';
import { createGitReader } from '../src/git/index.js';
import type { Problem } from '../src/model/problem.js';
import { validateSources } from '../src/validate/index.js';
import { mutate, outsideText, prng, textOf, type Content } from './helpers/fuzz.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const COUNT = Number(process.env.SLAC_FUZZ ?? 360);
const SEED = Number(process.env.SLAC_FUZZ_SEED ?? 20261201);
const TODAY = '2026-11-23';
/** A hang detector, not a benchmark: each input (or commit of six inputs) well under this. */
const HANG_MS = 10_000;
/** Vitest's limit for a whole loop of inputs (the loops check each input against HANG_MS). */
const LOOP_MS = 60_000 + COUNT * 100;

const EXAMPLES = 'examples/slas';
const examples = readdirSync(EXAMPLES)
  .sort()
  .map((name) => ({ path: `slas/${name}`, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

interface Input {
  path: string;
  content: Content;
  applied: string[];
}

/** Round `round`'s inputs: every example, each mutated with its own seed. */
function round(index: number): Input[] {
  return examples.map((e, k) => {
    const { content, applied } = mutate(e.text, prng(SEED + index * 7919 + k));
    return { path: e.path, content, applied };
  });
}

/** What is wrong with the problems of these files: positions outside their file's text. */
function misplaced(problems: readonly Problem[], files: readonly Input[]): string[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const out: string[] = [];
  for (const p of problems) {
    const file = byPath.get(p.file);
    if (!file) continue;
    const why = outsideText(p, textOf(file.content));
    if (why)
      out.push(
        `${p.file}:${p.line}:${p.column} ${p.rule} (${why}) after ${file.applied.join(', ')}`,
      );
  }
  return out;
}

const rounds = Math.ceil(COUNT / examples.length);

describe(`fuzz: ${rounds * examples.length} mutated SLAs from seed ${SEED}`, () => {
  it(
    'validate: a problem at a position inside the file, never an exception',
    () => {
      const failures: string[] = [];
      for (let i = 0; i < rounds; i++) {
        for (const input of round(i)) {
          const start = performance.now();
          let problems: Problem[];
          try {
            const r = validateSources([{ path: input.path, content: input.content }], {
              today: TODAY,
            });
            problems = [...r.errors, ...r.warnings];
          } catch (err) {
            failures.push(
              `round ${i} ${input.path} threw ${String(err)} after ${input.applied.join(', ')}`,
            );
            continue;
          }
          failures.push(...misplaced(problems, [input]).map((f) => `round ${i} ${f}`));
          const ms = performance.now() - start;
          if (ms > HANG_MS) failures.push(`round ${i} ${input.path} took ${Math.round(ms)} ms`);
        }
      }
      expect(failures).toEqual([]);
    },
    LOOP_MS,
  );

  describe('on a git repository: diff both ways and the approval check', () => {
    let repo: TempRepo;
    let base: string;
    beforeAll(() => {
      repo = makeRepo();
      repo.copy('examples/.slac.yml', '.slac.yml');
      repo.copy(EXAMPLES, 'slas');
      base = repo.commit('base');
    });
    afterAll(() => repo?.remove());

    // A commit per round: the six examples, each mutated.
    const gitRounds = rounds;
    it(
      `${gitRounds} commits of six mutated files`,
      async () => {
        const git = createGitReader(repo.dir);
        const failures: string[] = [];
        let judged = 0;
        for (let i = 0; i < gitRounds; i++) {
          const inputs = round(i);
          repo.write(Object.fromEntries(inputs.map((f) => [f.path, f.content])));
          const head = repo.commit(`round ${i}`);
          const start = performance.now();
          try {
            const pr = await evaluatePullRequest({
              git,
              baseRef: base,
              headRef: head,
              author: 'mallory',
              reviews: [],
              today: TODAY,
            });
            failures.push(
              ...misplaced([...pr.validation.errors, ...pr.validation.warnings], inputs),
            );
            // A changed SLA, or a head that cannot be read, needs an owner's review.
            const changed = pr.diff.slas.length > 0 || pr.validation.errors.length > 0;
            if (changed) judged++;
            if (changed && pr.approvals.satisfied)
              failures.push(
                `round ${i}: approved with no reviews after ${inputs.map((f) => f.applied.join('+')).join('; ')}`,
              );
            const back = await compareRevisions(git, head, base, { today: TODAY });
            failures.push(
              ...misplaced(
                [...back.base.validation.errors, ...back.base.validation.warnings],
                inputs,
              ),
            );
            // The other way round the broken files are on the base: their owners are unknown,
            // so only an admin could approve, and there are no reviews.
            const reverse = await evaluatePullRequest({
              git,
              baseRef: head,
              headRef: base,
              author: 'mallory',
              reviews: [],
              today: TODAY,
            });
            if (
              (reverse.diff.slas.length > 0 || back.skipped.length > 0) &&
              reverse.approvals.satisfied
            )
              failures.push(`round ${i}: the reverse change was approved with no reviews`);
          } catch (err) {
            failures.push(
              `round ${i} threw ${err instanceof Error ? err.stack : String(err)} after ${inputs.map((f) => `${f.path}: ${f.applied.join(', ')}`).join('; ')}`,
            );
          }
          const ms = performance.now() - start;
          if (ms > HANG_MS) failures.push(`round ${i} took ${Math.round(ms)} ms`);
        }
        expect(failures).toEqual([]);
        // The rounds did change SLAs, so the approval check had something to refuse.
        expect(judged).toBeGreaterThan(gitRounds / 2);
      },
      LOOP_MS,
    );

    it('the command line exits 0 or 1 on bad files, never 2', () => {
      const failures: string[] = [];
      for (let i = 0; i < 3; i++) {
        const inputs = round(1000 + i);
        repo.write(Object.fromEntries(inputs.map((f) => [f.path, f.content])));
        repo.commit(`cli round ${i}`);
        for (const args of [
          ['validate', '--format', 'json'],
          ['diff', '--base', base, '--format', 'json'],
          ['diff', '--base', base, '--format', 'markdown'],
        ]) {
          const code = exitCode(repo.dir, args);
          if (code !== 0 && code !== 1)
            failures.push(`slac ${args.join(' ')} exited ${code} in round ${i}`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
});

function exitCode(cwd: string, args: string[]): number {
  try {
    execFileSync(
      process.execPath,
      [join(process.cwd(), 'bin/slac.js'), ...args, '--today', TODAY],
      {
        cwd,
        stdio: 'pipe',
        timeout: HANG_MS * 3,
      },
    );
    return 0;
  } catch (err) {
    return (err as { status?: number | null }).status ?? -1;
  }
}
