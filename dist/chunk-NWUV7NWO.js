import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-TNOHJXOM.js";
import "./chunk-HFIF4VA3.js";
import "./chunk-6YTGVMKQ.js";
import "./chunk-AUCHS6GD.js";
import "./chunk-FXC4ABO5.js";
import "./chunk-SJHWFDGS.js";
import "./chunk-FY4HEN3Z.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-SCXMNKAE.js";
import "./chunk-AJSQETJJ.js";
import "./chunk-WNWO5KMK.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-A7LEZXEI.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-F7GHSEAB.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
