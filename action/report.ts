// The check's report: the JSON written for the `report` output, and the markdown of the sticky
// comment and the job summary. Pure functions of the evaluation (no clock, sorted input).
import { IMPACT_ORDER, type CommitmentDiff, type Impact } from '../src/diff/types.js';
import type { Problem } from '../src/model/problem.js';
import { COMMENT_MAX } from './github.js';
import { diffSection, type Evaluation } from './pipeline.js';

export const COMMENT_MARKER = '<!-- slac:report -->';

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
  const more = missing.length > 1 ? ` and ${missing.length - 1} more` : '';
  return `Waiting for ${first.anyOf.join(' or ')} to approve ${first.sla}${more}`;
}

/** Markdown of the sticky comment (with its marker) and the job summary. */
export function reportMarkdown(report: CheckReport, extraProblems: Problem[] = []): string {
  const header = `${COMMENT_MARKER}\n## ${report.approved ? '✅' : '❌'} SLA check: ${statusLine(report)}\n`;
  const parts: string[] = [];
  if (report.error)
    parts.push(`**The check could not finish**, so nothing is approved: ${report.error}`);
  const ev = report.evaluation;
  if (ev) {
    if (ev.approvals.requirements.length > 0) {
      const rows = ev.approvals.requirements.map(
        (r) =>
          `| ${r.satisfied ? '✅' : '⏳'} | ${cell(r.sla)} | ${cell(r.reason)} | ${cell(r.anyOf.join(', '))} | ${cell(r.approvedBy.join(', ') || '—')} |`,
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
    if (report.notes.length > 0)
      parts.push(['### Notes', '', ...report.notes.map((n) => `- ${n}`)].join('\n'));
    parts.push(
      `### What changed for customers (impact: ${report.impact})\n\n${diffSection(ev.diff)}`,
    );
    const problems = [...ev.validation.errors, ...ev.validation.warnings, ...extraProblems];
    if (problems.length > 0)
      parts.push(
        [
          `### Problems in SLA files (${count(ev.validation.errors.length, 'error')}, ${count(ev.validation.warnings.length, 'warning')})`,
          '',
          ...problems.map(
            (p) =>
              `- ${p.severity === 'warning' ? '⚠️' : '❌'} \`${p.file}${p.line ? `:${p.line}:${p.column}` : ''}\` ${p.rule}: ${p.message}`,
          ),
        ].join('\n'),
      );
  } else if (report.notes.length > 0) {
    parts.push(['### Notes', '', ...report.notes.map((n) => `- ${n}`)].join('\n'));
  }
  const footer = `\n\n<sub>base ${short(report.base)} · head ${short(report.head)} · slac</sub>\n`;
  return fit(header, parts, footer);
}

/** Keeps the comment under GitHub's limit by cutting the longest tail, never the header. */
function fit(header: string, parts: string[], footer: string): string {
  const note =
    '\n\n… (cut to fit GitHub\u2019s comment limit: the job summary and the JSON report have it all)';
  const budget = COMMENT_MAX - 1_000;
  let body = `${header}\n${parts.join('\n\n')}${footer}`;
  if (body.length <= budget) return body;
  body = `${header}\n${parts.join('\n\n')}`.slice(0, budget - note.length - footer.length);
  return `${body}${note}${footer}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function short(sha: string): string {
  return sha ? `\`${sha.slice(0, 7)}\`` : '?';
}
