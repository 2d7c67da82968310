// The phrases with numbers that the diff (and the catalog) put in front of customers.
import { describe, expect, it } from 'vitest';
import { diffSlas } from '../src/diff/index.js';
import {
  allowancePhrase,
  allowedDowntimeSeconds,
  downtimePhrase,
  hoursPerWeekPhrase,
} from '../src/diff/words.js';
import { CALENDAR_SECONDS } from '../src/model/units.js';
import { loadSla, type LoadedSla } from '../src/validate/index.js';
import { SLA, edit } from './diff-fixture.js';

const month = { kind: 'calendar', unit: 'month', seconds: CALENDAR_SECONDS.month } as const;

function load(text: string, path = 'slas/p.yaml'): LoadedSla {
  const { sla } = loadSla({ path, content: text });
  if (!sla) throw new Error('fixture does not load');
  return sla;
}

describe('allowed downtime', () => {
  it("is (1 - target) × window: 99.9% a month is the design's 43 min 50 s", () => {
    expect(allowedDowntimeSeconds(99.9, month)).toBeCloseTo(2629.746, 6);
    expect(downtimePhrase(99.9, month)).toBe('43 min 50 s a month');
  });

  it('shrinks with the share of the week that service hours cover', () => {
    expect(allowedDowntimeSeconds(99.9, month, 5040)).toBeCloseTo(2629.746 / 2, 6);
  });

  it('is phrased for an availability objective and not for latency', () => {
    const sla = load(SLA).sla;
    expect(allowancePhrase(sla.objectives[0]!, 10_080)).toBe(
      'allowed downtime 21 min 55 s a month',
    );
    expect(allowancePhrase(sla.objectives[1]!, 10_080)).toBeUndefined();
  });
});

describe('hours a week', () => {
  it('counts whole hours and minutes', () => {
    expect(hoursPerWeekPhrase(10_080)).toBe('168 h a week');
    expect(hoursPerWeekPhrase(2_250)).toBe('37 h 30 min a week');
  });
});

describe('diffSlas', () => {
  it('is pure: the same SLAs give no change and leave the input untouched', () => {
    const base = [load(SLA)];
    const copy = structuredClone(base.map((s) => s.sla));
    expect(diffSlas(base, [load(SLA, 'slas/moved.yaml')])).toEqual([]);
    expect(base.map((s) => s.sla)).toEqual(copy);
  });

  it('gives the same result for the same input', () => {
    const head = [load(edit(SLA, ['target: 99.95%', 'target: 99%'], ['tier: gold', 'tier: x']))];
    expect(diffSlas([load(SLA)], head)).toEqual(diffSlas([load(SLA)], head));
  });
});
