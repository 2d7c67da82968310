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
} from "./chunk-SJHWFDGS.js";
import "./chunk-FY4HEN3Z.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-A7LEZXEI.js";
import "./chunk-QWF2WHNW.js";
import {
  closest
} from "./chunk-F7GHSEAB.js";
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
