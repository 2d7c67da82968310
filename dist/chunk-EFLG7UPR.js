import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  GIT_CONFIG,
  GitError,
  foldPath,
  gitEnv,
  mayBeShortFor,
  runGit,
  topAndPrefix
} from "./chunk-RM3UL5JP.js";

// src/git/index.ts
import { spawn } from "node:child_process";
function fetchHint(ref, repo) {
  const unshallow = repo.shallow ? "; this clone is shallow: git fetch --unshallow (in GitHub Actions: actions/checkout with fetch-depth: 0)" : "";
  const fullSha = /^[0-9a-f]{40}$/i.test(ref);
  if (/[~^@{:]/.test(ref) && !fullSha) {
    return repo.shallow ? `check the name, or fetch more history${unshallow}` : "check the name: this clone's history has no such commit";
  }
  const remote = repo.remotes.includes("origin") ? "origin" : repo.remotes[0] ?? "origin";
  const add = repo.remotes.length === 0 ? "git remote add origin URL, then " : "";
  const fetch = (what, then = "") => `fetch it first (${add}git fetch ${what})${then}${unshallow}`;
  const name = ref.replace(/^refs\/remotes\//, "");
  const slash = name.indexOf("/");
  const prefix = slash > 0 ? name.slice(0, slash) : "";
  if (prefix !== "" && (repo.remotes.includes(prefix) || add && prefix === "origin")) {
    return fetch(`${prefix} ${name.slice(slash + 1)}`);
  }
  if (fullSha) return fetch(`${remote} ${ref}`);
  if (/^[0-9a-f]{7,39}$/i.test(ref)) {
    return `${fetch(remote)}, or give the full 40-character SHA`;
  }
  if (ref.startsWith("refs/tags/")) return fetch(`${remote} tag ${ref.slice("refs/tags/".length)}`);
  const branch = ref.replace(/^refs\/heads\//, "");
  if (/^v?\d[\d.]*(?:[-+][\w.-]*)?$/.test(branch)) {
    return fetch(
      `${remote} tag ${branch}`,
      `, or for a branch git fetch ${remote} ${branch} and use ${remote}/${branch}`
    );
  }
  return fetch(
    `${remote} ${branch}`,
    ` and use ${remote}/${branch}, or name a branch, tag or commit SHA this clone has`
  );
}
function readRawChanges(out) {
  const byCommit = /* @__PURE__ */ new Map();
  let current;
  const fields = out.split("\0");
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i].replace(/^\n/, "");
    if (field === "") continue;
    if (field.startsWith(":")) {
      const [olderMode = "", newerMode = "", olderBlob = "", newerBlob = ""] = field.slice(1).split(" ");
      const path = fields[++i] ?? "";
      current?.push({
        path,
        older: { mode: olderMode, blob: olderBlob },
        newer: { mode: newerMode, blob: newerBlob }
      });
    } else {
      current = [];
      byCommit.set(field, current);
    }
  }
  return byCommit;
}
function madeByHand(commit, path, how) {
  return new GitError(
    `commit ${commit.slice(0, 12)} lists "${path}" ${how} in its tree (a tree made by hand, which git fsck refuses): slac cannot tell which file is meant, so nothing in it is checked or approved; rewrite the commit with git (git commit) so that each path is there once`,
    ""
  );
}
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
      const [remotes, shallow] = await Promise.all([
        runGit(cwd, ["remote"]).then(
          (out) => out.split("\n").filter(Boolean),
          () => []
        ),
        runGit(cwd, ["rev-parse", "--is-shallow-repository"]).then(
          (out) => out.trim() === "true",
          () => false
        )
      ]);
      throw new GitError(`unknown revision "${ref}": ${fetchHint(ref, { remotes, shallow })}`, "");
    }
  };
  return {
    resolve(ref) {
      let sha = resolved.get(ref);
      if (!sha) {
        sha = resolve(ref);
        resolved.set(ref, sha);
        void sha.then(
          (id) => {
            if (!resolved.has(id)) resolved.set(id, Promise.resolve(id));
          },
          () => void 0
        );
        sha.catch(() => resolved.delete(ref));
      }
      return sha;
    },
    async listFiles(commit) {
      const out = await runGit(cwd, ["ls-tree", "-r", "-t", "-z", "--full-tree", commit]);
      const entries = [];
      const listed = /* @__PURE__ */ new Map();
      for (let at = 0; at < out.length; ) {
        let end = out.indexOf("\0", at);
        if (end < 0) end = out.length;
        const tab = out.indexOf("	", at);
        if (tab > at && tab < end) {
          const typeAt = out.indexOf(" ", at) + 1;
          const blobAt = out.indexOf(" ", typeAt) + 1;
          const path = out.slice(tab + 1, end);
          const type = typeAt > 0 ? out.slice(typeAt, out.indexOf(" ", typeAt)) : "";
          if (listed.has(path) && !path.includes("\uFFFD")) throw madeByHand(commit, path, "twice");
          listed.set(path, type);
          if ((type === "blob" || type === "commit") && blobAt > typeAt && blobAt < tab)
            entries.push({ path, blob: out.slice(blobAt, tab), mode: out.slice(at, typeAt - 1) });
        }
        at = end + 1;
      }
      for (const path of listed.keys())
        for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
          const folder = path.slice(0, slash);
          if (listed.get(folder) === "tree") break;
          if (!folder.includes("\uFFFD"))
            throw madeByHand(
              commit,
              path,
              `under "${folder}", which it does not list as a folder,`
            );
        }
      return entries;
    },
    readBlobs(ids) {
      return catFileBatch(cwd, ids);
    },
    async blobSizes(ids) {
      const unique = [...new Set(ids)];
      const sizes = /* @__PURE__ */ new Map();
      if (unique.length === 0) return sizes;
      const out = await runGit(cwd, ["cat-file", "--batch-check"], [], unique.join("\n") + "\n");
      for (const line of out.split("\n")) {
        const [id, type, size] = line.split(" ");
        if (id && type === "blob" && size) sizes.set(id, Number(size));
      }
      return sizes;
    },
    async filesContaining(commit, strings, folders) {
      if (strings.length === 0 || folders.length === 0) return /* @__PURE__ */ new Set();
      if (strings.some((s) => s === "" || /[\r\n]/.test(s)))
        throw new GitError("git grep looks for strings without line breaks", "");
      const out = await runGit(
        cwd,
        [
          "grep",
          "-l",
          "-z",
          "-a",
          "-F",
          "--full-name",
          "--no-color",
          ...strings.flatMap((s) => ["-e", s]),
          commit,
          "--",
          ...folders.map((f) => f === "" ? ":(top)" : `:(top,literal)${f}`)
        ],
        [],
        void 0,
        [1]
      );
      const prefix = `${commit}:`;
      return new Set(
        out.split("\0").filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))
      );
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
    async commitChanges(base, head) {
      const listed = await runGit(cwd, ["rev-list", "--parents", `${base}..${head}`, "--"]);
      const lines = listed.split("\n").filter(Boolean).map((line) => {
        const [sha = "", parent] = line.split(" ");
        return parent ? `${sha} ${parent}` : sha;
      });
      const commits = new Map(
        lines.map((line) => [line.split(" ")[0], []])
      );
      if (lines.length === 0) return commits;
      const out = await runGit(
        cwd,
        ["diff-tree", "-r", "-z", "--no-renames", "--root", "--stdin"],
        [],
        lines.map((line) => `${line}
`).join("")
      );
      for (const [sha, changes] of readRawChanges(out)) commits.set(sha, changes);
      return commits;
    },
    async treeChanges(pairs) {
      if (pairs.length === 0) return [];
      for (const pair of pairs)
        for (const sha of pair)
          if (!/^[0-9a-f]{4,64}$/.test(sha)) throw new GitError(`not a commit id: "${sha}"`, "");
      const out = await runGit(
        cwd,
        ["diff-tree", "-r", "-z", "--no-renames", "--stdin"],
        [],
        pairs.map(([newer, older]) => `${newer} ${older}
`).join("")
      );
      const byCommit = readRawChanges(out);
      return pairs.map(([newer]) => byCommit.get(newer) ?? []);
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
    ({ top, prefix } = await topAndPrefix(dir));
  } catch {
    throw new GitError(`${dir} is not inside a git repository (git init, or cd into one)`, "");
  }
  return repositoryAt(top, prefix);
}
function repositoryAt(top, prefix, root = createGitReader(top)) {
  return prefix === "" ? root : subtreeReader(root, prefix);
}
function subtreeReader(git, prefix) {
  const inside = (path) => path.startsWith(prefix);
  const foldsInto = strayOf(prefix);
  const strip = (path) => inside(path) ? path.slice(prefix.length) : `/${path}`;
  return {
    resolve: (ref) => git.resolve(ref),
    readBlobs: (ids) => git.readBlobs(ids),
    ...git.blobSizes ? { blobSizes: (ids) => git.blobSizes(ids) } : {},
    async filesContaining(commit, strings, folders) {
      const under = folders.map((f) => f === "" ? prefix.slice(0, -1) : prefix + f);
      const found = await git.filesContaining(commit, strings, under);
      return new Set([...found].filter(inside).map(strip));
    },
    async listFiles(commit) {
      const out = [];
      const strays = /* @__PURE__ */ new Map();
      for (const e of await git.listFiles(commit))
        if (inside(e.path)) out.push({ ...e, path: strip(e.path) });
        else {
          const stray = foldsInto(e.path);
          if (stray !== void 0 && !strays.has(stray))
            strays.set(stray, { ...e, path: `/${stray}` });
        }
      return [...out, ...strays.values()];
    },
    async changedPaths(base, head) {
      return (await git.changedPaths(base, head)).map(strip);
    },
    async treeChanges(pairs) {
      return (await git.treeChanges(pairs)).map(
        (changes) => changes.filter((c) => inside(c.path)).map((c) => ({ ...c, path: strip(c.path) }))
      );
    },
    async commitChanges(base, head) {
      const commits = await git.commitChanges(base, head);
      for (const [sha, changes] of commits)
        commits.set(
          sha,
          changes.map((c) => ({ ...c, path: strip(c.path) }))
        );
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
function strayOf(prefix) {
  const parts = prefix.slice(0, -1).split("/");
  const folded = parts.map(foldPath);
  const seen = parts.map(() => /* @__PURE__ */ new Map());
  return (path) => {
    let start = 0;
    for (let level = 0; level < parts.length; level++) {
      const slash = path.indexOf("/", start);
      const end = slash < 0 ? path.length : slash;
      const name = path.slice(start, end);
      if (name !== parts[level]) {
        let same = seen[level].get(name);
        if (same === void 0) {
          same = foldPath(name) === folded[level] || mayBeShortFor(name, parts[level]);
          seen[level].set(name, same);
        }
        return same ? path.slice(0, end) : void 0;
      }
      if (slash < 0) return void 0;
      start = slash + 1;
    }
    return void 0;
  };
}

export {
  createGitReader,
  openRepository
};
