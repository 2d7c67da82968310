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
} from "./chunk-IHMP2E4F.js";
import "./chunk-XJOKPR4I.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-CV7ZEBQK.js";
import "./chunk-BSTRVDCW.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
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
