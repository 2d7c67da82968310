import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  listSelected
} from "./chunk-KDVMV6YE.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";

// src/node/results-folder.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
function diskResultsFolder(root, config) {
  return {
    exists: (path) => existsSync(join(root, path)),
    read: (path) => readFile(join(root, path), "utf8").catch(() => void 0),
    list: () => listSelected(root, config.results)
  };
}
export {
  diskResultsFolder
};
