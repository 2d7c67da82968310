import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-PLM7NDNH.js";
import "./chunk-KUS6J7T5.js";
import "./chunk-GAY6GHIG.js";
import "./chunk-26DLY565.js";
import "./chunk-KR6EXZO2.js";
import "./chunk-RAKO6XAY.js";
import "./chunk-SLBGEEGG.js";
import "./chunk-AB5HIWON.js";
import "./chunk-47WE53KC.js";
import "./chunk-5ZZBCVNY.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-RJU5RDRQ.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-TRX3Y6ER.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
