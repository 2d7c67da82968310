// The measure use case with a fake Prometheus behind the PrometheusClient port: answers that
// cannot be a result, rounding that never turns a miss into a met, and the HTTP client's
// retries on 5xx answers.
import { describe, expect, it } from 'vitest';
import {
  createHttpPrometheus,
  measure,
  periodEnd,
  periodRange,
  type PrometheusClient,
  type QueryAnswer,
} from '../src/measure/index.js';
import { parsePeriod, type Period } from '../src/results/index.js';
import { validateSources } from '../src/validate/index.js';
import { recordingServer } from './helpers/prometheus.js';

const period = (id: string): Period => {
  const p = parsePeriod(id);
  if (!p.ok) throw new Error(p.reason);
  return p.value;
};

function slas(indicator: string, target: string, prometheus: string) {
  const text = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: demo, title: Demo, owner: '@acme/demo' }
spec:
  service: { name: Demo, summary: Demo. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: obj
      title: Objective
      indicator: ${indicator}
      target: ${target}
      window: month
      prometheus: ${prometheus}
`;
  const r = validateSources([{ path: 'slas/demo.yaml', content: text }]);
  expect(r.errors).toEqual([]);
  return r.slas.map((s) => s.sla);
}

const RATIO = "{ good: 'g[{{range}}]', total: 't[{{range}}]' }";
const VALUE = "{ value: 'v[{{range}}]' }";

/** Answers each query by its first letter: g(ood), t(otal), v(alue). */
function fake(
  answers: Record<string, QueryAnswer | string>,
): PrometheusClient & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    url: 'http://fake',
    asked,
    query: async (promql, time) => {
      asked.push([promql, time]);
      const a = answers[promql[0] as string];
      if (a === undefined) throw new Error(`unexpected query ${promql}`);
      return typeof a === 'string'
        ? { ok: true, resultType: 'vector', samples: [{ metric: {}, value: a }] }
        : a;
    },
  };
}

const run = (s: ReturnType<typeof slas>, client: PrometheusClient) =>
  measure({ slas: s, prometheus: client, today: '2026-12-01', period: period('2026-11') });

describe('measure: the period', () => {
  it('is asked at its exclusive end over its own length', () => {
    expect(periodEnd(period('2026-11'))).toBe('2026-12-01T00:00:00Z');
    expect(periodRange(period('2026-11'))).toBe('2592000s');
    expect(periodRange(period('2026-12'))).toBe('2678400s');
    expect(periodRange(period('2026-Q4'))).toBe('7948800s');
    expect(periodRange(period('2026-W47'))).toBe('604800s');
    expect(periodEnd(period('2026-W53'))).toBe('2027-01-04T00:00:00Z');
  });

  it('fills {{range}} in each part', async () => {
    const client = fake({ g: '999', t: '1000' });
    const out = await run(slas('availability', '99.9%', RATIO), client);
    expect(client.asked).toEqual([
      ['g[2592000s]', '2026-12-01T00:00:00Z'],
      ['t[2592000s]', '2026-12-01T00:00:00Z'],
    ]);
    expect(out.periods[0]?.rows).toEqual([
      { sla: 'demo', objective: 'obj', value: '99.9%', good: 999, total: 1000 },
    ]);
  });
});

describe('measure: answers that cannot be a result', () => {
  const failure = async (
    indicator: string,
    target: string,
    q: string,
    answers: Record<string, QueryAnswer | string>,
  ) => {
    const out = await run(slas(indicator, target, q), fake(answers));
    expect(out.periods).toEqual([]);
    return out.failures[0]?.message;
  };

  it('several series: aggregate with sum', async () => {
    const several: QueryAnswer = {
      ok: true,
      resultType: 'vector',
      samples: [
        { metric: { code: '200' }, value: '1' },
        { metric: { code: '201' }, value: '2' },
      ],
    };
    expect(await failure('latency', '300ms', VALUE, { v: several })).toBe(
      'value: the query returned 2 series ({code="200"}, {code="201"}) where one was expected: aggregate with sum(...)',
    );
  });

  it('NaN and infinities', async () => {
    expect(await failure('latency', '300ms', VALUE, { v: 'NaN' })).toMatch(
      /^value: the query returned NaN/,
    );
    expect(await failure('latency', '300ms', VALUE, { v: '+Inf' })).toMatch(
      /^value: the query returned \+Inf \(for histogram_quantile: the quantile lies in the \+Inf bucket/,
    );
    expect(await failure('throughput', '10 rps', VALUE, { v: '-Inf' })).toMatch(
      /returned -Inf; it must give a finite number$/,
    );
  });

  it('total 0, and good above total', async () => {
    expect(await failure('availability', '99.9%', RATIO, { g: '0', t: '0' })).toMatch(
      /^total is 0: no events in 2026-11/,
    );
    expect(await failure('availability', '99.9%', RATIO, { g: '11', t: '10' })).toMatch(
      /^good \(11\) is more than total \(10\)/,
    );
  });

  it('a range vector, and a percentage written as a fraction', async () => {
    expect(
      await failure('latency', '300ms', VALUE, {
        v: { ok: true, resultType: 'matrix', samples: [] },
      }),
    ).toMatch(/range vector; wrap it in a function over the period/);
    expect(await failure('custom', '99%\n      better: higher', VALUE, { v: '150' })).toMatch(
      /^the query gave 150, which is not a percentage from 0 to 100/,
    );
  });
});

describe('measure: values are written as the target is, rounded without changing met or missed', () => {
  const value = async (
    indicator: string,
    target: string,
    q: string,
    answers: Record<string, string>,
  ) => (await run(slas(indicator, target, q), fake(answers))).periods[0]?.rows[0]?.value;

  it('percentages to three decimals, more where three would reach the target', async () => {
    expect(await value('availability', '99.9%', RATIO, { g: '2999550', t: '3000000' })).toBe(
      '99.985%',
    );
    // 99.94996% is a miss of 99.95%: "99.95%" would read as met.
    expect(await value('availability', '99.95%', RATIO, { g: '9994996', t: '10000000' })).toBe(
      '99.94996%',
    );
    expect(await value('error-rate', '0.1%', RATIO, { g: '2999550', t: '3000000' })).toBe('0.015%');
  });

  it('durations in milliseconds, seconds from a minute', async () => {
    expect(await value('latency', '300ms', VALUE, { v: '0.28712' })).toBe('287ms');
    expect(await value('latency', '300ms', VALUE, { v: '0.3004' })).toBe('300.4ms');
    expect(await value('resolution-time', '4h', VALUE, { v: '5400.25' })).toBe('5400.25s');
    expect(await value('throughput', '1000 rps', VALUE, { v: '1234.56789' })).toBe('1234.568 rps');
  });
});

describe('the HTTP client', () => {
  it('retries a 503 and reads the answer that follows', async () => {
    let calls = 0;
    const server = await recordingServer(() =>
      ++calls < 3
        ? { status: 503, json: { status: 'error', errorType: 'timeout', error: 'query timed out' } }
        : {
            status: 200,
            json: { status: 'success', data: { resultType: 'scalar', result: [0, '7'] } },
          },
    );
    try {
      const client = createHttpPrometheus({ url: server.url, retryDelaysMs: [1, 1, 1] });
      expect(await client.query('scalar(up)', '2026-12-01T00:00:00Z')).toEqual({
        ok: true,
        resultType: 'scalar',
        samples: [{ metric: {}, value: '7' }],
      });
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("gives up after three retries with the server's own error", async () => {
    const server = await recordingServer(() => ({
      status: 503,
      json: { status: 'error', errorType: 'timeout', error: 'query timed out' },
    }));
    try {
      const client = createHttpPrometheus({ url: server.url, retryDelaysMs: [1, 1, 1] });
      expect(await client.query('up', '2026-12-01T00:00:00Z')).toEqual({
        ok: false,
        fatal: false,
        message: `Prometheus at ${server.url} answered 503 timeout: query timed out (4 attempts); the server is failing: try again later`,
      });
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it('does not retry a 4xx and says what to do about a 401', async () => {
    const server = await recordingServer(() => ({ status: 401, json: {} }));
    try {
      const client = createHttpPrometheus({ url: server.url, retryDelaysMs: [1, 1, 1] });
      const answer = await client.query('up', '2026-12-01T00:00:00Z');
      expect(answer).toMatchObject({ ok: false, fatal: true });
      expect(answer.ok ? '' : answer.message).toContain('set SLAC_PROMETHEUS_TOKEN');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
