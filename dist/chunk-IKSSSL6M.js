import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-BV74YRWG.js";
import "./chunk-P3WEUHW3.js";
import "./chunk-WPW5WIIQ.js";
import "./chunk-7KJUS66R.js";
import "./chunk-FBW7NOYM.js";
import "./chunk-HTSOQ6W4.js";
import "./chunk-U3ASBJTP.js";
import "./chunk-MPHHO6IK.js";
export {
  diffSection,
  evaluate
};
