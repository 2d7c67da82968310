// The validation cache on disk (`slac validate --cache DIR`, the action's `cache` input), two
// JSON files per cache key:
//   validate-KEY.json       each file's result by git blob id;
//   validate-KEY-tree.json  the whole result of the last run, by the list of (path, blob id),
//                           so that a run where nothing changed reads one small file;
//   validate-KEY-out-NAME.txt  what the last run printed in one format, for the state of the
//                           folder it printed it for (a line of JSON, then the text): a run
//                           where git vouches that nothing changed writes it as it is.
// DIR can be saved and restored between CI runs (actions/cache): results depend only on the
// content, so a restored cache is valid anywhere.
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  cacheKey,
  type CachedResult,
  type CachedTree,
  type ResultStore,
} from '../validate/cache.js';
import { holdsOn, type TodayRange } from '../validate/result.js';

/** What a printed output holds for: the folder's state, the days, and the exit code it had. */
export interface OutputStamp {
  state: string;
  today?: TodayRange;
  code: number;
}

/** A cache folder that cannot be used as given; the CLI reports it as a usage error. */
export class CacheFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheFolderError';
  }
}

/** The cache in `dir` (relative to `cwd`) for this build of slac: `--cache DIR` of any command. */
export function openCache(cwd: string, dir: string): DiskCache {
  if (dir === '') throw new CacheFolderError('--cache needs a folder, e.g. --cache .slac-cache');
  return new DiskCache(resolve(cwd, dir), cacheKey(codeId()));
}

/**
 * Identifies the build of the validation code (scripts/code-id.mjs), so that a cache never
 * outlives a change of the rules even without a new version number: set by esbuild's
 * `define` in the bundles (scripts/bundle.mjs) and by vitest.config.ts for the sources.
 */
declare const __SLAC_CODE_ID__: string | undefined;

function codeId(): string {
  // Unset only in the tsc output, which nothing runs but bench/render-memory.mjs (no cache).
  return typeof __SLAC_CODE_ID__ === 'string' ? __SLAC_CODE_ID__ : '';
}

/** Files of other cache keys older than this are removed when the cache is written. */
const PRUNE_AFTER_DAYS = 7;

export class DiskCache implements ResultStore {
  private readonly resultsPath: string;
  private readonly treePath: string;
  private loaded: Map<string, CachedResult> | undefined;
  /** The whole result as last read or written (undefined: not read yet; null: none). */
  private wholeTree: CachedTree | null | undefined;
  private readonly used = new Map<string, CachedResult>();
  private changed = false;
  private pruned = false;

  constructor(
    private readonly dir: string,
    private readonly key: string,
  ) {
    this.resultsPath = join(dir, `validate-${key}.json`);
    this.treePath = join(dir, `validate-${key}-tree.json`);
  }

  /** Reads a cache file; a missing, unreadable or foreign one counts as empty. */
  private readJson<T>(path: string): T | undefined {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { key?: string; data?: T };
      return data?.key === this.key ? data.data : undefined;
    } catch {
      return undefined;
    }
  }

  private writeJson(path: string, data: unknown): void {
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    // Written aside and renamed, so that a reader never sees half a file.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key: this.key, data }));
    renameSync(tmp, path);
  }

  private results(): Map<string, CachedResult> {
    this.loaded ??= new Map(entries(this.readJson<unknown>(this.resultsPath)));
    return this.loaded;
  }

  /**
   * Removes, once per run, the files of other keys (another slac version, schema or build)
   * not written for PRUNE_AFTER_DAYS: a folder saved and restored by actions/cache would
   * otherwise carry every older version's results forever. A key in use elsewhere (two
   * versions sharing the folder) is rewritten by its runs, so it stays.
   */
  private pruneOtherKeys(): void {
    if (this.pruned) return;
    this.pruned = true;
    const before = Date.now() - PRUNE_AFTER_DAYS * 24 * 60 * 60 * 1000;
    try {
      for (const name of readdirSync(this.dir)) {
        const key = /^validate-([0-9a-f]{16})(?:-tree\.json|-out-[a-z0-9-]+\.txt|\.json)$/.exec(
          name,
        )?.[1];
        if (!key || key === this.key) continue;
        const path = join(this.dir, name);
        if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
      }
    } catch {
      // Pruning is housekeeping: a folder that cannot be listed is left as it is.
    }
  }

  get(blob: string): CachedResult | undefined {
    const hit = this.used.get(blob) ?? this.results().get(blob);
    if (hit) this.used.set(blob, hit);
    return hit;
  }

  set(blob: string, result: CachedResult): void {
    this.used.set(blob, result);
    this.changed = true;
  }

  tree(): CachedTree | undefined {
    if (this.wholeTree === undefined)
      this.wholeTree = this.readJson<CachedTree>(this.treePath) ?? null;
    return this.wholeTree ?? undefined;
  }

  setTree(tree: CachedTree): void {
    this.wholeTree = tree;
    this.writeJson(this.treePath, tree);
  }

  private outputPath(name: string): string {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`not an output name: ${name}`);
    return join(this.dir, `validate-${this.key}-out-${name}.txt`);
  }

  /** What the last run printed as `name`, when it was for this state and holds on `today`. */
  output(name: string, state: string, today: string): { text: string; code: number } | undefined {
    let content: string;
    try {
      content = readFileSync(this.outputPath(name), 'utf8');
    } catch {
      return undefined;
    }
    const newline = content.indexOf('\n');
    try {
      const head = JSON.parse(content.slice(0, newline)) as { key?: string } & Partial<OutputStamp>;
      if (head.key !== this.key || head.state !== state || typeof head.code !== 'number')
        return undefined;
      if (!holdsOn(head.today, today)) return undefined;
      return { text: content.slice(newline + 1), code: head.code };
    } catch {
      return undefined;
    }
  }

  /** Keeps what this run printed as `name`, for the next run in the same state. */
  setOutput(name: string, stamp: OutputStamp, text: string): void {
    const path = this.outputPath(name);
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ key: this.key, ...stamp })}\n${text}`);
    renameSync(tmp, path);
  }

  /**
   * Writes the results this run used, when any is new or some went unused (older entries
   * are dropped, so the file does not grow forever).
   */
  save(): void {
    if (!this.changed && this.results().size === this.used.size) return;
    this.writeJson(
      this.resultsPath,
      [...this.used].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  }
}

/** The (blob, result) entries of a results file; anything of another shape is left out. */
function entries(data: unknown): Array<[string, CachedResult]> {
  if (!Array.isArray(data)) return [];
  return data.filter(
    (e: unknown): e is [string, CachedResult] =>
      Array.isArray(e) &&
      typeof e[0] === 'string' &&
      typeof e[1] === 'object' &&
      e[1] !== null &&
      Array.isArray((e[1] as { problems?: unknown }).problems),
  );
}
