import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  loadValidSla,
  prepareCatalog,
  writeInPlace
} from "./chunk-VSZYIF3B.js";
import "./chunk-WMCOYCE2.js";
import "./chunk-S6I4SOBV.js";
import "./chunk-S2C365AO.js";
import "./chunk-Z67LXXWP.js";
import "./chunk-BPFALHRD.js";
import "./chunk-XZIAJOGP.js";
import "./chunk-I2GQPQKX.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-XRFRKGJ7.js";
import "./chunk-NUAC64B5.js";
import "./chunk-UN75OMJ2.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-65IPTWZQ.js";
import "./chunk-DUJAGSKI.js";
import "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";

// src/node/render-worker.ts
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var go = new Int32Array(workerData);
parentPort?.once("message", (job) => {
  let answer;
  try {
    answer = { part: renderPart(job) };
  } catch (error) {
    const e = error;
    answer = {
      error: {
        message: e instanceof Error ? e.message : String(error),
        ...e?.code !== void 0 ? { code: e.code } : {}
      }
    };
  }
  parentPort?.postMessage(answer);
});
function renderPart(job) {
  const contents = new Map(job.services.map((s) => [s.file, s.content]));
  const catalog = prepareCatalog({
    slas: [],
    services: job.services.map(({ file, id, title }) => ({ file, id, title })),
    reload: (file) => loadValidSla(file, contents.get(file) ?? new Uint8Array()),
    config: job.config,
    templates: job.templates,
    history: new Map(job.history),
    results: job.results,
    baseUrl: job.baseUrl,
    today: job.today
  });
  const made = /* @__PURE__ */ new Set();
  let allowed = false;
  return catalog.renderPages(0, catalog.count, (path, content) => {
    while (!allowed) {
      const state = Atomics.load(go, 0);
      if (state === 2) throw new Error("stopped");
      if (state === 1) allowed = true;
      else Atomics.wait(go, 0, 0, 1e3);
    }
    const file = join(job.out, ...path.split("/"));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeInPlace(file, content);
  });
}
