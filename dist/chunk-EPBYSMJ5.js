import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-JGDH6M6P.js";
import "./chunk-MBPLZRQR.js";
import "./chunk-KFF5GMUZ.js";
import "./chunk-H6FZKW75.js";
import "./chunk-WPV2PEYU.js";
import "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-HJ74UDHR.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
