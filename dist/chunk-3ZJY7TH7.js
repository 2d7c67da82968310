import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-OVEQLZ74.js";
import "./chunk-QHDIRUSG.js";
import "./chunk-ICZ6HGUA.js";
import "./chunk-KXXHUZG2.js";
import "./chunk-CDEXZA6Q.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-U7HLA2WY.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
