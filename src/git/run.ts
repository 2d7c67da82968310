// The one way slac starts git: hooks off, no prompts, no optional locks (reading never
// rewrites the user's index), paths unquoted. Every reader of git and the action's fetch use it.

export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

const MAX_BUFFER = 512 * 1024 * 1024;

/** The options before the command: `-c` settings that keep git from running or asking anything. */
export const GIT_CONFIG: readonly string[] = [
  '-c',
  'core.quotePath=false',
  '-c',
  'core.hooksPath=/dev/null',
];

/**
 * The environment git runs in. Pathspecs mean what slac writes: GIT_LITERAL_PATHSPECS=1 in the
 * user's environment would make `:(literal)` and `:(top)` plain names, so that git finds no
 * config and no file holding an id, and the check would pass for want of finding them.
 * GIT_FLUSH=0: slac reads git's output only once git ends, so git need not flush it after each
 * answer of a `--stdin` command (`git check-attr --stdin` of 10,000 paths wrote each path's
 * answer in a write of its own into the pipe: 10,000 writes and as many reads, 45 ms instead of
 * 18 ms).
 */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_FLUSH: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_LITERAL_PATHSPECS: '0',
    GIT_GLOB_PATHSPECS: '0',
    GIT_NOGLOB_PATHSPECS: '0',
    GIT_ICASE_PATHSPECS: '0',
  };
}

/**
 * Runs `git ARGS` in `cwd` and resolves to its standard output; rejects with a GitError
 * naming the command and git's message. `config` adds `-c` settings (e.g. for a fetch).
 */
export function runGit(
  cwd: string,
  args: readonly string[],
  config: readonly string[] = [],
  /** Written to git's standard input (for `--stdin` commands). */
  input?: string,
  /** Exit codes that are answers, not failures (`git grep` exits 1 when nothing matches). */
  okCodes: readonly number[] = [],
): Promise<string> {
  // Loaded on the first call: child_process costs 5–10 ms to load, and `slac validate`
  // without a cache lists the folder (this module) without starting git.
  return import('node:child_process').then(
    ({ execFile }) =>
      new Promise((resolve, reject) => {
        const child = execFile(
          'git',
          [...GIT_CONFIG, ...config.flatMap((c) => ['-c', c]), ...args],
          { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: gitEnv() },
          (err, stdout, stderr) => {
            if (err && !(typeof err.code === 'number' && okCodes.includes(err.code)))
              reject(
                new GitError(`git ${args[0]} failed: ${(stderr || err.message).trim()}`, stderr),
              );
            else resolve(stdout);
          },
        );
        if (input !== undefined) child.stdin?.end(input);
      }),
  );
}

/**
 * The top of the work tree `cwd` is in and the path of `cwd` below it ("a/b/", or ""), as git
 * says them. git prints both on lines of their own; a folder whose name holds a line break
 * would cut them wrongly, so then each is asked alone (what git prints ends with one line
 * break). Rejects outside a work tree.
 */
export async function topAndPrefix(cwd: string): Promise<{ top: string; prefix: string }> {
  const both = await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix']);
  const lines = both.split('\n');
  if (lines.length === 3) return { top: lines[0] as string, prefix: lines[1] as string };
  const alone = (option: string) =>
    runGit(cwd, ['rev-parse', option]).then((out) => out.replace(/\n$/, ''));
  return { top: await alone('--show-toplevel'), prefix: await alone('--show-prefix') };
}
