import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-U6JZ7MHS.js";
import "./chunk-EKPSM2F2.js";
import "./chunk-6YTGVMKQ.js";
import "./chunk-6Q2U6NGR.js";
import "./chunk-EKZYHXFH.js";
import "./chunk-WHMCXE4I.js";
import "./chunk-62SII5LO.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-HUCPRI26.js";
import "./chunk-I3EHTS7Z.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-IQJHOTYI.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-Z2PQGFF2.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
