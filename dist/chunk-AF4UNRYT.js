import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-HDEMJFD6.js";
import "./chunk-3QCEZBB5.js";
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig
} from "./chunk-UAFVYJPL.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
import "./chunk-UXNRCORL.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
