import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/git/run.ts
var GitError = class extends Error {
  constructor(message, stderr) {
    super(message);
    this.stderr = stderr;
    this.name = "GitError";
  }
  stderr;
};
var MAX_BUFFER = 512 * 1024 * 1024;
var GIT_CONFIG = [
  "-c",
  "core.quotePath=false",
  "-c",
  "core.hooksPath=/dev/null"
];
function gitEnv() {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0" };
}
function runGit(cwd, args, config = [], input, okCodes = []) {
  return import("node:child_process").then(
    ({ execFile }) => new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        [...GIT_CONFIG, ...config.flatMap((c) => ["-c", c]), ...args],
        { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", env: gitEnv() },
        (err, stdout, stderr) => {
          if (err && !(typeof err.code === "number" && okCodes.includes(err.code)))
            reject(
              new GitError(`git ${args[0]} failed: ${(stderr || err.message).trim()}`, stderr)
            );
          else resolve(stdout);
        }
      );
      if (input !== void 0) child.stdin?.end(input);
    })
  );
}

export {
  GitError,
  GIT_CONFIG,
  gitEnv,
  runGit
};
