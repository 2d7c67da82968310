import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  MAY_FOLD,
  foldPath,
  isShortName,
  mayBeShortFor
} from "./chunk-RM3UL5JP.js";
import {
  CONFIG_FILE,
  defaultConfig,
  require_picomatch
} from "./chunk-4XC5CIYH.js";
import {
  __toESM
} from "./chunk-UXNRCORL.js";

// src/repo/tree.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

// src/approval/protected.ts
import { posix } from "node:path";
function templatesFolder(config) {
  const raw = config.templates?.trim();
  if (!raw) return void 0;
  const folder = posix.normalize(raw.replace(/\\/g, "/")).replace(/\/+$/, "");
  if (folder === "" || folder.startsWith("/") || folder === ".." || folder.startsWith("../"))
    return void 0;
  return folder;
}
function protectedPathMatcher(config) {
  const configured = templatesFolder(config);
  const templates = configured === void 0 ? void 0 : foldPath(configured);
  const seen = /* @__PURE__ */ new Map();
  return (changed) => {
    let answer = seen.get(changed);
    if (answer === void 0) seen.set(changed, answer = isProtected(changed));
    return answer;
  };
  function isProtected(changed) {
    const outside = changed.startsWith("/");
    const path = foldPath(outside ? changed.slice(1) : changed);
    if (path.includes("~") && path.split("/").some(shortForProtected)) return true;
    if (path === ".gitattributes" || path.endsWith("/.gitattributes")) return true;
    if (`/${path}/`.includes("/.slac.yml/")) return true;
    if (path === "codeowners" || path === "docs/codeowners" || path.startsWith(".github/"))
      return true;
    if (path === ".github" || path === "docs") return true;
    if (outside || templates === void 0) return false;
    return templates === "." || path === templates || path.startsWith(`${templates}/`) || templates.startsWith(`${path}/`);
  }
}
function shortForProtected(name) {
  return [".gitattributes", ".slac.yml", ".github", "CODEOWNERS", "docs"].some(
    (protectedName) => mayBeShortFor(name, protectedName)
  );
}

// src/repo/spelling.ts
function spellingProblems(paths, config, globs) {
  const all = `\0${paths.join("\0")}\0`;
  const groups = clashes(paths, all);
  const short = all.includes("~") ? paths.filter(hasShortName) : [];
  const strays = all.includes("\0/") ? paths.filter((p) => p.startsWith("/")) : [];
  if (groups.length === 0 && short.length === 0 && strays.length === 0) return [];
  const { select, bases } = globs();
  const isProtected = protectedPathMatcher(config);
  const templates = templatesFolder(config);
  const ways = [...bases.filter((b) => b !== ""), ...templates ? [templates] : []];
  const read = (path) => select(path) || isProtected(path);
  let tree;
  const folders = () => {
    if (tree) return tree;
    tree = { folders: /* @__PURE__ */ new Set(), holding: /* @__PURE__ */ new Set() };
    for (const path of paths) {
      const isRead = read(path);
      for (let at = path.lastIndexOf("/"); at > 0; at = path.lastIndexOf("/", at - 1)) {
        const folder = path.slice(0, at);
        if (isRead ? tree.holding.has(folder) : tree.folders.has(folder)) break;
        tree.folders.add(folder);
        if (isRead) tree.holding.add(folder);
      }
    }
    return tree;
  };
  const onTheWay = (path) => ways.some((w) => w === path || w.startsWith(`${path}/`));
  const reads = (path) => onTheWay(path) || (folders().folders.has(path) ? folders().holding.has(path) : read(path));
  const out = strays.map(
    (path) => problem(
      path,
      "this folder and the folder slac runs in (or one on the way to it) differ only in letter case or Unicode spelling: on macOS and Windows git writes what it holds into that folder, where slac reads, though the pull request check does not read it there. Rename it (git mv) so that the names differ by more than that"
    )
  );
  for (const group of groups) {
    const name = (path) => path.slice(path.lastIndexOf("/") + 1);
    if (group.every((path) => name(path) === name(group[0]))) continue;
    const read2 = group.filter(reads);
    if (read2.length === 0) continue;
    const first = read2.find((path) => foldPath(path) === path) ?? read2[0];
    for (const other of group.filter((path) => path !== first))
      out.push(
        problem(
          other,
          `this path and "${first}" differ only in letter case or Unicode spelling, and slac reads there: on macOS and Windows git writes both to one place, so what the pull request check reads is not what slac reads there. Rename one of them (git mv) so that the names differ by more than that`
        )
      );
  }
  if (short.length > 0) {
    const shortFolders = /* @__PURE__ */ new Set();
    for (const path of short) {
      const parts = path.split("/");
      parts.forEach((part, i) => {
        if (isShortName(part)) shortFolders.add(parts.slice(0, i).join("/"));
      });
    }
    const names = new Map([...shortFolders].map((f) => [f, /* @__PURE__ */ new Set()]));
    const seen = /* @__PURE__ */ new Set();
    for (const path of paths) {
      let end = path.length;
      for (let at = path.lastIndexOf("/"); ; at = path.lastIndexOf("/", at - 1)) {
        const folder = at > 0 ? path.slice(0, at) : "";
        names.get(folder)?.add(path.slice(at > 0 ? at + 1 : 0, end));
        if (at <= 0 || seen.has(folder)) break;
        seen.add(folder);
        end = at;
      }
    }
    const readNames = /* @__PURE__ */ new Map();
    const readIn = (folder) => {
      let found = readNames.get(folder);
      if (!found) {
        found = [...names.get(folder) ?? []].filter(
          (n) => reads(folder === "" ? n : `${folder}/${n}`)
        );
        readNames.set(folder, found);
      }
      return found;
    };
    let budget = 2e6;
    for (const path of short) {
      const parts = path.split("/");
      for (let i = 0; i < parts.length; i++) {
        if (!isShortName(parts[i])) continue;
        const folder = parts.slice(0, i).join("/");
        const list = readIn(folder);
        budget -= list.length;
        const beside = list.find(
          (name) => name !== parts[i] && (budget < 0 || mayBeShortFor(parts[i], name))
        );
        if (beside === void 0) continue;
        out.push(
          problem(
            path,
            `"${parts.slice(0, i + 1).join("/")}" has the form of a Windows short name (8.3), which Windows may take for "${beside}" beside it, where slac reads: git on Windows would write there what the pull request check does not read there. Rename it (git mv) to a name without "~" and digits`
          )
        );
        break;
      }
    }
  }
  return out;
}
function problem(file, message) {
  return { file, line: 1, column: 1, rule: "file-path-case", severity: "error", message };
}
function hasShortName(path) {
  return /(?:^|\/)[^/.~]{1,7}~[0-9]/.test(path) && path.split("/").some(isShortName);
}
var FEW = 16;
function clashes(paths, all) {
  const odd = [];
  const letter = new RegExp(MAY_FOLD.source, "g");
  for (let hit = letter.exec(all); hit && odd.length <= FEW; hit = letter.exec(all)) {
    const end = all.indexOf("\0", hit.index);
    odd.push(all.slice(all.lastIndexOf("\0", hit.index) + 1, end));
    letter.lastIndex = end;
  }
  if (odd.length === 0) return [];
  if (odd.length <= FEW && mayClash(odd, all) === false) return [];
  return clashesOf(paths);
}
function mayClash(odd, all) {
  const seen = /* @__PURE__ */ new Map();
  let searches = 0;
  for (const path of odd)
    for (let end = path.length; end > 0; end = path.lastIndexOf("/", end - 1)) {
      const at = path.slice(0, end);
      const key = foldPath(at);
      const known = seen.get(key);
      if (known !== void 0 && known !== at) return true;
      seen.set(key, at);
      if (key === at) continue;
      if (++searches > FEW) return void 0;
      if (all.includes(`\0${key}\0`) || all.includes(`\0${key}/`)) return true;
    }
  return false;
}
function clashesOf(paths) {
  const spelling = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const add = (path, key) => {
    const known = spelling.get(key);
    if (known === void 0) spelling.set(key, path);
    else if (known !== path) {
      let group = groups.get(key);
      if (!group) groups.set(key, group = /* @__PURE__ */ new Set([known]));
      group.add(path);
    }
  };
  const folders = /* @__PURE__ */ new Map();
  const fresh = [];
  for (const path of paths) {
    if (path.startsWith("/")) continue;
    let above = "";
    let slash = path.lastIndexOf("/");
    for (; slash > 0; slash = path.lastIndexOf("/", slash - 1)) {
      const known = folders.get(path.slice(0, slash));
      if (known !== void 0) {
        above = known;
        break;
      }
      fresh.push(slash);
    }
    let from = slash > 0 ? slash + 1 : 0;
    for (let end = fresh.pop(); end !== void 0; end = fresh.pop()) {
      const folder = path.slice(0, end);
      const name2 = foldPath(path.slice(from, end));
      above = above === "" && from === 0 ? name2 : `${above}/${name2}`;
      folders.set(folder, above);
      add(folder, above);
      from = end + 1;
    }
    const name = foldPath(path.slice(from));
    add(path, from === 0 ? name : `${above}/${name}`);
  }
  return [...groups.values()].map((g) => [...g].sort()).sort((a, b) => a[0] < b[0] ? -1 : 1);
}

// src/repo/tree.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function inSkippedFolder(path) {
  if (!path.includes(".git/") && !path.includes("node_modules/")) return false;
  for (let start = 0; ; ) {
    const slash = path.indexOf("/", start);
    if (slash < 0) return false;
    if (SKIP_DIRS.has(path.slice(start, slash))) return true;
    start = slash + 1;
  }
}
function slaMatcher(globs) {
  const matches = globMatcher(globs);
  if (!globs.some((glob) => /[^\x00-\x7f]/.test(glob)))
    return (path) => matches(path) && !inSkippedFolder(path);
  const composed = globMatcher(globs.map((glob) => glob.normalize("NFC")));
  return (path) => (matches(path) || composed(path.normalize("NFC"))) && !inSkippedFolder(path);
}
function globMatcher(globs) {
  const literal = new Set(globs);
  const patterns = globs.map((glob) => import_picomatch.default.makeRe(glob, { dot: false }));
  return (path) => literal.has(path) || patterns.some((re) => re.test(path));
}
function walk(dir, prefix, out, links, nested) {
  const entries = readdirSync(dir, { withFileTypes: true });
  if (prefix !== "" && entries.some((e) => e.name === ".git")) {
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
function hasConfigFile(dir) {
  if (!existsSync(join(dir, CONFIG_FILE))) return false;
  try {
    return readdirSync(dir).includes(CONFIG_FILE);
  } catch {
    return false;
  }
}
async function readFolderConfig(root) {
  const info = lstatSync(join(root, CONFIG_FILE), { throwIfNoEntry: false });
  if (info && !info.isFile())
    return { config: defaultConfig(), problems: [configLinkProblem()], hasConfig: true };
  const configText = info && hasConfigFile(root) ? await readFile(join(root, CONFIG_FILE)).catch(() => void 0) : void 0;
  const { config, problems } = configText === void 0 ? { config: defaultConfig(), problems: [] } : (await import("./chunk-O2WHCXBB.js")).parseConfig(CONFIG_FILE, configText);
  return { config, problems, hasConfig: configText !== void 0 };
}
async function listWorkingTree(root, folder) {
  const { config, problems, hasConfig } = folder ?? await readFolderConfig(root);
  const paths = [];
  const links = [];
  const nested = [];
  walk(root, "", paths, links, nested);
  const isSla = slaMatcher(config.slas);
  const selected = paths.filter(isSla);
  const bases = globBases(config.slas);
  return {
    config,
    configProblems: [
      ...problems,
      ...selected.filter(isUndecodable).map((path) => pathProblem(path)),
      ...links.filter((path) => linkInTheWay(path, isSla, bases)).sort().map((path) => linkProblem(path, "slas", isSla)),
      ...nested.filter((path) => linkInTheWay(path, isSla, bases)).sort().map((path) => submoduleProblem(path, "slas")),
      ...spellingsOf([...paths, ...links, ...nested, ...strayFolders(root)], config)
    ],
    hasConfig,
    slaPaths: selected.filter((p) => !isUndecodable(p)).sort(),
    allPaths: paths.sort()
  };
}
function strayFolders(root) {
  const found = [];
  for (let dir = resolve(root); !existsSync(join(dir, ".git")); ) {
    const parent = dirname(dir);
    if (parent === dir) return [];
    const name = basename(dir);
    const key = foldPath(name);
    let names = [];
    try {
      names = readdirSync(parent);
    } catch {
    }
    const listed = names.includes(name) ? name : names.filter((other) => foldPath(other) === key).at(0) ?? name;
    for (const other of names)
      if (other !== listed && (foldPath(other) === key || mayBeShortFor(other, listed)))
        found.push(join(parent, other));
    dir = parent;
    if (existsSync(join(dir, ".git")))
      return found.map((path) => `/${relative(dir, path).split(sep).join("/")}`);
  }
  return [];
}
function spellingsOf(paths, config) {
  const globs = [...config.slas, ...config.results];
  return spellingProblems(paths, config, () => ({
    select: slaMatcher(globs),
    bases: globBases(globs)
  }));
}
function isUndecodable(path) {
  return path.includes("\uFFFD");
}
function pathProblem(path) {
  return {
    file: path,
    line: 1,
    column: 1,
    rule: "file-path-encoding",
    severity: "error",
    message: "the name of this file is not UTF-8 (shown here with \uFFFD), so slac can neither tell it from other such names nor open it by name; rename it (git mv) to a UTF-8 name"
  };
}
function globBases(globs) {
  return [...new Set(globs.map((g) => import_picomatch.default.scan(g).base))];
}
function linkInTheWay(path, select, bases) {
  return select(path) || bases.some((b) => b === path || b.startsWith(`${path}/`));
}
function configLinkProblem() {
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    rule: "file-symlink",
    severity: "error",
    message: "this is not a file but a symbolic link, a folder, a submodule or a FIFO, and slac reads only a file here (git keeps only where a link points, so the pull request check would read that as the config). Put the config file itself here"
  };
}
function submoduleProblem(path, of) {
  return {
    file: path,
    line: 1,
    column: 1,
    rule: "file-submodule",
    severity: "error",
    message: `this folder is a submodule (or holds a repository of its own) where the \`${of}\` globs read: its files are not in this repository, so the pull request check cannot see them. Keep the ${of === "slas" ? "SLA" : "results"} files in this repository, or start the globs elsewhere`
  };
}
function linkProblem(path, of, select) {
  const what = of === "slas" ? "the SLA it points to is neither checked nor shown" : "the results it points to are neither checked nor counted";
  const folder = !select(path);
  return {
    file: path,
    line: 1,
    column: 1,
    rule: "file-symlink",
    severity: "error",
    message: folder ? `this folder is a symbolic link on the way to where the \`${of}\` globs start, and slac follows no link (git keeps only where it points): what it points to is neither checked nor ${of === "slas" ? "shown" : "counted"}. Put the folder itself here, or start the globs elsewhere` : `this file is a symbolic link, and slac reads no link (git keeps only where it points): ${what}. Put the file itself here (copy it over the link), or move the link out of the \`${of}\` globs`
  };
}
function listSelected(root, globs, problems) {
  const select = slaMatcher(globs);
  const bases = globBases(globs).sort();
  const paths = [];
  const linked = [];
  const nested = [];
  for (const base of bases) {
    if (base === "") {
      walk(root, "", paths, linked, nested);
      break;
    }
    if (base.startsWith("/") || base.includes("\\") || base.split("/").includes("..")) continue;
    const info = lstatPath(root, base, linked, nested);
    if (!info) continue;
    if (info.isDirectory()) walk(join(root, base), `${base}/`, paths, linked, nested);
    else if (info.isFile()) paths.push(base);
  }
  for (const link of [...new Set(linked)].sort())
    if (linkInTheWay(link, select, bases)) problems?.push(linkProblem(link, "results", select));
  for (const folder of [...new Set(nested)].sort())
    if (linkInTheWay(folder, select, bases)) problems?.push(submoduleProblem(folder, "results"));
  const selected = [...new Set(paths)].filter(select).sort();
  for (const path of selected.filter(isUndecodable)) problems?.push(pathProblem(path));
  return selected.filter((path) => !isUndecodable(path));
}
function namedAsWritten(root, path) {
  let at = "";
  for (const part of path.split("/")) {
    try {
      if (!hasName(readdirSync(join(root, at)), part)) return false;
    } catch {
      return false;
    }
    at = at === "" ? part : `${at}/${part}`;
  }
  return true;
}
function hasName(names, name) {
  if (names.includes(name)) return true;
  const composed = name.normalize("NFC");
  return names.some((n) => n.normalize("NFC") === composed);
}
function lstatPath(root, path, linked, nested = []) {
  let at = "";
  let info;
  for (const part of path.split("/")) {
    const parent = at;
    at = at === "" ? part : `${at}/${part}`;
    try {
      info = lstatSync(join(root, at), { throwIfNoEntry: false });
      if (info && !hasName(readdirSync(join(root, parent)), part)) return void 0;
    } catch {
      return void 0;
    }
    if (!info) return void 0;
    if (info.isSymbolicLink()) {
      linked.push(at);
      return void 0;
    }
    if (info.isDirectory() && existsSync(join(root, at, ".git"))) {
      nested.push(at);
      return void 0;
    }
    if (at !== path && !info.isDirectory()) return void 0;
  }
  return info;
}
async function readWorkingTree(root) {
  const { slaPaths, ...tree } = await listWorkingTree(root);
  const files = slaPaths.map((path) => ({ path, content: readFileSync(join(root, path)) }));
  return { ...tree, files };
}
function noSlaFiles(config, hasConfig) {
  const globs = config.slas.map((g) => `"${g}"`).join(", ");
  return {
    file: CONFIG_FILE,
    line: 1,
    column: 1,
    rule: "slas-none",
    severity: "error",
    message: hasConfig ? `no SLA file matches ${globs}, the slas glob of .slac.yml; correct the glob or add SLA files there` : `no SLA file matches ${globs} (the default, as there is no .slac.yml); put SLA files there, or write a .slac.yml whose slas: names where they are; to start a repository of SLAs, run slac init`
  };
}

export {
  templatesFolder,
  protectedPathMatcher,
  slaMatcher,
  listWorkingTree,
  spellingsOf,
  isUndecodable,
  pathProblem,
  globBases,
  linkInTheWay,
  configLinkProblem,
  submoduleProblem,
  linkProblem,
  listSelected,
  namedAsWritten,
  lstatPath,
  readWorkingTree,
  noSlaFiles
};
