import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  checkPullRequest,
  diffSection
} from "./chunk-BVQROXBF.js";
import "./chunk-T4SE75CB.js";
import "./chunk-R4EOQU6P.js";
import "./chunk-S6I4SOBV.js";
import "./chunk-S2C365AO.js";
import "./chunk-Z67LXXWP.js";
import "./chunk-BPFALHRD.js";
import "./chunk-XZIAJOGP.js";
import "./chunk-I2GQPQKX.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-ZCC6QXEM.js";
import "./chunk-XRFRKGJ7.js";
import "./chunk-NUAC64B5.js";
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
