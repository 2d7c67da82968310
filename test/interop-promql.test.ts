// The PromQL rewrites between Sloth's windows and slac's periods (src/interop/promql.ts): only
// the shapes they are meant for change, and text inside strings never does.
import { describe, expect, it } from 'vitest';
import {
  counterToRange,
  errorsFromGood,
  goodFromErrors,
  rangeToWindow,
  windowToRange,
} from '../src/interop/promql.js';

describe("Sloth's {{.window}} and slac's {{range}}", () => {
  it('turns rates over the window into increases over the period, and back', () => {
    const sloth = 'sum(rate(http_requests_total{code=~"(5..|429)"}[{{ .window }}]))';
    const slac = 'sum(increase(http_requests_total{code=~"(5..|429)"}[{{range}}]))';
    expect(windowToRange(sloth)).toBe(slac);
    expect(rangeToWindow(slac)).toBe(
      'sum(rate(http_requests_total{code=~"(5..|429)"}[{{.window}}]))',
    );
  });

  it('leaves irate, rates over fixed ranges, subqueries and strings as they are', () => {
    expect(windowToRange('irate(x[{{.window}}])')).toBe('irate(x[{{range}}])');
    expect(windowToRange('rate(x[5m]) / rate(y[{{.window}}])')).toBe(
      'rate(x[5m]) / increase(y[{{range}}])',
    );
    expect(windowToRange('sum_over_time((count(x < 0.75))[{{.window}}:])')).toBe(
      'sum_over_time((count(x < 0.75))[{{range}}:])',
    );
    expect(windowToRange('sum(rate(x{path="rate(y[{{.window}}])"}[{{.window}}]))')).toBe(
      'sum(increase(x{path="rate(y[{{range}}])"}[{{range}}]))',
    );
  });
});

describe('good from errors, and errors from good', () => {
  const T = 'sum(increase(x[{{range}}]))';
  const E = 'sum(increase(x{code=~"5.."}[{{range}}]))';

  it('good = total − errors, the errors falling back to 0 when they have no series', () => {
    expect(goodFromErrors(E, T)).toBe(`(${T}) - ((${E}) or vector(0))`);
    expect(goodFromErrors(`${E} OR on() vector(0)`, T)).toBe(`(${T}) - (${E} OR on() vector(0))`);
    expect(errorsFromGood(goodFromErrors(E, T), T)).toBe(E);
  });

  it('reads errors written as total minus good as that good', () => {
    const G = 'sum(increase(x_bucket{le="0.4"}[{{range}}]))';
    expect(goodFromErrors(`(\n  ${T}\n  -\n  ${G}\n)`, T)).toBe(G);
    expect(errorsFromGood(G, T)).toBe(`(${T}) - (${G})`);
    expect(goodFromErrors(errorsFromGood(G, T), T)).toBe(G);
  });

  it('does not split where the subtraction is not the whole query', () => {
    const G = 'sum(increase(y[{{range}}]))';
    for (const errors of [
      `${T} - ${G} + ${G}`,
      `${T} - ${G} or vector(0)`,
      `${T} - on() ${G}`,
      `${T} > ${G}`,
    ])
      expect(goodFromErrors(errors, T).startsWith(`(${T}) - (`)).toBe(true);
    // 1e-5 is a number, not a subtraction.
    expect(goodFromErrors(`${T} * 1e-5`, T)).toBe(`(${T}) - ((${T} * 1e-5) or vector(0))`);
  });
});

describe('OpenSLO counters without a window', () => {
  it('a summed selector or a bare one becomes the increase over the period', () => {
    expect(counterToRange('sum(http_requests{k8s_cluster="prod",code=~"2xx|4xx"})')).toBe(
      'sum(increase(http_requests{k8s_cluster="prod",code=~"2xx|4xx"}[{{range}}]))',
    );
    expect(counterToRange('sum by (job) (http_requests{job="a"})')).toBe(
      'sum by (job) (increase(http_requests{job="a"}[{{range}}]))',
    );
    expect(counterToRange('localhost_server_requests{code="total"}')).toBe(
      'sum(increase(localhost_server_requests{code="total"}[{{range}}]))',
    );
  });

  it('anything more is left for a person to write', () => {
    expect(counterToRange('sum(rate(x[5m]))')).toBeUndefined();
    expect(counterToRange('sum(a) / sum(b)')).toBeUndefined();
  });
});
