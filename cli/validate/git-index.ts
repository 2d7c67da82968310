// Blob ids of the files in a folder that git already knows to be unchanged: the index holds
// each tracked file's blob id, and `git diff-files` (which compares the files' stat data with
// the index, in C, and settles racy cases by content) names those that changed since. So
// a run with a warm cache reads and hashes only changed or untracked files.
import { execFile } from 'node:child_process';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
      },
      (err, stdout) => resolve(err ? undefined : stdout),
    );
  });
}

/**
 * Path (relative to `cwd`, with forward slashes) → blob id of every regular file under
 * `cwd` whose content is the index's.
 * Undefined when `cwd` is not in a git work tree (callers then hash every file).
 */
export async function unchangedBlobs(cwd: string): Promise<Map<string, string> | undefined> {
  const [staged, changed] = await Promise.all([
    git(cwd, ['ls-files', '--stage', '-z']),
    git(cwd, ['diff-files', '--name-only', '--relative', '-z']),
  ]);
  if (staged === undefined || changed === undefined) return undefined;
  const dirty = new Set(changed.split('\0'));
  const out = new Map<string, string>();
  // Entries "<mode> <blob> <stage>\t<path>\0"; only plain files, only stage 0 (no conflicts).
  for (let at = 0; at < staged.length;) {
    const end = staged.indexOf('\0', at);
    const stop = end < 0 ? staged.length : end;
    const tab = staged.indexOf('\t', at);
    if (tab > at && tab < stop) {
      const header = staged.slice(at, tab);
      const mode = header.slice(0, header.indexOf(' '));
      const blob = header.slice(mode.length + 1, header.lastIndexOf(' '));
      const stage = header.slice(header.lastIndexOf(' ') + 1);
      const path = staged.slice(tab + 1, stop);
      if ((mode === '100644' || mode === '100755') && stage === '0' && blob && !dirty.has(path))
        out.set(path, blob);
    }
    at = stop + 1;
  }
  return out;
}
