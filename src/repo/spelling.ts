// Paths that only letter case or Unicode spelling tells apart. Git and the check name
// `Results/` and `results/` apart; macOS and Windows do not: there git writes both into one
// folder, under whichever name came first. A pull request that adds `Results/2026-11.yaml`
// next to `results/`, or `Theme/assets/search.js` next to a `theme` templates folder, would
// pass a check that reads neither, and land where every reader on such a machine reads. So
// two spellings of one path, one of them where slac reads, are an error on both sides.
import { protectedPathMatcher, templatesFolder } from '../approval/protected.js';
import type { SlacConfig } from '../config/defaults.js';
import type { Problem } from '../model/problem.js';

/**
 * Code points HFS+ leaves out of a name when it compares (as git's own `.git` guard lists
 * them): zero-width joiners, direction marks, the byte order mark.
 */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/** One spelling for the names a case- and Unicode-insensitive file system takes as one. */
export function foldPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(path)) return path.toLowerCase();
  return path.replace(HFS_IGNORED, '').normalize('NFD').toLowerCase().normalize('NFC');
}

/**
 * The errors for paths of a tree that differ only in letter case or Unicode spelling, where
 * one of them is where slac reads: a file the `slas` or `results` globs select, a folder on
 * the way to where a glob starts or holding such a file, the templates folder, a protected
 * path. `paths` is every path of the tree (files, links, submodules).
 */
export function spellingProblems(
  paths: readonly string[],
  config: Pick<SlacConfig, 'slas' | 'results' | 'templates'>,
  /** The selection of the `slas` and `results` globs, and where they start (globBases). */
  globs: () => { select: (path: string) => boolean; bases: readonly string[] },
): Problem[] {
  const groups = clashes(paths);
  if (groups.length === 0) return [];
  const { select, bases } = globs();
  const isProtected = protectedPathMatcher(config);
  const templates = templatesFolder(config);
  const ways = [...bases.filter((b) => b !== ''), ...(templates ? [templates] : [])];
  const read = (path: string) => select(path) || isProtected(path);
  // The folders that hold a file slac reads (made only when two spellings meet: rarely).
  const holding = new Set<string>();
  for (const path of paths)
    if (read(path))
      for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
        holding.add(path.slice(0, slash));
  const readsBelow = (folder: string) =>
    holding.has(folder) || ways.some((w) => w === folder || w.startsWith(`${folder}/`));
  const out: Problem[] = [];
  for (const group of groups) {
    // `Slas/payments` against `slas/payments` is the clash of their folders, named once.
    const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    if (group.every((path) => name(path) === name(group[0]!))) continue;
    const reads = group.filter((path) => read(path) || readsBelow(path));
    if (reads.length === 0) continue;
    // Named against a spelling slac reads: the other one is the likelier stray.
    const first = reads[0]!;
    const others = group.filter((path) => path !== first);
    for (const other of others)
      out.push({
        file: other,
        line: 1,
        column: 1,
        rule: 'file-path-case',
        severity: 'error',
        message: `this path and "${first}" differ only in letter case or Unicode spelling, and slac reads there: on macOS and Windows git writes both to one place, so what the pull request check reads is not what slac reads there. Rename one of them (git mv) so that the names differ by more than that`,
      });
  }
  return out;
}

/** Above this many paths with capitals or non-ASCII letters, clashes looks at every path. */
const FEW = 64;

/** The spellings of each path (or folder on the way to one) that has more than one, sorted. */
function clashes(paths: readonly string[]): string[][] {
  // A path in lower-case ASCII is spelled as it folds, so only a path with a capital or a
  // letter beyond ASCII can meet another: in most trees a handful (README.md, CODEOWNERS).
  // Those are found in one search of all paths joined (a tenth of the time of folding each).
  const all = `\0${paths.join('\0')}\0`;
  const odd: string[] = [];
  const letter = /[A-Z\u0080-\uffff]/g;
  for (let hit = letter.exec(all); hit && odd.length <= FEW; hit = letter.exec(all)) {
    const end = all.indexOf('\0', hit.index);
    odd.push(all.slice(all.lastIndexOf('\0', hit.index) + 1, end));
    letter.lastIndex = end;
  }
  if (odd.length === 0) return [];
  if (odd.length <= FEW && !mayClash(odd, all)) return [];
  return clashesOf(paths);
}

/**
 * Whether a path of `odd` (those with capitals or beyond ASCII), or a folder on the way to
 * one, folds as another path or folder of the tree `all` (every path, each between NULs).
 */
function mayClash(odd: readonly string[], all: string): boolean {
  const seen = new Map<string, string>();
  for (const path of odd)
    for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
      const at = path.slice(0, end);
      const key = foldPath(at);
      const known = seen.get(key);
      if (known !== undefined && known !== at) return true;
      seen.set(key, at);
      if (key !== at && (all.includes(`\0${key}\0`) || all.includes(`\0${key}/`))) return true;
    }
  return false;
}

/** clashes, by folding every path and folder. */
function clashesOf(paths: readonly string[]): string[][] {
  const spelling = new Map<string, string>();
  const groups = new Map<string, Set<string>>();
  const folders = new Set<string>();
  const add = (path: string) => {
    const key = foldPath(path);
    const known = spelling.get(key);
    if (known === undefined) spelling.set(key, path);
    else if (known !== path) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = new Set([known])));
      group.add(path);
    }
  };
  for (const path of paths) {
    add(path);
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const folder = path.slice(0, slash);
      if (folders.has(folder)) break;
      folders.add(folder);
      add(folder);
    }
  }
  return [...groups.values()].map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
