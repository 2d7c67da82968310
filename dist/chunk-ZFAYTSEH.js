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
} from "./chunk-LU5JC3EH.js";
import "./chunk-TGWFRL7T.js";
import "./chunk-DFK54U55.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-UYT2E3AA.js";
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
