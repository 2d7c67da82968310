// The Prometheus queries of an objective are for the people who run the service: the
// customer catalog (pages, catalog.json, the history of changes) never shows them.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/index.js';
import { diffSlas } from '../src/diff/compare.js';
import { renderCatalog } from '../src/render/index.js';
import { validateSources } from '../src/validate/index.js';

const sla = (metric: string) => `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '@acme/payments' }
spec:
  service: { name: Payments API, summary: Card payments. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.95%
      window: month
      measurement: A minute counts as down when more than 5% of calls fail.
      prometheus:
        good: 'sum(increase(${metric}{job="payments",code!~"5.."}[{{range}}]))'
        total: 'sum(increase(${metric}{job="payments"}[{{range}}]))'
    - id: checkout-latency
      title: Fast checkout
      indicator: latency
      percentile: 95
      target: 300ms
      window: 28d
      prometheus:
        value: 'histogram_quantile(0.95, sum by (le) (increase(secret_latency_bucket{job="payments"}[{{range}}])))'
`;

const load = (text: string) => {
  const r = validateSources([{ path: 'slas/payments.yaml', content: text }], {
    today: '2026-11-23',
  });
  expect(r.errors).toEqual([]);
  return r.slas;
};

describe('the catalog and the prometheus queries', () => {
  it('no page, no JSON and no history entry holds query text', () => {
    const before = load(sla('old_requests_total'));
    const after = load(sla('internal_requests_total'));
    // The history of the page carries the diff's sentence for the changed queries.
    const change = diffSlas(before, after)[0]?.changes[0];
    expect(change?.path).toBe('spec.objectives.uptime.prometheus');
    const history = new Map([
      [
        'payments-api',
        [
          {
            date: '2026-11-02T10:00:00Z',
            commit: 'a'.repeat(40),
            impact: change?.impact ?? 'changed',
            message: change?.message ?? '',
          },
        ],
      ],
    ]);
    const { files } = renderCatalog({ slas: after, config: defaultConfig(), history });
    const page = files.get('services/payments-api.html') ?? '';
    expect(page).toContain('Monthly uptime');
    expect(page).toContain('A minute counts as down'); // the measurement in words is shown
    expect(page).toContain('is measured by other Prometheus queries');
    expect(files.get('catalog.json')).toContain('"uptime"');
    for (const [path, text] of files) {
      for (const secret of [
        'internal_requests_total',
        'old_requests_total',
        'secret_latency_bucket',
        'histogram_quantile',
        '{{range}}',
        'increase(',
      ])
        expect(text, `${path} shows "${secret}"`).not.toContain(secret);
    }
  });
});
