import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  loadSla
} from "./chunk-XZIAJOGP.js";
import {
  validateResults
} from "./chunk-ANWY2CAU.js";
import {
  listSelected
} from "./chunk-PL42FOGE.js";

// src/results/index.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function validateFolderResults(root, config, slaPaths, today, loaded) {
  const paths = listSelected(root, config.results);
  if (paths.length === 0) return void 0;
  const files = await Promise.all(
    paths.map((path) => readFile(join(root, path)).then((content) => ({ path, content })))
  );
  return validateResultsOfFolder(root, slaPaths, files, today, loaded);
}
async function validateResultsOfFolder(root, slaPaths, files, today, loaded) {
  const slas = loaded ?? (await Promise.all(
    slaPaths.map((path) => readFile(join(root, path)).then((content) => ({ path, content })))
  )).flatMap((f) => {
    const { sla } = loadSla(f);
    return sla ? [sla.sla] : [];
  });
  const validation = validateResults(files, slas, today);
  if (slas.length < slaPaths.length) {
    for (const e of validation.errors)
      if (e.rule === "results-sla-unknown")
        e.message += " (or its SLA file could not be read: fix that file first)";
  }
  return validation;
}

export {
  validateFolderResults
};
