import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-JQ4EPRN7.js";
import "./chunk-R33Y6RYW.js";
import "./chunk-7OOGN22U.js";
import "./chunk-JNLKY4P2.js";
import "./chunk-FNWHU4PM.js";
import "./chunk-3FITKEF7.js";
import "./chunk-LKWGIJ6H.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-BDTECELO.js";
import "./chunk-QXNGXNWX.js";
export {
  diffSection,
  evaluate
};
