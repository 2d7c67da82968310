import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-2YQ3YPRE.js";
import "./chunk-V3IM4QP7.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-TNE24Y6S.js";
import "./chunk-BUCGR3XP.js";
import "./chunk-WOUFEWYH.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-AZKM2TAM.js";
import "./chunk-LPGQHUE5.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-NNEVGABE.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
