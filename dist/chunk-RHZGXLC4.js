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
} from "./chunk-KCX6WUTJ.js";
import "./chunk-D4POBQ5Q.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-L5UOXWUK.js";
import "./chunk-AWWEJAFD.js";
import {
  closest
} from "./chunk-QQX4TAXG.js";
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
