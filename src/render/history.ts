// The history of commitment changes, read from git: the commits that touched SLA files,
// each compared with the one before it by the diff engine. Dates are commit dates.
import { dirname } from 'node:path/posix';
import type { GitReader } from '../git/index.js';
import type { SlaDiff } from '../diff/types.js';
import { readRevision } from '../repo/index.js';
import { loadedKey, validateSources, type LoadedFiles, type LoadedSla } from '../validate/index.js';
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
}

/**
 * Walks the commits that touched the folders holding SLA files (newest first, at most
 * `commits`) and diffs each against the previous one. Editorial changes are left out: the
 * catalog shows what changed for customers.
 */
export async function buildHistory(
  git: GitReader,
  headRef: string,
  options: HistoryOptions,
): Promise<Map<string, HistoryEntry[]>> {
  const head = await git.resolve(headRef);
  const snapshot = await readRevision(git, head, undefined, { read: () => false });
  const folders = [...new Set(snapshot.files.map((f) => dirname(f.path)))].sort();
  const wanted = options.ids ? new Set(options.ids) : undefined;
  const history = new Map<string, HistoryEntry[]>();
  if (folders.length === 0) return history;

  const all = await git.log(head, folders);
  const commits = all.slice(0, options.commits ?? 50);
  // Commits share most files: each (path, blob) is read and loaded once, and the diff skips it.
  const loaded: LoadedFiles = options.loaded ?? new Map();
  const read = (e: { path: string; blob: string }) => !loaded.has(loadedKey(e.blob, e.path));
  const load = async (sha: string): Promise<LoadedSla[]> => {
    const revision = await readRevision(git, sha, snapshot.config, { read });
    return validateSources(revision.files, {}, loaded).slas;
  };
  let newer = commits[0] ? await load(commits[0].sha) : [];
  for (const [i, commit] of commits.entries()) {
    // The first commit of all is compared with nothing: its SLAs were published then.
    const olderCommit = all[i + 1];
    const older = olderCommit ? await load(olderCommit.sha) : [];
    const diffs = options.diff(older, newer);
    // The SLAs on both sides, for the catalog's own words (change-words.ts).
    const slasBefore = diffs.length > 0 ? byId(older) : undefined;
    const slasAfter = diffs.length > 0 ? byId(newer) : undefined;
    for (const d of diffs) {
      if (wanted && !wanted.has(d.id)) continue;
      const entries = history.get(d.id) ?? [];
      const before = slasBefore?.get(d.id);
      const after = slasAfter?.get(d.id);
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
        continue;
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
      if (entries.length > 0) history.set(d.id, entries);
    }
    newer = older;
  }
  const perSla = options.perSla ?? 20;
  return new Map(
    [...history.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, entries]) => [id, entries.slice(0, perSla)]),
  );
}

function byId(list: readonly LoadedSla[]): Map<string, Sla> {
  return new Map(list.map((s) => [s.sla.id, s.sla]));
}
