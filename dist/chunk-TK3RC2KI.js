import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-76IOE6JA.js";
import "./chunk-ESSNL3KP.js";
import "./chunk-WPW5WIIQ.js";
import "./chunk-7KJUS66R.js";
import "./chunk-PZMO5G7X.js";
import "./chunk-7PYS6RL3.js";
import "./chunk-MCIV6Y2K.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-U3ASBJTP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
