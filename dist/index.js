import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-5LNMMTW6.js";
import {
  createGitReader
} from "./chunk-EFLG7UPR.js";
import {
  COMMENT_MARKER,
  GitHubApi,
  STATUS_CONTEXT,
  createClient,
  teamDirectory
} from "./chunk-A7JFNN56.js";
import {
  cacheKey
} from "./chunk-65PU66OT.js";
import {
  holdsOn
} from "./chunk-GANDJKIS.js";
import {
  runGit
} from "./chunk-RM3UL5JP.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";

// action/run.ts
import { dirname, resolve as resolve3 } from "node:path";

// action/cache.ts
import { resolve as resolve2 } from "node:path";

// src/node/cache-store.ts
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { join, resolve } from "node:path";
var CacheFolderError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "CacheFolderError";
  }
};
function openCache(cwd, dir) {
  if (dir === "") throw new CacheFolderError("--cache needs a folder, e.g. --cache .slac-cache");
  return new DiskCache(resolve(cwd, dir), cacheKey(codeId()));
}
function codeId() {
  return true ? "29e0bd8e36a7063bce7a8f05b1e082b6099d7ffbbe176bbb7a8048a87a00d75e" : "";
}
var PRUNE_AFTER_DAYS = 7;
var DiskCache = class {
  constructor(dir, key) {
    this.dir = dir;
    this.key = key;
    this.resultsPath = join(dir, `validate-${key}.json`);
    this.treePath = join(dir, `validate-${key}-tree.json`);
  }
  dir;
  key;
  resultsPath;
  treePath;
  /** The results file's entries as they are written there, by blob (see readEntries). */
  entries;
  /** Blobs whose result is new this run (set), not the one the file holds. */
  fresh = /* @__PURE__ */ new Set();
  /** Blobs whose id this run asked for (idOf): their results are kept when it saves. */
  asked = /* @__PURE__ */ new Set();
  /** The whole result as last read or written (undefined: not read yet; null: none). */
  wholeTree;
  used = /* @__PURE__ */ new Map();
  pruned = false;
  /** Reads a cache file; a missing, unreadable or foreign one counts as empty. */
  readJson(path) {
    try {
      const data = JSON.parse(readFileSync(path, "utf8"));
      return data?.key === this.key ? data.data : void 0;
    } catch {
      return void 0;
    }
  }
  writeJson(path, data) {
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key: this.key, data }));
    renameSync(tmp, path);
  }
  /**
   * The results file's entries, by blob, each the text of its line; none when the file is
   * missing, of another key or not as this class writes it.
   */
  results() {
    if (this.entries) return this.entries;
    this.entries = /* @__PURE__ */ new Map();
    let text2;
    try {
      text2 = readFileSync(this.resultsPath, "utf8");
    } catch {
      return this.entries;
    }
    const lines = text2.split("\n");
    if (lines[0] !== `{"key":${JSON.stringify(this.key)},"data":[` || lines.at(-1) !== "]}")
      return this.entries;
    for (let i = 1; i < lines.length - 1; i++) {
      const line = lines[i];
      const entry = line.endsWith(",") ? line.slice(0, -1) : line;
      const end = entry.indexOf('"', 2);
      if (!entry.startsWith('["') || end < 0) continue;
      this.entries.set(entry.slice(2, end), entry);
    }
    return this.entries;
  }
  /**
   * Removes, once per run, the files of other keys (another slac version, schema or build)
   * not written for PRUNE_AFTER_DAYS: a folder saved and restored by actions/cache would
   * otherwise carry every older version's results forever. A key in use elsewhere (two
   * versions sharing the folder) is rewritten by its runs, so it stays.
   */
  pruneOtherKeys() {
    if (this.pruned) return;
    this.pruned = true;
    const before = Date.now() - PRUNE_AFTER_DAYS * 24 * 60 * 60 * 1e3;
    try {
      for (const name of readdirSync(this.dir)) {
        const key = /^validate-([0-9a-f]{16})(?:-tree\.json|-out-[a-z0-9-]+\.txt|\.json)$/.exec(
          name
        )?.[1];
        if (!key || key === this.key) continue;
        const path = join(this.dir, name);
        if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
      }
    } catch {
    }
  }
  get(blob) {
    let hit = this.used.get(blob);
    if (!hit) {
      const entry = this.results().get(blob);
      hit = entry === void 0 ? void 0 : parseEntry(entry, blob)?.result;
    }
    if (hit) this.used.set(blob, hit);
    return hit;
  }
  set(blob, result) {
    this.used.set(blob, result);
    this.fresh.add(blob);
  }
  idOf(blob) {
    return this.idsOf([blob])[0];
  }
  idsOf(blobs) {
    const entries = this.results();
    const out = new Array(blobs.length);
    for (let i = 0; i < blobs.length; i++) {
      const blob = blobs[i];
      const used = this.used.size > 0 ? this.used.get(blob) : void 0;
      if (used) {
        out[i] = used.id ?? null;
        continue;
      }
      const entry = entries.get(blob);
      const id = entry === void 0 ? void 0 : idOfEntry(entry, blob);
      if (id !== void 0) this.asked.add(blob);
      out[i] = id;
    }
    return out;
  }
  tree() {
    if (this.wholeTree === void 0)
      this.wholeTree = this.readJson(this.treePath) ?? null;
    return this.wholeTree ?? void 0;
  }
  setTree(tree) {
    this.wholeTree = tree;
    this.writeJson(this.treePath, tree);
  }
  outputPath(name) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`not an output name: ${name}`);
    return join(this.dir, `validate-${this.key}-out-${name}.txt`);
  }
  /** What the last run printed as `name`, when it was for this state and holds on `today`. */
  output(name, state, today) {
    let content;
    try {
      content = readFileSync(this.outputPath(name), "utf8");
    } catch {
      return void 0;
    }
    const newline = content.indexOf("\n");
    try {
      const head = JSON.parse(content.slice(0, newline));
      if (head.key !== this.key || head.state !== state || typeof head.code !== "number")
        return void 0;
      if (!holdsOn(head.today, today)) return void 0;
      return { text: content.slice(newline + 1), code: head.code };
    } catch {
      return void 0;
    }
  }
  /** Keeps what this run printed as `name`, for the next run in the same state. */
  setOutput(name, stamp, text2) {
    const path = this.outputPath(name);
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify({ key: this.key, ...stamp })}
${text2}`);
    renameSync(tmp, path);
  }
  /**
   * Writes the results when any is new or some went unused, keeping those this run used —
   * and, in a pull request's check (`keepUnused`), those whose id it asked for, which are the
   * files of the base: the file then holds one tree and what changed since, not every blob
   * any pull request ever pushed. A check that asked no id (it changed no SLA) learnt nothing
   * of which results are current and keeps them all. The entries read are written as they
   * were read; a run that found nothing new and left nothing unused writes nothing.
   */
  save(options = {}) {
    const changed = this.fresh.size > 0;
    if (!changed && this.entries === void 0) return;
    const kept = new Set(this.used.keys());
    if (options.keepUnused) {
      const all = this.asked.size === 0 ? this.results().keys() : this.asked;
      for (const blob of all) kept.add(blob);
    }
    if (!changed && this.results().size === kept.size) return;
    const lines = [];
    for (const blob of [...kept].sort()) {
      const result = this.used.get(blob);
      const entry = this.fresh.has(blob) ? void 0 : this.results().get(blob);
      if (entry !== void 0) lines.push(entry);
      else if (result) lines.push(JSON.stringify([blob, result.id ?? "", result]));
    }
    mkdirSync(this.dir, { recursive: true });
    this.pruneOtherKeys();
    const tmp = `${this.resultsPath}.${process.pid}.tmp`;
    writeFileSync(tmp, `{"key":${JSON.stringify(this.key)},"data":[
${lines.join(",\n")}
]}`);
    renameSync(tmp, this.resultsPath);
  }
};
function parseEntry(entry, blob) {
  let data;
  try {
    data = JSON.parse(entry);
  } catch {
    return void 0;
  }
  if (!Array.isArray(data) || data.length !== 3 || data[0] !== blob) return void 0;
  const [, id, result] = data;
  if (typeof id !== "string" || typeof result !== "object" || result === null) return void 0;
  if (!Array.isArray(result.problems)) return void 0;
  if ((result.id ?? "") !== id) return void 0;
  return { id: id === "" ? null : id, result };
}
function idOfEntry(entry, blob) {
  const start = blob.length + 5;
  const end = entry.indexOf('"', start);
  const whole = entry.startsWith(',{"problems":[', end + 1) && entry.endsWith("}]");
  if (end > 0 && whole && entry.startsWith('","', start - 3)) {
    const id = entry.slice(start, end);
    const own = entry.indexOf('"id":', end);
    if (!id.includes("\\") && (id === "" ? own < 0 : entry.startsWith('"id":"', own) && entry.startsWith(id, own + 6) && entry.charCodeAt(own + 6 + id.length) === 34))
      return id === "" ? null : id;
  }
  return parseEntry(entry, blob)?.id;
}

// action/cache.ts
var ActionCache = class _ActionCache {
  constructor(dir, disk) {
    this.dir = dir;
    this.disk = disk;
  }
  dir;
  disk;
  broken = false;
  /** The cache in `dir`, relative to the workspace. */
  static open(workspace, dir) {
    const path = resolve2(workspace, dir);
    try {
      return new _ActionCache(path, openCache(workspace, dir));
    } catch (error2) {
      warning(`cache ${path} cannot be opened, so every file is validated: ${text(error2)}`);
      return new _ActionCache(path, void 0);
    }
  }
  get(blob) {
    if (!this.disk || this.broken) return void 0;
    try {
      return this.disk.get(blob);
    } catch (error2) {
      this.broken = true;
      warning(`cache ${this.dir} cannot be read, so every file is validated: ${text(error2)}`);
      return void 0;
    }
  }
  idOf(blob) {
    return this.idsOf([blob])[0];
  }
  idsOf(blobs) {
    if (!this.disk || this.broken) return blobs.map(() => void 0);
    try {
      return this.disk.idsOf(blobs);
    } catch (error2) {
      this.broken = true;
      warning(`cache ${this.dir} cannot be read, so every file is validated: ${text(error2)}`);
      return blobs.map(() => void 0);
    }
  }
  set(blob, result) {
    try {
      this.disk?.set(blob, result);
    } catch {
    }
  }
  /** Writes the results of this run (see DiskCache.save: `keepUnused` for a check); never throws. */
  save(options = {}) {
    try {
      this.disk?.save(options);
    } catch (error2) {
      warning(`cache ${this.dir} could not be saved: ${text(error2)}`);
    }
  }
};
function text(error2) {
  return error2 instanceof Error ? error2.message : String(error2);
}

// action/check.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2 } from "node:path";

// action/event.ts
import { readFile } from "node:fs/promises";
var CHECK_EVENTS = [
  "pull_request_target",
  "pull_request",
  "pull_request_review",
  "workflow_run",
  "workflow_dispatch"
];
var EventError = class extends Error {
  name = "EventError";
};
async function readEvent(path) {
  if (!path) throw new EventError("GITHUB_EVENT_PATH is not set: run the action in a workflow");
  return JSON.parse(await readFile(path, "utf8"));
}
function eventHeadSha(payload) {
  const sha = payload.pull_request?.head?.sha ?? payload.workflow_run?.head_sha;
  return typeof sha === "string" && /^[0-9a-f]{40}$/i.test(sha) ? sha : void 0;
}
async function pullRequestNumber(eventName, payload, api) {
  switch (eventName) {
    case "pull_request_target":
    case "pull_request":
    case "pull_request_review": {
      const n = payload.pull_request?.number;
      if (typeof n === "number") return n;
      throw new EventError(`the ${eventName} event has no pull_request.number`);
    }
    case "workflow_run": {
      const run2 = payload.workflow_run;
      const listed = run2?.pull_requests?.[0]?.number;
      if (typeof listed === "number") return listed;
      const sha = run2?.head_sha;
      const ref = run2?.head_branch;
      const repo = run2?.head_repository?.full_name;
      const found = sha || ref && repo ? await api.pullRequestByHead(sha, ref && repo ? { ref, repo } : void 0) : void 0;
      if (found !== void 0) return found;
      throw new EventError(
        `no open pull request has head ${sha ?? "(unknown)"}${ref && repo ? ` or head branch ${repo}:${ref}` : ""}: the relayed review is for a closed pull request`
      );
    }
    case "workflow_dispatch": {
      const raw = payload.inputs?.["pr"] ?? payload.inputs?.["pull-request"];
      const n = Number(raw);
      if (Number.isInteger(n) && n > 0) return n;
      throw new EventError(
        `workflow_dispatch needs an input "pr" with the pull request number; got ${JSON.stringify(raw)}`
      );
    }
    default:
      throw new EventError(
        `mode check runs on ${CHECK_EVENTS.join(", ")}; this run is a "${eventName}" event`
      );
  }
}

// action/check.ts
var work;
function loadWork() {
  work ??= Promise.all([import("./chunk-EPBYSMJ5.js"), import("./chunk-ZNTHFOJB.js")]).then(
    ([pipeline, report]) => ({ ...pipeline, ...report })
  );
  return work;
}
var ANNOTATIONS_PER_TYPE = 10;
async function runCheck(context) {
  const { api, log } = context;
  const report = {
    approved: false,
    impact: "none",
    pullRequest: 0,
    head: "",
    base: "",
    notes: []
  };
  const statuses = new StatusWriter(api, context.runUrl, log);
  let pr;
  let checks = [];
  try {
    const payload = await readEvent(context.eventPath);
    const eventHead = eventHeadSha(payload);
    if (eventHead) await statuses.pending(eventHead);
    report.pullRequest = await pullRequestNumber(context.eventName, payload, api);
    const loading = loadWork();
    pr = await api.pullRequest(report.pullRequest);
    await statuses.pending(pr.headSha);
    const work2 = await loading;
    report.head = pr.headSha;
    report.base = pr.baseSha;
    for (const head of statuses.touched())
      if (head !== pr.headSha) {
        const others = await api.openPullRequestsWithHead(head);
        const stale = await checkHead(work2, context, others, void 0);
        await statuses.decide(
          head,
          stale.length === 0 ? {
            state: "failure",
            description: `Not the head of an open pull request any more (#${pr.number} is at ${pr.headSha.slice(0, 7)})`
          } : decision(work2, stale[0].report)
        );
      }
    const sharing = await api.openPullRequestsWithHead(pr.headSha);
    const pulls = [pr, ...sharing.filter((p) => p.number !== pr.number)];
    checks = await checkHead(work2, context, pulls, pr.number);
    const primary = checks[0];
    Object.assign(report, primary.report);
    if (report.evaluation) annotate(log, report.evaluation);
    await statuses.decide(pr.headSha, decision(work2, report));
    await writeSummary(log, work2.reportMarkdown(report, true));
    const failures = [
      ...checks.flatMap(
        (c) => c.report.error ? [`${checks.length > 1 ? `#${c.pr.number}: ` : ""}${c.report.error}`] : []
      ),
      ...statuses.failures()
    ];
    const errors = report.evaluation?.validation.errors.length ?? 0;
    if (errors > 0)
      failures.unshift(
        `${errors} problem${errors === 1 ? "" : "s"} in SLA files (see the annotations and the job summary)`
      );
    return failures.length > 0 ? { report, failure: failures.join("; ") } : { report };
  } catch (error2) {
    report.approved = false;
    report.error = messageOf(error2);
    const { reportMarkdown, statusLine } = await loadWork();
    for (const head of statuses.undecided())
      await statuses.decide(head, { state: "failure", description: statusLine(report) });
    if (pr && !checks.some((c) => c.pr.number === pr.number)) {
      await upsertComment(api, pr.number, reportMarkdown(report)).catch(
        (e) => log.warning(`could not update the comment: ${messageOf(e)}`)
      );
    }
    await writeSummary(log, reportMarkdown(report)).catch(() => {
    });
    return { report, failure: [report.error, ...statuses.failures()].join("; ") };
  } finally {
    context.cache?.save({ keepUnused: true });
  }
}
function decision(work2, report) {
  return { state: report.approved ? "success" : "failure", description: work2.statusLine(report) };
}
var StatusWriter = class {
  constructor(api, url, log) {
    this.api = api;
    this.url = url;
    this.log = log;
  }
  api;
  url;
  log;
  pendingHeads = /* @__PURE__ */ new Set();
  decided = /* @__PURE__ */ new Set();
  errors = [];
  async pending(head) {
    if (this.pendingHeads.has(head)) return;
    this.pendingHeads.add(head);
    try {
      await this.api.setStatus(head, "pending", "slac is checking\u2026", this.url);
    } catch (error2) {
      this.log.warning(
        `could not set the commit status of ${head} to pending: ${messageOf(error2)}`
      );
    }
  }
  async decide(head, { state, description }) {
    this.decided.add(head);
    try {
      await this.api.setStatus(head, state, description, this.url);
    } catch (error2) {
      const message = `could not write the commit status ${STATUS_CONTEXT} (${state}) on ${head}: ${messageOf(error2)}; it stays as the last run left it (pending if this run set that), so re-run the check`;
      this.log.error(message);
      this.errors.push(message);
    }
  }
  /** Heads set pending, in order. */
  touched() {
    return [...this.pendingHeads];
  }
  undecided() {
    return this.touched().filter((h) => !this.decided.has(h));
  }
  failures() {
    return [...this.errors];
  }
};
async function checkHead(work2, context, pulls, primary) {
  const { api, log } = context;
  const checks = [];
  for (const pr of pulls) checks.push(await checkPull(work2, context, pr));
  if (primary !== void 0)
    checks.sort((a, b) => Number(b.pr.number === primary) - Number(a.pr.number === primary));
  const share = () => {
    for (const c of checks) {
      const others = checks.filter((o) => o !== c);
      c.report.sharedHead = others.length > 0 ? others.map((o) => ({
        pullRequest: o.pr.number,
        approved: work2.ownApproval(o.report),
        status: work2.ownStatusLine(o.report)
      })) : void 0;
      c.report.approved = work2.ownApproval(c.report) && others.every((o) => work2.ownApproval(o.report));
    }
  };
  share();
  for (const c of checks) {
    if (c.report.sharedHead)
      c.report.notes.push(
        `This head commit is also the head of ${c.report.sharedHead.map((o) => `#${o.pullRequest}`).join(", ")}. The status ${STATUS_CONTEXT} belongs to the commit, so it is green only when the check holds for every open pull request whose head it is.`
      );
    if (c.report.evaluation)
      await requestOwners(context, c.pr, c.reviews, c.report.evaluation, c.report.notes);
  }
  let failed = false;
  for (const c of checks) {
    try {
      await upsertComment(api, c.pr.number, work2.reportMarkdown(c.report));
    } catch (error2) {
      c.report.error = `could not write the comment on #${c.pr.number}: ${messageOf(error2)}`;
      failed = true;
    }
  }
  if (failed) {
    share();
    for (const c of checks)
      if (!c.report.error?.startsWith("could not write the comment"))
        await upsertComment(api, c.pr.number, work2.reportMarkdown(c.report)).catch(
          (e) => log.warning(`could not update the comment: ${messageOf(e)}`)
        );
  }
  return checks;
}
async function checkPull(work2, context, pr) {
  const report = {
    approved: false,
    impact: "none",
    pullRequest: pr.number,
    head: pr.headSha,
    base: pr.baseSha,
    notes: []
  };
  let reviews = [];
  try {
    await fetchAsData(context.workspace, pr);
    const [read, commits] = await Promise.all([
      context.api.reviews(pr.number),
      context.api.commits(pr.number)
    ]);
    reviews = read;
    const check = await work2.checkPullRequest({
      git: createGitReader(context.workspace),
      baseRef: pr.baseSha,
      headRef: pr.headSha,
      author: pr.author,
      reviews,
      commits,
      ...context.teams ? { directory: context.teams } : {},
      today: context.today,
      ...context.cache ? { cache: context.cache } : {}
    });
    if (check.teamsNotLookedUp.length > 0)
      report.notes.push(
        `Team membership of ${check.teamsNotLookedUp.join(", ")} comes from the \`teams:\` lists of the base .slac.yml, because the workflow's token cannot read org membership. Pass \`org-token\` (a GitHub App token with "Members: read", or a PAT with read:org) to read it from GitHub.`
      );
    report.evaluation = check.evaluation;
    report.impact = check.impact;
    report.approved = work2.ownApproval(report);
  } catch (error2) {
    report.approved = false;
    report.error = messageOf(error2);
  }
  return { pr, report, reviews };
}
function messageOf(error2) {
  if (error2 instanceof Error) {
    if (error2.name === "AbortError") return error2.message;
    const status = error2.status;
    return typeof status === "number" && !error2.message.includes(String(status)) ? `GitHub API ${status}: ${error2.message}` : error2.message;
  }
  return String(error2);
}
async function fetchAsData(workspace, pr) {
  const git = createGitReader(workspace);
  const have = async (sha) => git.resolve(sha).then(
    () => true,
    () => false
  );
  const missing = [pr.baseSha, pr.headSha];
  const wanted = [];
  for (const sha of missing) if (!await have(sha)) wanted.push(sha);
  if (wanted.length === 0) return;
  const fetch = (...refs) => runGit(
    workspace,
    ["fetch", "--no-tags", "--no-recurse-submodules", "origin", ...refs],
    ["protocol.file.allow=always"]
  );
  try {
    await fetch(...wanted);
  } catch {
    await fetch(
      `+refs/pull/${pr.number}/head:refs/remotes/origin/pull/${pr.number}/head`,
      `+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`
    );
  }
  for (const sha of missing)
    if (!await have(sha))
      throw new Error(
        `commit ${sha} of pull request #${pr.number} is not in the workspace after git fetch: check out the base with actions/checkout and keep its token (persist-credentials)`
      );
}
function annotate(log, evaluation) {
  const emit = (problems, level) => problems.slice(0, ANNOTATIONS_PER_TYPE).forEach((p) => {
    log[level](`${p.rule}: ${p.message}`, {
      title: `slac ${p.rule}`,
      file: p.file,
      ...p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}
    });
  });
  emit(evaluation.validation.errors, "error");
  emit(evaluation.validation.warnings, "warning");
}
async function upsertComment(api, number, body) {
  const login = (await api.ownLogin()).toLowerCase();
  const ours = (await api.comments(number)).find(
    (c) => c.body.includes(COMMENT_MARKER) && c.login?.toLowerCase() === login
  );
  if (ours) {
    if (ours.body !== body) await api.updateComment(ours.id, body);
  } else await api.createComment(number, body);
}
async function requestOwners({ api, repo, log }, pr, reviews, evaluation, notes) {
  const reviewed = new Set(reviews.flatMap((r) => r.user ? [r.user.login.toLowerCase()] : []));
  const author = pr.author.toLowerCase();
  const users = /* @__PURE__ */ new Set();
  const teams = /* @__PURE__ */ new Set();
  for (const r of evaluation.approvals.requirements) {
    if (r.satisfied) continue;
    for (const owner of r.anyOf) {
      const [who = "", slug] = owner.replace(/^@/, "").split("/");
      if (slug) {
        if (who.toLowerCase() === repo.owner.toLowerCase()) teams.add(slug);
      } else if (who && who.toLowerCase() !== author && !reviewed.has(who.toLowerCase()))
        users.add(who);
    }
  }
  if (users.size === 0 && teams.size === 0) return;
  try {
    await api.requestReviewers(pr.number, [...users].sort(), [...teams].sort());
  } catch (error2) {
    const message = `could not request reviews from ${[...users, ...teams].join(", ")}: ${messageOf(error2)}`;
    log.warning(message);
    notes.push(message);
  }
}
function writeSummary(log, markdown) {
  return log.summary(markdown.replace(COMMENT_MARKER, ""));
}
async function writeReport(report, temp) {
  const dir = temp ?? join2(process.cwd(), ".slac");
  await mkdir(dir, { recursive: true });
  const path = join2(dir, "slac-report.json");
  await writeFile(path, (await loadWork()).reportJson(report));
  return path;
}

// action/inputs.ts
var MODES = ["check", "render", "report"];
var InputError = class extends Error {
  name = "InputError";
};
function parseInputs() {
  const mode = getInput("mode") || "check";
  if (!MODES.includes(mode))
    throw new InputError(`input "mode" must be one of ${MODES.join(", ")}; got "${mode}"`);
  const githubToken = getInput("github-token");
  const orgToken = getInput("org-token") || void 0;
  if (orgToken) setSecret(orgToken);
  if (mode === "check" && !githubToken)
    throw new InputError(
      'input "github-token" is empty: leave it at its default (${{ github.token }}) or pass a token with pull-requests: write and statuses: write'
    );
  if (mode === "report" && !githubToken)
    throw new InputError(
      'input "github-token" is empty: leave it at its default (${{ github.token }}) or pass a token with issues: write (and contents: write, pull-requests: write to propose results)'
    );
  const config = getInput("config") || ".slac.yml";
  if (!/(^|\/)\.slac\.yml$/.test(config))
    throw new InputError(
      `input "config" must name a file called .slac.yml (e.g. "sla/.slac.yml"); got "${config}"`
    );
  if (mode === "check" && config !== ".slac.yml")
    throw new InputError(
      `input "config": mode check reads .slac.yml at the root of the base commit; got "${config}" (remove the input or set it to .slac.yml)`
    );
  const timeout = getInput("request-timeout") || "30";
  const seconds = Number(timeout);
  if (!/^\d+(\.\d+)?$/.test(timeout) || !(seconds > 0 && seconds <= 600))
    throw new InputError(
      `input "request-timeout" must be a number of seconds above 0 and at most 600 (e.g. 30); got "${timeout}"`
    );
  const prometheusUrl = getInput("prometheus-url") || void 0;
  if (prometheusUrl !== void 0 && !/^https?:\/\/[^\s]+$/.test(prometheusUrl))
    throw new InputError(
      'input "prometheus-url" must be an http or https URL, such as https://prometheus.example'
    );
  const prometheusToken = getInput("prometheus-token") || void 0;
  if (prometheusToken) setSecret(prometheusToken);
  return Object.freeze({
    mode,
    githubToken,
    orgToken,
    config,
    out: getInput("out") || "site",
    cache: getInput("cache") || void 0,
    requestTimeoutMs: Math.round(seconds * 1e3),
    prometheusUrl,
    prometheusToken,
    ...testKnobs()
  });
}
function testKnobs() {
  const today = getInput("slac-test-today");
  const retry = getInput("slac-test-retry-base-ms");
  const retryMs = Number(retry);
  return {
    testToday: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : void 0,
    testRetryBaseMs: retry && Number.isFinite(retryMs) && retryMs >= 0 ? retryMs : void 0
  };
}
function readRunnerEnv(env = process.env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run2 } = env;
  return Object.freeze({
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: repository || void 0,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventPath: env.GITHUB_EVENT_PATH || void 0,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    runUrl: server && repository && run2 ? `${server}/${repository}/actions/runs/${run2}` : void 0,
    temp: env.RUNNER_TEMP || void 0,
    hasSummary: Boolean(env.GITHUB_STEP_SUMMARY)
  });
}
function repoOf(runner) {
  const [owner, repo] = (runner.repository ?? "").split("/");
  if (!owner || !repo) throw new Error("GITHUB_REPOSITORY is not set to OWNER/REPO");
  return { owner, repo };
}

// action/run.ts
async function run() {
  const runner = readRunnerEnv();
  try {
    setOutput("approved", "false");
    setOutput("impact", "none");
    const inputs = parseInputs();
    if (inputs.mode === "report") {
      setOutput("breaches", "0");
      const { runReportMode } = await import("./chunk-CM6SJIBL.js");
      const folder = dirname(inputs.config);
      const result = await runReportMode({
        api: new GitHubApi(client(inputs, runner, inputs.githubToken), repoOf(runner)),
        log: actionLog(runner),
        root: resolve3(runner.workspace, folder),
        prefix: folder === "." ? "" : `${folder.replace(/\/+$/, "")}/`,
        today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
        temp: runner.temp,
        ...inputs.prometheusUrl ? {
          prometheus: {
            url: inputs.prometheusUrl,
            ...inputs.prometheusToken ? { token: inputs.prometheusToken } : {}
          }
        } : {}
      });
      setOutput("breaches", String(result.breaches));
      setOutput("report", result.path);
      if (result.pullRequest) setOutput("pull-request", String(result.pullRequest));
      return;
    }
    if (inputs.mode === "render") {
      const { runRender } = await import("./chunk-MLYJKJGN.js");
      await runRender(
        resolve3(runner.workspace, dirname(inputs.config)),
        resolve3(runner.workspace, inputs.out)
      );
      return;
    }
    const { report, failure } = await runCheck(checkContext(inputs, runner));
    setOutput("approved", String(report.approved));
    setOutput("impact", report.impact);
    setOutput("report", await writeReport(report, runner.temp));
    if (failure) setFailed(failure);
  } catch (error2) {
    const message = messageOf(error2);
    const report = {
      approved: false,
      impact: "none",
      pullRequest: 0,
      head: "",
      base: "",
      notes: [],
      error: message
    };
    try {
      setOutput("report", await writeReport(report, runner.temp));
    } catch {
    }
    setFailed(message);
  }
}
function checkContext(inputs, runner) {
  const repo = repoOf(runner);
  return {
    api: new GitHubApi(client(inputs, runner, inputs.githubToken), repo),
    ...inputs.orgToken ? { teams: teamDirectory(client(inputs, runner, inputs.orgToken)) } : {},
    repo,
    workspace: runner.workspace,
    eventName: runner.eventName,
    eventPath: runner.eventPath,
    runUrl: runner.runUrl,
    today: inputs.testToday ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    ...inputs.cache ? { cache: ActionCache.open(runner.workspace, inputs.cache) } : {},
    log: actionLog(runner)
  };
}
function client(inputs, runner, token) {
  return createClient(token, runner.apiUrl, inputs.requestTimeoutMs, inputs.testRetryBaseMs);
}
function actionLog(runner) {
  return {
    info: (message) => info(message),
    warning: (message, annotation) => warning(message, annotation),
    error: (message, annotation) => error(message, annotation),
    summary: async (markdown) => {
      if (runner.hasSummary) await summary.addRaw(markdown).write();
    }
  };
}

// action/main.ts
void run();
