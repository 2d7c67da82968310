import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  error,
  info
} from "./chunk-5LNMMTW6.js";
import {
  TemplatesNotFoundError,
  renderSite,
  renderedText
} from "./chunk-MZANALLV.js";
import "./chunk-HZENJBYJ.js";
import "./chunk-LXGCDU7E.js";
import "./chunk-EFLG7UPR.js";
import "./chunk-6VRBZ5LE.js";
import "./chunk-MBPLZRQR.js";
import "./chunk-KFF5GMUZ.js";
import "./chunk-H6FZKW75.js";
import "./chunk-WPV2PEYU.js";
import "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-HJ74UDHR.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";

// src/node/heap.ts
import { setFlagsFromString } from "node:v8";
function growHeapSlowly() {
  setFlagsFromString("--heap-growing-percent=35");
  return () => setFlagsFromString("--heap-growing-percent=0");
}

// src/node/render-thread.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PAGE_THREADS_FROM_CPUS = 4;
var THREADS = 2;
var PAGES_THREAD_FROM = 400;
var OLD_SPACE_MB = 96;
var YOUNG_SPACE_MB = 24;
var WORKER = fileURLToPath(new URL("./render-worker.js", import.meta.url));
var renderThreads = renderThreadsWith({});
function renderThreadsWith(given) {
  const worker = given.worker ?? WORKER;
  const cpus = given.cpus ?? availableParallelism();
  return {
    pages: (files) => files >= PAGES_THREAD_FROM && cpus >= PAGE_THREADS_FROM_CPUS && existsSync(worker) ? startPages(worker) : []
  };
}
function rebuilt(message) {
  if (message.name === "TemplatesNotFoundError" && message.dir !== void 0)
    return new TemplatesNotFoundError(message.dir);
  const { type: _type, ...error2 } = message;
  return Object.assign(new Error(message.message), error2, { reported: true });
}
function startPages(worker) {
  const threads = [];
  for (let i = 0; i < THREADS; i++) {
    const thread = startPagesThread(worker);
    if (thread) threads.push(thread);
  }
  if (threads.length === THREADS) return threads;
  for (const thread of threads) void thread.stop();
  return [];
}
function startPagesThread(file) {
  const flag = new SharedArrayBuffer(4);
  const state = new Int32Array(flag);
  let worker;
  try {
    worker = new Worker(file, {
      workerData: flag,
      resourceLimits: {
        maxOldGenerationSizeMb: OLD_SPACE_MB,
        maxYoungGenerationSizeMb: YOUNG_SPACE_MB
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
  const batches = [];
  worker.on("message", (message) => {
    if (message.type === "pages") return void batches.push(message.part);
    if (message.type === "error") return fail(rebuilt(message));
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
      rendered = ask("rendered").then(({ history: history2 }) => ({
        cards: batches.flatMap((b) => b.cards),
        entries: batches.flatMap((b) => b.entries),
        history: history2
      }));
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
  const restoreHeap = growHeapSlowly();
  const result = await renderSite({
    root,
    out,
    clock: () => (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    warn: (warning) => error(`slac render: warning: ${warning}`.trimEnd()),
    threads: renderThreads
  }).finally(restoreHeap);
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
