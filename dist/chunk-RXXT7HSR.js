import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  COMMENT_MARKER,
  COMMENT_MAX
} from "./chunk-A5Z36W45.js";
import {
  diffSection
} from "./chunk-4TLUC4VT.js";
import {
  validationJson
} from "./chunk-7TIRIMKN.js";
import {
  IMPACT_ORDER,
  diffJson
} from "./chunk-MGZZEWTC.js";
import "./chunk-P3BSYDIW.js";
import "./chunk-SJ265C7K.js";
import "./chunk-B4AUH2MS.js";

// src/approval/format.ts
function approvalsJson(result) {
  return JSON.stringify(result, null, 2) + "\n";
}

// action/report.ts
function reportJson(report) {
  const { evaluation, ...decision } = report;
  const parts = evaluation ? {
    validation: JSON.parse(validationJson(evaluation.validation)),
    diff: JSON.parse(diffJson(evaluation.diff)),
    approvals: JSON.parse(approvalsJson(evaluation.approvals))
  } : {};
  return JSON.stringify({ ...decision, ...parts }, null, 2) + "\n";
}
function overallImpact(diff) {
  const found = new Set(diff?.slas.map((s) => s.impact) ?? []);
  return IMPACT_ORDER.find((i) => found.has(i)) ?? "none";
}
function statusLine(report) {
  if (report.error) return `Check failed: ${report.error}`;
  const ev = report.evaluation;
  if (!ev) return "Check failed";
  if (ev.validation.errors.length > 0)
    return `${count(ev.validation.errors.length, "SLA file problem")}: fix them before approval`;
  const missing = ev.approvals.requirements.filter((r) => !r.satisfied);
  if (missing.length === 0)
    return ev.approvals.requirements.length === 0 ? "No SLA commitment changed" : `Approved by the owners (${ev.approvals.requirements.length} requirement${ev.approvals.requirements.length === 1 ? "" : "s"})`;
  const first = missing[0];
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : "";
  const what = first.sla ?? "the repository change";
  if (first.anyOf.length === 0) return `Nobody can approve ${what} yet: see the comment${more}`;
  return `Waiting for ${first.anyOf.join(" or ")} to approve ${what}${more}`;
}
var LISTED_PROBLEMS = 50;
var SUMMARY_PROBLEMS_MAX = 8e5;
function reportMarkdown(report, everyProblem = false) {
  const parts = [
    `${COMMENT_MARKER}
## ${report.approved ? "\u2705" : "\u274C"} SLA check: ${escape(statusLine(report))}`
  ];
  if (report.error)
    parts.push(`**The check could not finish**, so nothing is approved: ${escape(report.error)}`);
  const ev = report.evaluation;
  if (ev && ev.approvals.requirements.length > 0) {
    const rows = ev.approvals.requirements.map(
      (r) => `| ${r.satisfied ? "\u2705" : "\u23F3"} | ${cell(r.sla ?? "repository")} | ${cell(r.reason)} | ${cell(r.anyOf.join(", ") || "nobody (see notes)")} | ${cell(r.approvedBy.join(", ") || "\u2014")} |`
    );
    parts.push(
      [
        "### Approvals",
        "",
        "| | SLA | Why | Who must approve (any of) | Approved by |",
        "|---|---|---|---|---|",
        ...rows
      ].join("\n")
    );
  }
  const notes = [
    ...ev?.approvals.requirements.flatMap(
      (r) => r.notes.map((n) => r.sla ? `${r.sla}: ${n}` : n)
    ) ?? [],
    ...report.notes
  ];
  if (notes.length > 0)
    parts.push(["### Notes", "", ...[...new Set(notes)].map((n) => `- ${escape(n)}`)].join("\n"));
  if (ev) {
    const problems = [...ev.validation.errors, ...ev.validation.warnings];
    const lines = [];
    let size = 0;
    for (const p of problems) {
      if (!everyProblem && lines.length === LISTED_PROBLEMS) break;
      const line = `- ${p.severity === "warning" ? "\u26A0\uFE0F" : "\u274C"} \`${p.file}${p.line ? `:${p.line}:${p.column}` : ""}\` ${p.rule}: ${escape(p.message)}`;
      size += line.length + 1;
      if (size > SUMMARY_PROBLEMS_MAX) break;
      lines.push(line);
    }
    const where = everyProblem ? "the JSON report (output `report`)" : "the job summary and the JSON report (output `report`)";
    if (problems.length > 0)
      parts.push(
        [
          `### Problems in SLA files (${count(ev.validation.errors.length, "error")}, ${count(ev.validation.warnings.length, "warning")})`,
          "",
          ...lines,
          ...lines.length < problems.length ? [`- \u2026and ${problems.length - lines.length} more in ${where}`] : []
        ].join("\n")
      );
  }
  const head = parts.join("\n\n") + "\n\n";
  if (!ev) return head;
  const room = COMMENT_MAX - 1e3 - head.length;
  return head + (room > 2e3 ? diffSection(ev.diff, room) : `_The commitment diff did not fit; see ${everyProblem ? "the JSON report (output `report`)" : "the job summary"}._
`);
}
function escape(text) {
  return text.replace(/[<>]/g, (c) => c === "<" ? "&lt;" : "&gt;");
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function count(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
export {
  COMMENT_MARKER,
  SUMMARY_PROBLEMS_MAX,
  overallImpact,
  reportJson,
  reportMarkdown,
  statusLine
};
