// Results files checked against the example SLAs: every rule with its id, line and column.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateResults } from '../src/results/validate.js';
import { loadSla } from '../src/validate/index.js';

const EXAMPLES = join(import.meta.dirname, '..', 'examples', 'slas');
const SLAS = readdirSync(EXAMPLES).map((name) => {
  const { sla } = loadSla({ path: name, content: readFileSync(join(EXAMPLES, name)) });
  if (!sla) throw new Error(`examples/slas/${name} does not load`);
  return sla.sla;
});

function check(text: string, today = '2026-12-01') {
  return validateResults([{ path: 'results/2026-11.yaml', content: text }], SLAS, today);
}

const HEAD = 'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n';

describe('results files', () => {
  it('reads a valid month of results', () => {
    const run = check(
      `${HEAD}  - { sla: payments-api, objective: uptime, value: 99.97%, good: 2591222, total: 2592000, note: Card network outage. }\n  - { sla: payments-api, objective: checkout-latency, value: 280ms }\n`,
    );
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([]);
    expect(run.results.map((r) => [r.sla, r.objective, r.period.id, r.value])).toEqual([
      ['payments-api', 'uptime', '2026-11', { kind: 'percent', value: 99.97 }],
      ['payments-api', 'checkout-latency', '2026-11', { kind: 'duration', seconds: 0.28 }],
    ]);
  });

  it('says how to write a period given as a date, not which pattern it misses', () => {
    const run = check(HEAD.replace('period: 2026-11', 'period: 2026-11-30') + '  []\n');
    expect(run.errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 9,
        rule: 'schema-pattern',
        message:
          'period is the text "2026-11-30", not a period; write a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026',
      }),
    ]);
  });

  it('names an unknown SLA or objective with a guess', () => {
    const run = check(
      `${HEAD}  - { sla: payment-api, objective: uptime, value: 99.9% }\n  - { sla: payments-api, objective: uptim, value: 99.9% }\n`,
    );
    expect(run.errors).toEqual([
      expect.objectContaining({
        line: 5,
        column: 12,
        rule: 'results-sla-unknown',
        message: 'no SLA has the id "payment-api"; did you mean "payments-api"?',
      }),
      expect.objectContaining({
        line: 6,
        column: 37,
        rule: 'results-objective-unknown',
        message: 'SLA "payments-api" has no objective "uptim"; did you mean "uptime"?',
      }),
    ]);
    expect(run.results).toEqual([]);
  });

  it('refuses a value that does not fit the indicator', () => {
    const run = check(
      `${HEAD}  - sla: payments-api\n    objective: uptime\n    value: 250ms\n  - sla: payments-api\n    objective: checkout-latency\n    value: 99.9%\n  - sla: payments-api\n    objective: uptime\n    value: 101%\n`,
    );
    // The third row is also a second result for uptime: both of its problems are named.
    expect(run.errors.map((e) => [e.line, e.column, e.rule])).toEqual([
      [7, 12, 'results-value'],
      [10, 12, 'results-value'],
      [11, 5, 'results-duplicate'],
      [13, 12, 'results-value'],
    ]);
    expect(run.errors[0]?.message).toMatch(
      /must be a percentage such as 99.9%, not the duration "250ms"/,
    );
    expect(run.errors[3]?.message).toBe('value 101% is not a percentage from 0% to 100%');
  });

  it('refuses a period of the wrong kind for the objective', () => {
    const run = check(
      `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-11\nresults:\n  - { sla: help-desk, objective: first-response, value: 3h }\n`,
    );
    expect(run.errors).toEqual([
      expect.objectContaining({
        line: 5,
        column: 34,
        rule: 'results-period-kind',
        message:
          'objective "first-response" of "help-desk" is measured per calendar quarter, so its results are per quarter, not per month; put it in a quarter file (e.g. 2026-Q4)',
      }),
    ]);
    const quarter = check(
      `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-Q3\nresults:\n  - { sla: help-desk, objective: first-response, value: 3h }\n  - { sla: help-desk, objective: satisfaction, value: 4.6 stars }\n`,
    );
    expect(quarter.errors).toEqual([]);
    expect(quarter.results).toHaveLength(2);
  });

  it('refuses two results for the same objective and period, also across files', () => {
    const row = '  - { sla: payments-api, objective: uptime, value: 99.97% }\n';
    const run = validateResults(
      [
        { path: 'results/a.yaml', content: HEAD + row },
        { path: 'results/b.yaml', content: HEAD + row },
      ],
      SLAS,
      '2026-12-01',
    );
    expect(run.errors).toEqual([
      expect.objectContaining({
        file: 'results/b.yaml',
        line: 5,
        column: 5,
        rule: 'results-duplicate',
        message:
          'a second result for "uptime" of "payments-api" in 2026-11 (the first is at results/a.yaml:5); keep one',
      }),
    ]);
  });

  it('refuses good > total, good without total; warns when value and good/total disagree', () => {
    const run = check(
      `${HEAD}  - { sla: payments-api, objective: uptime, value: 99.9%, good: 11, total: 10 }\n  - { sla: payments-api, objective: checkout-latency, value: 200ms, good: 5 }\n`,
    );
    expect(run.errors.map((e) => [e.line, e.rule])).toEqual([
      [5, 'results-good-total'],
      [6, 'results-good-total'],
    ]);
    const ratio = check(
      `${HEAD}  - { sla: payments-api, objective: uptime, value: 99.9%, good: 990, total: 1000 }\n`,
    );
    expect(ratio.warnings).toEqual([
      expect.objectContaining({
        rule: 'results-ratio',
        message: 'value 99.9% differs from good / total = 99.0000%; correct one of them',
      }),
    ]);
  });

  it('reads an error-rate value as the failed share of good / total', () => {
    const row = (value: string) =>
      `${HEAD}  - { sla: object-storage, objective: error-rate, value: ${value}, good: 2999550, total: 3000000 }\n`;
    expect(check(row('0.015%')).warnings).toEqual([]);
    expect(check(row('99.985%')).warnings).toEqual([
      expect.objectContaining({
        rule: 'results-ratio',
        message: 'value 99.985% differs from 100% − good / total = 0.0150%; correct one of them',
      }),
    ]);
  });

  it('refuses a period in the future, a period that does not exist, and unknown keys', () => {
    const EMPTY = HEAD.replace('results:\n', 'results: []\n');
    expect(check(EMPTY.replace('2026-11', '2027-01')).errors).toEqual([
      expect.objectContaining({ line: 3, column: 9, rule: 'results-period-future' }),
    ]);
    expect(check(EMPTY.replace('2026-11', '2027-W53')).errors[0]).toMatchObject({
      rule: 'results-period',
    });
    const unknown = check(`${HEAD}  - { sla: payments-api, objective: uptime, valeu: 99.9% }\n`);
    expect(unknown.errors[0]).toMatchObject({ line: 5, rule: expect.stringMatching(/^schema-/) });
  });

  it("warns about a result for a period outside the SLA's effective dates, keeping it", () => {
    // payments-api is in effect from 2025-12-01 until 2026-12-31.
    const row = '  - { sla: payments-api, objective: uptime, value: 99.97% }\n';
    const before = check(`${HEAD.replace('2026-11', '2025-11')}${row}`);
    expect(before.errors).toEqual([]);
    expect(before.warnings).toEqual([
      expect.objectContaining({ line: 5, column: 5, rule: 'results-outside-effective' }),
    ]);
    expect(before.warnings[0]!.message).toBe(
      '2025-11 (2025-11-01 to 2025-11-30) is outside the dates "payments-api" is in effect (from 2025-12-01 until 2026-12-31, spec.effective), so the review report and the catalog leave this result out; correct the period, or the SLA\'s effective dates',
    );
    expect(before.results).toHaveLength(1);
    const after = check(`${HEAD.replace('2026-11', '2027-01')}${row}`, '2027-02-01');
    expect(after.warnings.map((w) => w.rule)).toEqual(['results-outside-effective']);
    // The first and the last month in effect are fine.
    for (const p of ['2025-12', '2026-12'])
      expect(check(`${HEAD.replace('2026-11', p)}${row}`, '2027-02-01').warnings).toEqual([]);
  });

  it('without warnings asked for, gives the same errors and results and no warning', () => {
    const text = `${HEAD.replace('2026-11', '2025-11')}  - { sla: payments-api, objective: uptime, value: 99.9%, good: 990, total: 1000 }\n  - { sla: payments-api, objective: uptime, value: 99.8% }\n  - { sla: payments-api, objective: checkout-latency, value: 250ms, note: A slow week. }\n`;
    const files = [{ path: 'results/2025-11.yaml', content: text }];
    const all = validateResults(files, SLAS, '2026-12-01');
    const quiet = validateResults(files, SLAS, '2026-12-01', undefined, { warnings: false });
    expect(all.warnings.map((w) => w.rule)).toEqual([
      'results-outside-effective',
      'results-ratio',
      'results-outside-effective',
      'results-outside-effective',
    ]);
    expect(quiet.warnings).toEqual([]);
    expect(quiet.errors).toEqual(all.errors);
    expect(all.errors.map((e) => e.rule)).toEqual(['results-duplicate']);
    expect(quiet.results).toEqual(all.results);
    expect(quiet.results.map((r) => [r.objective, r.note ?? null])).toEqual([
      ['uptime', null],
      ['checkout-latency', 'A slow week.'],
    ]);
  });

  it('names broken YAML, a non-mapping and an SLA file put among results', () => {
    expect(check('period: [\n').errors[0]).toMatchObject({
      file: 'results/2026-11.yaml',
      rule: expect.stringMatching(/^yaml-/),
    });
    expect(check('- a\n').errors[0]).toMatchObject({
      rule: 'results-not-mapping',
      line: 1,
      column: 1,
    });
    expect(check('apiVersion: slac/v1\nkind: ServiceLevelAgreement\n').errors[0]).toMatchObject({
      rule: 'results-kind',
      line: 2,
    });
  });
});
