import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-7J74RXKE.js";
import "./chunk-MDCA7XLT.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-HT3TZZTN.js";
import "./chunk-HDEMJFD6.js";
import "./chunk-3XLTEA6Y.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-3QCEZBB5.js";
import "./chunk-VH55XEMK.js";
import "./chunk-J5MQS37P.js";
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
