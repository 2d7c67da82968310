import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-BMNOAXJ7.js";
import "./chunk-3ZCJFXA7.js";
import "./chunk-MAW2M2FS.js";
import "./chunk-WH62RQ36.js";
import "./chunk-EAU4GXPE.js";
import "./chunk-JXLZ63IU.js";
import "./chunk-D4POBQ5Q.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-4MI4DYB6.js";
import "./chunk-LDC2HS5Q.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-VRAVBB4W.js";
import "./chunk-AWWEJAFD.js";
import "./chunk-JPYFHASP.js";
import "./chunk-TSEI73TY.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
