// The validation cache on disk (`slac validate --cache DIR`, the action's `cache` input), two
// JSON files per cache key:
//   validate-KEY.json       each file's result by git blob id, an entry [blob, SLA id or "",
//                           result] a line, so that a run finds the few it needs, or only the
//                           ids (a pull request's check), without parsing them all;
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
  /** The results file's entries as they are written there, by blob (see readEntries). */
  private entries: Map<string, string> | undefined;
  /** Blobs whose result is new this run (set), not the one the file holds. */
  private readonly fresh = new Set<string>();
  /** Blobs whose id this run asked for (idOf): their results are kept when it saves. */
  private readonly asked = new Set<string>();
  /** The whole result as last read or written (undefined: not read yet; null: none). */
  private wholeTree: CachedTree | null | undefined;
  private readonly used = new Map<string, CachedResult>();
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

  /**
   * The results file's entries, by blob, each the text of its line; none when the file is
   * missing, of another key or not as this class writes it.
   */
  private results(): Map<string, string> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    let text: string;
    try {
      text = readFileSync(this.resultsPath, 'utf8');
    } catch {
      return this.entries;
    }
    const lines = text.split('\n');
    if (lines[0] !== `{"key":${JSON.stringify(this.key)},"data":[` || lines.at(-1) !== ']}')
      return this.entries;
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i] as string;
      const entry = line.endsWith(',') ? line.slice(0, -1) : line;
      // A blob id is hex: its quotes need no escape.
      const end = entry.indexOf('"', 2);
      if (!entry.startsWith('["') || end < 0) continue;
      this.entries.set(entry.slice(2, end), entry);
    }
    return this.entries;
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
    let hit = this.used.get(blob);
    if (!hit) {
      const entry = this.results().get(blob);
      hit = entry === undefined ? undefined : parseEntry(entry, blob)?.result;
    }
    if (hit) this.used.set(blob, hit);
    return hit;
  }

  set(blob: string, result: CachedResult): void {
    this.used.set(blob, result);
    this.fresh.add(blob);
  }

  idOf(blob: string): string | null | undefined {
    return this.idsOf([blob])[0];
  }

  idsOf(blobs: readonly string[]): Array<string | null | undefined> {
    // One loop, not a call a blob: a check asks this of 10,000 files once, in code V8 has not
    // optimized yet, where 10,000 calls through knownId cost ~2,700 instructions each.
    const entries = this.results();
    const out = new Array<string | null | undefined>(blobs.length);
    for (let i = 0; i < blobs.length; i++) {
      const blob = blobs[i] as string;
      const used = this.used.size > 0 ? this.used.get(blob) : undefined;
      if (used) {
        out[i] = used.id ?? null;
        continue;
      }
      const entry = entries.get(blob);
      const id = entry === undefined ? undefined : idOfEntry(entry, blob);
      if (id !== undefined) this.asked.add(blob);
      out[i] = id;
    }
    return out;
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
   * Writes the results when any is new or some went unused, keeping those this run used —
   * and, in a pull request's check (`keepUnused`), those whose id it asked for, which are the
   * files of the base: the file then holds one tree and what changed since, not every blob
   * any pull request ever pushed. A check that asked no id (it changed no SLA) learnt nothing
   * of which results are current and keeps them all. The entries read are written as they
   * were read; a run that found nothing new and left nothing unused writes nothing.
   */
  save(options: { keepUnused?: boolean } = {}): void {
    const changed = this.fresh.size > 0;
    if (!changed && this.entries === undefined) return;
    const kept = new Set(this.used.keys());
    if (options.keepUnused) {
      const all = this.asked.size === 0 ? this.results().keys() : this.asked;
      for (const blob of all) kept.add(blob);
    }
    if (!changed && this.results().size === kept.size) return;
    const lines: string[] = [];
    for (const blob of [...kept].sort()) {
      const result = this.used.get(blob);
      const entry = this.fresh.has(blob) ? undefined : this.results().get(blob);
      if (entry !== undefined) lines.push(entry);
      else if (result) lines.push(JSON.stringify([blob, result.id ?? '', result]));
    }
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    const tmp = `${this.resultsPath}.${process.pid}.tmp`;
    writeFileSync(tmp, `{"key":${JSON.stringify(this.key)},"data":[\n${lines.join(',\n')}\n]}`);
    renameSync(tmp, this.resultsPath);
  }
}

/** A results file's entry (see DiskCache.results); undefined when it is of another shape. */
function parseEntry(
  entry: string,
  blob: string,
): { id: string | null; result: CachedResult } | undefined {
  let data: unknown;
  try {
    data = JSON.parse(entry);
  } catch {
    return undefined;
  }
  if (!Array.isArray(data) || data.length !== 3 || data[0] !== blob) return undefined;
  const [, id, result] = data as unknown[];
  if (typeof id !== 'string' || typeof result !== 'object' || result === null) return undefined;
  if (!Array.isArray((result as { problems?: unknown }).problems)) return undefined;
  if (((result as CachedResult).id ?? '') !== id) return undefined;
  return { id: id === '' ? null : id, result: result as CachedResult };
}

/**
 * The SLA id of an entry as get() would read it (see parseEntry), without parsing the result:
 * read off the start of the line when the id needs no escape (an id is kebab-case) and the
 * result says the same id, else by parsing the entry; undefined when it is of another shape.
 */
function idOfEntry(entry: string, blob: string): string | null | undefined {
  // The entry was filed under the blob its line starts with: ["blob","id",{…
  const start = blob.length + 5;
  const end = entry.indexOf('"', start);
  const whole = entry.startsWith(',{"problems":[', end + 1) && entry.endsWith('}]');
  if (end > 0 && whole && entry.startsWith('","', start - 3)) {
    const id = entry.slice(start, end);
    // Outside a string a `"` is never escaped: `"id":"…"` can only be the result's own key.
    const own = entry.indexOf('"id":', end);
    // `"id":"<id>"` at `own`, read without building that string for each of 10,000 entries.
    if (
      !id.includes('\\') &&
      (id === ''
        ? own < 0
        : entry.startsWith('"id":"', own) &&
          entry.startsWith(id, own + 6) &&
          entry.charCodeAt(own + 6 + id.length) === 34)
    )
      return id === '' ? null : id;
  }
  return parseEntry(entry, blob)?.id;
}
