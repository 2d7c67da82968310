import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  TemplatesNotFoundError,
  buildHistory,
  loadValidSla,
  prepareCatalog,
  writeInPlace
} from "./chunk-MZANALLV.js";
import "./chunk-HZENJBYJ.js";
import "./chunk-LXGCDU7E.js";
import {
  openRepository
} from "./chunk-EFLG7UPR.js";
import "./chunk-6VRBZ5LE.js";
import {
  diffSlas
} from "./chunk-MBPLZRQR.js";
import "./chunk-KFF5GMUZ.js";
import "./chunk-H6FZKW75.js";
import "./chunk-WPV2PEYU.js";
import {
  contentsGiven,
  inThreadChecker,
  loadedKey,
  validateFiles
} from "./chunk-QEX64DGS.js";
import {
  gitBlobId
} from "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-HJ74UDHR.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import {
  detached,
  ownString
} from "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";

// src/node/render-worker.ts
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
var go = new Int32Array(workerData);
var contents = /* @__PURE__ */ new Map();
var read = /* @__PURE__ */ new Map();
var services = [];
var root = "";
var BATCH = 250;
parentPort?.on("message", (request) => {
  void answer(request).then(
    (message) => parentPort?.postMessage(message),
    (error) => {
      const e = error;
      parentPort?.postMessage({
        type: "error",
        message: e instanceof Error ? e.message : String(error),
        ...e instanceof Error ? { name: e.name } : {},
        ...e?.code !== void 0 ? { code: e.code } : {},
        ...error instanceof TemplatesNotFoundError ? { dir: error.dir } : {}
      });
    }
  );
});
async function answer(request) {
  if (request.type === "validate") {
    root = request.root;
    const targets = [];
    const files = request.paths.map((path) => ({
      path,
      content: readFileSync(join(root, path))
    }));
    const blobs = new Map(files.map((f) => [f.path, gitBlobId(f.content)]));
    const given = new Map(files.map((f) => [f.path, f.content]));
    const validation = await validateFiles({
      files,
      contents: contentsGiven,
      checker: inThreadChecker,
      today: request.today,
      warnings: false,
      loadSlas: () => true,
      take: (file, { sla }) => {
        const id = ownString(sla.id);
        const content = given.get(file);
        contents.set(file, content);
        read.set(loadedKey(blobs.get(file), file), { content, id });
        services.push({ file, id, title: ownString(sla.title) });
        if (request.targets) {
          const { objectives, effective } = sla;
          targets.push(detached({ id: sla.id, objectives, effective }));
        }
      }
    });
    return { type: "validated", results: validation.results, services, targets, blobs };
  }
  const git = await openRepository(root).catch(() => void 0);
  const history = git ? await buildHistory(git, "HEAD", {
    diff: diffSlas,
    ids: services.map((s) => s.id),
    read,
    others: new Map(request.others)
  }).catch(() => void 0) : void 0;
  read.clear();
  if (request.history && !history) throw new Error("the history could not be read");
  const catalog = prepareCatalog({
    slas: [],
    services,
    // Each SLA file is let go once its page is written.
    reload: (file) => {
      const content = contents.get(file) ?? new Uint8Array();
      contents.delete(file);
      return loadValidSla(file, content);
    },
    config: request.config,
    templates: request.templates,
    ...history ? { history } : {},
    results: request.results,
    ...request.baseUrl !== void 0 ? { baseUrl: request.baseUrl } : {},
    today: request.today,
    handOver: true
  });
  catalog.tryFirst();
  parentPort?.postMessage({ type: "tried" });
  const made = /* @__PURE__ */ new Set();
  let allowed = false;
  const write = (path, content) => {
    while (!allowed) {
      const state = Atomics.load(go, 0);
      if (state === 2) throw new Error("stopped");
      if (state === 1) allowed = true;
      else Atomics.wait(go, 0, 0, 1e3);
    }
    const file = join(request.out, ...path.split("/"));
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeInPlace(file, content);
  };
  for (let from = 0; from < catalog.count; from += BATCH) {
    const part = catalog.renderPages(from, Math.min(catalog.count, from + BATCH), write);
    parentPort?.postMessage({ type: "pages", part });
  }
  return { type: "rendered", history: [...history ?? []] };
}
