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
} from "./chunk-VFEVQV2T.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-3QCEZBB5.js";
import "./chunk-JPF7NT7D.js";
import "./chunk-XUPV5JEU.js";
import {
  closest
} from "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
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
