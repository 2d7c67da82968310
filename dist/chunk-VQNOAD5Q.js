import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-GBXMWWEU.js";
import "./chunk-T7D7Y52Q.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-JODO3OYI.js";
import "./chunk-YV6HHI7G.js";
import "./chunk-5WAUNRJN.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-3FKAA6YB.js";
import "./chunk-7K4KXX7O.js";
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
