import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-CFKVGF5E.js";
import "./chunk-FMW4GHLV.js";
import "./chunk-KFF5GMUZ.js";
import "./chunk-ASKB3QPD.js";
import "./chunk-WPV2PEYU.js";
import "./chunk-MEFNZA3D.js";
import "./chunk-4N4AL7CV.js";
import "./chunk-AB5HIWON.js";
import "./chunk-XJOKPR4I.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-CV7ZEBQK.js";
import "./chunk-BSTRVDCW.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
