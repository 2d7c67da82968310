// The history of commitment changes, read from git: the commits that touched SLA files,
// each compared with the one before it by the diff engine. Dates are commit dates.
import { dirname } from 'node:path/posix';
import type { GitReader, TreeChange } from '../git/index.js';
import type { SlaDiff } from '../diff/types.js';
import { listRevision, slaMatcher } from '../repo/index.js';
import { detached, ownString } from '../load/own.js';
import { loadValidSla } from './load.js';
import { loadSla, loadedKey, type LoadedFiles, type LoadedSla } from '../validate/index.js';
import type { Sla } from '../model/sla.js';
import { changeStatement } from './change-words.js';
import type { HistoryEntry } from './view.js';

export interface HistoryOptions {
  /** Compares two sets of SLAs (the diff engine's `diffSlas`). */
  diff: (base: LoadedSla[], head: LoadedSla[]) => SlaDiff[];
  /** Only these SLAs; all SLAs at head when absent. */
  ids?: readonly string[];
  /** How many commits to read at most (newest first). Bounds the work on long histories. */
  commits?: number;
  /** How many entries to keep per SLA (newest first). */
  perSla?: number;
  /** Files already loaded, by blob and path (e.g. the working tree's): not read or loaded again. */
  loaded?: LoadedFiles;
  /**
   * Files already read and found valid, by blob and path (see loadedKey), with their SLA id
   * (none: not an SLA that loads): not read from git again, and loaded only while a commit
   * that changes them is diffed, one at a time, so that the history never holds every SLA at
   * once.
   */
  read?: ReadonlyMap<string, { content: string | Uint8Array; id?: string }>;
  /**
   * With `ids`: files validated elsewhere, by path, with their blob ids. A file of the head
   * commit with the same blob at the same path holds none of `ids` (ids are unique), so it is
   * neither read nor loaded (a page thread works out the history of its own SLAs).
   */
  others?: ReadonlyMap<string, string>;
}

/**
 * Walks the commits that touched the folders holding SLA files (newest first, at most
 * `commits`) and diffs each against the previous one. Editorial changes are left out: the
 * catalog shows what changed for customers.
 *
 * One pass over git: the commits (`git log`), the files that changed between each commit and
 * the one before it (one `git diff-tree --stdin`), and the contents not loaded yet (one
 * `git cat-file --batch`). Each step back applies only those changes to the files of the
 * newer commit, and diffs only the SLAs they touch.
 */
export async function buildHistory(
  git: GitReader,
  headRef: string,
  options: HistoryOptions,
): Promise<Map<string, HistoryEntry[]>> {
  const head = await git.resolve(headRef);
  const listed = await listRevision(git, head);
  const folders = [...new Set(listed.slaEntries.map((f) => dirname(f.path)))].sort();
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const history = new Map<string, HistoryEntry[]>();
  if (folders.length === 0) return history;

  const all = await git.log(head, folders);
  const commits = all.slice(0, options.commits ?? 50);
  if (commits.length === 0) return history;
  // The commits whose files are needed: each one shown and the one before the oldest shown.
  const chain = all.slice(0, commits.length + 1).map((c) => c.sha);
  const pairs: [string, string][] = [];
  if (chain[0] !== head) pairs.push([head, chain[0] as string]);
  for (let i = 0; i + 1 < chain.length; i++)
    pairs.push([chain[i] as string, chain[i + 1] as string]);
  const changes = await git.treeChanges(pairs);
  const isSla = slaMatcher(listed.config.slas);
  // The SLA files of one commit, by path: their blob ids (symbolic links are never SLAs).
  const selected = (mode: string) => mode === '100644' || mode === '100755';
  const stepBack = (files: Map<string, string>, step: readonly TreeChange[]) => {
    const changed: TreeChange[] = [];
    for (const c of step) {
      if (!isSla(c.path)) continue;
      changed.push(c);
      if (selected(c.older.mode)) files.set(c.path, c.older.blob);
      else files.delete(c.path);
    }
    return changed;
  };
  const files = new Map(listed.slaEntries.map((e) => [e.path, e.blob] as const));
  const steps = pairs.map((_, i) => changes[i] ?? []);
  if (chain[0] !== head) stepBack(files, steps.shift() ?? []);

  // Every file of the newest commit shown, and each older version of a changed file, is loaded
  // once (most are already, from the working tree).
  const loaded: LoadedFiles = options.loaded ?? new Map();
  const read = options.read ?? new Map<string, { content: string | Uint8Array; id?: string }>();
  const needed = new Map<string, { path: string; blob: string }>();
  const need = (path: string, blob: string) => {
    const key = loadedKey(blob, path);
    if (!loaded.has(key) && !read.has(key)) needed.set(key, { path, blob });
  };
  const others = wanted ? options.others : undefined;
  for (const [path, blob] of files) if (others?.get(path) !== blob) need(path, blob);
  for (const step of steps)
    for (const c of step) if (isSla(c.path) && selected(c.older.mode)) need(c.path, c.older.blob);
  const blobs = await git.readBlobs([...needed.values()].map((f) => f.blob));
  for (const [key, f] of needed) {
    const content = blobs.get(f.blob) ?? Buffer.alloc(0);
    loaded.set(key, loadSla({ path: f.path, blob: f.blob, content }));
  }
  // The files read but not loaded are loaded while one commit is diffed, and let go after it.
  let loading = new Map<string, LoadedSla | undefined>();
  const slaAt = (path: string, blob: string): LoadedSla | undefined => {
    const key = loadedKey(blob, path);
    const outcome = loaded.get(key);
    if (outcome) return outcome.sla;
    const file = read.get(key);
    if (file?.id === undefined) return undefined;
    if (!loading.has(key)) loading.set(key, loadValidSla(path, file.content));
    return loading.get(key);
  };
  const idAt = (path: string, blob: string): string | undefined => {
    const key = loadedKey(blob, path);
    const outcome = loaded.get(key);
    return outcome ? outcome.sla?.sla.id : read.get(key)?.id;
  };

  // Which paths hold each id (the diff takes an id's first file by path, as diffSlas does).
  const pathsOf = new Map<string, Set<string>>();
  const index = (path: string, blob: string, add: boolean) => {
    const id = idAt(path, blob);
    if (id === undefined) return;
    let paths = pathsOf.get(id);
    if (!paths) pathsOf.set(id, (paths = new Set()));
    if (add) paths.add(path);
    else paths.delete(path);
  };
  for (const [path, blob] of files) index(path, blob, true);
  const firstOf = (id: string): LoadedSla | undefined => {
    let first: string | undefined;
    for (const path of pathsOf.get(id) ?? []) if (first === undefined || path < first) first = path;
    return first === undefined ? undefined : slaAt(first, files.get(first) as string);
  };

  const record = (
    commit: { date: string; sha: string },
    d: SlaDiff,
    before: Sla | undefined,
    after: Sla | undefined,
  ) => {
    if (wanted && !wanted.has(d.id)) return;
    const entries = history.get(d.id) ?? [];
    if (d.status === 'added') {
      entries.push({
        date: commit.date,
        commit: commit.sha,
        impact: 'added',
        message: 'First published.',
        ...(after && d.changes[0]
          ? {
              kind: d.changes[0].kind,
              statement: changeStatement(d.changes[0], undefined, after, commit.date),
              effective: after.effective.from,
            }
          : {}),
      });
    } else if (d.status === 'removed') {
      return;
    } else {
      for (const change of d.changes) {
        if (change.impact === 'editorial') continue;
        entries.push({
          date: commit.date,
          commit: commit.sha,
          impact: change.impact,
          message: change.message,
          ...(after
            ? {
                kind: change.kind,
                statement: changeStatement(change, before, after, commit.date),
                effective: after.effective.from,
              }
            : {}),
        });
      }
    }
    if (entries.length > 0) history.set(ownString(d.id), detached(entries));
  };

  // An SLA first published in the oldest commit, in one file that is still the working tree's
  // (same path, same blob), is the SLA its page loads: its entry is completed from that (see
  // settleHistory) rather than by loading every such file here as well (10,000 of them in a
  // repository whose first commit added them all).
  const addedLater = (commit: { date: string; sha: string }, id: string): boolean => {
    const paths = pathsOf.get(id);
    if (paths?.size !== 1) return false;
    const [path] = paths as Set<string>;
    const key = loadedKey(files.get(path as string) as string, path as string);
    if (loaded.has(key) || read.get(key)?.id !== id) return false;
    const entry = detached({
      date: commit.date,
      commit: commit.sha,
      impact: 'added' as const,
      message: 'First published.',
    }) as HistoryEntry;
    const entries = history.get(id) ?? [];
    entries.push(entry);
    if (!history.has(id)) history.set(ownString(id), entries);
    const diff = options.diff;
    toSettle.set(entry, (sla) => {
      const change = diff([], [sla])[0]?.changes[0];
      if (!change) return;
      Object.assign(
        entry,
        detached({
          kind: change.kind,
          statement: changeStatement(change, undefined, sla.sla, commit.date),
          effective: sla.sla.effective.from,
        }),
      );
    });
    return true;
  };

  for (const [i, commit] of commits.entries()) {
    loading = new Map();
    if (i + 1 < chain.length) {
      const step = steps[i] ?? [];
      const ids = new Set<string>();
      for (const c of step) {
        if (!isSla(c.path)) continue;
        for (const side of [c.older, c.newer]) {
          const id = selected(side.mode) ? idAt(c.path, side.blob) : undefined;
          if (id !== undefined) ids.add(id);
        }
      }
      if (wanted) for (const id of ids) if (!wanted.has(id)) ids.delete(id);
      const newer = [...ids].flatMap((id) => firstOf(id) ?? []);
      for (const c of step) {
        if (!isSla(c.path)) continue;
        const blob = files.get(c.path);
        if (blob !== undefined) index(c.path, blob, false);
      }
      for (const c of stepBack(files, step)) {
        const blob = files.get(c.path);
        if (blob !== undefined) index(c.path, blob, true);
      }
      const older = [...ids].flatMap((id) => firstOf(id) ?? []);
      const diffs = options.diff(older, newer);
      // The SLAs on both sides, for the catalog's own words (change-words.ts).
      const slasBefore = diffs.length > 0 ? byId(older) : undefined;
      const slasAfter = diffs.length > 0 ? byId(newer) : undefined;
      for (const d of diffs) record(commit, d, slasBefore?.get(d.id), slasAfter?.get(d.id));
    } else {
      // The first commit of all is compared with nothing: its SLAs were published then. Each
      // id's SLA (its first file by path, as the diff takes it) is added on its own, so that
      // the files read but not loaded are loaded one at a time.
      for (const id of [...pathsOf.keys()].sort()) {
        if (wanted && !wanted.has(id)) continue;
        loading = new Map();
        if (addedLater(commit, id)) continue;
        const first = firstOf(id);
        if (!first) continue;
        // The catalog's words read the last file by path with the id (as before, for the rare
        // commit with an id twice).
        let last = first.file;
        for (const path of pathsOf.get(id) ?? []) if (path > last) last = path;
        const after = last === first.file ? first : slaAt(last, files.get(last) as string);
        for (const d of options.diff([], [first])) record(commit, d, undefined, after?.sla);
      }
    }
  }
  loading = new Map();
  const perSla = options.perSla ?? 20;
  return new Map(
    [...history.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, entries]) => [id, entries.slice(0, perSla)]),
  );
}

/** Entries left to complete from the SLA their page loads (see buildHistory's addedLater). */
const toSettle = new WeakMap<HistoryEntry, (sla: LoadedSla) => void>();

/**
 * Completes the history entries of an SLA that buildHistory left to its page: `loaded` is the
 * SLA of the working tree's file, the one the entry's commit added. Every page settles its
 * SLA's entries before they are read.
 */
export function settleHistory(
  entries: readonly HistoryEntry[],
  loaded: LoadedSla,
): readonly HistoryEntry[] {
  for (const entry of entries) {
    const settle = toSettle.get(entry);
    if (settle) {
      toSettle.delete(entry);
      settle(loaded);
    }
  }
  return entries;
}

function byId(list: readonly LoadedSla[]): Map<string, Sla> {
  return new Map(list.map((s) => [s.sla.id, s.sla]));
}
