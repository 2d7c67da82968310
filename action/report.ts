// The check's report: the JSON written for the `report` output, and the markdown of the sticky
// comment and the job summary. Pure functions of the evaluation (no clock, sorted input).
import { approvalsJson } from '../src/approval/format.js';
import { diffJson } from '../src/diff/format.js';
import { IMPACT_ORDER, type CommitmentDiff, type Impact } from '../src/diff/types.js';
import { validationJson } from '../src/validate/format.js';
import { COMMENT_MARKER, COMMENT_MAX } from './github.js';
import { diffSection, type Evaluation } from './pipeline.js';

export { COMMENT_MARKER } from './github.js';

export interface CheckReport {
  approved: boolean;
  impact: Impact;
  pullRequest: number;
  head: string;
  base: string;
  /** Why the check could not decide (API errors); approved is then false. */
  error?: string;
  /** Facts a reviewer needs: unverifiable team memberships, fallbacks. */
  notes: string[];
  evaluation?: Evaluation;
}

/**
 * The JSON report of the `report` output: the decision, then validation, diff and approvals in
 * the JSON contracts of `slac validate`, `slac diff` and `slac approvals`.
 */
export function reportJson(report: CheckReport): string {
  const { evaluation, ...decision } = report;
  const parts = evaluation
    ? {
        validation: JSON.parse(validationJson(evaluation.validation)) as unknown,
        diff: JSON.parse(diffJson(evaluation.diff)) as unknown,
        approvals: JSON.parse(approvalsJson(evaluation.approvals)) as unknown,
      }
    : {};
  return JSON.stringify({ ...decision, ...parts }, null, 2) + '\n';
}

/** The most severe impact of the diff, `none` when no SLA changed. */
export function overallImpact(diff: CommitmentDiff | undefined): Impact {
  const found = new Set(diff?.slas.map((s) => s.impact) ?? []);
  return IMPACT_ORDER.find((i) => found.has(i)) ?? 'none';
}

/** The one-line reason of the commit status. */
export function statusLine(report: CheckReport): string {
  if (report.error) return `Check failed: ${report.error}`;
  const ev = report.evaluation;
  if (!ev) return 'Check failed';
  if (ev.validation.errors.length > 0)
    return `${count(ev.validation.errors.length, 'SLA file problem')}: fix them before approval`;
  const missing = ev.approvals.requirements.filter((r) => !r.satisfied);
  if (missing.length === 0)
    return ev.approvals.requirements.length === 0
      ? 'No SLA commitment changed'
      : `Approved by the owners (${ev.approvals.requirements.length} requirement${ev.approvals.requirements.length === 1 ? '' : 's'})`;
  const first = missing[0]!;
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
  const what = first.sla ?? 'the repository change';
  if (first.anyOf.length === 0) return `Nobody can approve ${what} yet: see the comment${more}`;
  return `Waiting for ${first.anyOf.join(' or ')} to approve ${what}${more}`;
}

/** Problems listed in the comment; the job summary and the JSON report list them all. */
const LISTED_PROBLEMS = 50;

/**
 * Characters of problems in the job summary: GitHub refuses a step summary over 1 MiB, so a
 * flood of problems stops here and the JSON report holds the rest.
 */
export const SUMMARY_PROBLEMS_MAX = 800_000;

/**
 * Markdown of the sticky comment (with its marker) and the job summary: the decision, the
 * approvals, notes and problems first; the commitment diff gets the room that is left under
 * GitHub's comment limit. `everyProblem` lists all problems (for the job summary).
 */
export function reportMarkdown(report: CheckReport, everyProblem = false): string {
  const parts: string[] = [
    `${COMMENT_MARKER}\n## ${report.approved ? '✅' : '❌'} SLA check: ${escape(statusLine(report))}`,
  ];
  if (report.error)
    parts.push(`**The check could not finish**, so nothing is approved: ${escape(report.error)}`);
  const ev = report.evaluation;
  if (ev && ev.approvals.requirements.length > 0) {
    const rows = ev.approvals.requirements.map(
      (r) =>
        `| ${r.satisfied ? '✅' : '⏳'} | ${cell(r.sla ?? 'repository')} | ${cell(r.reason)} | ${cell(r.anyOf.join(', ') || 'nobody (see notes)')} | ${cell(r.approvedBy.join(', ') || '—')} |`,
    );
    parts.push(
      [
        '### Approvals',
        '',
        '| | SLA | Why | Who must approve (any of) | Approved by |',
        '|---|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
  }
  const notes = [
    ...(ev?.approvals.requirements.flatMap((r) =>
      r.notes.map((n) => (r.sla ? `${r.sla}: ${n}` : n)),
    ) ?? []),
    ...report.notes,
  ];
  if (notes.length > 0)
    parts.push(['### Notes', '', ...[...new Set(notes)].map((n) => `- ${escape(n)}`)].join('\n'));
  if (ev) {
    const problems = [...ev.validation.errors, ...ev.validation.warnings];
    const lines: string[] = [];
    let size = 0;
    for (const p of problems) {
      if (!everyProblem && lines.length === LISTED_PROBLEMS) break;
      const line = `- ${p.severity === 'warning' ? '⚠️' : '❌'} \`${p.file}${p.line ? `:${p.line}:${p.column}` : ''}\` ${p.rule}: ${escape(p.message)}`;
      size += line.length + 1;
      if (size > SUMMARY_PROBLEMS_MAX) break;
      lines.push(line);
    }
    const where = everyProblem
      ? 'the JSON report (output `report`)'
      : 'the job summary and the JSON report (output `report`)';
    if (problems.length > 0)
      parts.push(
        [
          `### Problems in SLA files (${count(ev.validation.errors.length, 'error')}, ${count(ev.validation.warnings.length, 'warning')})`,
          '',
          ...lines,
          ...(lines.length < problems.length
            ? [`- …and ${problems.length - lines.length} more in ${where}`]
            : []),
        ].join('\n'),
      );
  }
  const head = parts.join('\n\n') + '\n\n';
  if (!ev) return head;
  const room = COMMENT_MAX - 1_000 - head.length;
  return (
    head +
    (room > 2_000
      ? diffSection(ev.diff, room)
      : `_The commitment diff did not fit; see ${everyProblem ? 'the JSON report (output `report`)' : 'the job summary'}._\n`)
  );
}

function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
