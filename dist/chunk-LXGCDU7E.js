import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  loadSla,
  targetOf
} from "./chunk-QEX64DGS.js";
import {
  validateResults
} from "./chunk-HJ74UDHR.js";
import {
  listSelected
} from "./chunk-6XWFT2UC.js";

// src/results/index.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
async function validateFolderResults(root, config, slaPaths, today, loaded, options = {}) {
  const links = [];
  const paths = listSelected(root, config.results, links);
  if (paths.length === 0 && links.length === 0) return void 0;
  const files = await Promise.all(
    paths.map((path) => readFile(join(root, path)).then((content) => ({ path, content })))
  );
  const validation = await validateResultsOfFolder(root, slaPaths, files, today, loaded, options);
  validation.errors.unshift(...links);
  return validation;
}
async function validateResultsOfFolder(root, slaPaths, files, today, loaded, options = {}) {
  const known = loaded instanceof Map ? loaded : void 0;
  const slas = loaded && !known ? loaded : slaPaths.flatMap((path) => {
    const given = known?.get(path);
    if (given !== void 0) return given === null ? [] : [given];
    const { sla } = loadSla(
      { path, content: readFileSync(join(root, path)) },
      { warnings: false }
    );
    if (!sla) return [];
    return [targetOf(sla.sla)];
  });
  const validation = validateResults(files, slas, today, void 0, options);
  if (slas.length < slaPaths.length) mayBeUnread(validation.errors);
  return validation;
}
function mayBeUnread(errors) {
  for (const e of errors)
    if (e.rule === "results-sla-unknown")
      e.message += " (or its SLA file could not be read: fix that file first)";
}

export {
  validateFolderResults,
  mayBeUnread
};
