import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-H3VGXMNO.js";
import "./chunk-K6TQ765D.js";
import "./chunk-ICZ6HGUA.js";
import "./chunk-KXXHUZG2.js";
import "./chunk-VQP4HOHD.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-U43VBOBA.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
