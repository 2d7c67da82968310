import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-G5SXK3YA.js";
import "./chunk-5AWP2I7L.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-JODO3OYI.js";
import "./chunk-UWCE77RM.js";
import "./chunk-5WAUNRJN.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-3FKAA6YB.js";
import "./chunk-L2X3K677.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-AHHAPUMD.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
