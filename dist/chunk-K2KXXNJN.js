import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  DEFAULT_TIMEOUT_MS,
  createHttpPrometheus,
  measure,
  periodEnd,
  periodRange,
  planMeasurements,
  planResultsWrites,
  redact,
  resultsFileText,
  resultsPathOf
} from "./chunk-V3ULE2C6.js";
import "./chunk-ZUHDHIJT.js";
import "./chunk-I3EHTS7Z.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-SCEKKVBL.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-Z2PQGFF2.js";
import "./chunk-CTNFCGGS.js";
import "./chunk-UXNRCORL.js";
export {
  DEFAULT_TIMEOUT_MS,
  createHttpPrometheus,
  measure,
  periodEnd,
  periodRange,
  planMeasurements,
  planResultsWrites,
  redact,
  resultsFileText,
  resultsPathOf
};
