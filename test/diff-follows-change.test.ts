// The pull request check follows the change: only files whose content changed are read and
// validated in full, and the rule across files (unique ids) stays exact by looking, in the
// unchanged files, for those whose bytes may spell a changed file's id — however YAML spells it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createGitReader, openRepository } from '../src/git/index.js';
import type { Problem } from '../src/model/problem.js';
import { compareRevisions, diffSlas } from '../src/diff/index.js';
import { readRevision } from '../src/repo/index.js';
import { toCached, type CachedResult, type ResultStore } from '../src/validate/cache.js';
import { checkFile, validateSources } from '../src/validate/index.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { FRACTION, VALID } from './helpers/sla-text.js';

const TODAY = '2026-11-23';

/** VALID with its `  id: demo` line spelled as `idLine`. */
const withId = (idLine: string, text = VALID) => text.replace('  id: demo\n', `${idLine}\n`);

/** Ways to write the id `payments-api` without, or with, its bytes in a row. */
const SPELLINGS: Record<string, string> = {
  'hex escape': withId('  id: "p\\x61yments-api"'),
  'unicode escape': withId('  id: "payments\\u002Dapi"'),
  'escaped line break': withId('  id: "payments-\\\n    api"'),
  'single quotes': withId("  id: 'payments-api'"),
  'anchor and alias': VALID.replace(
    '  id: demo\n  title: Demo\n',
    '  title: &name payments-api\n  id: *name\n',
  ),
  'flow style': VALID.replace(
    "metadata:\n  id: demo\n  title: Demo\n  owner: '@acme/demo'\n",
    "metadata: { id: payments-api, title: Demo, owner: '@acme/demo' }\n",
  ),
  'literal block scalar': withId('  id: |-\n    payments-api'),
  'folded block scalar': withId('  id: >-\n    payments-api'),
  tag: withId('  id: !!str payments-api'),
  'byte order mark': `\uFEFF${withId('  id: payments-api')}`,
  // slac reads no merge key (`<<` is an unknown key): no id, on either path.
  'merge key': withId('  <<: { id: payments-api }'),
  'CRLF line ends': withId('  id: payments-api').replace(/\n/g, '\r\n'),
};

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`slas/svc-${i}.yaml`] = withId(`  id: svc-${i}`);
  repo.write(files);
});
afterEach(() => repo.remove());

/** The head's unique-id errors as validating every file of the head gives them. */
async function fullValidation(ref: string) {
  const snapshot = await readRevision(createGitReader(repo.dir), ref);
  return validateSources(snapshot.files, { today: TODAY }).errors.filter(
    (p) => p.rule === 'sla-id-unique',
  );
}

function store(): ResultStore {
  const map = new Map<string, CachedResult>();
  return { get: (b) => map.get(b), set: (b, r) => void map.set(b, r) };
}

/** The cache `slac validate --cache` leaves on main. */
function validatedMain(): ResultStore {
  const cache = store();
  for (const line of repo.git('ls-tree', '-r', 'main', 'slas').trim().split('\n')) {
    const [, , blob, path] = line.split(/\s+/) as [string, string, string, string];
    const content = repo.git('cat-file', 'blob', blob);
    cache.set(blob, toCached(checkFile({ path, content }, { today: TODAY })));
  }
  return cache;
}

async function headIdErrors(cache?: ResultStore) {
  const result = await compareRevisions(createGitReader(repo.dir), 'main', 'pr', {
    today: TODAY,
    ...(cache ? { cache } : {}),
  });
  return result.head.validation.errors.filter((p) => p.rule === 'sla-id-unique');
}

describe('the unique-id rule over unchanged files', () => {
  for (const [name, text] of Object.entries(SPELLINGS)) {
    it(`finds an unchanged file holding the id through ${name}, as full validation does`, async () => {
      // Before and after the changed file by path: the message names the first one.
      repo.write({ 'slas/a-spelled.yaml': text, 'slas/z-spelled.yaml': text.replace('Demo', 'Z') });
      repo.commit('base');
      repo.git('checkout', '-q', '-b', 'pr');
      repo.write({ 'slas/svc-3.yaml': withId('  id: payments-api') });
      repo.commit('take the id');
      const full = await fullValidation('pr');
      expect(full.map((p) => p.file)).toEqual(
        name === 'merge key' ? [] : ['slas/svc-3.yaml', 'slas/z-spelled.yaml'],
      );
      expect(await headIdErrors()).toEqual(full);
      expect(await headIdErrors(validatedMain())).toEqual(full);
    });

    it(`finds a changed file taking an unchanged file's id through ${name}`, async () => {
      repo.write({ 'slas/plain.yaml': withId('  id: payments-api') });
      repo.commit('base');
      repo.git('checkout', '-q', '-b', 'pr');
      repo.write({ 'slas/svc-3.yaml': text });
      repo.commit('take the id');
      const full = await fullValidation('pr');
      expect(full).toHaveLength(name === 'merge key' ? 0 : 1);
      expect(await headIdErrors()).toEqual(full);
      expect(await headIdErrors(validatedMain())).toEqual(full);
    });
  }

  it('finds the holder in a repository whose SLAs live in a subfolder (a monorepo)', async () => {
    repo.write({
      'sla/slas/spelled.yaml': SPELLINGS['hex escape'] as string,
      'sla/slas/svc-9.yaml': withId('  id: svc-9'),
      'slas/payments.yaml': withId('  id: payments-api'), // outside the subfolder: not an SLA there
    });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'sla/slas/svc-9.yaml': withId('  id: payments-api') });
    repo.commit('take the id');
    const git = await openRepository(join(repo.dir, 'sla'));
    const result = await compareRevisions(git, 'main', 'pr', { today: TODAY });
    const full = validateSources((await readRevision(git, 'pr')).files, { today: TODAY });
    const unique = (errors: readonly Problem[]) => errors.filter((p) => p.rule === 'sla-id-unique');
    expect(unique(result.head.validation.errors)).toEqual(unique(full.errors));
    expect(unique(full.errors).map((p) => p.file)).toEqual(['slas/svc-9.yaml']);
  });

  it('matches every SLA of the duplicated id on both sides, as full validation does', async () => {
    repo.write({ 'slas/spelled.yaml': SPELLINGS['hex escape'] as string });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'slas/svc-3.yaml': withId('  id: payments-api').replace('99.9%', '99%') });
    repo.commit('take the id and weaken it');
    const git = createGitReader(repo.dir);
    const result = await compareRevisions(git, 'main', 'pr', { today: TODAY });
    const all = async (ref: string) =>
      validateSources((await readRevision(git, ref)).files, { today: TODAY }).slas;
    expect(result.diff.slas).toEqual(diffSlas(await all('main'), await all('pr')));
    expect(result.head.validation.slas.map((s) => s.file)).toEqual([
      'slas/spelled.yaml',
      'slas/svc-3.yaml',
    ]);
  });
});

describe('what the diff reports of files the change does not touch', () => {
  it('leaves the problems of an unchanged file to slac validate', async () => {
    repo.write({ 'slas/fraction.yaml': withId('  id: fraction', FRACTION) });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ 'slas/svc-3.yaml': withId('  id: svc-3').replace('99.9%', '99%') });
    repo.commit('weaken');
    const git = createGitReader(repo.dir);
    const result = await compareRevisions(git, 'main', 'pr', { today: TODAY });
    expect(result.head.validation.errors).toEqual([]);
    expect(result.diff.slas.map((d) => d.id)).toEqual(['svc-3']);
  });

  it('validates every file again when .slac.yml changes', async () => {
    repo.write({ 'slas/fraction.yaml': withId('  id: fraction', FRACTION) });
    repo.commit('base');
    repo.git('checkout', '-q', '-b', 'pr');
    repo.write({ '.slac.yml': 'slas: ["slas/**/*.yaml"]\n' });
    repo.commit('config');
    const result = await compareRevisions(createGitReader(repo.dir), 'main', 'pr', {
      today: TODAY,
    });
    expect(result.head.validation.errors.map((p) => [p.file, p.rule])).toEqual([
      ['slas/fraction.yaml', 'objective-target-range'],
    ]);
  });
});
