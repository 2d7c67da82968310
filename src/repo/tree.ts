// A repository in a folder on disk (the working tree): its config and the SLA files the
// config's globs select. Kept apart from reading revisions through git, and loading the
// YAML and schema code only when there is a .slac.yml to parse, so that listing is cheap.
import { existsSync, lstatSync, readFileSync, readdirSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { CONFIG_FILE, defaultConfig, type SlacConfig } from '../config/defaults.js';
import type { Problem } from '../model/problem.js';
import { runGit, topAndPrefix } from '../git/run.js';
import type { Snapshot } from './index.js';
import { foldPath, mayBeShortFor } from './fold.js';
import { spellingProblems } from './spelling.js';

/**
 * Folders no reader ever selects an SLA from, whatever the globs say. Every reader — git
 * revisions, the working tree, the index — selects through `slaMatcher`, so they agree: an
 * SLA moved into `node_modules/` is a removal for the diff and the approval check alike, not
 * a file the check still sees while the catalog no longer does.
 */
const SKIP_DIRS = new Set(['.git', 'node_modules']);

function inSkippedFolder(path: string): boolean {
  // Most paths name neither folder: two native searches, not a slice per folder of each of
  // 10,000 paths (while this code still runs unoptimized, that was 10–20 ms).
  if (!path.includes('.git/') && !path.includes('node_modules/')) return false;
  for (let start = 0; ;) {
    const slash = path.indexOf('/', start);
    if (slash < 0) return false;
    if (SKIP_DIRS.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
}

/** Builds the one file selection of a config's `slas` globs, for every reader. */
export function slaMatcher(globs: readonly string[]): (path: string) => boolean {
  const matches = globMatcher(globs);
  // A glob with letters beyond ASCII ("données/**") selects a path in either Unicode spelling
  // of them: macOS reads a decomposed "données/" (NFD) where the composed one is asked for.
  // eslint-disable-next-line no-control-regex
  if (!globs.some((glob) => /[^\x00-\x7f]/.test(glob)))
    return (path) => matches(path) && !inSkippedFolder(path);
  const composed = globMatcher(globs.map((glob) => glob.normalize('NFC')));
  return (path) => (matches(path) || composed(path.normalize('NFC'))) && !inSkippedFolder(path);
}

function globMatcher(globs: readonly string[]): (path: string) => boolean {
  // picomatch's own matcher tests a path as `path === glob || makeRe(glob).test(path)`
  // through several calls; doing the same directly is several times faster over 10,000 paths.
  const literal = new Set(globs);
  const patterns = globs.map((glob) => picomatch.makeRe(glob, { dot: false }));
  return (path) => literal.has(path) || patterns.some((re) => re.test(path));
}

/**
 * Every file under `dir`, as paths relative to the root with forward slashes (`prefix`).
 * Synchronous: with thousands of files, the promise per folder costs more than it overlaps.
 */
function walk(
  dir: string,
  prefix: string,
  out: string[],
  links?: string[],
  nested?: string[],
): void {
  const entries = readdirSync(dir, { withFileTypes: true });
  // A folder with its own .git is a submodule or a nested repository: git's tree holds no
  // file of it, so the working tree's reader selects none either.
  if (prefix !== '' && entries.some((e) => e.name === '.git')) {
    nested?.push(prefix.slice(0, -1));
    return;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name))
        walk(join(dir, entry.name), `${prefix}${entry.name}/`, out, links, nested);
    } else if (entry.isFile()) {
      out.push(prefix + entry.name);
    } else if (links && entry.isSymbolicLink()) {
      links.push(prefix + entry.name);
    }
  }
}

/**
 * The folder slac works in when started in `cwd`: the nearest folder at or above `cwd` that
 * holds a .slac.yml, looking no higher than the top of the git work tree `cwd` is in (so
 * `slac validate` in `slas/payments/` reads the repository's .slac.yml, and in a monorepo
 * `sla/slas/` finds `sla/.slac.yml`). `cwd` itself when no such folder exists, or when
 * `cwd` is not in a git work tree (a .slac.yml above an unrelated folder is not its config).
 */
export function findConfigRoot(cwd: string): string {
  const start = resolve(cwd);
  let found: string | undefined;
  for (let dir = start; ;) {
    if (found === undefined && hasConfigFile(dir)) found = dir;
    // A .git folder (or a worktree's .git file) marks the top of the work tree.
    if (existsSync(join(dir, '.git'))) return found ?? cwd;
    const parent = dirname(dir);
    if (parent === dir) return cwd;
    dir = parent;
  }
}

/**
 * Whether `dir` holds a .slac.yml under that name exactly: macOS and Windows would also open
 * a `.SLAC.yml`, which git and the check take for no config (it is a protected path all the
 * same: protectedPathMatcher).
 */
function hasConfigFile(dir: string): boolean {
  if (!existsSync(join(dir, CONFIG_FILE))) return false;
  try {
    return readdirSync(dir).includes(CONFIG_FILE);
  } catch {
    return false;
  }
}

/**
 * The folder `slac approvals` works in when started in `cwd`: as findConfigRoot, but the
 * .slac.yml looked for is the base commit's, not the working tree's. Config is read from the
 * base (rule 7), so where it lies is too: a checked-out pull request that deletes
 * `sla/.slac.yml` must not move the check in `sla/` to the config above, whose globs may
 * select none of its SLAs. findConfigRoot's answer when the base cannot be listed (the
 * check then says why it cannot read the base).
 */
export async function findBaseConfigRoot(cwd: string, baseRef: string): Promise<string> {
  return (await findBaseConfig(cwd, baseRef)).root;
}

/**
 * findBaseConfigRoot's folder, with the top of its git work tree and its path below it ("a/",
 * or "") when git was asked them (so that the repository can be opened there without asking
 * again). `where` is git's answer for `cwd` when the caller has it already.
 */
export async function findBaseConfig(
  cwd: string,
  baseRef: string,
  where?: { top: string; prefix: string },
): Promise<{ root: string; top?: string; prefix?: string }> {
  let top: string;
  let prefix: string;
  let paths: Set<string>;
  if (baseRef.startsWith('-')) return { root: findConfigRoot(cwd) };
  try {
    ({ top, prefix } = where ?? (await topAndPrefix(cwd)));
    // Only the places a config can be in are listed, not the whole tree of the base (as
    // literal paths: a folder may be named `*`).
    const listed = await runGit(top, [
      'ls-tree',
      '-r',
      '-z',
      '--name-only',
      '--full-tree',
      `${baseRef}^{commit}`,
      '--',
      ...configPlaces(prefix).map((path) => `:(literal)${path}`),
    ]);
    paths = new Set(listed.split('\0'));
  } catch {
    return { root: findConfigRoot(cwd) };
  }
  for (const path of configPlaces(prefix))
    if (paths.has(path)) {
      const folder = dirname(path);
      // The folder is `cwd` or one above it, below the top: git's path for it is this one.
      return { root: join(top, folder), top, prefix: folder === '.' ? '' : `${folder}/` };
    }
  return { root: cwd, top, prefix };
}

/** Where a .slac.yml may apply to the folder `prefix` ("a/b/"): nearest first, up to the top. */
function configPlaces(prefix: string): string[] {
  const folders = prefix.split('/').filter(Boolean);
  const places: string[] = [];
  for (let n = folders.length; n >= 0; n--)
    places.push([...folders.slice(0, n), CONFIG_FILE].join('/'));
  return places;
}

/**
 * The SLA files (the `slas` globs of the folder's config) that differ from the commit checked
 * out in `root`: edited, staged, deleted or new and not ignored. Paths relative to `root`,
 * sorted; none outside a git work tree or before the first commit.
 */
export async function uncommittedSlaFiles(root: string): Promise<string[]> {
  const { config } = await readFolderConfig(root);
  const list = (args: string[]) =>
    runGit(root, args).then(
      (out) => out.split('\0').filter(Boolean),
      () => [] as string[],
    );
  const [changed, untracked] = await Promise.all([
    list(['diff', 'HEAD', '--name-only', '-z', '--relative', '--no-renames']),
    list(['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const isSla = slaMatcher(config.slas);
  return [...new Set([...changed, ...untracked])].filter(isSla).sort();
}

/** The config of a folder on disk: its .slac.yml, or the defaults when there is none. */
export async function readFolderConfig(
  root: string,
): Promise<{ config: SlacConfig; problems: Problem[]; hasConfig: boolean }> {
  // A link is not followed, as git does not, and a FIFO is not read: the defaults, and an error.
  const info = lstatSync(join(root, CONFIG_FILE), { throwIfNoEntry: false });
  if (info && !info.isFile())
    return { config: defaultConfig(), problems: [configLinkProblem()], hasConfig: true };
  // Only under its name as written (see hasConfigFile).
  const configText =
    info && hasConfigFile(root)
      ? await readFile(join(root, CONFIG_FILE)).catch(() => undefined)
      : undefined;
  const { config, problems } =
    configText === undefined
      ? { config: defaultConfig(), problems: [] }
      : (await import('../config/index.js')).parseConfig(CONFIG_FILE, configText);
  return { config, problems, hasConfig: configText !== undefined };
}

/** The config of a folder on disk (the working tree) and the SLA files it selects, unread. */
export async function listWorkingTree(
  root: string,
  folder?: Awaited<ReturnType<typeof readFolderConfig>>,
): Promise<Omit<Snapshot, 'files'> & { slaPaths: string[] }> {
  const { config, problems, hasConfig } = folder ?? (await readFolderConfig(root));
  const paths: string[] = [];
  const links: string[] = [];
  const nested: string[] = [];
  walk(root, '', paths, links, nested);
  const isSla = slaMatcher(config.slas);
  const selected = paths.filter(isSla);
  const bases = globBases(config.slas);
  return {
    config,
    configProblems: [
      ...problems,
      ...selected.filter(isUndecodable).map((path) => pathProblem(path)),
      ...links
        .filter((path) => linkInTheWay(path, isSla, bases))
        .sort()
        .map((path) => linkProblem(path, 'slas', isSla)),
      ...nested
        .filter((path) => linkInTheWay(path, isSla, bases))
        .sort()
        .map((path) => submoduleProblem(path, 'slas')),
      ...spellingsOf([...paths, ...links, ...nested, ...strayFolders(root)], config),
    ],
    hasConfig,
    slaPaths: selected.filter((p) => !isUndecodable(p)).sort(),
    allPaths: paths.sort(),
  };
}

/**
 * The folders beside the folder `root` or one on the way up to the top of its git work tree
 * that differ from it only in letter case or Unicode spelling, as "/<path from the top>" (as
 * subtreeReader lists them): none when `root` is the top, or in no work tree.
 */
function strayFolders(root: string): string[] {
  const found: string[] = [];
  for (let dir = resolve(root); !existsSync(join(dir, '.git'));) {
    const parent = dirname(dir);
    if (parent === dir) return [];
    const name = basename(dir);
    const key = foldPath(name);
    let names: string[] = [];
    try {
      names = readdirSync(parent);
    } catch {
      // Unreadable: nothing to compare with.
    }
    // The folder as the parent lists it: Windows keeps the letter case typed for the working
    // folder (`cd catalog` into `Catalog`), which is no other folder.
    const listed = names.includes(name)
      ? name
      : (names.filter((other) => foldPath(other) === key).at(0) ?? name);
    for (const other of names)
      if (other !== listed && (foldPath(other) === key || mayBeShortFor(other, listed)))
        found.push(join(parent, other));
    dir = parent;
    if (existsSync(join(dir, '.git')))
      return found.map((path) => `/${relative(dir, path).split(sep).join('/')}`);
  }
  return [];
}

/** The file-path-case errors of a tree under a config (see spellingProblems). */
export function spellingsOf(paths: readonly string[], config: SlacConfig): Problem[] {
  const globs = [...config.slas, ...config.results];
  return spellingProblems(paths, config, () => ({
    select: slaMatcher(globs),
    bases: globBases(globs),
  }));
}

/**
 * True for a file name that was not UTF-8: git's listing and the file system hand it over
 * with U+FFFD in place of each byte that is not, so two such names can read the same, and
 * the name read cannot open the file. Such a file is no SLA file for any reader (each names
 * it as an error instead), so that no two readers see different files.
 */
export function isUndecodable(path: string): boolean {
  return path.includes('\uFFFD');
}

/** The error for a selected file whose name is not UTF-8. */
export function pathProblem(path: string): Problem {
  return {
    file: path,
    line: 1,
    column: 1,
    rule: 'file-path-encoding',
    severity: 'error',
    message:
      'the name of this file is not UTF-8 (shown here with �), so slac can neither tell it from other such names nor open it by name; rename it (git mv) to a UTF-8 name',
  };
}

/** Where each glob starts: the path before its first pattern character ('' for the top). */
export function globBases(globs: readonly string[]): string[] {
  return [...new Set(globs.map((g) => picomatch.scan(g).base))];
}

/**
 * Whether a symbolic link at `path` stands where the globs read: a file they select, or a
 * folder on the way to where one of them starts (`data` for "data/results/**"). No reader
 * follows a link (git keeps only where it points, and a link may point outside the
 * repository), so each such link is an error (linkProblem) rather than files one reader sees
 * and another does not.
 */
export function linkInTheWay(
  path: string,
  select: (path: string) => boolean,
  bases: readonly string[],
): boolean {
  return select(path) || bases.some((b) => b === path || b.startsWith(`${path}/`));
}

/** The error for a .slac.yml that is no regular file: a symbolic link, a folder, a submodule, a FIFO. */
export function configLinkProblem(): Problem {
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    rule: 'file-symlink',
    severity: 'error',
    message:
      'this is not a file but a symbolic link, a folder, a submodule or a FIFO, and slac reads only a file here (git keeps only where a link points, so the pull request check would read that as the config). Put the config file itself here',
  };
}

/**
 * The error for a submodule (or a nested repository) the globs select or that lies on the way
 * to where one starts: git lists only its commit, so the check cannot see what the working
 * tree would read there.
 */
export function submoduleProblem(path: string, of: 'slas' | 'results'): Problem {
  return {
    file: path,
    line: 1,
    column: 1,
    rule: 'file-submodule',
    severity: 'error',
    message: `this folder is a submodule (or holds a repository of its own) where the \`${of}\` globs read: its files are not in this repository, so the pull request check cannot see them. Keep the ${of === 'slas' ? 'SLA' : 'results'} files in this repository, or start the globs elsewhere`,
  };
}

/** The error for a symbolic link in the way of the globs (linkInTheWay). */
export function linkProblem(
  path: string,
  of: 'slas' | 'results',
  select: (path: string) => boolean,
): Problem {
  const what =
    of === 'slas'
      ? 'the SLA it points to is neither checked nor shown'
      : 'the results it points to are neither checked nor counted';
  const folder = !select(path);
  return {
    file: path,
    line: 1,
    column: 1,
    rule: 'file-symlink',
    severity: 'error',
    message: folder
      ? `this folder is a symbolic link on the way to where the \`${of}\` globs start, and slac follows no link (git keeps only where it points): what it points to is neither checked nor ${of === 'slas' ? 'shown' : 'counted'}. Put the folder itself here, or start the globs elsewhere`
      : `this file is a symbolic link, and slac reads no link (git keeps only where it points): ${what}. Put the file itself here (copy it over the link), or move the link out of the \`${of}\` globs`,
  };
}

/**
 * The files a set of globs selects in a folder on disk (the results files of a config), by
 * the same rules as SLA files; only the folders the globs start in are walked.
 */
export function listSelected(
  root: string,
  globs: readonly string[],
  /**
   * Where the errors go of what the globs select but no reader reads: symbolic links and
   * submodules in their way, names that are not UTF-8.
   */
  problems?: Problem[],
): string[] {
  const select = slaMatcher(globs);
  const bases = globBases(globs).sort();
  const paths: string[] = [];
  const linked: string[] = [];
  const nested: string[] = [];
  for (const base of bases) {
    if (base === '') {
      walk(root, '', paths, linked, nested);
      break;
    }
    // Only below the folder (a glob that is not is a config-glob error of .slac.yml).
    if (base.startsWith('/') || base.includes('\\') || base.split('/').includes('..')) continue;
    // Folder by folder, following no link on the way: git lists a link to a folder as a link,
    // not the files the folder holds, so no reader may walk into it; nor into a submodule.
    const info = lstatPath(root, base, linked, nested);
    if (!info) continue;
    if (info.isDirectory()) walk(join(root, base), `${base}/`, paths, linked, nested);
    // Only a regular file: a FIFO or a device the glob names would hang the reading.
    else if (info.isFile()) paths.push(base);
  }
  for (const link of [...new Set(linked)].sort())
    if (linkInTheWay(link, select, bases)) problems?.push(linkProblem(link, 'results', select));
  for (const folder of [...new Set(nested)].sort())
    if (linkInTheWay(folder, select, bases)) problems?.push(submoduleProblem(folder, 'results'));
  const selected = [...new Set(paths)].filter(select).sort();
  // A name that is not UTF-8 cannot be opened by the name read (see isUndecodable).
  for (const path of selected.filter(isUndecodable)) problems?.push(pathProblem(path));
  return selected.filter((path) => !isUndecodable(path));
}

/**
 * Whether `path` below `root` is there under its name as written in every folder on the way
 * (see lstatPath: macOS and Windows would also find it under another letter case).
 */
export function namedAsWritten(root: string, path: string): boolean {
  let at = '';
  for (const part of path.split('/')) {
    try {
      if (!hasName(readdirSync(join(root, at)), part)) return false;
    } catch {
      return false;
    }
    at = at === '' ? part : `${at}/${part}`;
  }
  return true;
}

/** Whether a folder's listing holds `name` exactly, or in another Unicode composition. */
function hasName(names: readonly string[], name: string): boolean {
  if (names.includes(name)) return true;
  const composed = name.normalize('NFC');
  return names.some((n) => n.normalize('NFC') === composed);
}

/**
 * What is at `path` below `root`, looked at folder by folder without following a link: a link
 * on the way (or at `path`) goes to `linked` and gives undefined, as does a folder holding a
 * `.git` of its own (a submodule: to `nested`), a missing path, a file on the way, and a path
 * that cannot be looked at (no permission, too long).
 */
export function lstatPath(
  root: string,
  path: string,
  linked: string[],
  nested: string[] = [],
): Stats | undefined {
  let at = '';
  let info: Stats | undefined;
  for (const part of path.split('/')) {
    const parent = at;
    at = at === '' ? part : `${at}/${part}`;
    try {
      info = lstatSync(join(root, at), { throwIfNoEntry: false });
      // Only under the name as written: a file system that ignores case or Unicode spelling
      // (macOS, Windows) would hand "Results/" over for "results/", which git names apart.
      // Unicode spelling is compared in NFC: HFS+ lists names decomposed (NFD), where git on
      // macOS and the config hold them composed (two spellings in one tree are an error of
      // their own: spellingProblems).
      if (info && !hasName(readdirSync(join(root, parent)), part)) return undefined;
    } catch {
      return undefined;
    }
    if (!info) return undefined;
    if (info.isSymbolicLink()) {
      linked.push(at);
      return undefined;
    }
    if (info.isDirectory() && existsSync(join(root, at, '.git'))) {
      nested.push(at);
      return undefined;
    }
    if (at !== path && !info.isDirectory()) return undefined;
  }
  return info;
}

/** Reads the config and SLA files of a folder on disk (the working tree). */
export async function readWorkingTree(root: string): Promise<Snapshot & { hasConfig: boolean }> {
  const { slaPaths, ...tree } = await listWorkingTree(root);
  // Synchronous: a promise per file costs several times the reading (10,000 files: ~1 s
  // against ~0.2 s).
  const files = slaPaths.map((path) => ({ path, content: readFileSync(join(root, path)) }));
  return { ...tree, files };
}

/**
 * The error when the `slas` globs select no file: a misspelt glob must not switch
 * validation off while everything looks green.
 */
export function noSlaFiles(config: SlacConfig, hasConfig: boolean): Problem {
  const globs = config.slas.map((g) => `"${g}"`).join(', ');
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    rule: 'slas-none',
    severity: 'error',
    message: hasConfig
      ? `no SLA file matches ${globs}, the slas glob of .slac.yml; correct the glob or add SLA files there`
      : `no SLA file matches ${globs} (the default, as there is no .slac.yml); put SLA files there, or write a .slac.yml whose slas: names where they are; to start a repository of SLAs, run slac init`,
  };
}
