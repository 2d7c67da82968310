import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
} from "./chunk-BSTRVDCW.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
};
