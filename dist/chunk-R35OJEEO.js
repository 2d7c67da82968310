import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-DFHBOWZY.js";
import "./chunk-DHHLPLN6.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-SKE6H2LE.js";
import "./chunk-KZWPO6ER.js";
import "./chunk-XGHQJ662.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-EYM355KG.js";
import "./chunk-SYYUSHZA.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-JPF7NT7D.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
