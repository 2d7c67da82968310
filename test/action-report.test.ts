// The check's report as markdown: the sticky comment and the job summary stay within GitHub's
// limits however many problems the SLA files have.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/model/problem.js';
import { COMMENT_MAX } from '../action/github.js';
import type { Evaluation } from '../action/pipeline.js';
import { reportMarkdown, type CheckReport } from '../action/report.js';

/** GitHub refuses a job summary over 1 MiB. */
const SUMMARY_LIMIT = 1024 * 1024;

function reportWith(errors: number): CheckReport {
  const problems: Problem[] = Array.from({ length: errors }, (_, i) => ({
    file: `slas/service-${String(i).padStart(5, '0')}.yaml`,
    line: 14,
    column: 15,
    rule: 'objective-target-range',
    message: 'target 150% is above 100%: write a percentage between 0% and 100%, e.g. 99.9%',
    severity: 'error',
  }));
  const evaluation: Evaluation = {
    diff: { base: 'a'.repeat(40), head: 'b'.repeat(40), configChanged: false, slas: [] },
    validation: { files: errors, slas: [], errors: problems, warnings: [] },
    approvals: { satisfied: true, requirements: [] },
    changedPaths: [],
  };
  return {
    approved: false,
    impact: 'none',
    pullRequest: 7,
    head: 'b'.repeat(40),
    base: 'a'.repeat(40),
    notes: [],
    evaluation,
  };
}

describe('the report of a pull request with many invalid files', () => {
  it('lists 50 problems in the comment and points to the job summary for the rest', () => {
    const markdown = reportMarkdown(reportWith(120));
    expect(markdown.match(/^- ❌ /gm)).toHaveLength(50);
    expect(markdown).toContain(
      '- …and 70 more in the job summary and the JSON report (output `report`)',
    );
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_MAX);
  });

  it('lists every problem in the job summary', () => {
    const markdown = reportMarkdown(reportWith(120), true);
    expect(markdown.match(/^- ❌ /gm)).toHaveLength(120);
    expect(markdown).not.toContain('more in');
  });

  it('keeps the job summary under 1 MiB and points to the JSON report for the rest', () => {
    const markdown = reportMarkdown(reportWith(20_000), true);
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_LIMIT);
    const listed = markdown.match(/^- ❌ /gm)!.length;
    expect(listed).toBeGreaterThan(1_000);
    expect(markdown).toContain(
      `- …and ${20_000 - listed} more in the JSON report (output \`report\`)`,
    );
  });
});

describe('the comment as a whole', () => {
  it('keeps every section within its share of the limit and says what it left out', () => {
    const report = reportWith(120);
    report.notes = Array.from({ length: 2_000 }, (_, i) => `note ${i}: ${'x'.repeat(500)}`);
    report.error = 'e'.repeat(100_000);
    const markdown = reportMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(markdown).toMatch(/- … and \d+ more notes: see the job summary and the JSON report/);
    expect(markdown).toContain('## SLA changes');
  });
});
