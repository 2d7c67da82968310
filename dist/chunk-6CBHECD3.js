import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection,
  evaluate
} from "./chunk-YV52VTHR.js";
import "./chunk-WHVM2VOT.js";
import "./chunk-JXQEP36V.js";
import "./chunk-KDUGT3F6.js";
import "./chunk-DYP3ZHLO.js";
import "./chunk-B4JM7TJO.js";
import "./chunk-76SOX2HU.js";
import "./chunk-DNUIOSO7.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-SCPTK3S2.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-RBIKB5Y5.js";
import "./chunk-RIDCRAUR.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection,
  evaluate
};
