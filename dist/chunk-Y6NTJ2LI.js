import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-6WJW2PAF.js";
import "./chunk-FFH5R5YW.js";
import "./chunk-XTU7B26W.js";
import "./chunk-YQSAAORW.js";
import "./chunk-GMU7QWER.js";
import "./chunk-Q26EP4HQ.js";
import "./chunk-62BJN3L4.js";
import "./chunk-Q4IDZCGY.js";
export {
  diffSection,
  evaluate
};
