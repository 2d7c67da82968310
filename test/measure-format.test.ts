// The `prometheus` block of an objective: its forms, their rules (id, line, column, what to do),
// the normalized Objective, and the diff's view of a changed query.
import { describe, expect, it } from 'vitest';
import { validateSources } from '../src/validate/index.js';
import { diffSlas } from '../src/diff/compare.js';

/** Lines 1–10; the objective starts on line 11; its prometheus block on line 16. */
const HEAD = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo
  title: Demo
  owner: '@acme/demo'
spec:
  service: { name: Demo, summary: A demo service. }
  effective: { from: 2026-01-01 }
  objectives:
`;

const GOOD = 'sum(increase(http_requests_total{job="demo",code!~"5.."}[{{range}}]))';
const TOTAL = 'sum(increase(http_requests_total{job="demo"}[{{range}}]))';
const P95 =
  'histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="demo"}[{{range}}])))';

/** One objective with the given indicator and target, and a prometheus block of `lines`. */
function sla(indicator: string, target: string, ...lines: string[]): string {
  return (
    HEAD +
    `    - id: obj
      title: Objective
      indicator: ${indicator}
      target: ${target}
      window: month
      prometheus:
${lines.map((l) => `        ${l}\n`).join('')}`
  );
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

function problems(content: string) {
  const r = validateSources([{ path: 'slas/demo.yaml', content }], { today: '2026-11-23' });
  return {
    sla: r.slas[0]?.sla,
    list: [...r.errors, ...r.warnings].map((p) => [p.rule, p.line, p.column, p.severity]),
    messages: [...r.errors, ...r.warnings].map((p) => p.message),
  };
}

describe('the prometheus block of an objective', () => {
  it('a ratio indicator with good and total is valid and normalized as a ratio', () => {
    const r = problems(sla('availability', '99.9%', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`));
    expect(r.list).toEqual([]);
    expect(r.sla?.objectives[0]?.prometheus).toEqual({ kind: 'ratio', good: GOOD, total: TOTAL });
  });

  it('error-rate takes good and total too', () => {
    const r = problems(sla('error-rate', '0.1%', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`));
    expect(r.list).toEqual([]);
    expect(r.sla?.objectives[0]?.prometheus?.kind).toBe('ratio');
  });

  it('latency with value is valid and normalized as a value', () => {
    const r = problems(sla('latency', '300ms\n      percentile: 95', `value: ${q(P95)}`));
    expect(r.list).toEqual([]);
    expect(r.sla?.objectives[0]?.prometheus).toEqual({ kind: 'value', value: P95 });
  });

  it('a ratio without total names what to add, at the key', () => {
    const r = problems(sla('availability', '99.9%', `good: ${q(GOOD)}`));
    expect(r.list).toEqual([['prometheus-ratio-incomplete', 17, 9, 'error']]);
    expect(r.messages[0]).toBe(
      'prometheus of an availability objective needs both "good" and "total" (value = good / total); add total',
    );
    expect(r.sla?.objectives[0]?.prometheus).toBeUndefined();
  });

  it('value on a ratio-only indicator asks for good and total', () => {
    const r = problems(sla('success-rate', '99.9%', `value: ${q(TOTAL)}`));
    expect(r.list).toEqual([['prometheus-value-on-ratio', 17, 9, 'error']]);
    expect(r.messages[0]).toMatch(/replace "value" with "good" .* and "total"/);
  });

  it('good and total on a latency objective ask for value in seconds', () => {
    const r = problems(
      sla('latency', '300ms\n      percentile: 95', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`),
    );
    expect(r.list).toEqual([['prometheus-ratio-on-value', 18, 9, 'error']]);
    expect(r.messages[0]).toContain('replace good/total with "value"');
    expect(r.messages[0]).toContain('in seconds');
  });

  it('both forms at once is an error on the form the indicator does not take', () => {
    const r = problems(
      sla('availability', '99.9%', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`, `value: ${q(P95)}`),
    );
    expect(r.list).toEqual([['prometheus-both-forms', 19, 9, 'error']]);
    expect(r.messages[0]).toContain('remove "value"');
  });

  it('an empty block on a throughput objective asks for value', () => {
    const content = HEAD.concat(`    - id: obj
      title: Objective
      indicator: throughput
      target: 1000 rps
      window: month
      prometheus: {}
`);
    const r = problems(content);
    expect(r.list).toEqual([['prometheus-value-missing', 16, 7, 'error']]);
    expect(r.messages[0]).toContain("in the target's unit");
  });

  it('an empty query and a blank query are errors at the value', () => {
    const r = problems(sla('availability', '99.9%', `good: ''`, `total: '   '`));
    expect(r.list).toEqual([
      ['prometheus-query-empty', 17, 15, 'error'],
      ['prometheus-query-empty', 18, 16, 'error'],
    ]);
    expect(r.messages[0]).toMatch(/^prometheus.good is empty; write a PromQL query, e\.g\. sum/);
  });

  it('a query that is not text is a schema error with its line', () => {
    const r = problems(sla('latency', '300ms\n      percentile: 95', 'value: 0.3'));
    expect(r.list).toEqual([['schema-type', 18, 16, 'error']]);
    expect(r.messages[0]).toContain('must be a string, not the number 0.3');
  });

  it('an unknown placeholder is an error; a query without {{range}} a warning', () => {
    const r = problems(
      sla(
        'availability',
        '99.9%',
        `good: ${q(GOOD.replace('{{range}}', '{{window}}'))}`,
        `total: sum(http_requests_total)`,
      ),
    );
    expect(r.list).toEqual([
      ['prometheus-placeholder', 17, 15, 'error'],
      ['prometheus-range-missing', 18, 16, 'warning'],
    ]);
    expect(r.messages[0]).toContain('the only placeholder is {{range}}');
  });
});

describe('the diff of a query', () => {
  const load = (content: string) =>
    validateSources([{ path: 'slas/demo.yaml', content }], { today: '2026-11-23' }).slas;

  it('a changed query is "changed", and the sentence leaves the query text out', () => {
    const before = load(sla('availability', '99.9%', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`));
    const other = GOOD.replace('5..', '5..|429');
    const after = load(sla('availability', '99.9%', `good: ${q(other)}`, `total: ${q(TOTAL)}`));
    const [diff] = diffSlas(before, after);
    expect(diff?.impact).toBe('changed');
    expect(diff?.changes).toEqual([
      {
        path: 'spec.objectives.obj.prometheus',
        before: { good: GOOD, total: TOTAL },
        after: { good: other, total: TOTAL },
        impact: 'changed',
        kind: 'objective-prometheus-changed',
        message:
          'Objective is measured by other Prometheus queries: this changes how the results are measured.',
      },
    ]);
  });

  it('adding queries is "changed" too', () => {
    const plain = HEAD.concat(`    - id: obj
      title: Objective
      indicator: availability
      target: 99.9%
      window: month
`);
    const [diff] = diffSlas(
      load(plain),
      load(sla('availability', '99.9%', `good: ${q(GOOD)}`, `total: ${q(TOTAL)}`)),
    );
    expect(diff?.changes.map((c) => [c.impact, c.message])).toEqual([
      ['changed', 'Objective is now measured from Prometheus.'],
    ]);
  });
});
