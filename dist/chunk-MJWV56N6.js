import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-GAY2C56U.js";
import "./chunk-MGPQOGZK.js";
import "./chunk-JXQEP36V.js";
import "./chunk-FMIUBLAS.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-UK4CMSF7.js";
import "./chunk-76SOX2HU.js";
import "./chunk-RODLFMTE.js";
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
