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
} from "./chunk-JXLZ63IU.js";
import "./chunk-D4POBQ5Q.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-VRAVBB4W.js";
import "./chunk-AWWEJAFD.js";
import {
  closest
} from "./chunk-JPYFHASP.js";
import "./chunk-TSEI73TY.js";
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
