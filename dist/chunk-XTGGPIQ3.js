import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-LW5XBMJG.js";
import "./chunk-FGJCYZTC.js";
import "./chunk-WPW5WIIQ.js";
import "./chunk-7KJUS66R.js";
import "./chunk-JUSJH2JZ.js";
import "./chunk-HTSOQ6W4.js";
import "./chunk-U3ASBJTP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
