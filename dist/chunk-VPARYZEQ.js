import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-GLCNYN3Q.js";
import "./chunk-3CPNTOIG.js";
import "./chunk-MAW2M2FS.js";
import "./chunk-R6D4NC2J.js";
import "./chunk-JCSMPDYG.js";
import "./chunk-KCX6WUTJ.js";
import "./chunk-D4POBQ5Q.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-AWQWGTBX.js";
import "./chunk-LOFP6V5B.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-L5UOXWUK.js";
import "./chunk-AWWEJAFD.js";
import "./chunk-QQX4TAXG.js";
import "./chunk-TSEI73TY.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
