// The validation cache trusts git's index for the blob id of a file on disk (src/node/git-index.ts)
// only where the file on disk is the blob: git's checkout filters (ident, filter drivers such as
// LFS, working-tree-encoding) write other bytes than the blob while `git diff-files` still calls
// the file unchanged. There a result filed under the blob would answer for content it was never
// computed from: slac validate must say with the cache what it says without.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { VALID } from './helpers/sla-text.js';

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => {
  repo.remove();
});

const validate = (...args: string[]) => runCli(['validate', ...args], { cwd: repo.dir });
const withCache = (...args: string[]) => validate('--cache', '.slac-cache', ...args);

/** Checks the file out again, through the filters the attributes now name. */
function checkOutAgain(path: string): void {
  rmSync(join(repo.dir, path));
  repo.git('checkout', '--', path);
}

// `$Id$` is expanded on checkout to `$Id: <blob id> $`: "title: Demo $Id: … $" is no YAML
// a mapping may hold, so the file on disk is broken where its blob is valid.
const WITH_ID = VALID.replace('  title: Demo\n', '  title: Demo $Id$\n');

describe('slac validate --cache with git checkout filters', () => {
  it('validates what is on disk when an attribute added later expands the file (whole result)', async () => {
    repo.write({ 'slas/a.yaml': WITH_ID });
    repo.commit('sla');
    expect((await withCache('--format', 'json')).code).toBe(0);

    repo.write({ '.gitattributes': 'slas/*.yaml ident\n' });
    repo.commit('ident');
    checkOutAgain('slas/a.yaml');
    const plain = await validate('--format', 'json');
    expect(plain.code).toBe(1);
    expect(await withCache('--format', 'json')).toEqual(plain);
  });

  it('validates what is on disk when the same blob was seen unfiltered under another path', async () => {
    repo.write({ '.gitattributes': 'slas/*.yml ident\n', 'slas/a.yaml': WITH_ID });
    repo.commit('sla');
    expect((await withCache('--format', 'json')).code).toBe(0);

    repo.git('mv', 'slas/a.yaml', 'slas/a.yml');
    repo.commit('rename');
    checkOutAgain('slas/a.yml');
    const plain = await validate('--format', 'json');
    expect(plain.code).toBe(1);
    expect(await withCache('--format', 'json')).toEqual(plain);
  });
});
