// Mode report in process (action/notify.ts `runReportMode`): a real folder of SLAs and results
// on disk, GitHub's issues kept in memory (helpers/memory-github.ts), a fixed date. The
// end-to-end tests (action-notify.test.ts, action-measure.test.ts) run the bundle against the
// HTTP fake and a real Prometheus.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runReportMode, type ReportModeContext } from '../action/notify.js';
import { MemoryGitHub, recordingLog } from './helpers/memory-github.js';
import { slaText } from './helpers/sla-text.js';

const TODAY = '2026-07-15';
/** The latest complete month on TODAY. */
const PERIOD = '2026-06';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function results(value: string): string {
  return `apiVersion: slac/v1
kind: ServiceLevelResults
period: ${PERIOD}
results:
  - { sla: payments-api, objective: uptime, value: ${value} }
`;
}

/** A folder with the Payments API SLA (reviewed on `lastReviewed`) and June's results. */
function folder(value: string, lastReviewed = '2026-06-01'): string {
  const root = mkdtempSync(join(tmpdir(), 'slac-report-mode-'));
  temps.push(root);
  const files: Record<string, string> = {
    '.slac.yml': "approval: { admins: ['@acme/sla-admins'] }\n",
    'slas/payments-api.yaml': slaText({
      id: 'payments-api',
      title: 'Payments API',
      owner: '@acme/payments',
      lastReviewed,
    }),
    [`results/${PERIOD}.yaml`]: results(value),
  };
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

function context(
  api: MemoryGitHub,
  root: string,
): ReportModeContext & {
  log: ReturnType<typeof recordingLog>;
} {
  return { api, log: recordingLog(), root, prefix: '', today: TODAY, temp: join(root, 'tmp') };
}

describe('mode report in process, with GitHub in memory', () => {
  it('opens one issue for the missed objective, mentioning the owner, and writes the report', async () => {
    const api = new MemoryGitHub();
    const c = context(api, folder('99.2%'));
    const result = await runReportMode(c);
    expect(result.breaches).toBe(1);
    expect(api.issueList.map((i) => [i.title, i.state])).toEqual([
      [`SLA missed: Payments API (${PERIOD})`, 'open'],
    ]);
    expect(api.issueList[0]!.body).toMatch(/^<!-- slac:breach payments-api -->\n@acme\/payments: /);
    expect(c.log.infos).toEqual([`opened #1: SLA missed: Payments API (${PERIOD})`]);
    expect(result.path).toBe(join(c.root, 'tmp', 'slac-review-report.json'));
    expect(JSON.parse(readFileSync(result.path, 'utf8'))).toMatchObject({ today: TODAY });
    expect(c.log.summaries).toEqual([expect.stringContaining('# Service level review')]);
  });

  it('changes nothing when run again', async () => {
    const api = new MemoryGitHub();
    const root = folder('99.2%');
    await runReportMode(context(api, root));
    const before = api.writes.length;
    await runReportMode(context(api, root));
    expect(api.writes.length).toBe(before);
    expect(api.issueList).toHaveLength(1);
  });

  it('closes the issue with a comment once the latest period is met', async () => {
    const api = new MemoryGitHub();
    await runReportMode(context(api, folder('99.2%')));
    const c = context(api, folder('99.95%'));
    const result = await runReportMode(c);
    expect(result.breaches).toBe(0);
    expect(api.issueList.map((i) => i.state)).toEqual(['closed']);
    expect(api.commentsOn(api.issueList[0]!.number)).toEqual([
      'Cleared: payments-api met every objective in its latest period. Closing this issue.',
    ]);
  });

  it('opens an issue for an overdue review', async () => {
    const api = new MemoryGitHub();
    await runReportMode(context(api, folder('99.95%', '2025-06-01')));
    expect(api.issueList.map((i) => i.title)).toEqual([
      'SLA review overdue: Payments API (2025-12-01)',
    ]);
  });

  it('tells nobody anything while a results file has errors', async () => {
    const api = new MemoryGitHub();
    const c = context(api, folder('lots'));
    await expect(runReportMode(c)).rejects.toThrow(
      /^1 problem in SLA or results files \(first: results\/2026-06\.yaml:5:\d+ [a-z-]+\): no issue was opened or changed; fix them \(slac validate\)$/,
    );
    expect(api.writes).toEqual([]);
    expect(c.log.errors).toEqual([
      expect.objectContaining({ file: `results/${PERIOD}.yaml`, line: 5 }),
    ]);
  });
});
