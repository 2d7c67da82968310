import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-IVIRVTZT.js";
import "./chunk-VEMY2OXE.js";
import "./chunk-EHPUUVOZ.js";
import "./chunk-62CVBSS5.js";
import "./chunk-BPFALHRD.js";
import "./chunk-XZIAJOGP.js";
import "./chunk-I2GQPQKX.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-ANWY2CAU.js";
import "./chunk-PL42FOGE.js";
import "./chunk-UN75OMJ2.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-65IPTWZQ.js";
import "./chunk-DUJAGSKI.js";
import "./chunk-WGST6NGN.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-UXNRCORL.js";
export {
  checkPullRequest,
  diffSection
};
