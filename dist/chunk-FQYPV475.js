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
} from "./chunk-FTH3W6R5.js";
import "./chunk-SCXMNKAE.js";
import "./chunk-AJSQETJJ.js";
import "./chunk-WNWO5KMK.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-A7LEZXEI.js";
import "./chunk-QWF2WHNW.js";
import "./chunk-F7GHSEAB.js";
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
