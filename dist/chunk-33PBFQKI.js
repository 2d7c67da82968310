import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkFile,
  fileResult,
  hasUnreadableValues,
  loadSla,
  loadedKey,
  locateId,
  targetOf,
  validateSources
} from "./chunk-MEFNZA3D.js";
import "./chunk-4N4AL7CV.js";
import "./chunk-AB5HIWON.js";
import "./chunk-CV7ZEBQK.js";
import "./chunk-BSTRVDCW.js";
import {
  closest
} from "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  checkFile,
  closest,
  fileResult,
  hasUnreadableValues,
  loadSla,
  loadedKey,
  locateId,
  targetOf,
  validateSources
};
