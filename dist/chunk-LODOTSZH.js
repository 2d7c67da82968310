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
} from "./chunk-ORGW72JU.js";
import "./chunk-HF6OIP2O.js";
import "./chunk-CMYSEXYC.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-QWO3X5FU.js";
import "./chunk-BLEPBWJI.js";
import {
  closest
} from "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
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
