import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
} from "./chunk-SJ265C7K.js";
import "./chunk-B4AUH2MS.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
