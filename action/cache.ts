// The `cache` input of mode check: the validation cache on disk (src/node/cache-store.ts), kept
// from changing the decision. A cache that cannot be opened or read counts as empty (every
// file is validated, as without a cache); a failed save is a warning.
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { CachedResult, ResultStore } from '../src/validate/cache.js';
import { openCache, type DiskCache } from '../src/node/cache-store.js';

export class ActionCache implements ResultStore {
  private broken = false;

  private constructor(
    private readonly dir: string,
    private readonly disk: DiskCache | undefined,
  ) {}

  /** The cache in `dir`, relative to the workspace. */
  static open(workspace: string, dir: string): ActionCache {
    const path = resolve(workspace, dir);
    try {
      return new ActionCache(path, openCache(workspace, dir));
    } catch (error) {
      core.warning(`cache ${path} cannot be opened, so every file is validated: ${text(error)}`);
      return new ActionCache(path, undefined);
    }
  }

  get(blob: string): CachedResult | undefined {
    if (!this.disk || this.broken) return undefined;
    try {
      return this.disk.get(blob);
    } catch (error) {
      this.broken = true;
      core.warning(`cache ${this.dir} cannot be read, so every file is validated: ${text(error)}`);
      return undefined;
    }
  }

  idOf(blob: string): string | null | undefined {
    return this.idsOf([blob])[0];
  }

  idsOf(blobs: readonly string[]): Array<string | null | undefined> {
    if (!this.disk || this.broken) return blobs.map(() => undefined);
    try {
      return this.disk.idsOf(blobs);
    } catch (error) {
      this.broken = true;
      core.warning(`cache ${this.dir} cannot be read, so every file is validated: ${text(error)}`);
      return blobs.map(() => undefined);
    }
  }

  set(blob: string, result: CachedResult): void {
    try {
      this.disk?.set(blob, result);
    } catch {
      // Only the next run is slower.
    }
  }

  /** Writes the results of this run (see DiskCache.save: `keepUnused` for a check); never throws. */
  save(options: { keepUnused?: boolean } = {}): void {
    try {
      this.disk?.save(options);
    } catch (error) {
      core.warning(`cache ${this.dir} could not be saved: ${text(error)}`);
    }
  }
}

function text(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
