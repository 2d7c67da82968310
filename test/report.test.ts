// The review report: which periods each objective shows, attainment per period, trend,
// breaches, credits owed and reviews due; and its four forms.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/index.js';
import { buildReport, reportInParts, type Selection } from '../src/report/index.js';
import {
  reportHtml,
  reportJson,
  reportJsonParts,
  reportMarkdown,
  reportText,
} from '../src/report/format.js';
import { parsePeriod } from '../src/results/period.js';
import { validateResults } from '../src/results/validate.js';
import { loadSla } from '../src/validate/index.js';

const SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '@acme/payments' }
spec:
  service: { name: Payments API, summary: Accept payments. }
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-06-15 }
  objectives:
    - { id: uptime, title: Monthly uptime, indicator: availability, target: 99.95%, window: month, tolerance: { desired: 99.99%, adequate: 99.9% } }
    - { id: tickets, title: First response, indicator: response-time, target: 4h, window: quarter }
  credits:
    objective: uptime
    tiers:
      - { below: 99.95%, credit: 10% }
      - { below: 99%, credit: 25% }
`;

function sla(text = SLA) {
  const { sla: loaded, problems } = loadSla({ path: 'slas/p.yaml', content: text });
  if (!loaded) throw new Error(JSON.stringify(problems));
  return loaded.sla;
}

const RESULTS = [
  ['2026-08', 'uptime', '99.97%', 'Fine.'],
  ['2026-09', 'uptime', '98.5%', 'Card network outage (INC-2231).'],
  ['2026-10', 'uptime', '99.995%', undefined],
  ['2026-Q3', 'tickets', '3h', undefined],
] as const;

function results(slas = [sla()]) {
  const files = RESULTS.map(([period, objective, value, note]) => ({
    path: `results/${period}-${objective}.yaml`,
    content: `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: ${period}\nresults:\n  - sla: payments-api\n    objective: ${objective}\n    value: ${value}\n${note ? `    note: ${note}\n` : ''}`,
  }));
  const run = validateResults(files, slas, '2026-12-01');
  expect(run.errors).toEqual([]);
  return run.results;
}

function report(selection: Selection, today = '2026-12-01', owner?: string) {
  return buildReport({
    slas: [sla()],
    results: results(),
    config: defaultConfig(),
    today,
    selection,
    ...(owner ? { owner } : {}),
  });
}

describe('the review report', () => {
  it('shows each objective its last N complete periods of its own kind', () => {
    const r = report({ last: 3 });
    const [uptime, tickets] = r.slas[0]!.objectives;
    expect(uptime!.results.map((x) => x.period)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(tickets!.results.map((x) => x.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(r.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-09', '2026-10', '2026-11']);
    expect(r.scope).toBe('the last 3 complete periods of each objective');
  });

  it('gives each period met or missed, zone, budget, credit and note; no data is never met', () => {
    const [uptime] = report({ last: 3 }).slas[0]!.objectives;
    expect(uptime!.results).toEqual([
      {
        period: '2026-09',
        value: '98.5%',
        met: false,
        zone: 'below',
        budgetUsed: 30,
        credit: 25,
        note: 'Card network outage (INC-2231).',
        downtime: '10 h 57 min 26 s of 21 min 55 s allowed',
      },
      {
        period: '2026-10',
        value: '99.995%',
        met: true,
        zone: 'above',
        budgetUsed: 0.1,
        credit: 0,
        note: null,
        downtime: '2 min 11 s of 21 min 55 s allowed',
      },
      {
        period: '2026-11',
        value: null,
        met: null,
        zone: null,
        budgetUsed: null,
        credit: null,
        note: null,
        downtime: null,
      },
    ]);
    expect(uptime!.breaches).toBe(1);
    expect(uptime!.trend).toBe('better');
  });

  it('sums up met, missed and no data, and lists the credits owed', () => {
    const r = report({ last: 3 });
    // uptime: 1 missed, 1 met, 1 no data; tickets: Q1 and Q2 no data, Q3 met.
    expect(r.summary).toEqual({ met: 2, missed: 1, noData: 3 });
    expect(r.slas[0]!.creditsOwed).toEqual([{ period: '2026-09', credit: 25 }]);
  });

  it('with --period, each objective shows its periods that overlap it', () => {
    const period = parsePeriod('2026-08');
    if (!period.ok) throw new Error();
    const r = report({ period: period.value });
    expect(r.slas[0]!.objectives.map((o) => o.results.map((x) => x.period))).toEqual([
      ['2026-08'],
      ['2026-Q3'],
    ]);
    expect(r.scope).toBe('2026-08');
  });

  it('leaves out periods before the SLA took effect', () => {
    const r = report({ last: 12 });
    expect(r.slas[0]!.objectives[0]!.results[0]!.period).toBe('2026-01');
  });

  it('says when a review is due soon or overdue', () => {
    expect(report({ last: 1 }).slas[0]!.review).toEqual({
      due: '2026-12-15',
      overdue: false,
      dueSoon: true,
    });
    expect(report({ last: 1 }, '2026-11-01').slas[0]!.review.dueSoon).toBe(false);
    expect(report({ last: 1 }, '2026-12-16').slas[0]!.review.overdue).toBe(true);
  });

  it('filters by owner, in any letter case', () => {
    expect(report({ last: 1 }, '2026-12-01', '@ACME/payments').slas).toHaveLength(1);
    expect(report({ last: 1 }, '2026-12-01', '@acme/search').slas).toHaveLength(0);
  });
});

describe('its forms', () => {
  const r = report({ last: 3 });

  it('JSON has the design contract', () => {
    const json = JSON.parse(reportJson(r));
    expect(Object.keys(json)).toEqual(['scope', 'periods', 'today', 'slas', 'summary']);
    expect(Object.keys(json.slas[0])).toEqual(
      expect.arrayContaining(['id', 'title', 'owner', 'review', 'objectives']),
    );
    expect(Object.keys(json.slas[0].objectives[0])).toEqual(
      expect.arrayContaining(['id', 'title', 'indicator', 'target', 'results']),
    );
    expect(Object.keys(json.slas[0].objectives[0].results[0])).toEqual(
      expect.arrayContaining(['period', 'value', 'met', 'zone', 'budgetUsed', 'credit', 'note']),
    );
  });

  it('JSON written SLA by SLA has the bytes of the whole, with several SLAs or none', () => {
    const two = { ...r, slas: [r.slas[0]!, { ...r.slas[0]!, id: 'second-api' }] };
    for (const whole of [r, two, { ...r, slas: [] }]) {
      const parts = [...reportJsonParts(whole)];
      expect(parts.join('')).toBe(JSON.stringify(whole, null, 2) + '\n');
      expect(reportJson(whole)).toBe(parts.join(''));
    }
    expect([...reportJsonParts(two)].length).toBe(4);
  });

  it('a report in parts reports each SLA as its JSON is written, to the bytes of the whole', () => {
    const input = {
      slas: [sla(), sla(SLA.replace('id: payments-api', 'id: second-api'))],
      results: results(),
      config: defaultConfig(),
      today: '2026-12-01',
      selection: { last: 3 },
    };
    const whole = buildReport(input);
    const inParts = reportInParts(input);
    // The periods are known before any SLA is reported; the summary counts as they are.
    expect(inParts.periods).toEqual(whole.periods);
    expect(inParts.summary).toEqual({ met: 0, missed: 0, noData: 0 });
    const parts = reportJsonParts(inParts);
    expect(parts.next().value).toContain('"slas": [');
    expect(parts.next().value).toContain('"id": "payments-api"');
    expect(inParts.summary.met + inParts.summary.missed + inParts.summary.noData).toBeLessThan(
      whole.summary.met + whole.summary.missed + whole.summary.noData,
    );
    const rest = [...parts].join('');
    expect(inParts.summary).toEqual(whole.summary);
    expect([...reportJsonParts(reportInParts(input))].join('').endsWith(rest)).toBe(true);
    expect([...reportJsonParts(reportInParts(input))].join('')).toBe(reportJson(whole));
    const nobody = reportInParts({ ...input, owner: '@nobody' });
    expect([...reportJsonParts(nobody)].join('')).toBe(
      reportJson(buildReport({ ...input, owner: '@nobody' })),
    );
  });

  it('text is a table a person reads in a terminal', () => {
    const text = reportText(r);
    expect(text).toContain(
      'payments-api — Payments API (@acme/payments): review due on 2026-12-15',
    );
    expect(text).toContain('  credits owed: 2026-09 25%');
    expect(text).toMatch(/2026-09 +98\.5% +missed +below +budget 3000% +credit 25% +Card network/);
    expect(text).toMatch(/2026-11 +— +no data/);
  });

  it('markdown escapes text from the files and marks missed periods', () => {
    const md = reportMarkdown(r);
    expect(md).toContain(
      '| 2026-09 | 98.5% | **missed** | below | 3000% | 25% | Card network outage (INC-2231). |',
    );
    expect(md).not.toMatch(/@acme\/payments/);
  });

  it('HTML is one self-contained page with a chart and a table per objective', () => {
    const html = reportHtml(r);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('<td class="missed">missed</td>');
    expect(reportHtml(r)).toBe(html);
  });
});
