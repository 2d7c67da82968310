import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  loadSla
} from "./chunk-VFEVQV2T.js";
import {
  validateResults
} from "./chunk-EYM355KG.js";
import {
  listSelected
} from "./chunk-TK3IHNH5.js";
import {
  ownString
} from "./chunk-XUPV5JEU.js";

// src/render/detach.ts
function detached(value) {
  if (typeof value === "string") return ownString(value);
  if (Array.isArray(value)) return value.map((v) => detached(v));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const copy = {};
    for (const [k, v] of Object.entries(value)) copy[k] = detached(v);
    return copy;
  }
  return value;
}

// src/results/index.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function validateFolderResults(root, config, slaPaths, today, loaded, options = {}) {
  const paths = listSelected(root, config.results);
  if (paths.length === 0) return void 0;
  const files = await Promise.all(
    paths.map((path) => readFile(join(root, path)).then((content) => ({ path, content })))
  );
  return validateResultsOfFolder(root, slaPaths, files, today, loaded, options);
}
async function validateResultsOfFolder(root, slaPaths, files, today, loaded, options = {}) {
  const slas = loaded ?? slaPaths.flatMap((path) => {
    const { sla } = loadSla(
      { path, content: readFileSync(join(root, path)) },
      { warnings: false }
    );
    if (!sla) return [];
    const { id, objectives, effective } = sla.sla;
    return [detached({ id, objectives, effective })];
  });
  const validation = validateResults(files, slas, today, void 0, options);
  if (slas.length < slaPaths.length) {
    for (const e of validation.errors)
      if (e.rule === "results-sla-unknown")
        e.message += " (or its SLA file could not be read: fix that file first)";
  }
  return validation;
}

export {
  detached,
  validateFolderResults
};
