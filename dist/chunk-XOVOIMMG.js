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
} from "./chunk-XZIAJOGP.js";
import "./chunk-I2GQPQKX.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-65IPTWZQ.js";
import "./chunk-DUJAGSKI.js";
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
