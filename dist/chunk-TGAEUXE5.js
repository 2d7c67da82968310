import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import "./chunk-P55VCKVE.js";
import {
  error,
  info,
  openRepository
} from "./chunk-K3L3UXKD.js";
import {
  buildHistory,
  byTitle,
  loadValidSla,
  prepareCatalog,
  writeInPlace
} from "./chunk-VSZYIF3B.js";
import {
  detached
} from "./chunk-WMCOYCE2.js";
import {
  validationText
} from "./chunk-6VRBZ5LE.js";
import {
  diffSlas
} from "./chunk-T4SE75CB.js";
import "./chunk-R4EOQU6P.js";
import "./chunk-S6I4SOBV.js";
import "./chunk-S2C365AO.js";
import "./chunk-Z67LXXWP.js";
import "./chunk-BPFALHRD.js";
import {
  contentsGiven,
  inThreadChecker,
  loadedKey,
  validateFiles,
  validateSources
} from "./chunk-XZIAJOGP.js";
import {
  gitBlobId
} from "./chunk-I2GQPQKX.js";
import "./chunk-5UDAZAQ4.js";
import {
  validateResults
} from "./chunk-ZCC6QXEM.js";
import "./chunk-XRFRKGJ7.js";
import {
  listSelected,
  noSlaFiles,
  readWorkingTree
} from "./chunk-NUAC64B5.js";
import "./chunk-UN75OMJ2.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-65IPTWZQ.js";
import {
  ownString,
  sortProblems
} from "./chunk-DUJAGSKI.js";
import "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";

// src/app/render-site.ts
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { Worker } from "node:worker_threads";
var TemplatesNotFoundError = class extends Error {
  constructor(dir) {
    super(`templates folder not found: ${dir}`);
    this.name = "TemplatesNotFoundError";
  }
};
async function renderSite(options) {
  const { root } = options;
  const tree = await readWorkingTree(root);
  const threads = options.pagesThreads?.(tree.files.length) ?? [];
  try {
    return await renderTree(options, tree, threads);
  } finally {
    for (const thread of threads) thread.stop();
  }
}
async function renderTree(options, tree, threads) {
  const { root } = options;
  const git = await openRepository(root).catch(() => void 0);
  const today = options.today ?? (git ? await latestCommitDate(git) : void 0);
  const validateOptions = { today: today ?? options.clock(), warnings: false };
  const files = [...tree.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const contents = new Map(files.map((f) => [f.path, f.content]));
  const services = [];
  const resultPaths = listSelected(root, tree.config.results);
  const targets = [];
  const ids = /* @__PURE__ */ new Map();
  const bytes = (content) => typeof content === "string" ? Buffer.from(content) : content;
  const validation = await validateFiles({
    files: files.map((f) => ({ path: f.path, content: bytes(f.content) })),
    contents: contentsGiven,
    checker: inThreadChecker,
    today: validateOptions.today,
    warnings: false,
    loadSlas: () => true,
    take: (file, { sla }) => {
      const id = ownString(sla.id);
      ids.set(file, id);
      services.push({ file, id, title: ownString(sla.title) });
      if (resultPaths.length > 0)
        targets.push(
          detached({ id: sla.id, objectives: sla.objectives, effective: sla.effective })
        );
    }
  });
  const read = /* @__PURE__ */ new Map();
  for (const file of files) {
    const id = ids.get(file.path);
    read.set(loadedKey(gitBlobId(file.content), file.path), {
      content: file.content,
      ...id !== void 0 ? { id } : {}
    });
  }
  ids.clear();
  const noFiles = tree.files.length === 0 && tree.configProblems.length === 0;
  const resultFiles = await Promise.all(
    resultPaths.map(async (path) => ({
      path,
      content: await readFile(join(root, path))
    }))
  );
  const clock = options.clock();
  const measured = validateResults(
    resultFiles,
    targets,
    today !== void 0 && today > clock ? today : clock
  );
  targets.length = 0;
  if (services.length < tree.files.length) {
    for (const e of measured.errors)
      if (e.rule === "results-sla-unknown")
        e.message += " (or its SLA file could not be read: fix that file first)";
  }
  if (tree.configProblems.length > 0 || noFiles || validation.result.errors.length > 0 || measured.errors.length > 0) {
    const result = validateSources(files, validateOptions);
    const errors = [
      ...sortProblems(tree.configProblems),
      ...noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : [],
      ...result.errors,
      ...measured.errors
    ];
    const { warnings } = validateSources(files, { today: validateOptions.today });
    const texts = new Map([...tree.files, ...resultFiles].map((f) => [f.path, f.content]));
    const lineOf = (file, line) => {
      const content = texts.get(file);
      if (content === void 0) return void 0;
      const text = typeof content === "string" ? content : Buffer.from(content).toString("utf8");
      return text.split(/\r?\n/)[line - 1];
    };
    const report = validationText(
      {
        files: result.files + measured.files,
        errors,
        warnings: [...warnings, ...measured.warnings]
      },
      lineOf
    );
    return { rendered: false, report };
  }
  measured.warnings.length = 0;
  resultFiles.length = 0;
  const templatesDir = options.templates ?? tree.config.templates;
  const templates = templatesDir ? await readTemplates(resolvePath(root, templatesDir)) : {};
  let history;
  if (git) {
    history = await buildHistory(git, "HEAD", { diff: diffSlas, read }).catch(() => void 0);
  }
  read.clear();
  const reload = (file) => loadValidSla(file, contents.get(file) ?? new Uint8Array());
  const count = services.length;
  const templatesOf = { ...templates };
  const input = {
    config: tree.config,
    templates: templatesOf,
    ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {}
  };
  const ordered = [...services].sort(byTitle);
  const parts = [];
  if (threads.length > 0 && today) {
    threads.forEach((thread, i) => {
      const from = Math.round(count * i / threads.length);
      const to = Math.round(count * (i + 1) / threads.length);
      const run = ordered.slice(from, to);
      const ids2 = new Set(run.map((s) => s.id));
      thread.send({
        ...input,
        out: resolvePath(root, options.out),
        today,
        services: run.map((s) => ({ ...s, content: contents.get(s.file) ?? new Uint8Array() })),
        history: run.flatMap((s) => {
          const entries = history?.get(s.id);
          return entries ? [[s.id, entries]] : [];
        }),
        results: measured.results.filter((r) => ids2.has(r.sla))
      });
      parts.push({ from, to, thread });
    });
  } else {
    for (const thread of threads) thread.stop();
    parts.push({ from: 0, to: count });
  }
  const catalog = prepareCatalog({
    ...input,
    slas: [],
    services: ordered,
    results: measured.results,
    reload,
    ...history ? { history } : {},
    ...today ? { today } : {}
  });
  for (const warning of catalog.warnings) options.warn(warning);
  const out = resolvePath(root, options.out);
  await writeSite(out, catalog, parts);
  return { rendered: true, services: count, out };
}
function renderedText(root, result) {
  const shown = relative(root, result.out) || ".";
  const where = shown.startsWith("..") ? result.out : shown;
  return `Rendered ${result.services} ${result.services === 1 ? "service" : "services"} into ${where.split(sep).join("/")}/.
Open ${join(where, "index.html").split(sep).join("/")} in a browser to read the catalog.
`;
}
function resolvePath(cwd, path) {
  return isAbsolute(path) ? path : join(cwd, path);
}
async function latestCommitDate(git) {
  const head = await git.resolve("HEAD").catch(() => void 0);
  if (!head) return void 0;
  const [latest] = await git.log(head, ["."]);
  return latest?.date.slice(0, 10);
}
async function readTemplates(dir) {
  const info2 = await stat(dir).catch(() => void 0);
  if (!info2?.isDirectory()) throw new TemplatesNotFoundError(dir);
  const out = {};
  const walk = async (at) => {
    for (const entry of (await readdir(at, { withFileTypes: true })).sort(
      (a, b) => a.name < b.name ? -1 : 1
    )) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && /\.(hbs|css|js)$/.test(entry.name)) {
        out[relative(dir, full).split(sep).join("/")] = await readFile(full, "utf8");
      }
    }
  };
  await walk(dir);
  return out;
}
async function writeSite(out, catalog, parts) {
  const written = /* @__PURE__ */ new Set();
  const services = join(out, "services");
  if (existsSync(services) && !statSync(services).isDirectory()) rmSync(services);
  mkdirSync(services, { recursive: true });
  const threaded = parts.some((p) => p.thread);
  const writer = threaded ? inThreadWriter() : startWriter();
  const write = (path, content) => {
    writer.write(join(out, ...path.split("/")), content);
    written.add(path);
  };
  try {
    const go = () => parts.forEach((p) => p.thread?.go());
    if (threaded) {
      catalog.tryFirst();
      go();
    }
    const rendered = [];
    for (const { from, to, thread } of parts) {
      const part = thread ? await thread.part().catch(() => catalog.renderPages(from, to, write)) : catalog.renderPages(from, to, write, go);
      rendered.push(part);
      if (thread)
        for (const card of part.cards) {
          const page = card.view.page;
          written.add(page);
          written.add(page.replace(/\.html$/, ".json"));
        }
    }
    catalog.renderIndex(rendered, write);
  } finally {
    await writer.done();
  }
  for (const name of readdirSync(join(out, "services"))) {
    if (!written.has(`services/${name}`))
      rmSync(join(out, "services", name), { recursive: true, force: true });
  }
}
function inThreadWriter() {
  const made = /* @__PURE__ */ new Set();
  return {
    write(path, content) {
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeInPlace(path, content);
    },
    done: () => Promise.resolve()
  };
}
var WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const queued = workerData;
const made = new Set();
let failure = null;
parentPort.on('message', (message) => {
  if (message === null) return parentPort.postMessage(failure);
  let size = 0;
  for (let i = 0; i < message.length; i += 2) {
    size += message[i + 1].length;
    if (failure === null) write(message[i], message[i + 1]);
  }
  Atomics.sub(queued, 0, size);
  Atomics.notify(queued, 0);
});
function write(file, content) {
  try {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT, 0o666);
    try {
      const length = fs.writeSync(fd, content, 0, 'utf8');
      if (length !== Buffer.byteLength(content)) throw new Error(file + ': short write');
      if (fs.fstatSync(fd).size > length) fs.ftruncateSync(fd, length);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
}
`;
var QUEUED_AT_MOST = 4 * 1024 * 1024;
var WAIT_AT_MOST_MS = 6e4;
function startWriter() {
  let worker;
  const queued = new Int32Array(new SharedArrayBuffer(4));
  try {
    worker = new Worker(WRITER, { eval: true, workerData: queued });
  } catch {
    return inThreadWriter();
  }
  let crashed;
  worker.on("error", (error2) => crashed = error2);
  let batch = [];
  let size = 0;
  let stalled = false;
  const flush = () => {
    if (batch.length > 0) {
      Atomics.add(queued, 0, size);
      worker.postMessage(batch);
    }
    batch = [];
    size = 0;
    const until = Date.now() + WAIT_AT_MOST_MS;
    while (!stalled) {
      const now = Atomics.load(queued, 0);
      if (now <= QUEUED_AT_MOST) break;
      if (Date.now() > until) stalled = true;
      else Atomics.wait(queued, 0, now, 100);
    }
  };
  return {
    write: (path, content) => {
      batch.push(path, content);
      size += content.length;
      if (size >= 256 * 1024 || batch.length >= 128) flush();
    },
    done: () => new Promise((resolve, reject) => {
      flush();
      const fail = (reason) => {
        void worker.terminate();
        reject(new Error(`writing the site failed: ${String(reason)}`));
      };
      if (crashed) return fail(crashed.message);
      worker.once("error", (error2) => fail(error2.message));
      worker.once("exit", () => fail("the writing thread stopped"));
      worker.once("message", (failure) => {
        if (failure !== null) return fail(failure);
        worker.removeAllListeners("exit");
        void worker.terminate();
        resolve();
      });
      worker.postMessage(null);
    })
  };
}

// src/node/render-thread.ts
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker as Worker2 } from "node:worker_threads";
var PAGES_THREAD_FROM = 400;
var OLD_SPACE_MB = 96;
var WORKER = fileURLToPath(new URL("./render-worker.js", import.meta.url));
function startPagesThreads(services) {
  if (services < PAGES_THREAD_FROM || !existsSync2(WORKER)) return [];
  const threads = [];
  for (let i = Math.min(2, availableParallelism()); i > 0 && threads.length < 2; i--) {
    const thread = startPagesThread();
    if (thread) threads.push(thread);
  }
  return threads.length < 2 ? (threads.forEach((t) => t.stop()), []) : threads;
}
function startPagesThread() {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker;
  try {
    worker = new Worker2(WORKER, {
      workerData: flag,
      resourceLimits: { maxOldGenerationSizeMb: Number(process.env.OLDMB ?? OLD_SPACE_MB), ...process.env.YOUNGMB ? { maxYoungGenerationSizeMb: Number(process.env.YOUNGMB) } : {} }
    });
  } catch {
    return void 0;
  }
  const answer = new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the page thread stopped (exit code ${code})`)));
  });
  answer.catch(() => void 0);
  const signal = (value) => {
    Atomics.store(state, 0, value);
    Atomics.notify(state, 0);
  };
  return {
    send: (job) => worker.postMessage(job),
    go: () => signal(1),
    stop: () => {
      signal(2);
      void worker.terminate();
    },
    part: async () => {
      try {
        const got = await answer;
        if ("error" in got) throw Object.assign(new Error(got.error.message), got.error);
        return got.part;
      } finally {
        await worker.terminate();
      }
    }
  };
}

// action/render.ts
async function runRender(root, out) {
  const result = await renderSite({
    root,
    out,
    clock: () => (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    warn: (warning) => error(`slac render: warning: ${warning}`.trimEnd()),
    pagesThreads: startPagesThreads
  });
  if (!result.rendered) {
    error(result.report.trimEnd());
    error("slac render: nothing was written; fix the errors above and render again.");
    throw new Error("the catalog was not rendered: the SLA files have errors (listed above)");
  }
  info(renderedText(root, result).trimEnd());
}
export {
  runRender
};
