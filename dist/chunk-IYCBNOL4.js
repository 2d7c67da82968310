import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-DLYJYYIN.js";
import "./chunk-Q45SV5KH.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-HT3TZZTN.js";
import "./chunk-BUCGR3XP.js";
import "./chunk-WYOP3PJH.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-VH55XEMK.js";
import "./chunk-DXRZHZ7T.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-VIWOLIOA.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
