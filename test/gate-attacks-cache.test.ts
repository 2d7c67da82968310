// Attacks on the pull request check with a validation cache (commit 36ba4e2): the results
// file an entry a line with the SLA id first (DiskCache.idOf reads the id off the line), checks
// that keep unused results, and the base's .slac.yml looked for by literal pathspecs. The check
// must decide the same with a cache as without one, and fail closed.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionCache } from '../action/cache.js';
import { checkPullRequest } from '../src/app/check-pull-request.js';
import { createGitReader } from '../src/git/index.js';
import { DiskCache } from '../src/node/cache-store.js';
import { knownId, type CachedResult } from '../src/validate/cache.js';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

function sla(id: string, owner = '@acme/payments', target = '99.95%'): string {
  return slaText({
    id,
    title: `Service ${id}`,
    owner,
    summary: 'Does things.',
    lastReviewed: '2026-06-01',
    target,
  });
}

const CONFIG = `approval:
  admins: ['@acme/sla-admins']
teams:
  '@acme/sla-admins': [ada]
  '@acme/payments': [alice, bob]
  '@acme/mallory-team': [mallory, mel]
`;

let repo: TempRepo;
/** The cache folder, outside the repository (commit() stages everything). */
let CACHE: string;
beforeEach(() => {
  CACHE = mkdtempSync(join(tmpdir(), 'slac-attack-cache-'));
});
afterEach(() => {
  repo?.remove();
  rmSync(CACHE, { recursive: true, force: true });
});

const TODAY = '2026-11-23';
const cli = (args: string[], today = TODAY, cwd = repo.dir) => runCli(args, { cwd, today });

/** A base of 6 SLAs owned by payments, and one (`svc-m`) by mallory's team, on main; branch pr. */
function baseRepo(init?: () => TempRepo): void {
  repo = init ? init() : makeRepo();
  const files: Record<string, string> = { '.slac.yml': CONFIG };
  for (let i = 0; i < 6; i++) files[`slas/svc-${i}.yaml`] = sla(`svc-${i}`);
  files['slas/m.yaml'] = sla('svc-m', '@acme/mallory-team');
  repo.write(files);
  repo.commit('base');
}

/** `slac validate --cache CACHE` on main's working tree: every file's result by blob. */
async function validateMain(today = TODAY): Promise<void> {
  const run = await cli(['validate', '--cache', CACHE], today);
  expect(run.code).toBe(0);
}

function reviewsOf(...logins: string[]): void {
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.write({
    'reviews.json': JSON.stringify(
      logins.map((login) => ({
        user: { login, type: 'User' },
        state: 'APPROVED',
        commit_id: head,
        submitted_at: '2026-11-20T00:00:00Z',
      })),
    ),
  });
}

const approvals = (extra: string[] = [], today = TODAY) =>
  cli(
    [
      'approvals',
      '--base',
      'main',
      '--head',
      'pr',
      '--author',
      'mallory',
      '--reviews',
      'reviews.json',
      '--format',
      'json',
      ...extra,
    ],
    today,
  );

const diffJson = (extra: string[] = [], today = TODAY) =>
  cli(['diff', '--base', 'main', '--head', 'pr', '--format', 'json', ...extra], today);

const resultsFile = (dir = CACHE): string => {
  const name = readdirSync(dir).find((n) => /^validate-[0-9a-f]{16}\.json$/.test(n));
  if (!name) throw new Error('no results file');
  return join(dir, name);
};

const blobOf = (rev: string, path: string) => repo.git('rev-parse', `${rev}:${path}`).trim();

/**
 * The PR: mallory's own SLA `svc-m` takes the id `svc-1` of an unchanged file owned by
 * payments. Reviewed by mel (mallory's team) and ada (an admin), who see a rename of
 * mallory's own SLA; payments never reviews.
 */
function prTakesUnchangedId(): void {
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write({ 'slas/m.yaml': sla('svc-1', '@acme/mallory-team', '99%') });
  repo.commit('rename svc-m to svc-1');
  reviewsOf('mel', 'ada');
  repo.git('checkout', '-q', 'main');
}

describe('a cache written by slac validate on main answers ids as git would', () => {
  beforeEach(() => baseRepo());

  it('a PR giving a changed file the id of an unchanged one fails the same with the cache', async () => {
    await validateMain();
    prTakesUnchangedId();
    const plain = await approvals();
    expect(plain.code).toBe(1);
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
    expect(await diffJson(['--cache', CACHE])).toEqual(await diffJson());
  });

  it('a cache made on another day (--today) decides the same', async () => {
    await validateMain('2025-02-01');
    prTakesUnchangedId();
    const plain = await approvals();
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
    // And again, from the cache the check just saved (keepUnused).
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
  });

  it('a PR copying an unchanged file under a new path (the same blob twice) is caught', async () => {
    await validateMain();
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'slas/copy.yaml': readFileSync(join(repo.dir, 'slas/svc-2.yaml')) });
    repo.commit('copy svc-2');
    reviewsOf('mel', 'ada');
    repo.git('checkout', '-q', 'main');
    const plain = await approvals();
    expect(plain.code).toBe(1);
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
  });
});

describe('a damaged or hand-written results file (needs write access to the cache folder)', () => {
  beforeEach(() => baseRepo());

  /** Rewrites svc-1's entry so that its id column says `column` while its result says svc-1. */
  function forgeIdColumn(column: string): void {
    const file = resultsFile();
    const blob = blobOf('main', 'slas/svc-1.yaml');
    const text = readFileSync(file, 'utf8');
    const forged = text.replace(`["${blob}","svc-1",`, `["${blob}",${JSON.stringify(column)},`);
    expect(forged).not.toBe(text);
    writeFileSync(file, forged);
  }

  it('the store itself calls an entry whose id column disagrees with its result unknown', async () => {
    await validateMain();
    forgeIdColumn('');
    const cache = new DiskCache(CACHE, keyOf(resultsFile()));
    const blob = blobOf('main', 'slas/svc-1.yaml');
    expect(cache.get(blob)).toBeUndefined();
    // ... so idOf must not answer for it either ("answers ids as get() would").
    const plain = { get: (b: string) => cache.get(b), set: () => {} };
    expect(knownId(cache, blob)).toBe(knownId(plain, blob));
  });

  it("mode check's cache input (ActionCache) is not fooled either", async () => {
    await validateMain();
    prTakesUnchangedId();
    forgeIdColumn('');
    const head = repo.git('rev-parse', 'pr').trim();
    const input = {
      git: createGitReader(repo.dir),
      baseRef: repo.git('rev-parse', 'main').trim(),
      headRef: head,
      author: 'mallory',
      reviews: ['mel', 'ada'].map((login) => ({
        user: { login, type: 'User' },
        state: 'APPROVED',
        commit_id: head,
        submitted_at: '2026-11-20T00:00:00Z',
      })),
      teams: {},
      today: TODAY,
    };
    const plain = (await checkPullRequest(input)).evaluation;
    expect(plain.approvals.satisfied).toBe(false);
    // ActionCache.open resolves the folder against the workspace: an absolute one stays.
    const cache = ActionCache.open(repo.dir, CACHE);
    const cached = (await checkPullRequest({ ...input, cache })).evaluation;
    cache.save({ keepUnused: true });
    expect(cached.approvals.satisfied).toBe(false);
    expect(cached.validation.errors).toEqual(plain.validation.errors);
  });

  for (const column of ['', 'svc-9']) {
    it(`an id column "${column}" on an unchanged file's entry does not hide its id from the check`, async () => {
      await validateMain();
      prTakesUnchangedId();
      forgeIdColumn(column);
      const plain = await approvals();
      expect(plain.code).toBe(1);
      const cached = await approvals(['--cache', CACHE]);
      expect(cached.code).toBe(plain.code);
      expect(cached).toEqual(plain);
    });
  }
});

describe('a cache folder that the pull request itself brings (a checked-out PR, --cache in its work tree)', () => {
  // No write access to anyone's cache needed: the cache key is the same for every copy of a
  // slac build, so a PR can commit `.slac-cache/validate-KEY.json` (consistent entries, no id
  // column trick) and a reviewer who runs the documented command in the PR's checkout uses it.
  it('a results file committed by the PR is refused, not used', async () => {
    baseRepo();
    await validateMain();
    const blob = blobOf('main', 'slas/svc-1.yaml');
    const file = resultsFile();
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) =>
        l.startsWith(`["${blob}"`)
          ? `["${blob}","",{"problems":[]}]${l.endsWith(',') ? ',' : ''}`
          : l,
      );
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({
      'slas/m.yaml': sla('svc-1', '@acme/mallory-team', '99%'),
      [`.slac-cache/${file.slice(CACHE.length + 1)}`]: lines.join('\n'),
    });
    repo.git('add', '-f', '.slac-cache');
    repo.commit('rename svc-m to svc-1');
    reviewsOf('mel', 'ada');
    const plain = await approvals();
    expect(plain.code).toBe(1);
    // The reviewer, in the PR's checkout: slac approvals --base main --cache .slac-cache
    const cached = await approvals(['--cache', '.slac-cache']);
    expect(cached.code).toBe(2);
    expect(cached.stderr).toContain('--cache .slac-cache holds files git tracks');
  });
});

/** A repository whose object ids are SHA-256 (64 hex digits). */
function sha256Repo(): TempRepo {
  const r = makeRepo();
  rmSync(join(r.dir, '.git'), { recursive: true, force: true });
  r.git('init', '-q', '-b', 'main', '--object-format=sha256');
  r.git('config', 'user.name', 'Test');
  r.git('config', 'user.email', 'test@example.com');
  r.git('config', 'commit.gpgsign', 'false');
  return r;
}

describe('a SHA-256 repository (64-hex blob ids)', () => {
  beforeEach(() => baseRepo(sha256Repo));

  it('the cache of main knows the ids by 64-hex blobs, and the check decides as without it', async () => {
    expect(blobOf('main', 'slas/svc-1.yaml')).toMatch(/^[0-9a-f]{64}$/);
    await validateMain();
    const cache = new DiskCache(CACHE, keyOf(resultsFile()));
    expect(cache.idOf(blobOf('main', 'slas/svc-1.yaml'))).toBe('svc-1');
    prTakesUnchangedId();
    const plain = await approvals();
    expect(plain.code).toBe(1);
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
  });

  it('a file edited in the working tree is filed under its own content, not the index blob', async () => {
    repo.write({ 'slas/svc-1.yaml': sla('svc-7') }); // not committed
    await validateMain();
    repo.write({ 'slas/svc-1.yaml': sla('svc-1') });
    prTakesUnchangedId();
    const plain = await approvals();
    expect(await approvals(['--cache', CACHE])).toEqual(plain);
  });
});

describe('ids and messages that JSON escapes, or that split lines elsewhere', () => {
  const KEY = '0123456789abcdef';
  const hex = (n: number, len = 40) => n.toString(16).padStart(len, '0');
  const ODD = [
    'line\u2028sep',
    'para\u2029sep',
    'quote"inside',
    'back\\slash',
    'comma","fake',
    '",{"problems":[]}]',
    'emoji-😀',
    'lone-\ud800',
    'nul\u0000byte',
    'new\nline\r',
    '\ufeffbom',
    ' ',
  ];

  it('idOf gives back every id as get() does, on a fresh store and after a keepUnused save', () => {
    const dir = CACHE;
    const first = new DiskCache(dir, KEY);
    ODD.forEach((id, n) => {
      const result: CachedResult = {
        problems: [
          {
            line: 1,
            column: 1,
            rule: 'review-overdue',
            message: `msg ${id}`,
            severity: 'warning',
          },
        ],
        id,
      };
      first.set(hex(n + 1), result);
      first.set(hex(n + 1, 64), result);
    });
    first.save();
    for (const round of [0, 1]) {
      const cache = new DiskCache(dir, KEY);
      const plain = new DiskCache(dir, KEY);
      const viaGet = { get: (b: string) => plain.get(b), set: () => {} };
      ODD.forEach((id, n) => {
        for (const blob of [hex(n + 1), hex(n + 1, 64)]) {
          expect(cache.idOf(blob)).toBe(id);
          expect(knownId(cache, blob)).toBe(knownId(viaGet, blob));
          expect(cache.get(blob)?.id).toBe(id);
        }
      });
      // A check that adds one result keeps the others as they were.
      cache.set(hex(999), { problems: [], id: `round-${round}` });
      cache.save({ keepUnused: true });
    }
    // One entry a line still: no id or message put a line break in the file.
    const text = readFileSync(join(dir, `validate-${KEY}.json`), 'utf8');
    expect(text.split('\n')).toHaveLength(ODD.length * 2 + 1 + 2);
    expect(JSON.parse(text)).toMatchObject({ key: KEY });
  });

  it('a blob asked for that is a prefix of a stored one, or holds a quote, is unknown', () => {
    const cache = new DiskCache(CACHE, KEY);
    cache.set(hex(1, 64), { problems: [], id: 'long' });
    cache.save();
    const again = new DiskCache(CACHE, KEY);
    expect(again.idOf(hex(1, 64).slice(0, 40))).toBeUndefined();
    expect(again.idOf(`${hex(1, 64)}"`)).toBeUndefined();
    expect(again.idOf('')).toBeUndefined();
    expect(again.idOf(hex(1, 64))).toBe('long');
  });
});

describe("the base's .slac.yml of a team folder named with pathspec magic", () => {
  // The root has a config whose globs select no file of the team (the default `slas/**`); the
  // team folder has its own. Taken from the wrong place, the team's change is no change: exit 0.
  const TEAM_CONFIG = CONFIG;
  const NAMES = [
    ':',
    ':(top)x',
    ':(glob)**',
    ':(exclude)slas',
    '*',
    '[ab]',
    '?',
    '\\',
    '-x',
    '--',
    '-',
    'a b',
    'é',
    '.slac.yml.d',
    '!neg',
    '#hash',
    'tab\there',
    'trail ',
    'new\nline',
  ];

  function teamRepo(name: string, deleteConfigAtHead = false): { cwd: string; reviews: string } {
    repo = makeRepo();
    repo.write({
      '.slac.yml': CONFIG,
      [`${name}/.slac.yml`]: TEAM_CONFIG,
      [`${name}/slas/svc-t.yaml`]: sla('svc-t'),
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({
      [`${name}/slas/svc-t.yaml`]: sla('svc-t', '@acme/payments', '99%'),
      ...(deleteConfigAtHead ? { [`${name}/.slac.yml`]: null } : {}),
    });
    repo.commit('weaken');
    reviewsOf('mel');
    return { cwd: join(repo.dir, name, 'slas'), reviews: join(repo.dir, 'reviews.json') };
  }

  for (const name of NAMES) {
    for (const deleted of [false, true]) {
      it(`${JSON.stringify(name)}${deleted ? ', its .slac.yml deleted at head' : ''}: the change needs the owner`, async () => {
        const { cwd, reviews } = teamRepo(name, deleted);
        const run = await runCli(
          ['approvals', '--base', 'main', '--author', 'mallory', '--reviews', reviews],
          { cwd, today: TODAY },
        );
        expect(run.stdout).toContain('SLA svc-t (weakened): needs an approval');
        expect(run.code).toBe(1);
      });
    }
  }

  it('GIT_LITERAL_PATHSPECS=1 in the environment does not move the check to another config', async () => {
    const { cwd, reviews } = teamRepo('team');
    const before = process.env.GIT_LITERAL_PATHSPECS;
    process.env.GIT_LITERAL_PATHSPECS = '1';
    try {
      const run = await runCli(
        ['approvals', '--base', 'main', '--author', 'mallory', '--reviews', reviews],
        { cwd, today: TODAY },
      );
      expect(run.stdout).toContain('SLA svc-t (weakened): needs an approval');
      expect(run.code).toBe(1);
    } finally {
      if (before === undefined) delete process.env.GIT_LITERAL_PATHSPECS;
      else process.env.GIT_LITERAL_PATHSPECS = before;
    }
  });
});

describe('pathspec settings in the environment git inherits', () => {
  for (const variable of [
    'GIT_LITERAL_PATHSPECS',
    'GIT_ICASE_PATHSPECS',
    'GIT_GLOB_PATHSPECS',
    'GIT_NOGLOB_PATHSPECS',
  ]) {
    it(`${variable}=1: a changed file taking an unchanged file's id is still caught, with or without a cache`, async () => {
      baseRepo();
      await validateMain();
      prTakesUnchangedId();
      const expected = await approvals();
      expect(expected.code).toBe(1);
      const before = process.env[variable];
      process.env[variable] = '1';
      try {
        const plain = await approvals();
        expect(plain).toEqual(expected);
        expect(await approvals(['--cache', CACHE])).toEqual(expected);
      } finally {
        if (before === undefined) delete process.env[variable];
        else process.env[variable] = before;
      }
    });
  }
});

describe('a base ref that looks like an option, from a subfolder', () => {
  for (const base of [
    '--all',
    '-',
    '--output=/tmp/slac-x',
    '--end-of-options',
    '-rmain',
    '--format=%(path)',
  ]) {
    it(`--base ${JSON.stringify(base)} is an error, never an approval`, async () => {
      baseRepo();
      repo.git('checkout', '-q', '-b', 'pr');
      repo.write({ 'slas/svc-1.yaml': sla('svc-1', '@acme/payments', '99%') });
      repo.commit('weaken');
      reviewsOf('mel');
      const run = await runCli(
        [
          'approvals',
          `--base=${base}`,
          '--author',
          'mallory',
          '--reviews',
          join(repo.dir, 'reviews.json'),
          '--cache',
          CACHE,
        ],
        { cwd: join(repo.dir, 'slas'), today: TODAY },
      );
      expect(run.code).not.toBe(0);
      expect(run.stdout).not.toMatch(/not needed|satisfied/);
    });
  }
});

const keyOf = (file: string) => /validate-([0-9a-f]{16})\.json$/.exec(file)?.[1] as string;
