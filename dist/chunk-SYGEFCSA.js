import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-6Y6TKV2T.js";
import "./chunk-5UDAZAQ4.js";
import "./chunk-R6Z33UEG.js";
import "./chunk-GSJQI2HI.js";
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig
} from "./chunk-UAFVYJPL.js";
import "./chunk-UXNRCORL.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
