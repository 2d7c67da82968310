import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import "./chunk-4NBDMOPZ.js";
import {
  error,
  info
} from "./chunk-5LNMMTW6.js";
import {
  buildHistory,
  byTitle,
  loadValidSla,
  prepareCatalog,
  writeInPlace
} from "./chunk-P3NPRJ5Q.js";
import {
  detached
} from "./chunk-FFDCBVBS.js";
import {
  openRepository
} from "./chunk-GEHU5TQP.js";
import {
  validationText
} from "./chunk-6VRBZ5LE.js";
import {
  diffSlas
} from "./chunk-VEMY2OXE.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-62CVBSS5.js";
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
} from "./chunk-ANWY2CAU.js";
import {
  listSelected,
  listWorkingTree,
  noSlaFiles
} from "./chunk-PL42FOGE.js";
import "./chunk-UN75OMJ2.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-65IPTWZQ.js";
import {
  filesSharingIds,
  ownString,
  sortProblems
} from "./chunk-DUJAGSKI.js";
import "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";

// src/app/render-site.ts
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
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
  const tree = await listWorkingTree(root);
  const threads = options.pagesThreads?.(tree.slaPaths.length) ?? [];
  try {
    return await renderTree(options, tree, threads);
  } finally {
    await Promise.all(threads.map((thread) => thread.stop()));
  }
}
async function renderTree(options, tree, threads) {
  const { root } = options;
  const git = await openRepository(root).catch(() => void 0);
  const today = options.today ?? (git ? await latestCommitDate(git) : void 0);
  if (!today) await Promise.all(threads.splice(0).map((thread) => thread.stop()));
  const validateOptions = { today: today ?? options.clock(), warnings: false };
  const paths = [...tree.slaPaths].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  let files;
  const readAll = () => files ??= paths.map((path) => ({ path, content: readFileSync(join(root, path)) }));
  const resultPaths = listSelected(root, tree.config.results);
  const withTargets = resultPaths.length > 0;
  const onThreads = threads.length > 0 ? await validateOnThreads(root, paths, validateOptions.today, withTargets, threads).catch(
    (error2) => {
      options.warn(`the page threads stopped (${error2.message}); rendering on one thread`);
      return void 0;
    }
  ) : void 0;
  if (!onThreads) await Promise.all(threads.splice(0).map((thread) => thread.stop()));
  const validated = onThreads ?? await validateHere(readAll(), validateOptions.today, withTargets);
  const { services, targets } = validated;
  const noFiles = paths.length === 0 && tree.configProblems.length === 0;
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
  if (services.length < paths.length) {
    for (const e of measured.errors)
      if (e.rule === "results-sla-unknown")
        e.message += " (or its SLA file could not be read: fix that file first)";
  }
  const invalid = validated.results.some((r) => r.problems.some((p) => p.severity === "error")) || filesSharingIds(validated.results).size > 0;
  if (tree.configProblems.length > 0 || noFiles || invalid || measured.errors.length > 0) {
    const result = validateSources(readAll(), validateOptions);
    const errors = [
      ...sortProblems(tree.configProblems),
      ...noFiles ? [noSlaFiles(tree.config, tree.hasConfig)] : [],
      ...result.errors,
      ...measured.errors
    ];
    const { warnings } = validateSources(readAll(), { today: validateOptions.today });
    const texts = new Map([...readAll(), ...resultFiles].map((f) => [f.path, f.content]));
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
  const out = resolvePath(root, options.out);
  const job = {
    out,
    config: tree.config,
    templates,
    results: measured.results,
    ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
    today: today ?? ""
  };
  const byPath = new Map(files?.map((f) => [f.path, f.content]));
  const contentOf = (file) => {
    const known = byPath.get(file);
    if (known) return known;
    const content = readFileSync(join(root, file));
    const blob = validated.blobs.get(file);
    if (blob !== void 0 && gitBlobId(content) !== blob)
      throw new Error(`${file} changed while the site was rendered: render again`);
    return content;
  };
  const reload = (file) => loadValidSla(file, contentOf(file));
  const catalogOf = (history2) => prepareCatalog({
    config: tree.config,
    templates,
    ...options.baseUrl !== void 0 ? { baseUrl: options.baseUrl } : {},
    slas: [],
    services,
    results: measured.results,
    reload,
    ...history2 ? { history: history2 } : {},
    ...today ? { today } : {}
  });
  const catalog = catalogOf(void 0);
  for (const warning of catalog.warnings) options.warn(warning);
  const prepared = await prepareSite(out);
  if (threads.length > 0) {
    const written = await renderOnThreads(
      threads,
      job,
      validated,
      Boolean(git),
      catalog,
      prepared,
      options.warn
    );
    if (written) return { rendered: true, services: services.length, out };
  }
  const read = /* @__PURE__ */ new Map();
  for (const r of validated.results) {
    const content = contentOf(r.file);
    const blob = validated.blobs.get(r.file) ?? gitBlobId(content);
    read.set(loadedKey(blob, r.file), { content, ...r.id !== void 0 ? { id: r.id } : {} });
  }
  let history;
  if (git) {
    history = await buildHistory(git, "HEAD", { diff: diffSlas, read }).catch(() => void 0);
  }
  read.clear();
  await writeSite(prepared, catalogOf(history));
  return { rendered: true, services: services.length, out };
}
async function validateHere(files, today, withTargets) {
  const services = [];
  const targets = [];
  const bytes = (content) => typeof content === "string" ? Buffer.from(content) : content;
  const validation = await validateFiles({
    files: files.map((f) => ({ path: f.path, content: bytes(f.content) })),
    contents: contentsGiven,
    checker: inThreadChecker,
    today,
    warnings: false,
    loadSlas: () => true,
    take: (file, { sla }) => {
      services.push({ file, id: ownString(sla.id), title: ownString(sla.title) });
      if (withTargets)
        targets.push(
          detached({ id: sla.id, objectives: sla.objectives, effective: sla.effective })
        );
    }
  });
  return { results: validation.results, services, targets, blobs: /* @__PURE__ */ new Map() };
}
async function validateOnThreads(root, paths, today, withTargets, threads) {
  const runs = await Promise.all(
    threads.map(
      (thread, i) => thread.validate({
        root,
        today,
        targets: withTargets,
        paths: paths.slice(
          Math.round(paths.length * i / threads.length),
          Math.round(paths.length * (i + 1) / threads.length)
        )
      })
    )
  );
  return {
    results: runs.flatMap((r) => r.results),
    services: runs.flatMap((r) => r.services),
    targets: runs.flatMap((r) => r.targets),
    blobs: new Map(runs.flatMap((r) => [...r.blobs]))
  };
}
async function renderOnThreads(threads, job, validated, history, catalog, site, warn) {
  const files = validated.results;
  const ids = threads.map(() => /* @__PURE__ */ new Set());
  const owner = /* @__PURE__ */ new Map();
  threads.forEach((_, i) => {
    const to = Math.round(files.length * (i + 1) / threads.length);
    for (let n = Math.round(files.length * i / threads.length); n < to; n++) {
      const r = files[n];
      owner.set(r.file, i);
      if (r.id !== void 0) ids[i]?.add(r.id);
    }
  });
  let failure;
  const parts = await (async () => {
    await Promise.all(
      threads.map(
        (thread, i) => thread.render(
          { ...job, results: job.results.filter((r) => ids[i]?.has(r.sla)) },
          [...validated.blobs].filter(([path]) => owner.get(path) !== i),
          history
        )
      )
    );
    for (const thread of threads) thread.go();
    return Promise.all(threads.map((thread) => thread.part()));
  })().catch((error2) => {
    failure = error2;
    return void 0;
  });
  await Promise.all(threads.map((thread) => thread.stop()));
  if (failure) {
    if (failure.reported && (failure.name === "TemplateError" || failure.code !== void 0))
      throw failure;
    warn(`the page threads stopped (${failure.message}); rendering on one thread`);
  }
  if (!parts) return false;
  for (const part of parts)
    for (const card of part.cards) {
      const page = card.view.page;
      site.written.add(page);
      site.written.add(page.replace(/\.html$/, ".json"));
    }
  const merged = {
    cards: [],
    entries: [],
    history: parts.flatMap((p) => p.history ?? [])
  };
  const order = parts.flatMap((p) => p.cards.map((card, i) => ({ card, entry: p.entries[i] }))).sort(
    (a, b) => byTitle(
      { id: a.card.view.id, title: a.card.view.title },
      { id: b.card.view.id, title: b.card.view.title }
    )
  );
  for (const { card, entry } of order) {
    merged.cards.push(card);
    merged.entries.push(entry);
  }
  parts.length = 0;
  order.length = 0;
  const writer = inThreadWriter();
  catalog.renderIndex([merged], (path, content) => {
    writer.write(join(site.out, ...path.split("/")), content);
    site.written.add(path);
  });
  removeStale(site);
  return true;
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
async function prepareSite(out) {
  const services = join(out, "services");
  if (existsSync(services) && !statSync(services).isDirectory()) rmSync(services);
  mkdirSync(services, { recursive: true });
  return { out, written: /* @__PURE__ */ new Set() };
}
function removeStale(site) {
  for (const name of readdirSync(join(site.out, "services"))) {
    if (!site.written.has(`services/${name}`))
      rmSync(join(site.out, "services", name), { recursive: true, force: true });
  }
}
async function writeSite(site, catalog) {
  const writer = startWriter();
  try {
    catalog.render((path, content) => {
      writer.write(join(site.out, ...path.split("/")), content);
      site.written.add(path);
    });
  } finally {
    await writer.done();
  }
  removeStale(site);
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
var OLD_SPACE_MB = 128;
var WORKER = fileURLToPath(new URL("./render-worker.js", import.meta.url));
function startPagesThreads(files) {
  if (files < PAGES_THREAD_FROM || availableParallelism() < 2 || !existsSync2(WORKER)) return [];
  const threads = [];
  for (let i = 0; i < 2; i++) {
    const thread = startPagesThread();
    if (thread) threads.push(thread);
  }
  if (threads.length === 2) return threads;
  for (const thread of threads) void thread.stop();
  return [];
}
function startPagesThread() {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker;
  try {
    worker = new Worker2(WORKER, {
      workerData: flag,
      resourceLimits: {
        maxOldGenerationSizeMb: Number(process.env.OLDMB ?? OLD_SPACE_MB),
        ...process.env.YOUNGMB ? { maxYoungGenerationSizeMb: Number(process.env.YOUNGMB) } : {}
      }
    });
  } catch {
    return void 0;
  }
  const waiting = [];
  let failure;
  const fail = (error2) => {
    failure ??= error2;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on("message", (message) => {
    if (message.type === "error") {
      const { type: _type, ...error2 } = message;
      return fail(Object.assign(new Error(message.message), error2, { reported: true }));
    }
    const next = waiting.shift();
    if (next?.type === message.type) next.resolve(message);
    else fail(new Error(`the page thread answered ${message.type}, not ${next?.type}`));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the page thread stopped (exit code ${code})`)));
  const ask = (type, request) => new Promise((resolve, reject) => {
    if (failure) return reject(failure);
    waiting.push({ type, resolve, reject });
    if (request) worker.postMessage(request);
  });
  const signal = (value) => {
    Atomics.store(state, 0, value);
    Atomics.notify(state, 0);
  };
  let rendered;
  return {
    validate: async (request) => ask("validated", { type: "validate", ...request }),
    render: async (job, others, history) => {
      const tried = ask("tried", { type: "render", ...job, others, history });
      rendered = ask("rendered").then((a) => a.part);
      rendered.catch(() => void 0);
      await tried;
    },
    go: () => signal(1),
    part: async () => {
      if (!rendered) throw new Error("the page thread was not asked to render");
      return rendered;
    },
    stop: async () => {
      signal(2);
      await worker.terminate();
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
