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
} from "./chunk-FR576JA5.js";
import "./chunk-Q3JOKTEH.js";
import "./chunk-BLEPBWJI.js";
import "./chunk-7H4AXWWS.js";
import "./chunk-GSJQI2HI.js";
import "./chunk-327KVUKL.js";
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
