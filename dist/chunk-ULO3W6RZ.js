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
} from "./chunk-L3FLQMPA.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-Y7XHWFBC.js";
import "./chunk-XUPV5JEU.js";
import {
  closest
} from "./chunk-7EJCZLG5.js";
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
