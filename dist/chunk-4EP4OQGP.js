import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-4TLUC4VT.js";
import "./chunk-MGZZEWTC.js";
import "./chunk-P3BSYDIW.js";
import "./chunk-SJ265C7K.js";
import "./chunk-B4AUH2MS.js";
export {
  diffSection,
  evaluate
};
