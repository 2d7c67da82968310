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
} from "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-B3JQOF2Z.js";
import "./chunk-D4OHMOMU.js";
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
