import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-GZRG2FRR.js";
import "./chunk-UOZ5633M.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-BPFALHRD.js";
import "./chunk-QBHLCFQV.js";
import "./chunk-3OAUNOKW.js";
import "./chunk-HF6OIP2O.js";
import "./chunk-CMYSEXYC.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-QM4QPT47.js";
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
