import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-5LFAJR46.js";
import "./chunk-K2NZUP5J.js";
import "./chunk-7JEF32AT.js";
import "./chunk-EQJPSIIZ.js";
import "./chunk-53IH6WOM.js";
import "./chunk-L3FLQMPA.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-ZC3AZLC7.js";
import "./chunk-NARJW5OW.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-Y7XHWFBC.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-7EJCZLG5.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
