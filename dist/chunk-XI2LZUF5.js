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
} from "./chunk-6EB6E5XP.js";
import "./chunk-AWQWGTBX.js";
import "./chunk-LOFP6V5B.js";
import "./chunk-5PLR7RFZ.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-L5UOXWUK.js";
import "./chunk-AWWEJAFD.js";
import "./chunk-QQX4TAXG.js";
import "./chunk-TSEI73TY.js";
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
