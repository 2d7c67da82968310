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
} from "./chunk-LFYCAFTU.js";
import "./chunk-3Z6OKARA.js";
import "./chunk-2FX7XFFG.js";
import "./chunk-SUEXIVRY.js";
import "./chunk-UAFVYJPL.js";
import "./chunk-DEMXOW62.js";
import "./chunk-XUPV5JEU.js";
import "./chunk-KX2P4JTC.js";
import "./chunk-EHYSJPJW.js";
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
