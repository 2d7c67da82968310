// What git already knows about the files in a folder, so that a run with a warm cache reads
// and hashes only what changed: the index holds each tracked file's blob id, `git diff-files`
// (which compares the files' stat data with the index, in C, and settles racy cases by
// content) names those that changed since, and `git ls-files --others` names what git does
// not track.
import { createHash } from 'node:crypto';
import picomatch from 'picomatch';
import { runGit } from '../git/index.js';
import { CONFIG_FILE } from '../config/defaults.js';
import { slaMatcher } from '../repo/tree.js';

/** git's output, or undefined when git fails (outside a work tree, no git). */
function git(cwd: string, args: string[]): Promise<string | undefined> {
  return runGit(cwd, args).catch(() => undefined);
}

/** One entry of the index: "<tag> <mode> <blob> <stage>\t<path>" (`git ls-files -s -v`). */
interface IndexEntry {
  /** "H" for a plain cached entry; lowercase when assume-unchanged, "S" skip-worktree, … */
  tag: string;
  mode: string;
  blob: string;
  stage: string;
  path: string;
  /** The entry's line as git printed it. */
  line: string;
}

export interface GitIndex {
  entries: IndexEntry[];
  /**
   * Paths (relative to the folder) of tracked files whose content is not the index's, or may
   * not be: checked out through a filter (CHECKOUT_FILTERS).
   */
  dirty: Set<string>;
  /** Untracked (and ignored) files, and folders holding only such, with a trailing "/". */
  untracked: string[];
}

/**
 * Attributes with which git's checkout writes other bytes than the blob's: `ident` expands
 * `$Id$`, a `filter` driver (LFS, git-crypt) smudges, `working-tree-encoding` re-encodes.
 * `git diff-files` still calls such a file unchanged, so its blob id does not name what is
 * on disk. (Line-end conversion also writes other bytes, but YAML reads CRLF as LF.)
 */
const CHECKOUT_FILTERS = ['filter', 'ident', 'working-tree-encoding'];

/** Paths (as given) that git checks out through one of CHECKOUT_FILTERS; undefined if git fails. */
async function filteredPaths(cwd: string, paths: readonly string[]): Promise<string[] | undefined> {
  if (paths.length === 0) return [];
  const out = await runGit(
    cwd,
    ['check-attr', '-z', '--stdin', ...CHECKOUT_FILTERS],
    [],
    paths.join('\0') + '\0',
  ).catch(() => undefined);
  if (out === undefined) return undefined;
  // "<path>\0<attribute>\0<value>\0" for each path and attribute, read in place: 10,000
  // paths are 30,000 answers (2 MB), nearly all "unspecified", and a string for each of their
  // fields cost more than git took to answer.
  const filtered: string[] = [];
  for (let at = 0; ;) {
    const pathEnd = out.indexOf('\0', at);
    const attributeEnd = pathEnd < 0 ? -1 : out.indexOf('\0', pathEnd + 1);
    if (attributeEnd < 0) break;
    let valueEnd = out.indexOf('\0', attributeEnd + 1);
    if (valueEnd < 0) valueEnd = out.length;
    const length = valueEnd - attributeEnd - 1;
    const unset =
      (length === 11 && out.startsWith('unspecified', attributeEnd + 1)) ||
      (length === 5 && out.startsWith('unset', attributeEnd + 1));
    if (!unset) filtered.push(out.slice(at, pathEnd));
    at = valueEnd + 1;
  }
  return filtered;
}

/** The index of the folder `cwd` as git sees it; undefined outside a git work tree. */
export async function readGitIndex(cwd: string): Promise<GitIndex | undefined> {
  // `git diff-files` stats every file and takes longest: the attributes of the index's paths
  // are asked while it runs, not after it. The index is listed first (starting git takes the
  // main thread a few milliseconds each time), as its paths are what `git check-attr` waits for.
  const staging = git(cwd, ['ls-files', '--stage', '-v', '-z']);
  const changedRun = git(cwd, ['diff-files', '--name-only', '--relative', '-z']);
  const othersRun = git(cwd, ['ls-files', '--others', '--directory', '-z']);
  const entries = await staging.then((staged) =>
    staged === undefined ? undefined : indexEntries(staged),
  );
  // A file checked out through a filter is not its blob on disk: dirty, for what git vouches.
  const [filtered, changed, others] = await Promise.all([
    entries &&
      filteredPaths(
        cwd,
        entries.map((e) => e.path),
      ),
    changedRun,
    othersRun,
  ]);
  if (!entries || !filtered || changed === undefined || others === undefined) return undefined;
  const dirty = new Set(changed.split('\0').filter(Boolean));
  for (const path of filtered) dirty.add(path);
  return {
    entries,
    dirty,
    untracked: others.split('\0').filter(Boolean),
  };
}

/** The entries of `git ls-files --stage -v -z`, read in place. */
function indexEntries(staged: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (let at = 0; at < staged.length;) {
    let end = staged.indexOf('\0', at);
    if (end < 0) end = staged.length;
    // Read in place: 10,000 entries are a few milliseconds, where split() per entry was not.
    const tab = staged.indexOf('\t', at);
    const s1 = staged.indexOf(' ', at);
    const s2 = staged.indexOf(' ', s1 + 1);
    const s3 = staged.indexOf(' ', s2 + 1);
    if (tab > at && tab < end && s1 > at && s3 > s2 && s2 > s1 && s3 < tab)
      entries.push({
        tag: staged.slice(at, s1),
        mode: staged.slice(s1 + 1, s2),
        blob: staged.slice(s2 + 1, s3),
        stage: staged.slice(s3 + 1, tab),
        path: staged.slice(tab + 1, end),
        line: staged.slice(at, end),
      });
    at = end + 1;
  }
  return entries;
}

const isPlainFile = (e: IndexEntry) =>
  e.tag === 'H' && (e.mode === '100644' || e.mode === '100755') && e.stage === '0';

/**
 * Path → blob id of every regular file under the folder whose content is the index's.
 * Files marked assume-unchanged or skip-worktree are left out: git does not look at them,
 * so their blob id says nothing about what is on disk.
 */
export function unchangedBlobs(index: GitIndex): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of index.entries)
    if (isPlainFile(e) && e.blob && !index.dirty.has(e.path)) out.set(e.path, e.blob);
  return out;
}

/**
 * A name for everything a validation of the folder's SLA files (selected by `globs`) can
 * depend on, when git alone can vouch for it: the index entries of the SLA files and of
 * `.slac.yml`, each a plain file whose content on disk is the index's, and no untracked
 * file or folder where the globs could select one. Undefined when git cannot vouch for it
 * (the caller then lists the folder and names its files by content).
 */
export function folderStateKey(index: GitIndex, globs: readonly string[]): string | undefined {
  if (globs.length === 0 || globs.some((g) => g.startsWith('!'))) return undefined;
  const isSla = slaMatcher(globs);
  const bases = globs.map((g) => picomatch.scan(g).base);
  const couldHold = (path: string) =>
    path === CONFIG_FILE ||
    isSla(path) ||
    (path.endsWith('/') &&
      !/(?:^|\/)(?:node_modules|\.git)\/$/.test(path) &&
      bases.some(
        (base) => base === '' || path.startsWith(`${base}/`) || `${base}/`.startsWith(path),
      ));
  if (index.untracked.some(couldHold)) return undefined;
  let text = 'slac-folder-state-2\0';
  for (const e of index.entries) {
    // A submodule's files are on disk but not in this index.
    if (e.mode === '160000') return undefined;
    // Every name (not its content): file-path-case depends on every path of the tree, a new
    // `theme/` beside a `Theme/` as much as the other way round.
    text += `${e.path}\0`;
    if (e.path !== CONFIG_FILE && !isSla(e.path)) continue;
    if (!isPlainFile(e) || index.dirty.has(e.path)) return undefined;
    text += `${e.line}\0`;
  }
  return createHash('sha256').update(text).digest('hex');
}
