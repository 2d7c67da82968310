import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-QAEZXSNO.js";
import "./chunk-VEXXSFUZ.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-3KOFYMNT.js";
import "./chunk-OEHAPTO5.js";
import "./chunk-5IV4JLYY.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-3Z6OKARA.js";
import "./chunk-2FX7XFFG.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-DEMXOW62.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
