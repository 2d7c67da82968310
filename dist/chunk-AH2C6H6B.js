import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-BOMWBGCF.js";
import "./chunk-E6HZITOL.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-RPSQLV4W.js";
import "./chunk-YNJTJ3MD.js";
import "./chunk-D3AM5426.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-DWNEUQMX.js";
import "./chunk-Y2D4PX6P.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-KFHEY7SZ.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-ZZ6NOVUO.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
