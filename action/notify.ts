// mode report: after a review period, the owners hear of it. For each SLA's latest complete
// period, one issue per SLA that missed an objective or fell below its zone of tolerance, and
// one per SLA whose review is due within report.reviewNotice or overdue: found by a hidden
// marker and the token's login, mentioning the owner, updated in place, reopened when the
// condition returns, and closed with a comment when it clears. Re-running changes nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { readWorkingTree } from '../src/repo/tree.js';
import { buildReport, type Report } from '../src/report/index.js';
import { reportJson, reportMarkdown } from '../src/report/format.js';
import { noticesOf, type BreachNotice, type ReviewNotice } from '../src/report/notices.js';
import { validateFolderResults } from '../src/results/index.js';
import { sortProblems } from '../src/model/problem.js';
import { validateSources } from '../src/validate/index.js';
import { GitHubApi, createClient, type Issue, type RepoRef } from './github.js';
import type { ActionInputs } from './inputs.js';
import { escapeMarkdown } from './markdown.js';

export interface ReportModeResult {
  report: Report;
  /** How many SLAs missed an objective or fell below their zone in their latest period. */
  breaches: number;
  /** Path of the JSON report. */
  path: string;
}

type Kind = 'breach' | 'review';

/** The hidden marker of the issue about one SLA and one kind of notice. */
export function noticeMarker(kind: Kind, sla: string): string {
  return `<!-- slac:${kind} ${sla} -->`;
}

export async function runReportMode(
  inputs: ActionInputs,
  root: string,
  repo: RepoRef,
  today: string,
): Promise<ReportModeResult> {
  const tree = await readWorkingTree(root);
  const validation = validateSources(tree.files, { today });
  const measured = await validateFolderResults(
    root,
    tree.config,
    tree.files.map((f) => f.path),
    today,
  );
  const problems = sortProblems([
    ...tree.configProblems,
    ...validation.errors,
    ...(measured?.errors ?? []),
  ]);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 10))
      core.error(`${p.rule}: ${p.message}`, {
        file: p.file,
        ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
      });
    // Nobody is told of anything while the figures cannot be trusted.
    throw new Error(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in SLA or results files (first: ${problems[0]!.file}:${problems[0]!.line}:${problems[0]!.column} ${problems[0]!.rule}): no issue was opened or changed; fix them (slac validate)`,
    );
  }
  const slas = validation.slas.map((s) => s.sla);
  const report = buildReport({
    slas,
    results: measured?.results ?? [],
    config: tree.config,
    today,
    selection: { last: 1 },
  });
  const { breaches, reviews } = noticesOf(report);

  const api = new GitHubApi(createClient(inputs.githubToken, inputs.requestTimeoutMs), repo);
  const login = (await api.ownLogin()).toLowerCase();
  const ours = (await api.issues()).filter((i) => i.login?.toLowerCase() === login);
  const ids = [...new Set(slas.map((s) => s.id))].sort();
  const breachBy = new Map(breaches.map((b) => [b.sla, b]));
  const reviewBy = new Map(reviews.map((r) => [r.sla, r]));
  // SLAs that no longer exist still get their open issues closed.
  for (const issue of ours)
    for (const m of issue.body.matchAll(/<!-- slac:(?:breach|review) ([a-z0-9-]+) -->/g))
      if (!ids.includes(m[1] as string)) ids.push(m[1] as string);

  for (const sla of ids) {
    const breach = breachBy.get(sla);
    await keepIssue(
      api,
      ours,
      'breach',
      sla,
      breach && breachIssue(breach),
      `${sla} met every objective in its latest period`,
    );
    const review = reviewBy.get(sla);
    await keepIssue(
      api,
      ours,
      'review',
      sla,
      review && reviewIssue(review, tree.config.report.reviewNotice),
      `the review of ${sla} is no longer due`,
    );
  }

  const dir = process.env.RUNNER_TEMP || join(root, '.slac');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'slac-review-report.json');
  await writeFile(path, reportJson(report));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(reportMarkdown(report)).write();
  return { report, breaches: breaches.length, path };
}

/** Opens, updates, reopens or closes the one issue of a kind about an SLA. */
async function keepIssue(
  api: GitHubApi,
  ours: readonly Issue[],
  kind: Kind,
  sla: string,
  wanted: { title: string; body: string } | undefined,
  cleared: string,
): Promise<void> {
  const marker = noticeMarker(kind, sla);
  const existing = ours
    .filter((i) => i.body.includes(marker))
    .sort((a, b) => b.number - a.number)[0];
  if (wanted) {
    const body = `${marker}\n${wanted.body}`;
    if (!existing) {
      const number = await api.createIssue(wanted.title, body);
      core.info(`opened #${number}: ${wanted.title}`);
    } else if (
      existing.state === 'closed' ||
      existing.body !== body ||
      existing.title !== wanted.title
    ) {
      await api.updateIssue(existing.number, { title: wanted.title, body, state: 'open' });
      core.info(`updated #${existing.number}: ${wanted.title}`);
    }
  } else if (existing && existing.state === 'open') {
    await api.createComment(
      existing.number,
      `Cleared: ${escapeMarkdown(cleared)}. Closing this issue.`,
    );
    await api.updateIssue(existing.number, { state: 'closed' });
    core.info(`closed #${existing.number}: ${cleared}`);
  }
}

function breachIssue(b: BreachNotice): { title: string; body: string } {
  const periods = [...new Set(b.objectives.map((o) => o.result.period))].join(', ');
  const lines = [
    `${b.owner}: ${escapeMarkdown(b.title)} did not deliver what its SLA promises in ${periods}.`,
    '',
  ];
  for (const o of b.objectives) {
    const r = o.result;
    const extra = [
      r.downtime ? `downtime ${r.downtime}` : '',
      r.budgetUsed !== null
        ? `${Math.round(r.budgetUsed * 1000) / 10}% of the error budget used`
        : '',
      r.credit ? `credit owed: ${r.credit}% of the period's fee` : '',
    ].filter(Boolean);
    lines.push(
      `- **${escapeMarkdown(o.title)}** (\`${o.id}\`), ${r.period}: ${escapeMarkdown(r.value ?? 'no data')} against a target of ${escapeMarkdown(o.target)}: ${o.why}${extra.length ? ` (${escapeMarkdown(extra.join('; '))})` : ''}.${r.note ? ` Note: ${escapeMarkdown(r.note)}` : ''}`,
    );
  }
  lines.push(
    '',
    'Please look into the cause and tell the customers affected; the figures are in the results files, and `slac report` shows the trend.',
    '',
    '_Kept up to date by slac (`mode: report`); it closes this issue when the latest period meets every objective._',
  );
  return { title: `SLA missed: ${b.title} (${periods})`, body: lines.join('\n') };
}

function reviewIssue(r: ReviewNotice, notice: string): { title: string; body: string } {
  const when = r.overdue ? `was due on ${r.due} and is overdue` : `is due on ${r.due}`;
  return {
    title: `SLA review ${r.overdue ? 'overdue' : 'due'}: ${r.title} (${r.due})`,
    body: [
      `${r.owner}: the regular review of ${escapeMarkdown(r.title)} (\`${r.sla}\`) with its customers ${when}.`,
      '',
      'Review the SLA with its customers, then set `review.lastReviewed` to the review date in a pull request.',
      '',
      `_Kept up to date by slac (\`mode: report\`, notice ${escapeMarkdown(notice)} ahead); it closes this issue once the review is recorded._`,
    ].join('\n'),
  };
}
