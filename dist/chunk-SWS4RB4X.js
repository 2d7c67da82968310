import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-2VBIW3ZE.js";
import "./chunk-AWHSNUOF.js";
import "./chunk-XTU7B26W.js";
import "./chunk-FWG2JXYA.js";
import "./chunk-HVTOWVHM.js";
import "./chunk-HTSOQ6W4.js";
import "./chunk-A6OHGYF3.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
