// What owners must be told after a review period: the SLAs that missed an objective or fell
// below the zone of tolerance in their latest period, and the SLAs whose review is due or
// overdue. Pure: a report in, the notices out; the GitHub adapter turns them into issues.
import type { Report, ReportObjective, ReportResult } from './index.js';

export interface BreachNotice {
  sla: string;
  title: string;
  owner: string;
  /** The objectives that missed their target or fell below their zone, in their latest period. */
  objectives: {
    id: string;
    title: string;
    target: string;
    result: ReportResult;
    /** "missed the target", "below the zone of tolerance", or both. */
    why: string;
  }[];
  /** Credits owed for those periods, in percent of the period's fee. */
  credits: { period: string; credit: number }[];
}

export interface ReviewNotice {
  sla: string;
  title: string;
  owner: string;
  due: string;
  overdue: boolean;
}

/**
 * The notices of a report built with `{ last: 1 }` (each objective's latest complete
 * period). Objectives without data are neither breaches nor silent: they are left to the
 * report, which says "no data".
 */
export function noticesOf(report: Report): { breaches: BreachNotice[]; reviews: ReviewNotice[] } {
  const breaches: BreachNotice[] = [];
  const reviews: ReviewNotice[] = [];
  for (const sla of report.slas) {
    const objectives: BreachNotice['objectives'] = [];
    for (const o of sla.objectives) {
      const result = latest(o);
      if (!result) continue;
      const why = [
        result.met === false ? 'missed the target' : '',
        result.zone === 'below' ? 'below the zone of tolerance' : '',
      ]
        .filter(Boolean)
        .join(', ');
      if (why) objectives.push({ id: o.id, title: o.title, target: o.target, result, why });
    }
    if (objectives.length > 0)
      breaches.push({
        sla: sla.id,
        title: sla.title,
        owner: sla.owner,
        objectives,
        credits: objectives.flatMap((o) =>
          o.result.credit ? [{ period: o.result.period, credit: o.result.credit }] : [],
        ),
      });
    if (sla.review.due && (sla.review.overdue || sla.review.dueSoon))
      reviews.push({
        sla: sla.id,
        title: sla.title,
        owner: sla.owner,
        due: sla.review.due,
        overdue: sla.review.overdue,
      });
  }
  return { breaches, reviews };
}

function latest(o: ReportObjective): ReportResult | undefined {
  return o.results[o.results.length - 1];
}
