import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  clip,
  codeSpan,
  escapeMarkdown
} from "./chunk-RADXKD5Y.js";
import {
  COMMENT_MARKER,
  COMMENT_MAX
} from "./chunk-A7JFNN56.js";
import {
  validationJson
} from "./chunk-6VRBZ5LE.js";
import {
  diffSection,
  overallImpact
} from "./chunk-JGDH6M6P.js";
import "./chunk-MBPLZRQR.js";
import {
  diffJson
} from "./chunk-KFF5GMUZ.js";
import "./chunk-H6FZKW75.js";
import "./chunk-WPV2PEYU.js";
import "./chunk-QEX64DGS.js";
import "./chunk-65PU66OT.js";
import "./chunk-GANDJKIS.js";
import "./chunk-AB5HIWON.js";
import "./chunk-HJ74UDHR.js";
import "./chunk-6XWFT2UC.js";
import "./chunk-RM3UL5JP.js";
import "./chunk-4XC5CIYH.js";
import "./chunk-B3JQOF2Z.js";
import "./chunk-D4OHMOMU.js";
import "./chunk-YRYJ7FDC.js";
import "./chunk-IIUHSBYQ.js";
import "./chunk-UXNRCORL.js";

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
function ownApproval(report) {
  const ev = report.evaluation;
  return !report.error && !!ev && ev.validation.errors.length === 0 && ev.approvals.satisfied;
}
function statusLine(report) {
  const own = ownStatusLine(report);
  if (!report.sharedHead?.length) return own;
  if (!ownApproval(report)) return `#${report.pullRequest} blocks: ${own}`;
  const blocking = report.sharedHead.find((p) => !p.approved);
  return blocking ? `#${blocking.pullRequest} blocks: ${blocking.status}` : own;
}
function ownStatusLine(report) {
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
var SUMMARY_PROBLEMS_MAX = 7e5;
var SUMMARY_MAX = 96e4;
var BUDGET = {
  comment: {
    title: 400,
    error: 2e3,
    item: 1e3,
    approvals: 22e3,
    notes: 8e3,
    problems: 12e3
  },
  summary: {
    title: 400,
    error: 4e3,
    item: 2e3,
    approvals: 15e4,
    notes: 3e4,
    problems: SUMMARY_PROBLEMS_MAX
  }
};
var MARGIN = 1e3;
function reportMarkdown(report, everyProblem = false) {
  const budget = everyProblem ? BUDGET.summary : BUDGET.comment;
  const where = everyProblem ? "the JSON report (output `report`)" : "the job summary and the JSON report (output `report`)";
  const parts = [
    `${COMMENT_MARKER}
## ${report.approved ? "\u2705" : "\u274C"} SLA check: ${escapeMarkdown(clip(statusLine(report), budget.title))}`
  ];
  if (report.error)
    parts.push(
      `**The check could not finish**, so nothing is approved: ${escapeMarkdown(clip(report.error, budget.error))}`
    );
  const ev = report.evaluation;
  if (ev && ev.approvals.requirements.length > 0) {
    const rows = ev.approvals.requirements.map(
      (r) => [
        "",
        r.satisfied ? "\u2705" : "\u23F3",
        r.sla ? codeSpan(clip(r.sla, 200), true) : "repository",
        escapeMarkdown(clip(r.reason, budget.item)),
        r.anyOf.length > 0 ? logins(r.anyOf, budget.item) : "nobody (see notes)",
        r.approvedBy.length > 0 ? logins(r.approvedBy, budget.item) : "\u2014",
        ""
      ].join(" | ").trim()
    );
    parts.push(
      [
        "### Approvals",
        "",
        "| | SLA | Why | Who must approve (any of) | Approved by |",
        "|---|---|---|---|---|",
        ...fit(
          rows,
          budget.approvals,
          (n) => `| | \u2026 and ${n} more ${n === 1 ? "requirement" : "requirements"}: see ${where} | | | |`
        )
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
    parts.push(
      [
        "### Notes",
        "",
        ...fit(
          [...new Set(notes)].map((n) => `- ${escapeMarkdown(clip(n, budget.item))}`),
          budget.notes,
          (n) => `- \u2026 and ${n} more ${n === 1 ? "note" : "notes"}: see ${where}`
        )
      ].join("\n")
    );
  if (ev) {
    const problems = [...ev.validation.errors, ...ev.validation.warnings];
    const lines = problems.slice(0, everyProblem ? problems.length : LISTED_PROBLEMS).map(
      (p) => `- ${p.severity === "warning" ? "\u26A0\uFE0F" : "\u274C"} ${codeSpan(clip(`${p.file}${p.line ? `:${p.line}:${p.column}` : ""}`, 300))} ${escapeMarkdown(clip(`${p.rule}: ${p.message}`, budget.item))}`
    );
    if (problems.length > 0)
      parts.push(
        [
          `### Problems in SLA files (${count(ev.validation.errors.length, "error")}, ${count(ev.validation.warnings.length, "warning")})`,
          "",
          ...fit(lines, budget.problems, (n) => `- \u2026and ${n} more in ${where}`, problems.length)
        ].join("\n")
      );
  }
  const head = parts.join("\n\n") + "\n\n";
  if (!ev) return head;
  const room = Math.min(COMMENT_MAX, (everyProblem ? SUMMARY_MAX : COMMENT_MAX) - head.length) - MARGIN;
  return head + (room > 2e3 ? diffSection(ev.diff, room) : `_The commitment diff did not fit; see ${everyProblem ? "the JSON report (output `report`)" : "the job summary"}._
`);
}
function fit(lines, max, more, total = lines.length) {
  const kept = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > max - 200) break;
    kept.push(line);
    size += line.length + 1;
  }
  const cut = total - kept.length;
  return cut > 0 ? [...kept, more(cut)] : kept;
}
function logins(names, max) {
  return codeSpan(clip(names.join(", "), max), true);
}
function count(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
export {
  COMMENT_MARKER,
  SUMMARY_PROBLEMS_MAX,
  overallImpact,
  ownApproval,
  ownStatusLine,
  reportJson,
  reportMarkdown,
  statusLine
};
