// The pull request check with a cache of per-file results (`--cache DIR` of slac diff and
// slac approvals): the same answers as without it, while files that are the same at base
// and head are neither read nor validated again once their result is known.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitReader, type GitReader } from '../src/git/index.js';
import { compareRevisions } from '../src/diff/index.js';
import { toCached, type CachedResult, type ResultStore } from '../src/validate/cache.js';
import { checkFile } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

function sla(id: string, owner = '@acme/payments', target = '99.95%'): string {
  return slaText({
    id,
    title: `Service ${id}`,
    owner,
    summary: 'Does things.',
    lastReviewed: '2026-01-01',
    target,
  });
}

const CONFIG = `approval:
  admins: ['@acme/sla-admins']
teams:
  '@acme/sla-admins': [ada]
  '@acme/payments': [alice, bob]
`;

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
  // The cache is no file of the repository (a check refuses a cache git tracks).
  const files: Record<string, string> = { '.slac.yml': CONFIG, '.gitignore': '.slac-cache/\n' };
  for (let i = 0; i < 12; i++) files[`slas/svc-${i}.yaml`] = sla(`svc-${i}`);
  files['slas/fraction.yaml'] = sla('fraction', '@acme/payments', '0.999'); // an error on both sides
  repo.write(files);
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'pr');
});
afterEach(() => {
  repo.remove();
});

const cli = (...args: string[]) => runCli(args, { cwd: repo.dir, today: '2026-11-23' });

/** Runs a command without cache, then twice with one: all three answers must be the same. */
async function expectSameWithCache(args: string[]): Promise<void> {
  const plain = await cli(...args);
  expect(await cli(...args, '--cache', '.slac-cache')).toEqual(plain);
  expect(await cli(...args, '--cache', '.slac-cache')).toEqual(plain);
}

function approvalsArgs(): string[] {
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.write({
    'reviews.json': JSON.stringify([
      { user: { login: 'bob' }, state: 'APPROVED', commit_id: head, submitted_at: '2026-11-20' },
    ]),
  });
  return ['approvals', '--base', 'main', '--author', 'alice', '--reviews', 'reviews.json'];
}

describe('slac diff and slac approvals with --cache', () => {
  it('say the same about a pull request that weakens, adds, removes and moves SLAs', async () => {
    repo.write({
      'slas/svc-0.yaml': sla('svc-0', '@acme/payments', '99.9%'),
      'slas/svc-1.yaml': null,
      'slas/moved/svc-2.yaml': sla('svc-2'),
      'slas/svc-2.yaml': null,
      'slas/new.yaml': sla('new'),
    });
    repo.commit('change');
    for (const format of ['text', 'json', 'markdown'])
      await expectSameWithCache(['diff', '--base', 'main', '--format', format]);
    await expectSameWithCache([...approvalsArgs(), '--format', 'json']);
  });

  it('say the same when a changed file takes the id of an unchanged one', async () => {
    repo.write({ 'slas/svc-0.yaml': sla('svc-1') });
    repo.commit('duplicate id');
    await expectSameWithCache(['diff', '--base', 'main', '--format', 'json']);
    await expectSameWithCache([...approvalsArgs(), '--format', 'json']);
  });

  it('say the same when a file breaks at head, or was broken on the base', async () => {
    repo.write({ 'slas/svc-0.yaml': sla('svc-0').replace('title: Service', 'title: [Service') });
    repo.commit('broken at head');
    await expectSameWithCache(['diff', '--base', 'main', '--format', 'json']);
    await expectSameWithCache([...approvalsArgs(), '--format', 'json']);
    repo.git('branch', '-f', 'main', 'HEAD');
    repo.write({ 'slas/svc-3.yaml': sla('svc-3', '@acme/payments', '99.99%') });
    repo.commit('another change, the broken file unchanged');
    await expectSameWithCache(['diff', '--base', 'main', '--format', 'json']);
    await expectSameWithCache([...approvalsArgs(), '--format', 'json']);
  });
});

describe('compareRevisions with a cache', () => {
  /** The repository's own git, noting which blobs are read. */
  function recordingGit(): { git: GitReader; read: string[] } {
    const real = createGitReader(repo.dir);
    const read: string[] = [];
    return {
      read,
      git: {
        ...real,
        resolve: (ref) => real.resolve(ref),
        listFiles: (commit) => real.listFiles(commit),
        changedPaths: (a, b) => real.changedPaths(a, b),
        log: (commit, paths) => real.log(commit, paths),
        readBlobs: (ids) => {
          read.push(...ids);
          return real.readBlobs(ids);
        },
      },
    };
  }
  const store = (): ResultStore => {
    const map = new Map<string, CachedResult>();
    return { get: (b) => map.get(b), set: (b, r) => void map.set(b, r) };
  };

  /** The cache `slac validate --cache` leaves on main: every SLA file's result by blob id. */
  function validatedMain(cache: ResultStore): void {
    for (const line of repo.git('ls-tree', '-r', 'main', 'slas').trim().split('\n')) {
      const [, , blob, path] = line.split(/\s+/) as [string, string, string, string];
      const content = repo.git('cat-file', 'blob', blob);
      cache.set(blob, toCached(checkFile({ path, content }, { today: '2026-11-23' })));
    }
  }

  it('reads only the changed files, with the cache of main or without a cache', async () => {
    repo.write({ 'slas/svc-0.yaml': sla('svc-0', '@acme/payments', '99.9%') });
    repo.commit('weaken');
    const changed = repo.git('ls-tree', 'main', 'slas/svc-0.yaml').split(/\s/)[2];
    const now = repo.git('ls-tree', 'pr', 'slas/svc-0.yaml').split(/\s/)[2];
    const expected = new Set([changed, now, repo.git('rev-parse', 'main:.slac.yml').trim()]);
    const first = recordingGit();
    const plain = await compareRevisions(first.git, 'main', 'pr', { today: '2026-11-23' });
    // Without a cache git searches the unchanged files for the changed ids: none is read.
    expect(new Set(first.read)).toEqual(expected);
    const cache = store();
    validatedMain(cache);
    const second = recordingGit();
    const fast = await compareRevisions(second.git, 'main', 'pr', { today: '2026-11-23', cache });
    expect(new Set(second.read)).toEqual(expected);
    expect(fast.diff).toEqual(plain.diff);
    expect(fast.head.validation.errors).toEqual(plain.head.validation.errors);
    expect(fast.head.validation.warnings).toEqual(plain.head.validation.warnings);
    expect(fast.skipped).toEqual(plain.skipped);
  });

  it("reports the changed files' findings on the day asked, whatever day the cache was made", async () => {
    repo.write({ 'slas/svc-0.yaml': sla('svc-0', '@acme/payments', '99.9%') });
    repo.commit('weaken');
    const cache = store();
    await compareRevisions(createGitReader(repo.dir), 'main', 'pr', { today: '2026-06-30', cache });
    const result = await compareRevisions(createGitReader(repo.dir), 'main', 'pr', {
      today: '2026-11-23',
      cache,
    });
    const overdue = result.head.validation.warnings.filter((w) => w.rule === 'review-overdue');
    // Only the changed file: the unchanged files' findings are slac validate's on the base.
    expect(overdue.map((w) => w.file)).toEqual(['slas/svc-0.yaml']);
  });
});
