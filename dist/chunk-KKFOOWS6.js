import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-3JV47PI2.js";
import "./chunk-ERONLVZ2.js";
import "./chunk-WRD2VZC4.js";
import "./chunk-HMPIHDAT.js";
import "./chunk-UXNRCORL.js";
export {
  diffSection,
  evaluate
};
