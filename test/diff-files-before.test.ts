// The pull request check lists the head's tree and asks git what differs; the base's files are
// the head's with the changes turned back (filesBefore), not a second listing of 10,000 files.
// The base decides owners and admins, so its files must come out exactly as `git ls-tree`
// lists them, or the check lists the base itself: these tests hold both to that.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  createGitReader,
  openRepository,
  type GitReader,
  type TreeChange,
} from '../src/git/index.js';
import { compareRevisions, filesBefore } from '../src/diff/index.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { VALID } from './helpers/sla-text.js';

const TODAY = '2026-11-23';

const entry = (path: string, blob: string, mode = '100644') => ({ path, blob, mode });
const change = (path: string, older: [string, string], newer: [string, string]): TreeChange => ({
  path,
  older: { mode: older[0], blob: older[1] },
  newer: { mode: newer[0], blob: newer[1] },
});
const NONE: [string, string] = ['000000', '0'.repeat(40)];
const blob = (c: string) => c.repeat(40);

describe('filesBefore', () => {
  it('turns back additions, deletions, edits and changes of mode, in git order', () => {
    const head = [
      entry('a.yaml', blob('1')),
      entry('b/new.yaml', blob('2')),
      entry('c.yaml', blob('3'), '100755'),
      entry('e.yaml', blob('5'), '120000'),
    ];
    const changes = [
      change('b/new.yaml', NONE, ['100644', blob('2')]),
      change('b/old.yaml', ['100644', blob('7')], NONE),
      change('c.yaml', ['100644', blob('8')], ['100755', blob('3')]),
      change('d.yaml', ['100644', blob('9')], NONE),
      change('e.yaml', ['100644', blob('6')], ['120000', blob('5')]),
    ];
    expect(filesBefore(head, changes)).toEqual([
      entry('a.yaml', blob('1')),
      entry('b/old.yaml', blob('7')),
      entry('c.yaml', blob('8')),
      entry('d.yaml', blob('9')),
      entry('e.yaml', blob('6')),
    ]);
  });

  it('leaves paths outside the folder ("/…") out, as the folder listing does', () => {
    const head = [entry('a.yaml', blob('1'))];
    const changes = [change('/CODEOWNERS', ['100644', blob('2')], ['100644', blob('3')])];
    expect(filesBefore(head, changes)).toEqual(head);
  });

  it('declines a head listing with a path twice or out of order (a crafted tree)', () => {
    const twice = [entry('a.yaml', blob('1')), entry('a.yaml', blob('2'))];
    expect(filesBefore(twice, [change('a.yaml', NONE, ['100644', blob('2')])])).toBeUndefined();
    expect(filesBefore(twice, [])).toBeUndefined();
    const unsorted = [entry('b.yaml', blob('1')), entry('a.yaml', blob('2'))];
    expect(filesBefore(unsorted, [])).toBeUndefined();
  });

  it('declines changes naming a path twice, a submodule or a mode it does not know', () => {
    const head = [entry('a.yaml', blob('1'))];
    const edit = change('a.yaml', ['100644', blob('2')], ['100644', blob('1')]);
    expect(filesBefore(head, [edit, edit])).toBeUndefined();
    expect(filesBefore([], [change('sub', ['160000', blob('3')], NONE)])).toBeUndefined();
    expect(
      filesBefore(head, [change('a.yaml', ['160000', blob('3')], ['100644', blob('1')])]),
    ).toBeUndefined();
    expect(filesBefore([], [change('x', ['040000', blob('3')], NONE)])).toBeUndefined();
  });

  it('orders by code point as git does (U+1F600 after U+E000), not by UTF-16 unit', () => {
    const gitOrder = [entry('s/\uE000.yaml', blob('1')), entry('s/\u{1F600}.yaml', blob('2'))];
    expect(filesBefore(gitOrder, [])).toEqual(gitOrder);
    expect(filesBefore([...gitOrder].reverse(), [])).toBeUndefined();
    const back = change('s/\uE001.yaml', ['100644', blob('3')], NONE);
    expect(filesBefore(gitOrder, [back])?.map((e) => e.path)).toEqual([
      's/\uE000.yaml',
      's/\uE001.yaml',
      's/\u{1F600}.yaml',
    ]);
  });
});

describe('the base as the check sees it, against git listing it', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => repo.remove());

  const sla = (id: string) => VALID.replace('  id: demo\n', `  id: ${id}\n`);

  /** The same reader without `changes`: the check then lists both sides, as before. */
  const listingBoth = (git: GitReader): GitReader => {
    const { changes: _, ...rest } = git;
    return rest;
  };

  /** Holds the check's base to git's listing; true when it came from the head's (filesBefore). */
  async function expectSameBase(git: GitReader, base = 'main', head = 'pr'): Promise<boolean> {
    const [b, h] = [await git.resolve(base), await git.resolve(head)];
    const [baseFiles, headFiles, changes] = await Promise.all([
      git.listFiles(b),
      git.listFiles(h),
      git.changes!(b, h),
    ]);
    expect(changes.map((c) => c.path)).toEqual(await git.changedPaths(b, h));
    const before = filesBefore(headFiles, changes);
    if (before) expect(before).toEqual(baseFiles);
    const options = { today: TODAY };
    expect(plain(await compareRevisions(git, base, head, options))).toEqual(
      plain(await compareRevisions(listingBoth(git), base, head, options)),
    );
    return before !== undefined;
  }

  /** A value with its closures named only, sets and maps as lists and bytes as hex. */
  const plain = (value: unknown): unknown => {
    if (typeof value === 'function') return '[function]';
    if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
    if (value instanceof Set) return [...value].map(plain);
    if (value instanceof Map) return [...value].map(plain);
    if (Array.isArray(value)) return value.map(plain);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    return value;
  };

  function branch(): void {
    repo.git('checkout', '-q', '-B', 'pr', 'main');
  }

  it('renames, deletions, additions, type changes, file into folder, odd names', async () => {
    repo.write({
      '.slac.yml': "approval: { admins: ['@ada'] }\n",
      'slas/a.yaml': sla('svc-a'),
      'slas/b.yaml': sla('svc-b'),
      'slas/c.yaml': sla('svc-c'),
      'slas/d.yaml': sla('svc-d'),
      'slas/x': 'a file that becomes a folder\n',
      'slas/a.b.yaml': sla('svc-dot'),
      'slas/a-b/x.yaml': sla('svc-dash'),
      'slas/\u00e9t\u00e9.yaml': sla('svc-ete'),
      'slas/\uE000.yaml': sla('svc-private'),
      'slas/\u{1F600}.yaml': sla('svc-smile'),
      'README.md': 'hello\n',
    });
    repo.commit('base');
    branch();
    repo.git('mv', 'slas/a.yaml', 'slas/renamed.yaml');
    repo.write({
      'slas/b.yaml': null,
      'slas/new.yaml': sla('svc-new'),
      'slas/c.yaml': sla('svc-c').replace('99.95%', '99.9%'),
      'slas/x': null,
    });
    repo.write({ 'slas/x/inside.yaml': sla('svc-inside'), 'slas/d.yaml': null });
    // A file that becomes a symbolic link: same path, another mode and blob.
    symlinkSync('c.yaml', join(repo.dir, 'slas/d.yaml'));
    repo.commit('pr');
    expect(repo.git('diff', '--raw', 'main', 'pr', '--', 'slas/d.yaml')).toContain(' T\t');
    expect(await expectSameBase(createGitReader(repo.dir))).toBe(true);
    expect(await expectSameBase(createGitReader(repo.dir), 'pr', 'main')).toBe(true);
  });

  it('a submodule added or removed: the base listed by git, the answer the same', async () => {
    repo.write({ 'slas/a.yaml': sla('svc-a') });
    repo.commit('base');
    branch();
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},slas/sub`);
    // Committed as staged (`git add -A` would drop the submodule, which has no folder here).
    repo.git('commit', '-q', '-m', 'pr');
    const git = createGitReader(repo.dir);
    const [b, h] = [await git.resolve('main'), await git.resolve('pr')];
    expect(filesBefore(await git.listFiles(h), await git.changes!(b, h))).toBeUndefined();
    await expectSameBase(git);
    await expectSameBase(git, 'pr', 'main');
  });

  it('from a subfolder, with changes outside it', async () => {
    repo.write({
      'sla/.slac.yml': "approval: { admins: ['@ada'] }\n",
      'sla/slas/a.yaml': sla('svc-a'),
      'sla/slas/b.yaml': sla('svc-b'),
      CODEOWNERS: '* @ada\n',
    });
    repo.commit('base');
    branch();
    repo.write({
      'sla/slas/a.yaml': sla('svc-a').replace('99.95%', '99%'),
      'sla/slas/b.yaml': null,
      CODEOWNERS: '* @eve\n',
      'other/c.yaml': sla('svc-c'),
    });
    repo.commit('pr');
    expect(await expectSameBase(await openRepository(join(repo.dir, 'sla')))).toBe(true);
  });

  it('the config changed, or nothing but the config', async () => {
    repo.write({ '.slac.yml': "approval: { admins: ['@ada'] }\n", 'slas/a.yaml': sla('svc-a') });
    repo.commit('base');
    branch();
    repo.write({ '.slac.yml': "approval: { admins: ['@eve'] }\n" });
    repo.commit('pr');
    expect(await expectSameBase(createGitReader(repo.dir))).toBe(true);
  });
});
