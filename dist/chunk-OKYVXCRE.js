import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-Q6BHCHTE.js";
import "./chunk-5W7ML4QA.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-SKE6H2LE.js";
import "./chunk-HDEMJFD6.js";
import "./chunk-VFEVQV2T.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-3QCEZBB5.js";
import "./chunk-EYM355KG.js";
import "./chunk-TK3IHNH5.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-JPF7NT7D.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
