import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-WPV2PEYU.js";
import "./chunk-AB5HIWON.js";
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig
} from "./chunk-4XC5CIYH.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
