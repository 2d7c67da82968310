import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-VWH3EYGN.js";
import "./chunk-NN5TF44J.js";
import "./chunk-6YTGVMKQ.js";
import "./chunk-C6WB2QBR.js";
import "./chunk-EKZYHXFH.js";
import "./chunk-SZIRFKP7.js";
import "./chunk-62SII5LO.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-ZUHDHIJT.js";
import "./chunk-I3EHTS7Z.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-SCEKKVBL.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-Z2PQGFF2.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
