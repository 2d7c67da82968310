import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-4WARW75C.js";
import "./chunk-IBQUVSBD.js";
import "./chunk-PQ3Z3XSB.js";
import "./chunk-QMFGUMPB.js";
import "./chunk-UXNRCORL.js";
export {
  diffSection,
  evaluate
};
