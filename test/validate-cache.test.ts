// `slac validate --cache DIR` and `--jobs N`: the same answers as a plain run, only faster.
// The cache is keyed by content (git blob id), slac's version and schema, and each result
// says on which days it holds; it must never hide a problem.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  cacheKey,
  cachedResult,
  gitBlobId,
  toCached,
  type CachedResult,
} from '../src/validate/cache.js';
import { checkFile } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { FRACTION, OVERDUE, VALID } from './helpers/sla-text.js';

const root = join(import.meta.dirname, '..');

const BROKEN = VALID.replace('  title: Demo\n', '  title: [Demo\n');

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => {
  repo.remove();
});

const validate = (...args: string[]) => runCli(['validate', ...args], { cwd: repo.dir });
const withCache = (...args: string[]) => validate('--cache', '.slac-cache', ...args);

/** A repository with every kind of outcome: errors, warnings, a shared id, clean files. */
function writeMixed(): void {
  repo.write({
    'slas/a-fraction.yaml': FRACTION.replace('id: demo', 'id: a'),
    'slas/b-overdue.yaml': OVERDUE.replace('id: demo', 'id: b'),
    'slas/c-valid.yaml': VALID.replace('id: demo', 'id: c'),
    'slas/d-same-id.yaml': VALID.replace('id: demo', 'id: c'),
    'slas/e-broken.yaml': BROKEN,
    'slas/f-copy-of-a.yaml': FRACTION.replace('id: demo', 'id: a'),
  });
}

describe('slac validate --cache', () => {
  it('prints the same as without the cache, on the first run and on the next', async () => {
    writeMixed();
    repo.commit('slas');
    for (const format of ['text', 'json', 'github']) {
      const plain = await validate('--format', format);
      const first = await withCache('--format', format);
      const second = await withCache('--format', format);
      expect(first).toEqual(plain);
      expect(second).toEqual(plain);
    }
    expect((await validate()).code).toBe(1);
  });

  it('works outside a git repository, hashing the files itself', async () => {
    writeMixed();
    repo.git('init', '-q'); // no commit, nothing staged: git knows no file
    const plain = await validate('slas', '--format', 'json');
    expect(await withCache('slas', '--format', 'json')).toEqual(plain);
    expect(await withCache('slas', '--format', 'json')).toEqual(plain);
  });

  it('keeps results in the folder, one file per slac version and schema', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    await withCache();
    const names = readdirSync(join(repo.dir, '.slac-cache')).sort();
    expect(names).toEqual([
      expect.stringMatching(/^validate-[0-9a-f]{16}-tree\.json$/),
      expect.stringMatching(/^validate-[0-9a-f]{16}\.json$/),
    ]);
  });

  it("drops an older version's files a week after they were last written", async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    const dir = join(repo.dir, '.slac-cache');
    mkdirSync(dir);
    const old = ['validate-00000000000000aa.json', 'validate-00000000000000aa-tree.json'];
    const recent = 'validate-00000000000000bb.json';
    const unrelated = 'notes.txt';
    for (const name of [...old, recent, unrelated]) writeFileSync(join(dir, name), '{}');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    for (const name of [...old, unrelated]) utimesSync(join(dir, name), eightDaysAgo, eightDaysAgo);
    await withCache();
    const names = readdirSync(dir);
    for (const name of old) expect(names).not.toContain(name);
    expect(names).toContain(recent);
    expect(names).toContain(unrelated);
  });

  it('reports a problem brought in by an edit after a cached run (committed or not)', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    repo.commit('valid');
    expect((await withCache()).code).toBe(0);
    repo.write({ 'slas/demo.yaml': FRACTION });
    const edited = await withCache();
    expect(edited.stdout).toContain('slas/demo.yaml:15:15 objective-target-range');
    expect(edited.code).toBe(1);
    repo.commit('fraction');
    expect((await withCache()).stdout).toContain('slas/demo.yaml:15:15 objective-target-range');
    repo.write({ 'slas/demo.yaml': VALID });
    expect(await withCache()).toMatchObject({ code: 0, stdout: '1 file checked: all valid\n' });
  });

  it('reports an error of a file again on every run: a cached error is still an error', async () => {
    repo.write({ 'slas/demo.yaml': BROKEN });
    const first = await withCache('--format', 'json');
    const second = await withCache('--format', 'json');
    expect(second).toEqual(first);
    expect(JSON.parse(second.stdout).errors[0]).toMatchObject({
      file: 'slas/demo.yaml',
      line: 6,
      rule: 'yaml-syntax',
    });
    expect(second.code).toBe(1);
  });

  it('places the problems of one content at each path that holds it', async () => {
    repo.write({ 'slas/one.yaml': FRACTION });
    await withCache();
    repo.write({ 'slas/two.yaml': FRACTION.replace('id: demo', 'id: demo') });
    const run = await withCache('--format', 'json');
    expect(JSON.parse(run.stdout).errors.map((e: { file: string }) => e.file)).toEqual([
      'slas/one.yaml',
      'slas/two.yaml',
      'slas/two.yaml', // and the shared id
    ]);
    expect(run).toEqual(await validate('--format', 'json'));
  });

  it('follows the day: a review that falls due between two runs is reported', async () => {
    repo.write({ 'slas/demo.yaml': OVERDUE });
    const before = await withCache('--format', 'json', '--today', '2026-06-30');
    expect(JSON.parse(before.stdout).warnings).toEqual([]);
    const after = await withCache('--format', 'json', '--today', '2026-11-23');
    expect(JSON.parse(after.stdout).warnings).toEqual([
      expect.objectContaining({ rule: 'review-overdue', line: 10, column: 44 }),
    ]);
    const back = await withCache('--format', 'json', '--today', '2026-06-30');
    expect(back).toEqual(before);
  });

  it('ignores a cache folder whose files are damaged, and repairs them', async () => {
    writeMixed();
    const plain = await validate('--format', 'json');
    await withCache('--format', 'json');
    const dir = join(repo.dir, '.slac-cache');
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"key": "x", "da');
    expect(await withCache('--format', 'json')).toEqual(plain);
    expect(await withCache('--format', 'json')).toEqual(plain);
  });

  it('answers a run in which nothing changed from the cache', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    await withCache();
    // Doctor the stored whole result: the next run, with the same files, prints it.
    const dir = join(repo.dir, '.slac-cache');
    const tree = readdirSync(dir).find((n) => n.endsWith('-tree.json')) as string;
    const stored = JSON.parse(readFileSync(join(dir, tree), 'utf8'));
    stored.data.result.files = 42;
    writeFileSync(join(dir, tree), JSON.stringify(stored));
    expect((await withCache()).stdout).toBe('42 files checked: all valid\n');
    // Any change to the files — here a new one — is validated again.
    repo.write({ 'slas/other.yaml': VALID.replace('id: demo', 'id: other') });
    expect((await withCache()).stdout).toBe('2 files checked: all valid\n');
  });

  describe('when git vouches that nothing changed', () => {
    /** A committed, clean repository whose last cached result is doctored to say 42 files. */
    async function doctored(): Promise<void> {
      repo.write({ 'slas/demo.yaml': VALID, 'README.md': 'SLAs\n' });
      repo.commit('slas');
      await withCache();
      const dir = join(repo.dir, '.slac-cache');
      const tree = readdirSync(dir).find((n) => n.endsWith('-tree.json')) as string;
      const stored = JSON.parse(readFileSync(join(dir, tree), 'utf8'));
      expect(stored.data.state).toMatch(/^[0-9a-f]{64}$/);
      stored.data.result.files = 42;
      writeFileSync(join(dir, tree), JSON.stringify(stored));
      // What the first run printed is kept too: without it, the run prints from the result.
      for (const name of readdirSync(dir).filter((n) => n.includes('-out-')))
        rmSync(join(dir, name));
      expect((await withCache()).stdout).toBe('42 files checked: all valid\n');
    }

    it('writes what the last run printed, for that format, state and day', async () => {
      repo.write({ 'slas/demo.yaml': OVERDUE });
      repo.commit('slas');
      const first = await withCache('--today', '2026-11-23');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('review-overdue');
      const dir = join(repo.dir, '.slac-cache');
      const outputs = () => readdirSync(dir).filter((n) => n.includes('-out-'));
      expect(outputs()).toEqual([expect.stringMatching(/-out-text-[0-9a-f]{16}\.txt$/)]);
      const [name] = outputs() as [string];
      const stored = readFileSync(join(dir, name), 'utf8');
      expect(stored.slice(stored.indexOf('\n') + 1)).toBe(first.stdout);
      writeFileSync(join(dir, name), stored.replace('review-overdue', 'doctored-rule'));
      expect((await withCache('--today', '2026-11-23')).stdout).toContain('doctored-rule');
      // Another format, or a day the result does not hold on, is not answered by it.
      const json = await withCache('--today', '2026-11-23', '--format', 'json');
      expect(JSON.parse(json.stdout).warnings[0].rule).toBe('review-overdue');
      const earlier = await withCache('--today', '2026-06-30');
      expect(earlier.stdout).toBe('1 file checked: all valid\n');
      // An edit changes the folder's state: validated again.
      repo.write({ 'slas/demo.yaml': FRACTION });
      const edited = await withCache('--today', '2026-11-23');
      expect(edited.code).toBe(1);
      expect(edited.stdout).toContain('objective-target-range');
      expect(edited.stdout).not.toContain('doctored-rule');
    });

    it('answers from the last result, also after a commit to other files', async () => {
      await doctored();
      repo.write({ 'README.md': 'Our SLAs\n', 'notes.txt': 'untracked, not an SLA\n' });
      repo.commit('docs');
      expect((await withCache()).stdout).toBe('42 files checked: all valid\n');
    });

    it('validates again after an edit to an SLA file, committed or not', async () => {
      await doctored();
      repo.write({ 'slas/demo.yaml': FRACTION });
      const edited = await withCache();
      expect(edited.stdout).toContain('objective-target-range');
      repo.commit('fraction');
      expect((await withCache()).stdout).toContain('objective-target-range');
    });

    it('validates again when an untracked SLA file appears, also in a new folder', async () => {
      await doctored();
      repo.write({ 'slas/team/new.yaml': FRACTION.replace('id: demo', 'id: new') });
      const run = await withCache();
      expect(run.stdout).toContain('slas/team/new.yaml');
      expect(run.stdout).toContain('objective-target-range');
    });

    it('validates again when .slac.yml selects other files', async () => {
      await doctored();
      repo.write({
        '.slac.yml': 'slas: ["catalog/**/*.yaml"]\n',
        'catalog/x.yaml': FRACTION.replace('id: demo', 'id: x'),
      });
      const run = await withCache();
      expect(run.stdout).toContain('catalog/x.yaml');
      expect(run.stdout).toContain('objective-target-range');
    });

    it('does not trust files git was told not to look at (assume-unchanged)', async () => {
      await doctored();
      repo.git('update-index', '--assume-unchanged', 'slas/demo.yaml');
      repo.write({ 'slas/demo.yaml': FRACTION });
      expect((await withCache()).stdout).toContain('objective-target-range');
    });

    it('is not used for a run on named files or folders', async () => {
      await doctored();
      repo.write({ 'more/x.yaml': VALID.replace('id: demo', 'id: x') });
      repo.commit('more');
      expect((await withCache()).stdout).toBe('42 files checked: all valid\n');
      expect((await withCache('more')).stdout).toBe('1 file checked: all valid\n');
      expect((await withCache('more', 'slas')).stdout).toBe('2 files checked: all valid\n');
    });
  });

  it('refuses an empty --cache and a --jobs that is not a count', async () => {
    expect(await validate('--cache', '')).toMatchObject({ code: 2 });
    const jobs = await validate('--jobs', 'many');
    expect(jobs.stderr).toContain('--jobs must be a whole number from 1; got "many"');
    expect(jobs.code).toBe(2);
  });
});

describe('the cache, as a store of per-file results', () => {
  const store = () => {
    const map = new Map<string, CachedResult>();
    return { get: (b: string) => map.get(b), set: (b: string, r: CachedResult) => map.set(b, r) };
  };

  it('keys results by git blob id (what git hash-object prints)', () => {
    repo.write({ 'demo.yaml': VALID });
    const fromGit = repo.git('hash-object', 'demo.yaml').trim();
    expect(gitBlobId(VALID)).toBe(fromGit);
    expect(gitBlobId(Buffer.from(VALID))).toBe(fromGit);
  });

  it('misses content it has not seen, and hits it at any path afterwards', () => {
    const s = store();
    const result = checkFile({ path: 'slas/a.yaml', content: FRACTION }, { today: '2026-11-23' });
    const blob = gitBlobId(FRACTION);
    expect(cachedResult(s, blob, 'slas/a.yaml', '2026-11-23')).toBeUndefined();
    s.set(blob, toCached(result));
    const hit = cachedResult(s, blob, 'slas/b.yaml', '2026-11-23');
    expect(hit?.problems).toEqual(result.problems.map((p) => ({ ...p, file: 'slas/b.yaml' })));
    expect(hit?.id).toBe('demo');
  });

  it('holds a result only on the days the review rules say the same', () => {
    const s = store();
    const blob = gitBlobId(VALID); // reviewed 2026-09-01 every 6 months: due 2027-03-01
    s.set(blob, toCached(checkFile({ path: 'a.yaml', content: VALID }, { today: '2026-11-23' })));
    expect(cachedResult(s, blob, 'a.yaml', '2026-09-01')).toBeDefined();
    expect(cachedResult(s, blob, 'a.yaml', '2027-03-01')).toBeDefined();
    expect(cachedResult(s, blob, 'a.yaml', '2027-03-02')).toBeUndefined(); // overdue now
    expect(cachedResult(s, blob, 'a.yaml', '2026-08-31')).toBeUndefined(); // review in the future
  });

  it('starts afresh with another slac version, schema or build', () => {
    expect(cacheKey('', '0.1.0')).toBe(cacheKey('', '0.1.0'));
    expect(cacheKey('', '0.2.0')).not.toBe(cacheKey('', '0.1.0'));
    expect(cacheKey('build-b', '0.1.0')).not.toBe(cacheKey('build-a', '0.1.0'));
    expect(cacheKey('', '0.1.0', { type: 'object' })).not.toBe(cacheKey('', '0.1.0'));
  });
});

describe('slac validate --jobs', () => {
  const bin = join(root, 'bin', 'slac.js');
  const built = existsSync(join(root, 'build', 'slac', 'worker.js'));

  it.runIf(built)('prints the same on worker threads as on one thread', () => {
    writeMixed();
    const more: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      const id = `svc-${String(i).padStart(2, '0')}`;
      more[`slas/more/${id}.yaml`] = (
        i % 3 === 0 ? FRACTION : i % 3 === 1 ? OVERDUE : VALID
      ).replace('id: demo', `id: ${id}`);
    }
    repo.write(more);
    const run = (jobs: string, format: string) =>
      execFileSync(
        process.execPath,
        [bin, 'validate', '--today', '2026-11-23', '--jobs', jobs, '--format', format],
        { cwd: repo.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    const attempt = (jobs: string, format: string) => {
      try {
        return run(jobs, format);
      } catch (err) {
        return (err as { stdout: string }).stdout; // exit 1: problems found
      }
    };
    for (const format of ['text', 'json']) {
      const serial = attempt('1', format);
      expect(serial).toContain('46');
      expect(attempt('3', format)).toBe(serial);
    }
  });
});
