import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-JDO7GBAN.js";
import "./chunk-UXM2P2ZC.js";
import "./chunk-WRD2VZC4.js";
import "./chunk-WKOAGZ7W.js";
import "./chunk-UXNRCORL.js";
export {
  diffSection,
  evaluate
};
