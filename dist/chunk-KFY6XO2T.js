import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
} from "./chunk-QMFGUMPB.js";
import "./chunk-UXNRCORL.js";
export {
  CONFIG_FILE,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  parseConfig
};
