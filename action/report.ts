// The check's report: the JSON written for the `report` output, and the markdown of the sticky
// comment and the job summary. Pure functions of the evaluation (no clock, sorted input).
import { approvalsJson } from '../src/approval/format.js';
import { diffJson } from '../src/diff/format.js';
import type { Impact } from '../src/diff/index.js';
import { validationJson } from '../src/validate/format.js';
import { COMMENT_MARKER, COMMENT_MAX } from './github.js';
import { clip, codeSpan, escapeMarkdown } from './markdown.js';
import { diffSection, type Evaluation } from './pipeline.js';

export { COMMENT_MARKER } from './github.js';

export interface CheckReport {
  /**
   * True when this pull request's check holds **and** that of every other open pull request
   * with the same head (`sharedHead`): the commit status belongs to the commit.
   */
  approved: boolean;
  impact: Impact;
  pullRequest: number;
  head: string;
  base: string;
  /** Why the check could not decide (API errors); approved is then false. */
  error?: string;
  /** Facts a reviewer needs: unverifiable team memberships, fallbacks. */
  notes: string[];
  /** The other open pull requests whose head is the same commit, and their own decisions. */
  sharedHead?: SharedHeadPull[];
  evaluation?: Evaluation;
}

export interface SharedHeadPull {
  pullRequest: number;
  /** Its own check holds (its SLA files are valid and its owners approved). */
  approved: boolean;
  /** Its own one-line reason. */
  status: string;
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

export { overallImpact } from '../src/app/check-pull-request.js';

/** Whether this pull request's own check holds, whatever other pull requests with its head say. */
export function ownApproval(report: CheckReport): boolean {
  const ev = report.evaluation;
  return !report.error && !!ev && ev.validation.errors.length === 0 && ev.approvals.satisfied;
}

/**
 * The one-line reason of the commit status. When several open pull requests share the head,
 * it names the one that blocks (this one first).
 */
export function statusLine(report: CheckReport): string {
  const own = ownStatusLine(report);
  if (!report.sharedHead?.length) return own;
  if (!ownApproval(report)) return `#${report.pullRequest} blocks: ${own}`;
  const blocking = report.sharedHead.find((p) => !p.approved);
  return blocking ? `#${blocking.pullRequest} blocks: ${blocking.status}` : own;
}

/** The one-line reason of this pull request's own check. */
export function ownStatusLine(report: CheckReport): string {
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
export const SUMMARY_PROBLEMS_MAX = 700_000;
/** Characters of the whole job summary, under GitHub's 1 MiB (bytes) limit. */
const SUMMARY_MAX = 960_000;

/**
 * How many characters each section may take. The comment must stay under GitHub's limit
 * (COMMENT_MAX) as a whole, so every section has a share and says in words what it left
 * out; the commitment diff gets the room that is left. The job summary (under 1 MiB) has
 * more room for each.
 */
const BUDGET = {
  comment: {
    title: 400,
    error: 2_000,
    item: 1_000,
    approvals: 22_000,
    notes: 8_000,
    problems: 12_000,
  },
  summary: {
    title: 400,
    error: 4_000,
    item: 2_000,
    approvals: 150_000,
    notes: 30_000,
    problems: SUMMARY_PROBLEMS_MAX,
  },
} as const;
/** Room kept under COMMENT_MAX for the section joins and the diff's own notes. */
const MARGIN = 1_000;

/**
 * Markdown of the sticky comment (with its marker) and the job summary: the decision, the
 * approvals, notes and problems first, each within its share of GitHub's comment limit; the
 * commitment diff gets the room that is left. `everyProblem` lists all problems (for the job
 * summary). All text from SLA files, git and the API is escaped (action/markdown.ts).
 */
export function reportMarkdown(report: CheckReport, everyProblem = false): string {
  const budget = everyProblem ? BUDGET.summary : BUDGET.comment;
  const where = everyProblem
    ? 'the JSON report (output `report`)'
    : 'the job summary and the JSON report (output `report`)';
  const parts: string[] = [
    `${COMMENT_MARKER}\n## ${report.approved ? '✅' : '❌'} SLA check: ${escapeMarkdown(clip(statusLine(report), budget.title))}`,
  ];
  if (report.error)
    parts.push(
      `**The check could not finish**, so nothing is approved: ${escapeMarkdown(clip(report.error, budget.error))}`,
    );
  const ev = report.evaluation;
  if (ev && ev.approvals.requirements.length > 0) {
    const rows = ev.approvals.requirements.map((r) =>
      [
        '',
        r.satisfied ? '✅' : '⏳',
        r.sla ? codeSpan(clip(r.sla, 200), true) : 'repository',
        escapeMarkdown(clip(r.reason, budget.item)),
        r.anyOf.length > 0 ? logins(r.anyOf, budget.item) : 'nobody (see notes)',
        r.approvedBy.length > 0 ? logins(r.approvedBy, budget.item) : '—',
        '',
      ]
        .join(' | ')
        .trim(),
    );
    parts.push(
      [
        '### Approvals',
        '',
        '| | SLA | Why | Who must approve (any of) | Approved by |',
        '|---|---|---|---|---|',
        ...fit(
          rows,
          budget.approvals,
          (n) =>
            `| | … and ${n} more ${n === 1 ? 'requirement' : 'requirements'}: see ${where} | | | |`,
        ),
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
    parts.push(
      [
        '### Notes',
        '',
        ...fit(
          [...new Set(notes)].map((n) => `- ${escapeMarkdown(clip(n, budget.item))}`),
          budget.notes,
          (n) => `- … and ${n} more ${n === 1 ? 'note' : 'notes'}: see ${where}`,
        ),
      ].join('\n'),
    );
  if (ev) {
    const problems = [...ev.validation.errors, ...ev.validation.warnings];
    const lines = problems
      .slice(0, everyProblem ? problems.length : LISTED_PROBLEMS)
      .map(
        (p) =>
          `- ${p.severity === 'warning' ? '⚠️' : '❌'} ${codeSpan(clip(`${p.file}${p.line ? `:${p.line}:${p.column}` : ''}`, 300))} ${escapeMarkdown(clip(`${p.rule}: ${p.message}`, budget.item))}`,
      );
    if (problems.length > 0)
      parts.push(
        [
          `### Problems in SLA files (${count(ev.validation.errors.length, 'error')}, ${count(ev.validation.warnings.length, 'warning')})`,
          '',
          ...fit(lines, budget.problems, (n) => `- …and ${n} more in ${where}`, problems.length),
        ].join('\n'),
      );
  }
  const head = parts.join('\n\n') + '\n\n';
  if (!ev) return head;
  // The job summary shows the diff as the comment would, as long as the summary stays small.
  const room =
    Math.min(COMMENT_MAX, (everyProblem ? SUMMARY_MAX : COMMENT_MAX) - head.length) - MARGIN;
  return (
    head +
    (room > 2_000
      ? diffSection(ev.diff, room)
      : `_The commitment diff did not fit; see ${everyProblem ? 'the JSON report (output `report`)' : 'the job summary'}._\n`)
  );
}

/**
 * The first lines that fit in `max` characters, then `more(n)` for the n of `total` items
 * left out (`total` counts items not even offered as lines).
 */
function fit(
  lines: string[],
  max: number,
  more: (n: number) => string,
  total = lines.length,
): string[] {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    // Room for the line that says what was cut.
    if (size + line.length + 1 > max - 200) break;
    kept.push(line);
    size += line.length + 1;
  }
  const cut = total - kept.length;
  return cut > 0 ? [...kept, more(cut)] : kept;
}

/** Logins and teams as code spans: readable, and no mention that notifies them again. */
function logins(names: readonly string[], max: number): string {
  return codeSpan(clip(names.join(', '), max), true);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
