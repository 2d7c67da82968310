// SLA texts for tests: a small valid SLA with two variants of a known problem (for tests of
// `slac validate`), and `slaText`, the one-objective SLA most other tests build on.
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

export interface SlaFields {
  id: string;
  /** metadata.title; also the service's name unless `service` is given. */
  title: string;
  owner: string;
  /** spec.service.name, when it is not the title. */
  service?: string;
  summary?: string;
  /** spec.effective.from. */
  from?: string;
  /** spec.review.lastReviewed (every 6 months); no review block without it. */
  lastReviewed?: string;
  objectiveId?: string;
  objectiveTitle?: string;
  indicator?: string;
  target?: string;
  /** The objective's measurement, when it has one. */
  measurement?: string;
}

/**
 * An SLA with one objective, written compactly (flow mappings), as most tests of git, diff and
 * approvals need it: a monthly availability objective `uptime` ("Monthly uptime") by default.
 */
export function slaText(f: SlaFields): string {
  const objective = [
    `id: ${f.objectiveId ?? 'uptime'}`,
    `title: ${f.objectiveTitle ?? 'Monthly uptime'}`,
    `indicator: ${f.indicator ?? 'availability'}`,
    `target: ${f.target ?? '99.9%'}`,
    'window: month',
    ...(f.measurement ? [`measurement: ${f.measurement}`] : []),
  ].join(', ');
  return [
    'apiVersion: slac/v1',
    'kind: ServiceLevelAgreement',
    `metadata: { id: ${f.id}, title: ${f.title}, owner: '${f.owner}' }`,
    'spec:',
    `  service: { name: ${f.service ?? f.title}, summary: ${f.summary ?? 'A service.'} }`,
    `  effective: { from: ${f.from ?? '2026-01-01'} }`,
    ...(f.lastReviewed ? [`  review: { every: 6 months, lastReviewed: ${f.lastReviewed} }`] : []),
    '  objectives:',
    `    - { ${objective} }`,
    '',
  ].join('\n');
}

/** The SLA of the gate tests: one monthly uptime objective with its measurement. */
export function gateSla(id: string, owner: string, target: string): string {
  return slaText({
    id,
    title: `T ${id}`,
    owner,
    target,
    service: 'S',
    summary: 'Does things.',
    measurement: 'A minute is down when calls fail.',
  });
}
