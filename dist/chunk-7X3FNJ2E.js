import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-S3EG22WU.js";
import "./chunk-QAX4BK4O.js";
import "./chunk-PQ3Z3XSB.js";
import "./chunk-QMFGUMPB.js";
import "./chunk-UXNRCORL.js";
export {
  diffSection,
  evaluate
};
