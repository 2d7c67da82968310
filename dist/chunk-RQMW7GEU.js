import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-KXXHUZG2.js";
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig
} from "./chunk-IVPEN3YP.js";
import "./chunk-MPHHO6IK.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
