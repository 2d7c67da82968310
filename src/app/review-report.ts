// Use case: the review report of a folder of SLAs, the pack for the service level review
// (`slac report`): the measured results against the targets of the periods asked for. The
// folder is read once (measured-repository.ts); the answer is a value, with the problems that
// made the report leave something out.
import type { Problem } from '../model/problem.js';
import { reportInParts, reportedSla, type ReportInParts } from '../report/index.js';
import type { Period } from '../results/period.js';
import { loadMeasuredRepository } from './measured-repository.js';

export interface ReviewReportInput {
  /** The folder of `.slac.yml`. */
  root: string;
  /** ISO date: which periods are complete, and which reviews are due. */
  today: string;
  /** One period; else each objective's last `last` complete periods (default: `report.periods` of `.slac.yml`). */
  period?: Period;
  last?: number;
  /** Only the SLAs of this owner ("@login" or "@org/team"). */
  owner?: string;
}

export interface ReviewReport {
  /** Each SLA is reported as `report.slas` is iterated, to be written as it comes. */
  report: ReportInParts;
  /** Config, SLA and results errors, sorted: what they affect is left out of the report. */
  problems: Problem[];
}

export async function reviewReport(input: ReviewReportInput): Promise<ReviewReport> {
  // Of each SLA only what the report reads is kept.
  const { config, slas, results, problems } = await loadMeasuredRepository(
    input.root,
    input.today,
    reportedSla,
  );
  const report = reportInParts({
    slas,
    results,
    config,
    today: input.today,
    selection: input.period
      ? { period: input.period }
      : { last: input.last ?? config.report.periods },
    ...(input.owner ? { owner: input.owner } : {}),
  });
  return { report, problems };
}
