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

/** The environment git runs in. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
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
