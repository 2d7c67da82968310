import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  problemLines
} from "./chunk-GANDJKIS.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  combineResults,
  filesSharingIds,
  holdsOn,
  problemLines
};
