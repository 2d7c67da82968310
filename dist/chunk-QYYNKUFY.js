import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-H4B5FQIS.js";
import "./chunk-TG76XE2L.js";
import "./chunk-JXQEP36V.js";
import "./chunk-FMIUBLAS.js";
import "./chunk-EHPUUVOZ.js";
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
