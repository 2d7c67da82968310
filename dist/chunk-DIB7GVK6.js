import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-RLZUQUI5.js";
import "./chunk-55TL3U4G.js";
import "./chunk-JXQEP36V.js";
import "./chunk-FMIUBLAS.js";
import "./chunk-DYP3ZHLO.js";
import "./chunk-4FXWW6SL.js";
import "./chunk-76SOX2HU.js";
import "./chunk-NUCROWHK.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-IC5ONCYF.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-66NBA3B4.js";
import "./chunk-RIDCRAUR.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
