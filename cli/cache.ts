// The disk cache for the command line: src/node/cache-store.ts, with a folder that cannot be
// used reported as a usage error (exit 2).
import {
  CacheFolderError,
  openCache as openDiskCache,
  type DiskCache,
} from '../src/node/cache-store.js';
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
