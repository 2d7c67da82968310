import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/git/index.ts
import { spawn } from "node:child_process";

// src/git/run.ts
import { execFile } from "node:child_process";
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
function runGit(cwd, args, config = []) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      [...GIT_CONFIG, ...config.flatMap((c) => ["-c", c]), ...args],
      { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", env: gitEnv() },
      (err, stdout, stderr) => {
        if (err)
          reject(new GitError(`git ${args[0]} failed: ${(stderr || err.message).trim()}`, stderr));
        else resolve(stdout);
      }
    );
  });
}

// src/git/index.ts
function createGitReader(cwd) {
  const resolved = /* @__PURE__ */ new Map();
  const resolve = async (ref) => {
    if (ref.startsWith("-")) throw new GitError(`invalid ref "${ref}"`, "");
    try {
      return (await runGit(cwd, [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        `${ref}^{commit}`
      ])).trim();
    } catch {
      throw new GitError(
        `unknown revision "${ref}": fetch it first (git fetch origin ${ref}) or name a branch, tag or commit SHA`,
        ""
      );
    }
  };
  return {
    resolve(ref) {
      let sha = resolved.get(ref);
      if (!sha) {
        sha = resolve(ref);
        resolved.set(ref, sha);
        sha.catch(() => resolved.delete(ref));
      }
      return sha;
    },
    async listFiles(commit) {
      const out = await runGit(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit]);
      const entries = [];
      for (let at = 0; at < out.length; ) {
        let end = out.indexOf("\0", at);
        if (end < 0) end = out.length;
        const tab = out.indexOf("	", at);
        if (tab > at && tab < end) {
          const typeAt = out.indexOf(" ", at) + 1;
          const blobAt = out.indexOf(" ", typeAt) + 1;
          if (typeAt > 0 && blobAt > typeAt && out.startsWith("blob ", typeAt) && blobAt < tab)
            entries.push({
              path: out.slice(tab + 1, end),
              blob: out.slice(blobAt, tab),
              mode: out.slice(at, typeAt - 1)
            });
        }
        at = end + 1;
      }
      return entries;
    },
    readBlobs(ids) {
      return catFileBatch(cwd, ids);
    },
    async changedPaths(base, head) {
      const out = await runGit(cwd, [
        "diff",
        "--name-only",
        "-z",
        "--no-renames",
        base,
        head,
        "--"
      ]);
      return out.split("\0").filter(Boolean);
    },
    async commitPaths(base, head) {
      const out = await runGit(cwd, [
        "log",
        "-z",
        "--no-renames",
        "--diff-merges=first-parent",
        "--name-only",
        "--format=%x01%H",
        `${base}..${head}`,
        "--"
      ]);
      const commits = /* @__PURE__ */ new Map();
      for (const record of out.split("")) {
        if (record === "") continue;
        const [sha = "", ...paths] = record.split("\0");
        commits.set(
          sha.trim(),
          paths.map((p) => p.replace(/^\n/, "")).filter((p) => p !== "")
        );
      }
      return commits;
    },
    async log(commit, paths) {
      if (paths.length === 0) return [];
      const out = await runGit(cwd, [
        "log",
        "-z",
        "--format=%H%x1f%cI%x1f%s",
        commit,
        "--",
        ...paths
      ]);
      return out.split("\0").filter(Boolean).map((line) => {
        const [sha = "", date = "", subject = ""] = line.replace(/^\n/, "").split("");
        return { sha, date, subject };
      });
    }
  };
}
function catFileBatch(cwd, ids) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve(/* @__PURE__ */ new Map());
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...GIT_CONFIG, "cat-file", "--batch"], {
      cwd,
      env: gitEnv(),
      stdio: ["pipe", "pipe", "pipe"]
    });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => stderr += c.toString());
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new GitError(`git cat-file failed: ${stderr.trim()}`, stderr));
        return;
      }
      const out = Buffer.concat(chunks);
      const result = /* @__PURE__ */ new Map();
      let pos = 0;
      for (const id of unique) {
        const nl = out.indexOf(10, pos);
        if (nl === -1) break;
        const header = out.subarray(pos, nl).toString("utf8");
        pos = nl + 1;
        const [sha, type, size] = header.split(" ");
        if (type === "missing" || !size) {
          reject(new GitError(`git object ${id} is missing`, ""));
          return;
        }
        const length = Number(size);
        result.set(sha === id ? id : sha ?? id, out.subarray(pos, pos + length));
        pos += length + 1;
      }
      resolve(result);
    });
    child.stdin.end(unique.join("\n") + "\n");
  });
}
async function openRepository(dir) {
  let top;
  let prefix;
  try {
    [top = "", prefix = ""] = (await runGit(dir, ["rev-parse", "--show-toplevel", "--show-prefix"])).split("\n");
  } catch {
    throw new GitError(`${dir} is not inside a git repository (git init, or cd into one)`, "");
  }
  const root = createGitReader(top);
  return prefix === "" ? root : subtreeReader(root, prefix);
}
function subtreeReader(git, prefix) {
  const inside = (path) => path.startsWith(prefix);
  const strip = (path) => inside(path) ? path.slice(prefix.length) : `/${path}`;
  return {
    resolve: (ref) => git.resolve(ref),
    readBlobs: (ids) => git.readBlobs(ids),
    async listFiles(commit) {
      return (await git.listFiles(commit)).filter((e) => inside(e.path)).map((e) => ({ ...e, path: strip(e.path) }));
    },
    async changedPaths(base, head) {
      return (await git.changedPaths(base, head)).map(strip);
    },
    async commitPaths(base, head) {
      const commits = await git.commitPaths(base, head);
      for (const [sha, paths] of commits) commits.set(sha, paths.map(strip));
      return commits;
    },
    log(commit, paths) {
      return git.log(
        commit,
        paths.map((p) => p === "." ? prefix.slice(0, -1) : prefix + p)
      );
    }
  };
}

export {
  runGit,
  createGitReader,
  openRepository
};
