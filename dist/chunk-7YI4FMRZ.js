import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-4L5IJECW.js";
import "./chunk-YTOOPVXF.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-BPFALHRD.js";
import "./chunk-24MC23X2.js";
import "./chunk-ORGW72JU.js";
import "./chunk-HF6OIP2O.js";
import "./chunk-CMYSEXYC.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-IRYSO36V.js";
import "./chunk-NUAC64B5.js";
import "./chunk-UN75OMJ2.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-QWO3X5FU.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
