// The disk cache for the command line: src/node/cache-store.ts, with a folder that cannot be
// used reported as a usage error (exit 2).
import {
  CacheFolderError,
  openCache as openDiskCache,
  type DiskCache,
} from '../src/node/cache-store.js';
import { resolve } from 'node:path';
import { runGit } from '../src/git/run.js';
import { UsageError } from './io.js';

export type { DiskCache };

export function openCache(cwd: string, dir: string): DiskCache {
  try {
    return openDiskCache(cwd, dir);
  } catch (error) {
    if (error instanceof CacheFolderError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * The cache of a check (approvals, diff): the ids of the files a pull request does not change
 * come from it, so it must not be one the pull request can write. A folder with files git
 * tracks here — committed by the branch checked out — is refused.
 */
export async function openCheckCache(cwd: string, dir: string): Promise<DiskCache> {
  const cache = openCache(cwd, dir);
  const tracked = await runGit(cwd, [
    'ls-files',
    '-z',
    '--',
    `:(literal)${resolve(cwd, dir)}`,
  ]).catch(
    () => '', // outside the work tree: nothing git tracks
  );
  if (tracked !== '')
    throw new UsageError(
      `--cache ${dir} holds files git tracks (${tracked.split('\0')[0]}): a cache the branch can change could decide the check; use a folder git ignores or one outside the repository`,
    );
  return cache;
}
