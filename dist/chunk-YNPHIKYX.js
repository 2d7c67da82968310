import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-75SLD6N2.js";
import "./chunk-YDYXILJQ.js";
import "./chunk-ICZ6HGUA.js";
import "./chunk-KXXHUZG2.js";
import "./chunk-WL4GGEKK.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-PR7M5LCM.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
