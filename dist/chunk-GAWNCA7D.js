import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-RHYU3C2I.js";
import "./chunk-OMVFEKZH.js";
import "./chunk-ICZ6HGUA.js";
import "./chunk-KXXHUZG2.js";
import "./chunk-NLOFU4E3.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-GRSKGN6Z.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
