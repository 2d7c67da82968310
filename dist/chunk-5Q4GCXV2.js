import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
} from "./chunk-XUPV5JEU.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  combineResults,
  filesSharingIds,
  holdsOn,
  ownString,
  problemLines
};
