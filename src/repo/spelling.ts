// Paths that only letter case or Unicode spelling tells apart. Git and the check name
// `Results/` and `results/` apart; macOS and Windows do not: there git writes both into one
// folder, under whichever name came first. A pull request that adds `Results/2026-11.yaml`
// next to `results/`, or `Theme/assets/search.js` next to a `theme` templates folder, would
// pass a check that reads neither, and land where every reader on such a machine reads. So
// two spellings of one path, one of them where slac reads, are an error on both sides.
import { protectedPathMatcher, templatesFolder } from '../approval/protected.js';
import { MAY_FOLD, foldPath, isShortName, mayBeShortFor } from './fold.js';
import type { SlacConfig } from '../config/defaults.js';
import type { Problem } from '../model/problem.js';

/**
 * The errors for paths of a tree that differ only in letter case or Unicode spelling, where
 * one of them is where slac reads: a file the `slas` or `results` globs select, a folder on
 * the way to where a glob starts or holding such a file, the templates folder, a protected
 * path. `paths` is every path of the tree (files, links, submodules). A path "/…" is one
 * outside the folder slac runs in that folds into it or into a folder on the way to it
 * (`Catalog/` beside `catalog/`, see subtreeReader). A name in the form of a Windows short
 * name (`TEMPLA~1`) where slac reads is an error too: Windows may take it for a neighbour.
 */
export function spellingProblems(
  paths: readonly string[],
  config: Pick<SlacConfig, 'slas' | 'results' | 'templates'>,
  /** The selection of the `slas` and `results` globs, and where they start (globBases). */
  globs: () => { select: (path: string) => boolean; bases: readonly string[] },
): Problem[] {
  const all = `\0${paths.join('\0')}\0`;
  const groups = clashes(paths, all);
  const short = all.includes('~') ? paths.filter(hasShortName) : [];
  const strays = all.includes('\0/') ? paths.filter((p) => p.startsWith('/')) : [];
  if (groups.length === 0 && short.length === 0 && strays.length === 0) return [];
  const { select, bases } = globs();
  const isProtected = protectedPathMatcher(config);
  const templates = templatesFolder(config);
  const ways = [...bases.filter((b) => b !== ''), ...(templates ? [templates] : [])];
  const read = (path: string) => select(path) || isProtected(path);
  // The folders, and those that hold a file slac reads: made when first asked.
  let tree: { folders: Set<string>; holding: Set<string> } | undefined;
  const folders = () => {
    if (tree) return tree;
    tree = { folders: new Set(), holding: new Set() };
    for (const path of paths) {
      const isRead = read(path);
      for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
        const folder = path.slice(0, at);
        // The folders above one seen are seen too (and held, above one held).
        if (isRead ? tree.holding.has(folder) : tree.folders.has(folder)) break;
        tree.folders.add(folder);
        if (isRead) tree.holding.add(folder);
      }
    }
    return tree;
  };
  const onTheWay = (path: string) => ways.some((w) => w === path || w.startsWith(`${path}/`));
  // A folder matters for what it holds; a file (or link) for itself.
  const reads = (path: string) =>
    onTheWay(path) || (folders().folders.has(path) ? folders().holding.has(path) : read(path));
  const out: Problem[] = strays.map((path) =>
    problem(
      path,
      'this folder and the folder slac runs in (or one on the way to it) differ only in letter case or Unicode spelling: on macOS and Windows git writes what it holds into that folder, where slac reads, though the pull request check does not read it there. Rename it (git mv) so that the names differ by more than that',
    ),
  );
  for (const group of groups) {
    // `Slas/payments` against `slas/payments` is the clash of their folders, named once.
    const name = (path: string) => path.slice(path.lastIndexOf('/') + 1);
    if (group.every((path) => name(path) === name(group[0]!))) continue;
    const read = group.filter(reads);
    if (read.length === 0) continue;
    // Named against a spelling slac reads, as it folds if one is (`results`, not `Results`):
    // the other one is the likelier stray.
    const first = read.find((path) => foldPath(path) === path) ?? read[0]!;
    for (const other of group.filter((path) => path !== first))
      out.push(
        problem(
          other,
          `this path and "${first}" differ only in letter case or Unicode spelling, and slac reads there: on macOS and Windows git writes both to one place, so what the pull request check reads is not what slac reads there. Rename one of them (git mv) so that the names differ by more than that`,
        ),
      );
  }
  if (short.length > 0) {
    // The names in each folder that holds a short name, to find what it may stand for.
    const shortFolders = new Set<string>();
    for (const path of short) {
      const parts = path.split('/');
      parts.forEach((part, i) => {
        if (isShortName(part)) shortFolders.add(parts.slice(0, i).join('/'));
      });
    }
    const names = new Map<string, Set<string>>([...shortFolders].map((f) => [f, new Set()]));
    // One pass: each path's folders from the deepest up, to the first one seen before (its
    // own folders, and the names on the way in them, were recorded then).
    const seen = new Set<string>();
    for (const path of paths) {
      let end = path.length;
      for (let at = path.lastIndexOf('/'); ; at = path.lastIndexOf('/', at - 1)) {
        const folder = at > 0 ? path.slice(0, at) : '';
        names.get(folder)?.add(path.slice(at > 0 ? at + 1 : 0, end));
        if (at <= 0 || seen.has(folder)) break;
        seen.add(folder);
        end = at;
      }
    }
    // The names slac reads in each such folder, worked out once.
    const readNames = new Map<string, string[]>();
    const readIn = (folder: string) => {
      let found = readNames.get(folder);
      if (!found) {
        found = [...(names.get(folder) ?? [])].filter((n) =>
          reads(folder === '' ? n : `${folder}/${n}`),
        );
        readNames.set(folder, found);
      }
      return found;
    };
    // Past this many comparisons (thousands of short names beside thousands of files slac
    // reads), a short name beside any of them is an error without looking for which.
    let budget = 2_000_000;
    for (const path of short) {
      const parts = path.split('/');
      for (let i = 0; i < parts.length; i++) {
        if (!isShortName(parts[i]!)) continue;
        const folder = parts.slice(0, i).join('/');
        const list = readIn(folder);
        budget -= list.length;
        const beside = list.find(
          (name) => name !== parts[i] && (budget < 0 || mayBeShortFor(parts[i]!, name)),
        );
        if (beside === undefined) continue;
        out.push(
          problem(
            path,
            `"${parts.slice(0, i + 1).join('/')}" has the form of a Windows short name (8.3), which Windows may take for "${beside}" beside it, where slac reads: git on Windows would write there what the pull request check does not read there. Rename it (git mv) to a name without "~" and digits`,
          ),
        );
        break;
      }
    }
  }
  return out;
}

function problem(file: string, message: string): Problem {
  return { file, line: 1, column: 1, rule: 'file-path-case', severity: 'error', message };
}

/** A path with a name of the form of a Windows short name in it (`TEMPLA~1/x`). */
function hasShortName(path: string): boolean {
  return /(?:^|\/)[^/.~]{1,7}~[0-9]/.test(path) && path.split('/').some(isShortName);
}

/** Above this many searches of the whole tree, clashes folds every path instead. */
const FEW = 16;

/**
 * The spellings of each path (or folder on the way to one) that has more than one, sorted.
 * `all` is every path, each between NULs.
 */
function clashes(paths: readonly string[], all: string): string[][] {
  // A path in lower-case ASCII (or kana, CJK, Hangul) is spelled as it folds, so only a path
  // with a capital or another letter can meet another: in most trees a handful (README.md).
  // Those are looked for in the paths joined, a few searches in place of folding each path.
  const odd: string[] = [];
  const letter = new RegExp(MAY_FOLD.source, 'g');
  for (let hit = letter.exec(all); hit && odd.length <= FEW; hit = letter.exec(all)) {
    const end = all.indexOf('\0', hit.index);
    odd.push(all.slice(all.lastIndexOf('\0', hit.index) + 1, end));
    letter.lastIndex = end;
  }
  if (odd.length === 0) return [];
  if (odd.length <= FEW && mayClash(odd, all) === false) return [];
  return clashesOf(paths);
}

/**
 * Whether a path of `odd` (those with capitals or beyond ASCII), or a folder on the way to
 * one, folds as another path or folder of the tree `all`; undefined when that would take
 * more than FEW searches of it.
 */
function mayClash(odd: readonly string[], all: string): boolean | undefined {
  const seen = new Map<string, string>();
  let searches = 0;
  for (const path of odd)
    for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
      const at = path.slice(0, end);
      const key = foldPath(at);
      const known = seen.get(key);
      if (known !== undefined && known !== at) return true;
      seen.set(key, at);
      if (key === at) continue;
      if (++searches > FEW) return undefined;
      if (all.includes(`\0${key}\0`) || all.includes(`\0${key}/`)) return true;
    }
  return false;
}

/** clashes, by folding every path and folder. */
function clashesOf(paths: readonly string[]): string[][] {
  const spelling = new Map<string, string>();
  const groups = new Map<string, Set<string>>();
  const add = (path: string, key: string) => {
    const known = spelling.get(key);
    if (known === undefined) spelling.set(key, path);
    else if (known !== path) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = new Set([known])));
      group.add(path);
    }
  };
  // Each folder's fold, made from its parent's and its own name's: a fold of every folder's
  // whole path would cost the square of a deep path's length.
  const folders = new Map<string, string>();
  const fresh: number[] = [];
  for (const path of paths) {
    // Outside the folder slac runs in: named on their own (see spellingProblems).
    if (path.startsWith('/')) continue;
    let above = '';
    let slash = path.lastIndexOf('/');
    for (; slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const known = folders.get(path.slice(0, slash));
      if (known !== undefined) {
        above = known;
        break;
      }
      fresh.push(slash);
    }
    let from = slash > 0 ? slash + 1 : 0;
    for (let end = fresh.pop(); end !== undefined; end = fresh.pop()) {
      const folder = path.slice(0, end);
      const name = foldPath(path.slice(from, end));
      above = above === '' && from === 0 ? name : `${above}/${name}`;
      folders.set(folder, above);
      add(folder, above);
      from = end + 1;
    }
    const name = foldPath(path.slice(from));
    add(path, from === 0 ? name : `${above}/${name}`);
  }
  return [...groups.values()].map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
