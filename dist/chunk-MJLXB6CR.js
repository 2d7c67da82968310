import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-3F5IIJBH.js";
import "./chunk-DDSW7XMW.js";
import "./chunk-JXQEP36V.js";
import "./chunk-M2SGXJKW.js";
import "./chunk-DYP3ZHLO.js";
import "./chunk-55XCL6SX.js";
import "./chunk-76SOX2HU.js";
import "./chunk-Q3JOKTEH.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-7H4AXWWS.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-327KVUKL.js";
import "./chunk-RIDCRAUR.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
