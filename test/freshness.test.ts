// The indicator `freshness` (how old the data a service serves may be), added through the
// indicator registry alone: the diff, the catalog, the rules and attainment follow from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSlas } from '../src/diff/index.js';
import { INDICATOR_NAMES, performanceWords } from '../src/model/indicators.js';
import { objectiveWords } from '../src/render/words.js';
import { attainment } from '../src/results/attainment.js';
import { validateResults } from '../src/results/validate.js';
import { loadSla, validateSources, type LoadedSla } from '../src/validate/index.js';

const SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: warehouse
  title: Data warehouse
  owner: '@acme/data'
spec:
  service: { name: Warehouse, summary: Tables for reporting. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: table-freshness
      title: Warehouse tables up to date
      indicator: freshness
      target: 15m
      window: month
      tolerance: { desired: 5m, adequate: 30m }
`;

function load(content: string): LoadedSla {
  const { sla } = loadSla({ path: 'slas/warehouse.yaml', content });
  if (!sla) throw new Error('the SLA does not load');
  return sla;
}

describe('the freshness indicator', () => {
  it('is an indicator of the schema and the registry', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'schemas', 'sla.schema.json'), 'utf8'),
    );
    const enumOf = schema.$defs.objective.properties.indicator.enum as string[];
    expect(enumOf).toContain('freshness');
    expect([...INDICATOR_NAMES].sort()).toEqual([...enumOf].sort());
  });

  it('validates with a duration target and lower as better', () => {
    const run = validateSources([{ path: 'slas/warehouse.yaml', content: SLA }], {
      today: '2026-06-01',
    });
    expect([...run.errors, ...run.warnings]).toEqual([]);
    expect(load(SLA).sla.objectives[0]).toMatchObject({
      better: 'lower',
      target: { kind: 'duration', seconds: 900 },
    });
  });

  it('refuses a percentage target', () => {
    const run = validateSources(
      [{ path: 'slas/warehouse.yaml', content: SLA.replace('target: 15m', 'target: 99.9%') }],
      { today: '2026-06-01' },
    );
    expect(run.errors.map((e) => e.rule)).toContain('objective-target-type');
  });

  it('raising the target from 15m to 30m is weakened, in plain words', () => {
    const [diff] = diffSlas([load(SLA)], [load(SLA.replace('target: 15m', 'target: 30m'))]);
    expect(diff?.impact).toBe('weakened');
    expect(diff?.changes).toEqual([
      expect.objectContaining({
        path: 'spec.objectives.table-freshness.target',
        before: '15 min',
        after: '30 min',
        impact: 'weakened',
        kind: 'objective-target-weakened',
        message:
          'Warehouse tables up to date raised from 15 min to 30 min: the data customers get may be up to 30 min old instead of 15 min.',
      }),
    ]);
  });

  it('lowering the target is strengthened', () => {
    const [diff] = diffSlas([load(SLA)], [load(SLA.replace('target: 15m', 'target: 10m'))]);
    expect(diff?.impact).toBe('strengthened');
  });

  it('the catalog says how old the data may be', () => {
    const { sla } = load(SLA);
    expect(objectiveWords(sla.objectives[0]!, sla.serviceHours)).toBe(
      'Data at most 15 minutes old, measured each month.',
    );
  });

  it('the catalog says how old the data was in a period', () => {
    const { sla } = load(SLA);
    const words = performanceWords(
      sla.objectives[0]!,
      { kind: 'duration', seconds: 720 },
      { limitedHours: false, downtime: null },
    );
    expect(words).toEqual({
      measured: 'the data was at most 12 minutes old',
      commit: 'at most 15 minutes',
    });
  });

  it('a tolerance band in the wrong order is reported (adequate must be longer)', () => {
    const swapped = SLA.replace(
      'tolerance: { desired: 5m, adequate: 30m }',
      'tolerance: { desired: 30m, adequate: 5m }',
    );
    const run = validateSources([{ path: 'slas/warehouse.yaml', content: swapped }], {
      today: '2026-06-01',
    });
    expect(run.errors.map((e) => e.rule)).toEqual(['tolerance-order']);
  });

  it('attainment: shorter than the target is met, longer missed, with the zone', () => {
    const { sla } = load(SLA);
    const o = sla.objectives[0]!;
    const at = (seconds: number) => attainment(sla, o, { kind: 'duration', seconds }, 'month');
    expect(at(240)).toMatchObject({ met: true, zone: 'above', budgetUsed: null, credit: null });
    expect(at(900)).toMatchObject({ met: true, zone: 'within' });
    expect(at(2400)).toMatchObject({ met: false, zone: 'below' });
  });

  it('results for a freshness objective validate as durations', () => {
    const { sla } = load(SLA);
    const head = 'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-05\nresults:\n';
    const ok = validateResults(
      [
        {
          path: 'results/2026-05.yaml',
          content: `${head}  - { sla: warehouse, objective: table-freshness, value: 12m }\n`,
        },
      ],
      [sla],
      '2026-06-01',
    );
    expect(ok.errors).toEqual([]);
    expect(ok.results[0]?.value).toEqual({ kind: 'duration', seconds: 720 });
    const bad = validateResults(
      [
        {
          path: 'results/2026-05.yaml',
          content: `${head}  - { sla: warehouse, objective: table-freshness, value: 99% }\n`,
        },
      ],
      [sla],
      '2026-06-01',
    );
    expect(bad.errors).toHaveLength(1);
  });
});
