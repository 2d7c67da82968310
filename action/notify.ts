// mode report: after a review period, the owners hear of it. For each SLA's latest complete
// period, one issue per SLA that missed an objective or fell below its zone of tolerance, and
// one per SLA whose review is due within report.reviewNotice or overdue: found by a hidden
// marker and the token's login, mentioning the owner, updated in place, reopened when the
// condition returns, and closed with a comment when it clears. Re-running changes nothing.
import { loadMeasuredRepository } from '../src/app/measured-repository.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SlacConfig } from '../src/config/defaults.js';
import type { Sla } from '../src/model/sla.js';
import { buildReport, type Report } from '../src/report/index.js';
import { reportJson, reportMarkdown } from '../src/report/format.js';
import { noticesOf, type BreachNotice, type ReviewNotice } from '../src/report/notices.js';
import type { CheckLog } from './check.js';
import type { Issue, ReviewIssuesApi } from './github.js';
import { codeSpan, escapeMarkdown } from './markdown.js';

/** What mode report tells the workflow: the check's log, and lines of progress. */
export interface ReportLog extends CheckLog {
  info(message: string): void;
}

/** Everything mode report reads or changes outside the folder of SLAs. */
export interface ReportModeContext {
  /** GitHub with the workflow's token. */
  api: ReviewIssuesApi;
  log: ReportLog;
  /** The folder of .slac.yml in the workspace. */
  root: string;
  /** The folder of .slac.yml inside the repository ("" at its root, else "sla/"). */
  prefix: string;
  /** The date that decides the latest complete period, YYYY-MM-DD. */
  today: string;
  /** Where the JSON report goes (RUNNER_TEMP); else `.slac` in `root`. */
  temp: string | undefined;
  /** The Prometheus to measure with (inputs prometheus-url, prometheus-token), if any. */
  prometheus?: { url: string; token?: string };
}

export interface ReportModeResult {
  report: Report;
  /** How many SLAs missed an objective or fell below their zone in their latest period. */
  breaches: number;
  /** Path of the JSON report. */
  path: string;
  /** The pull request that proposes the measured results, when one was opened or updated. */
  pullRequest?: number;
}

type Kind = 'breach' | 'review';

/** The hidden marker of the issue about one SLA and one kind of notice. */
function noticeMarker(kind: Kind, sla: string): string {
  return `<!-- slac:${kind} ${sla} -->`;
}

export async function runReportMode(context: ReportModeContext): Promise<ReportModeResult> {
  const { api, log, root, prefix, today } = context;
  const {
    config,
    slas,
    results: measuredResults,
    problems,
  } = await loadMeasuredRepository(root, today);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 10))
      log.error(`${p.rule}: ${p.message}`, {
        file: p.file,
        ...(p.line > 0 ? { startLine: p.line, startColumn: p.column } : {}),
      });
    // Nobody is told of anything while the figures cannot be trusted.
    throw new Error(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in SLA or results files (first: ${problems[0]!.file}:${problems[0]!.line}:${problems[0]!.column} ${problems[0]!.rule}): no issue was opened or changed; fix them (slac validate)`,
    );
  }
  let results = measuredResults;
  let proposal: Proposal | undefined;
  if (context.prometheus) {
    const fresh = await measureNow(context.prometheus, log, root, config, slas, today);
    if (fresh) {
      results = fresh.results;
      if (fresh.changed.length > 0)
        proposal = await proposeResults(
          api,
          log,
          prefix,
          fresh.changed,
          fresh.periods,
          fresh.source,
        );
      else log.info('the measured results are already in the repository');
    }
  }
  const report = buildReport({
    slas,
    results,
    config: config,
    today,
    selection: { last: 1 },
  });
  const { breaches, reviews } = noticesOf(report);

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
      log,
      ours,
      'breach',
      sla,
      breach && breachIssue(breach),
      `${sla} met every objective in its latest period`,
    );
    const review = reviewBy.get(sla);
    await keepIssue(
      api,
      log,
      ours,
      'review',
      sla,
      review && reviewIssue(review, config.report.reviewNotice),
      `the review of ${sla} is no longer due`,
    );
  }

  const dir = context.temp ?? join(root, '.slac');
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'slac-review-report.json');
  await writeFile(path, reportJson(report));
  await log.summary(reportMarkdown(report));
  return {
    report,
    breaches: breaches.length,
    path,
    ...(proposal ? { pullRequest: proposal.number } : {}),
  };
}

interface Proposal {
  number: number;
}

/**
 * Measures every objective with Prometheus queries for its last complete period (the use case
 * src/app/measure-latest-period.ts) and returns the results the report should use with the
 * files that change. Undefined when no objective has queries. A failed query throws: nothing
 * is proposed and nobody is told of figures that were not measured.
 */
async function measureNow(
  source: NonNullable<ReportModeContext['prometheus']>,
  log: ReportLog,
  root: string,
  config: SlacConfig,
  slas: readonly Sla[],
  today: string,
) {
  const [{ createHttpPrometheus }, { measureLatestPeriod }, { diskResultsFolder }] =
    await Promise.all([
      import('../src/measure/index.js'),
      import('../src/app/measure-latest-period.js'),
      import('../src/node/results-folder.js'),
    ]);
  const prometheus = createHttpPrometheus({
    url: source.url,
    timeoutMs: 30_000,
    ...(source.token ? { token: source.token } : {}),
  });
  const latest = await measureLatestPeriod({
    config,
    slas,
    today,
    prometheus,
    folder: diskResultsFolder(root, config),
  });
  switch (latest.outcome) {
    case 'no-queries':
      log.warning(
        'prometheus-url is set, but no objective in force has prometheus queries: nothing was measured (see docs/measure.md)',
      );
      return undefined;
    case 'failed': {
      const f = latest.failures[0]!;
      throw new Error(
        `${latest.failures.length} objective${latest.failures.length === 1 ? '' : 's'} could not be measured (first: ${f.sla} objective ${f.objective}: ${f.message}; query: ${f.query}): no pull request was opened and no issue changed`,
      );
    }
    case 'not-writable':
      throw new Error(`${latest.reason}: no pull request was opened and no issue changed`);
    case 'measured':
      return latest;
  }
}

/**
 * Opens (or updates) one pull request that adds the measured results, through the REST API:
 * a branch from the default branch, a commit per changed file, the pull request. Never pushes
 * to the default branch. A failure removes a branch this run created.
 */
async function proposeResults(
  api: ReviewIssuesApi,
  log: ReportLog,
  prefix: string,
  writes: readonly { path: string; text: string }[],
  periods: readonly string[],
  source: string,
): Promise<Proposal> {
  const branch = `slac/results-${periods.join('-')}`;
  const base = await api.defaultBranch();
  let created = false;
  try {
    if (!(await api.branchExists(branch))) {
      await api.createBranch(branch, base.sha);
      created = true;
    }
    for (const w of writes) {
      const path = `${prefix}${w.path}`;
      const there = await api.fileOn(branch, path);
      if (there?.text === w.text) continue;
      await api.putFile(
        branch,
        path,
        w.text,
        `Measured results for ${periods.join(', ')}`,
        there?.sha,
      );
    }
    const title = `Measured results for ${periods.join(', ')}`;
    const body = [
      `The measured results of ${periods.join(', ')} from ${escapeMarkdown(source)}, for review like every other change: the SLA owners approve their figures before they reach the catalog.`,
      '',
      ...writes.map((w) => `- ${codeSpan(`${prefix}${w.path}`)}`),
      '',
      '_Opened by slac (`mode: report`); a later run updates this pull request rather than opening another._',
    ].join('\n');
    const open = await api.openPullFrom(branch);
    if (open) {
      if (open.title !== title || open.body !== body)
        await api.updatePull(open.number, { title, body });
      log.info(`updated pull request #${open.number} with the measured results`);
      return { number: open.number };
    }
    const number = await api.createPull(branch, base.name, title, body);
    log.info(`opened pull request #${number} with the measured results`);
    return { number };
  } catch (error) {
    if (created) await api.deleteBranch(branch).catch(() => {});
    throw error;
  }
}

/** Opens, updates, reopens or closes the one issue of a kind about an SLA. */
async function keepIssue(
  api: ReviewIssuesApi,
  log: ReportLog,
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
      log.info(`opened #${number}: ${wanted.title}`);
    } else if (
      existing.state === 'closed' ||
      existing.body !== body ||
      existing.title !== wanted.title
    ) {
      await api.updateIssue(existing.number, { title: wanted.title, body, state: 'open' });
      log.info(`updated #${existing.number}: ${wanted.title}`);
    }
  } else if (existing && existing.state === 'open') {
    await api.createComment(
      existing.number,
      `Cleared: ${escapeMarkdown(cleared)}. Closing this issue.`,
    );
    await api.updateIssue(existing.number, { state: 'closed' });
    log.info(`closed #${existing.number}: ${cleared}`);
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
