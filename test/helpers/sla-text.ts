// A small valid SLA and two variants with a known problem, for tests of `slac validate`.
export const VALID = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo
  title: Demo
  owner: '@acme/demo'
spec:
  service: { name: Demo, summary: A demo service. }
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-09-01 }
  objectives:
    - id: uptime
      title: Uptime
      indicator: availability
      target: 99.9%
      window: month
`;
/** Line 15: `      target: 0.999`, a fraction where a percentage belongs (value at column 15). */
export const FRACTION = VALID.replace('99.9%', '0.999');
/** Line 10: reviewed 2026-01-01 every 6 months, so overdue on 2026-11-23 (value at column 44). */
export const OVERDUE = VALID.replace('lastReviewed: 2026-09-01', 'lastReviewed: 2026-01-01');
