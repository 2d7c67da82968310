import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
} from "./chunk-DUJAGSKI.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";
export {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
};
