import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-UFLYWPPO.js";
import "./chunk-ZNBFIB2A.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-H4C3HQ5F.js";
import "./chunk-YV6HHI7G.js";
import "./chunk-F5674URB.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-TGWFRL7T.js";
import "./chunk-DFK54U55.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-UYT2E3AA.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
