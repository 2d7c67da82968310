import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-52DA3WR2.js";
import "./chunk-4HGHO6GS.js";
import "./chunk-JXQEP36V.js";
import "./chunk-6Y6TKV2T.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-5DKF5AQ7.js";
import "./chunk-76SOX2HU.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-7EKGO7AU.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-R6Z33UEG.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-PO5TPEHB.js";
import "./chunk-RIDCRAUR.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
