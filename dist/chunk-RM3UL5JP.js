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
  return {
    ...process.env,
    GIT_FLUSH: "0",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_LITERAL_PATHSPECS: "0",
    GIT_GLOB_PATHSPECS: "0",
    GIT_NOGLOB_PATHSPECS: "0",
    GIT_ICASE_PATHSPECS: "0"
  };
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
async function topAndPrefix(cwd) {
  const both = await runGit(cwd, ["rev-parse", "--show-toplevel", "--show-prefix"]);
  const lines = both.split("\n");
  if (lines.length === 3) return { top: lines[0], prefix: lines[1] };
  const alone = (option) => runGit(cwd, ["rev-parse", option]).then((out) => out.replace(/\n$/, ""));
  return { top: await alone("--show-toplevel"), prefix: await alone("--show-prefix") };
}

// src/repo/fold.ts
var HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
function foldPath(path) {
  if (/^[\x00-\x7f]*$/.test(path)) return path.toLowerCase();
  if (!MAY_FOLD_BEYOND_ASCII.test(path)) return path.toLowerCase();
  return path.replace(HFS_IGNORED, "").normalize("NFD").replace(/[\u0080-\u{10ffff}]/gu, foldLetter).toLowerCase().normalize("NFC");
}
var MAY_FOLD_BEYOND_ASCII = /[\u0080-\u303f\u3099\u309a\u3100-\u4dff\ua000-\uabff\ud7a4-\uffff]/;
var MAY_FOLD = /[A-Z\u0080-\u303f\u3099\u309a\u3100-\u4dff\ua000-\uabff\ud7a4-\uffff]/;
var folded = /* @__PURE__ */ new Map();
function foldLetter(letter) {
  let known = folded.get(letter);
  if (known === void 0) folded.set(letter, known = foldOne(letter));
  return known;
}
function foldOne(letter) {
  const upper = letter.toUpperCase();
  const lower = (single(upper) ? upper : letter).toLowerCase();
  return single(lower) ? lower : letter.toLowerCase();
}
function single(text) {
  return text.length === 1 || text.length === 2 && text.codePointAt(0) > 65535;
}
var SHORT_NAME = /^[^/.~]{1,7}~[0-9]{1,6}(?:\.[^/.]{0,3})?$/;
function mayBeShortFor(short, name) {
  if (!SHORT_NAME.test(short)) return false;
  const base = short.slice(0, short.indexOf("~")).toUpperCase();
  const long = name.replace(/[. ]/g, "").toUpperCase();
  const starts = (part) => part.length <= long.length && [...part].every((c, i) => c === "_" || c === long[i]);
  return starts(base) || /^.{1,2}[0-9A-F]{4}$/.test(base) && starts(base.slice(0, -4));
}
function isShortName(name) {
  return SHORT_NAME.test(name);
}

export {
  GitError,
  GIT_CONFIG,
  gitEnv,
  runGit,
  topAndPrefix,
  foldPath,
  MAY_FOLD,
  mayBeShortFor,
  isShortName
};
