import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkFile,
  fileResult,
  hasUnreadableValues,
  loadSla,
  loadedKey,
  locateId,
  validateSources
} from "./chunk-SZIRFKP7.js";
import "./chunk-62SII5LO.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-SCEKKVBL.js";
import "./chunk-QWF2WHNW.js";
import {
  closest
} from "./chunk-Z2PQGFF2.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";
export {
  checkFile,
  closest,
  fileResult,
  hasUnreadableValues,
  loadSla,
  loadedKey,
  locateId,
  validateSources
};
