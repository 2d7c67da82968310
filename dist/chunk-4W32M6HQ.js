import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  parseConfig
} from "./chunk-JNLKY4P2.js";
import {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig
} from "./chunk-BDTECELO.js";
import "./chunk-QXNGXNWX.js";
export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
