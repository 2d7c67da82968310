// A repository of SLAs at one revision (or in the working tree): its config and the SLA
// files its globs select. Config always comes from the revision being read; a pull request
// check reads config from the base and applies it to both sides.
import { CONFIG_FILE, parseConfig, type SlacConfig } from '../config/index.js';
import type { GitReader, TreeEntry } from '../git/index.js';
import type { Problem } from '../model/problem.js';
import type { SourceFile } from '../validate/index.js';
import {
  configLinkProblem,
  globBases,
  isUndecodable,
  linkInTheWay,
  linkProblem,
  pathProblem,
  slaMatcher,
  spellingsOf,
  submoduleProblem,
} from './tree.js';

export interface RevisionFile extends SourceFile {
  /** Git blob id, when read from git. */
  blob?: string;
}

export interface Snapshot {
  /** Commit SHA, or undefined for the working tree. */
  commit?: string;
  config: SlacConfig;
  configProblems: Problem[];
  /** Whether `.slac.yml` exists at this revision. */
  hasConfig: boolean;
  /** The SLA files selected by the config's globs, sorted by path. */
  files: RevisionFile[];
  /** Every path in the revision (for detecting config and workflow changes). */
  allPaths: string[];
  /**
   * SLA files listed but not read (their content is empty): the diff leaves unread the files
   * that are the same at base and head (see compareRevisions).
   */
  unread?: ReadonlySet<string>;
}

const SYMLINK_MODE = '120000';
const SUBMODULE_MODE = '160000';

/** A revision listed but not read: its config and the SLA files it selects. */
export interface ListedRevision extends Omit<Snapshot, 'files' | 'unread'> {
  commit: string;
  /** The SLA files selected by the config's globs, sorted by path. */
  slaEntries: TreeEntry[];
  /**
   * Files the globs select whose names are not UTF-8, and symbolic links they select: left
   * out, each an error (pathProblem, linkProblem).
   */
  pathProblems: Problem[];
}

/**
 * Lists the SLA files at a commit and reads its config. `configFrom` lets a pull request
 * check select head's files with the base's globs.
 */
export async function listRevision(
  git: GitReader,
  ref: string,
  configFrom?: SlacConfig,
  /** The commit's files, when already listed. */
  listed?: TreeEntry[],
): Promise<ListedRevision> {
  const commit = await git.resolve(ref);
  const entries = listed ?? (await git.listFiles(commit));
  const configEntry = entries.find((e) => e.path === CONFIG_FILE);
  // A link's blob is the path it points to (a submodule's id a commit's), not a config: the
  // defaults, and an error.
  const configLink = configEntry?.mode === SYMLINK_MODE || configEntry?.mode === SUBMODULE_MODE;
  const configBlob =
    configEntry && !configLink
      ? (await git.readBlobs([configEntry.blob])).get(configEntry.blob)
      : undefined;
  const parsed = parseConfig(CONFIG_FILE, configBlob);
  const { config } = parsed;
  const problems = configLink ? [configLinkProblem()] : parsed.problems;
  const isSla = slaMatcher((configFrom ?? config).slas);
  // A symbolic link is never an SLA file: the working tree's reader does not follow links
  // either, so both readers select the same files. One the globs select is an error of its
  // side (linkProblem), as it is for the working tree's reader.
  const bases = globBases((configFrom ?? config).slas);
  const selected: TreeEntry[] = [];
  const links: Problem[] = [];
  for (const e of entries)
    // "/…": outside the folder slac runs in (see subtreeReader), for spellingsOf only.
    if (e.path.startsWith('/')) continue;
    else if (e.mode === SUBMODULE_MODE) {
      if (linkInTheWay(e.path, isSla, bases)) links.push(submoduleProblem(e.path, 'slas'));
    } else if (e.mode !== SYMLINK_MODE) {
      if (isSla(e.path)) selected.push(e);
    } else if (linkInTheWay(e.path, isSla, bases)) links.push(linkProblem(e.path, 'slas', isSla));
  return {
    commit,
    config,
    configProblems: problems,
    hasConfig: configEntry !== undefined,
    slaEntries: selected
      .filter((e) => !isUndecodable(e.path))
      .sort((a, b) => (a.path < b.path ? -1 : 1)),
    pathProblems: [
      ...selected.filter((e) => isUndecodable(e.path)).map((e) => pathProblem(e.path)),
      ...links,
      ...spellingsOf(
        entries.map((e) => e.path),
        configFrom ?? config,
      ),
    ],
    allPaths: entries.filter((e) => !e.path.startsWith('/')).map((e) => e.path),
  };
}

/** Reads the SLA files of a listed revision, or those `read` selects (the others stay empty). */
async function readListed(
  git: GitReader,
  listed: ListedRevision,
  read: (file: TreeEntry) => boolean = () => true,
): Promise<Snapshot> {
  const { slaEntries, ...revision } = listed;
  const unread = new Set(slaEntries.filter((e) => !read(e)).map((e) => e.path));
  const blobs = await git.readBlobs(
    slaEntries.filter((e) => !unread.has(e.path)).map((e) => e.blob),
  );
  return {
    ...revision,
    files: slaEntries.map((e) => ({
      path: e.path,
      blob: e.blob,
      content: blobs.get(e.blob) ?? Buffer.alloc(0),
    })),
    ...(unread.size > 0 ? { unread } : {}),
  };
}

/**
 * Reads the config and SLA files at a commit. `configFrom` lets a pull request check
 * select head's files with the base's globs.
 */
export async function readRevision(
  git: GitReader,
  ref: string,
  configFrom?: SlacConfig,
  options: { read?: (file: TreeEntry) => boolean } = {},
): Promise<Snapshot> {
  return readListed(git, await listRevision(git, ref, configFrom), options.read);
}

export { listWorkingTree, readWorkingTree, slaMatcher } from './tree.js';
