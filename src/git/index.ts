// Reading a git repository as data, through plumbing only: no checkout, no hooks, nothing
// from the repository is ever executed. Revisions are read with ls-tree and one
// `cat-file --batch` per call.
import { spawn } from 'node:child_process';
import { GIT_CONFIG, GitError, gitEnv, runGit, topAndPrefix } from './run.js';
import { foldPath, mayBeShortFor } from '../repo/fold.js';

export { runGit } from './run.js';

export interface TreeEntry {
  path: string;
  /** Git blob id (content address). */
  blob: string;
  /**
   * Git file mode: 100644 or 100755 for a regular file, 120000 for a symbolic link, 160000 for
   * a submodule (whose `blob` is then a commit id).
   */
  mode?: string;
}

export interface CommitInfo {
  sha: string;
  /** Committer date, ISO 8601 (from git, never the clock). */
  date: string;
  subject: string;
}

/** A file that differs between two commits; a mode of 000000 means absent on that side. */
export interface TreeChange {
  path: string;
  older: { mode: string; blob: string };
  newer: { mode: string; blob: string };
}

/** What the core needs from git. Passed in, so tests and adapters choose the implementation. */
export interface GitReader {
  /** Resolves a ref (branch, tag, SHA, HEAD~1) to a commit SHA; rejects when unknown. */
  resolve(ref: string): Promise<string>;
  /** Every file at a commit, with its blob id. */
  listFiles(commit: string): Promise<TreeEntry[]>;
  /** Reads blobs by id in one batch. */
  readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>>;
  /** The size in bytes of each blob, in one batch, without reading them. */
  blobSizes?(ids: readonly string[]): Promise<Map<string, number>>;
  /**
   * The paths of the files at `commit` under `folders` (paths from the top; '' for all)
   * whose bytes contain one of `strings` (none may hold a line break), searched by git
   * without handing the files over.
   */
  filesContaining(
    commit: string,
    strings: readonly string[],
    folders: readonly string[],
  ): Promise<Set<string>>;
  /** Paths that differ between two commits (renames show as delete + add). */
  changedPaths(base: string, head: string): Promise<string[]>;
  /** Commits that touched any of `paths`, newest first, reachable from `commit`. */
  log(commit: string, paths: readonly string[]): Promise<CommitInfo[]>;
  /**
   * The commits reachable from `head` but not from `base`, each with the files it changed and
   * their blobs before and after (a merge against its first parent; renames as delete + add).
   */
  commitChanges(base: string, head: string): Promise<Map<string, TreeChange[]>>;
  /**
   * The files that differ between each pair of commits `[newer, older]`, in one git process
   * (renames as delete + add; a pair may not repeat its newer commit).
   */
  treeChanges(pairs: readonly (readonly [string, string])[]): Promise<TreeChange[][]>;
}

/**
 * What to do about a ref git does not know, as a command to copy: `origin/main` is branch
 * `main` of remote `origin` (git fetch origin main), a full SHA is fetched by itself, a plain
 * name is a branch (or, when it looks like a version, a tag) of the default remote; `HEAD~3`
 * in a shallow clone needs more history.
 */
export function fetchHint(
  ref: string,
  repo: { remotes: readonly string[]; shallow: boolean },
): string {
  const unshallow = repo.shallow
    ? '; this clone is shallow: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)'
    : '';
  const fullSha = /^[0-9a-f]{40}$/i.test(ref);
  if (/[~^@{:]/.test(ref) && !fullSha) {
    return repo.shallow
      ? `check the name, or fetch more history${unshallow}`
      : "check the name: this clone's history has no such commit";
  }
  const remote = repo.remotes.includes('origin') ? 'origin' : (repo.remotes[0] ?? 'origin');
  // Without a remote, the fetch needs one first.
  const add = repo.remotes.length === 0 ? 'git remote add origin URL, then ' : '';
  const fetch = (what: string, then = '') =>
    `fetch it first (${add}git fetch ${what})${then}${unshallow}`;
  const name = ref.replace(/^refs\/remotes\//, '');
  const slash = name.indexOf('/');
  const prefix = slash > 0 ? name.slice(0, slash) : '';
  if (prefix !== '' && (repo.remotes.includes(prefix) || (add && prefix === 'origin'))) {
    return fetch(`${prefix} ${name.slice(slash + 1)}`);
  }
  if (fullSha) return fetch(`${remote} ${ref}`);
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    return `${fetch(remote)}, or give the full 40-character SHA`;
  }
  if (ref.startsWith('refs/tags/')) return fetch(`${remote} tag ${ref.slice('refs/tags/'.length)}`);
  const branch = ref.replace(/^refs\/heads\//, '');
  if (/^v?\d[\d.]*(?:[-+][\w.-]*)?$/.test(branch)) {
    return fetch(
      `${remote} tag ${branch}`,
      `, or for a branch git fetch ${remote} ${branch} and use ${remote}/${branch}`,
    );
  }
  return fetch(
    `${remote} ${branch}`,
    ` and use ${remote}/${branch}, or name a branch, tag or commit SHA this clone has`,
  );
}

/** A GitReader on the repository at `cwd`, using the git command line. */
/**
 * `git diff-tree -r -z --stdin` raw output by commit: "<commit>\0" before the changes of each
 * commit that has some, then per change ":<older mode> <newer mode> <older blob> <newer blob>
 * <status>\0<path>\0". Read by position: the field after a change's header is its path,
 * whatever it holds (a path may start with ":" or look like a commit id).
 */
function readRawChanges(out: string): Map<string, TreeChange[]> {
  const byCommit = new Map<string, TreeChange[]>();
  let current: TreeChange[] | undefined;
  const fields = out.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = (fields[i] as string).replace(/^\n/, '');
    if (field === '') continue;
    if (field.startsWith(':')) {
      const [olderMode = '', newerMode = '', olderBlob = '', newerBlob = ''] = field
        .slice(1)
        .split(' ');
      const path = fields[++i] ?? '';
      current?.push({
        path,
        older: { mode: olderMode, blob: olderBlob },
        newer: { mode: newerMode, blob: newerBlob },
      });
    } else {
      current = [];
      byCommit.set(field, current);
    }
  }
  return byCommit;
}

/**
 * The error for a tree git would not write (two entries of one name, a "/" in a name): which
 * entry a checkout or a merge keeps is not defined, so nothing in it can be checked. Fails closed.
 */
function madeByHand(commit: string, path: string, how: string): GitError {
  return new GitError(
    `commit ${commit.slice(0, 12)} lists "${path}" ${how} in its tree (a tree made by hand, which git fsck refuses): slac cannot tell which file is meant, so nothing in it is checked or approved; rewrite the commit with git (git commit) so that each path is there once`,
    '',
  );
}

export function createGitReader(cwd: string): GitReader {
  // A ref is resolved once per reader: a command then sees one commit per ref throughout,
  // even if a branch moves meanwhile, and does not start git again for the same answer.
  const resolved = new Map<string, Promise<string>>();
  const resolve = async (ref: string): Promise<string> => {
    if (ref.startsWith('-')) throw new GitError(`invalid ref "${ref}"`, '');
    try {
      return (
        await runGit(cwd, [
          'rev-parse',
          '--verify',
          '--quiet',
          '--end-of-options',
          `${ref}^{commit}`,
        ])
      ).trim();
    } catch {
      const [remotes, shallow] = await Promise.all([
        runGit(cwd, ['remote']).then(
          (out) => out.split('\n').filter(Boolean),
          () => [],
        ),
        runGit(cwd, ['rev-parse', '--is-shallow-repository']).then(
          (out) => out.trim() === 'true',
          () => false,
        ),
      ]);
      throw new GitError(`unknown revision "${ref}": ${fetchHint(ref, { remotes, shallow })}`, '');
    }
  };
  return {
    resolve(ref) {
      let sha = resolved.get(ref);
      if (!sha) {
        sha = resolve(ref);
        resolved.set(ref, sha);
        // The commit id it resolves to resolves to itself: asked next, git is not started again.
        void sha.then(
          (id) => {
            if (!resolved.has(id)) resolved.set(id, Promise.resolve(id));
          },
          () => undefined,
        );
        // A failure is not kept: the next call asks git again (e.g. after a fetch).
        sha.catch(() => resolved.delete(ref));
      }
      return sha;
    },

    async listFiles(commit) {
      // -t: the folders too, so that a tree made by hand is told from one git wrote (below).
      const out = await runGit(cwd, ['ls-tree', '-r', '-t', '-z', '--full-tree', commit]);
      // Records "<mode> <type> <blob>\t<path>\0", read in place (10,000 files in a few ms).
      const entries: TreeEntry[] = [];
      const listed = new Map<string, string>();
      for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end < 0) end = out.length;
        const tab = out.indexOf('\t', at);
        if (tab > at && tab < end) {
          const typeAt = out.indexOf(' ', at) + 1;
          const blobAt = out.indexOf(' ', typeAt) + 1;
          const path = out.slice(tab + 1, end);
          const type = typeAt > 0 ? out.slice(typeAt, out.indexOf(' ', typeAt)) : '';
          if (listed.has(path) && !path.includes('\uFFFD')) throw madeByHand(commit, path, 'twice');
          listed.set(path, type);
          // Files, links, and submodules (a "commit" entry, mode 160000: readers must not read
          // its id as a blob; one on the way to where a glob starts is an error).
          if ((type === 'blob' || type === 'commit') && blobAt > typeAt && blobAt < tab)
            entries.push({ path, blob: out.slice(blobAt, tab), mode: out.slice(at, typeAt - 1) });
        }
        at = end + 1;
      }
      // As git writes trees, every folder a path is in is listed as a tree, and nothing else:
      // an entry whose name holds a "/" (a folder "slas/x" at the top) or a file with entries
      // below it is a tree made by hand, which git fsck refuses and a checkout reads its own way.
      // From each path's own folder up to the first one listed as a folder: that one is looked
      // at as a path of its own (every folder of every path was slices of time and memory: 64
      // paths 500 folders deep took 15 s).
      for (const path of listed.keys())
        for (
          let slash = path.lastIndexOf('/');
          slash > 0;
          slash = path.lastIndexOf('/', slash - 1)
        ) {
          const folder = path.slice(0, slash);
          if (listed.get(folder) === 'tree') break;
          if (!folder.includes('\uFFFD'))
            throw madeByHand(
              commit,
              path,
              `under "${folder}", which it does not list as a folder,`,
            );
        }
      return entries;
    },

    readBlobs(ids) {
      return catFileBatch(cwd, ids);
    },

    async blobSizes(ids) {
      const unique = [...new Set(ids)];
      const sizes = new Map<string, number>();
      if (unique.length === 0) return sizes;
      const out = await runGit(cwd, ['cat-file', '--batch-check'], [], unique.join('\n') + '\n');
      for (const line of out.split('\n')) {
        const [id, type, size] = line.split(' ');
        if (id && type === 'blob' && size) sizes.set(id, Number(size));
      }
      return sizes;
    },

    async filesContaining(commit, strings, folders) {
      if (strings.length === 0 || folders.length === 0) return new Set();
      if (strings.some((s) => s === '' || /[\r\n]/.test(s)))
        throw new GitError('git grep looks for strings without line breaks', '');
      // -a: every file as text (a NUL byte must not hide a match); -F: the bytes, no pattern.
      const out = await runGit(
        cwd,
        [
          'grep',
          '-l',
          '-z',
          '-a',
          '-F',
          '--full-name',
          '--no-color',
          ...strings.flatMap((s) => ['-e', s]),
          commit,
          '--',
          ...folders.map((f) => (f === '' ? ':(top)' : `:(top,literal)${f}`)),
        ],
        [],
        undefined,
        [1],
      );
      const prefix = `${commit}:`;
      return new Set(
        out
          .split('\0')
          .filter((p) => p.startsWith(prefix))
          .map((p) => p.slice(prefix.length)),
      );
    },

    async changedPaths(base, head) {
      const out = await runGit(cwd, [
        'diff',
        '--name-only',
        '-z',
        '--no-renames',
        base,
        head,
        '--',
      ]);
      return out.split('\0').filter(Boolean);
    },

    async commitChanges(base, head) {
      // Each commit with its first parent (none for a root): listed by rev-list, compared by
      // diff-tree, whose raw records are read by position, so no byte a file name may hold
      // (git allows all but NUL) can split a record.
      const listed = await runGit(cwd, ['rev-list', '--parents', `${base}..${head}`, '--']);
      const lines = listed
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [sha = '', parent] = line.split(' ');
          return parent ? `${sha} ${parent}` : sha;
        });
      const commits = new Map<string, TreeChange[]>(
        lines.map((line) => [line.split(' ')[0] as string, []]),
      );
      if (lines.length === 0) return commits;
      const out = await runGit(
        cwd,
        ['diff-tree', '-r', '-z', '--no-renames', '--root', '--stdin'],
        [],
        lines.map((line) => `${line}\n`).join(''),
      );
      for (const [sha, changes] of readRawChanges(out)) commits.set(sha, changes);
      return commits;
    },

    async treeChanges(pairs) {
      if (pairs.length === 0) return [];
      for (const pair of pairs)
        for (const sha of pair)
          if (!/^[0-9a-f]{4,64}$/.test(sha)) throw new GitError(`not a commit id: "${sha}"`, '');
      const out = await runGit(
        cwd,
        ['diff-tree', '-r', '-z', '--no-renames', '--stdin'],
        [],
        pairs.map(([newer, older]) => `${newer} ${older}\n`).join(''),
      );
      const byCommit = readRawChanges(out);
      return pairs.map(([newer]) => byCommit.get(newer) ?? []);
    },

    async log(commit, paths) {
      if (paths.length === 0) return [];
      const out = await runGit(cwd, [
        'log',
        '-z',
        '--format=%H%x1f%cI%x1f%s',
        commit,
        '--',
        ...paths,
      ]);
      return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const [sha = '', date = '', subject = ''] = line.replace(/^\n/, '').split('\x1f');
          return { sha, date, subject };
        });
    },
  };
}

/** Reads many blobs with one `git cat-file --batch` process. */
function catFileBatch(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve(new Map());
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_CONFIG, 'cat-file', '--batch'], {
      cwd,
      env: gitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new GitError(`git cat-file failed: ${stderr.trim()}`, stderr));
        return;
      }
      const out = Buffer.concat(chunks);
      const result = new Map<string, Buffer>();
      let pos = 0;
      for (const id of unique) {
        const nl = out.indexOf(0x0a, pos);
        if (nl === -1) break;
        const header = out.subarray(pos, nl).toString('utf8');
        pos = nl + 1;
        const [sha, type, size] = header.split(' ');
        if (type === 'missing' || !size) {
          reject(new GitError(`git object ${id} is missing`, ''));
          return;
        }
        const length = Number(size);
        result.set(sha === id ? id : (sha ?? id), out.subarray(pos, pos + length));
        pos += length + 1;
      }
      resolve(result);
    });
    child.stdin.end(unique.join('\n') + '\n');
  });
}

/**
 * The repository seen from `dir`, which may be a subfolder of it (SLAs kept in `sla/` of
 * a larger repository): paths are relative to that folder, as `.slac.yml` there means them.
 * Changes outside the folder keep their root path with a leading "/", so that a changed
 * `/.github/workflows/…` or `/CODEOWNERS` still needs an admin. Rejects outside a repository.
 */
export async function openRepository(dir: string): Promise<GitReader> {
  let top: string;
  let prefix: string;
  try {
    ({ top, prefix } = await topAndPrefix(dir));
  } catch {
    throw new GitError(`${dir} is not inside a git repository (git init, or cd into one)`, '');
  }
  return repositoryAt(top, prefix);
}

/**
 * The repository whose work tree's top is `top`, seen from its folder `prefix` ("sla/", or ""),
 * as git says them (see openRepository); `root` is a reader of `top` already in use.
 */
export function repositoryAt(
  top: string,
  prefix: string,
  root: GitReader = createGitReader(top),
): GitReader {
  return prefix === '' ? root : subtreeReader(root, prefix);
}

/** `git` seen from the subfolder `prefix` ("sla/", with its slash). */
function subtreeReader(git: GitReader, prefix: string): GitReader {
  const inside = (path: string) => path.startsWith(prefix);
  const foldsInto = strayOf(prefix);
  const strip = (path: string) => (inside(path) ? path.slice(prefix.length) : `/${path}`);
  return {
    resolve: (ref) => git.resolve(ref),
    readBlobs: (ids) => git.readBlobs(ids),
    ...(git.blobSizes ? { blobSizes: (ids: readonly string[]) => git.blobSizes!(ids) } : {}),
    async filesContaining(commit, strings, folders) {
      const under = folders.map((f) => (f === '' ? prefix.slice(0, -1) : prefix + f));
      const found = await git.filesContaining(commit, strings, under);
      return new Set([...found].filter(inside).map(strip));
    },
    async listFiles(commit) {
      // A path outside that folds into the folder or one on the way to it (`Catalog/…` for
      // `catalog/`) is one entry "/Catalog": on macOS and Windows its files land in the
      // folder, so it is an error of the tree (spellingProblems), not a path to leave out.
      const out: TreeEntry[] = [];
      const strays = new Map<string, TreeEntry>();
      for (const e of await git.listFiles(commit))
        if (inside(e.path)) out.push({ ...e, path: strip(e.path) });
        else {
          const stray = foldsInto(e.path);
          if (stray !== undefined && !strays.has(stray))
            strays.set(stray, { ...e, path: `/${stray}` });
        }
      return [...out, ...strays.values()];
    },
    async changedPaths(base, head) {
      return (await git.changedPaths(base, head)).map(strip);
    },
    async treeChanges(pairs) {
      return (await git.treeChanges(pairs)).map((changes) =>
        changes.filter((c) => inside(c.path)).map((c) => ({ ...c, path: strip(c.path) })),
      );
    },
    async commitChanges(base, head) {
      const commits = await git.commitChanges(base, head);
      for (const [sha, changes] of commits)
        // Paths outside the folder stay, as "/<path>": a protected path at the top counts too.
        commits.set(
          sha,
          changes.map((c) => ({ ...c, path: strip(c.path) })),
        );
      return commits;
    },
    log(commit, paths) {
      return git.log(
        commit,
        paths.map((p) => (p === '.' ? prefix.slice(0, -1) : prefix + p)),
      );
    },
  };
}

/**
 * For a path outside the folder `prefix` ("a/sla/"): the start of it that differs from the
 * folder's way only in letter case or Unicode spelling ("A" for "A/sla/x", "a/SLA" for
 * "a/SLA/x"), or is a Windows short name of a folder on it, or undefined.
 */
function strayOf(prefix: string): (path: string) => string | undefined {
  const parts = prefix.slice(0, -1).split('/');
  const folded = parts.map(foldPath);
  // Names are few at each level of the way: each is folded once.
  const seen = parts.map(() => new Map<string, boolean>());
  return (path) => {
    let start = 0;
    for (let level = 0; level < parts.length; level++) {
      const slash = path.indexOf('/', start);
      const end = slash < 0 ? path.length : slash;
      const name = path.slice(start, end);
      if (name !== parts[level]) {
        let same = seen[level]!.get(name);
        if (same === undefined) {
          // Another spelling of the folder, or a Windows short name for it (`SERVIC~1`).
          same = foldPath(name) === folded[level] || mayBeShortFor(name, parts[level]!);
          seen[level]!.set(name, same);
        }
        return same ? path.slice(0, end) : undefined;
      }
      if (slash < 0) return undefined;
      start = slash + 1;
    }
    return undefined;
  };
}
