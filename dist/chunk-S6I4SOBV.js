import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-BPFALHRD.js";
import {
  isUndecodable,
  pathProblem,
  slaMatcher
} from "./chunk-NUAC64B5.js";
import {
  CONFIG_FILE
} from "./chunk-UAFVYJPL.js";

// src/repo/index.ts
var SYMLINK_MODE = "120000";
async function listRevision(git, ref, configFrom, listed) {
  const commit = await git.resolve(ref);
  const entries = listed ?? await git.listFiles(commit);
  const configEntry = entries.find((e) => e.path === CONFIG_FILE);
  const configBlob = configEntry ? (await git.readBlobs([configEntry.blob])).get(configEntry.blob) : void 0;
  const { config, problems } = parseConfig(CONFIG_FILE, configBlob);
  const isSla = slaMatcher((configFrom ?? config).slas);
  const selected = entries.filter((e) => e.mode !== SYMLINK_MODE && isSla(e.path));
  return {
    commit,
    config,
    configProblems: problems,
    hasConfig: configEntry !== void 0,
    slaEntries: selected.filter((e) => !isUndecodable(e.path)).sort((a, b) => a.path < b.path ? -1 : 1),
    pathProblems: selected.filter((e) => isUndecodable(e.path)).map((e) => pathProblem(e.path)),
    allPaths: entries.map((e) => e.path)
  };
}
async function readListed(git, listed, read = () => true) {
  const { slaEntries, ...revision } = listed;
  const unread = new Set(slaEntries.filter((e) => !read(e)).map((e) => e.path));
  const blobs = await git.readBlobs(
    slaEntries.filter((e) => !unread.has(e.path)).map((e) => e.blob)
  );
  return {
    ...revision,
    files: slaEntries.map((e) => ({
      path: e.path,
      blob: e.blob,
      content: blobs.get(e.blob) ?? Buffer.alloc(0)
    })),
    ...unread.size > 0 ? { unread } : {}
  };
}
async function readRevision(git, ref, configFrom, options = {}) {
  return readListed(git, await listRevision(git, ref, configFrom), options.read);
}

export {
  listRevision,
  readRevision
};
