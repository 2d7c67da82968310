import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
} from "./chunk-AWWEJAFD.js";
import "./chunk-TSEI73TY.js";
import "./chunk-UXNRCORL.js";
export {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
};
