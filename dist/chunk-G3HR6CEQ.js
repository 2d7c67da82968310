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
} from "./chunk-5BK5CW2Y.js";
import "./chunk-DNUIOSO7.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-SCPTK3S2.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-RBIKB5Y5.js";
import "./chunk-RIDCRAUR.js";
import "./chunk-UAFVYJPL.js";
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
