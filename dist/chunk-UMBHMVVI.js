import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  diffSection,
  evaluate
} from "./chunk-ECUWVZPU.js";
import "./chunk-UYIW7PZZ.js";
import "./chunk-XO6P6KXW.js";
import "./chunk-MWCC4M7Q.js";
import "./chunk-Q4IDZCGY.js";
export {
  diffSection,
  evaluate
};
