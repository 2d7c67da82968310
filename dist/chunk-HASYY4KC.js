import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-MEA7BDMI.js";
import "./chunk-7BIT44CE.js";
import "./chunk-ICZ6HGUA.js";
import "./chunk-KXXHUZG2.js";
import "./chunk-NXRS5URH.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-P3CJ5JF6.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
