// Attainment against hand-computed figures: every indicator kind and direction, both window
// kinds, service hours, and the edges (exactly on the target or a tier, 100%, no tolerance,
// no credits, no data).
import { describe, expect, it } from 'vitest';
import type { Hours, Measure, Objective, Sla } from '../src/model/sla.js';
import { parseSchedule, parseWindow } from '../src/model/units.js';
import { attainment, outcome } from '../src/results/attainment.js';

const pct = (value: number): Measure => ({ kind: 'percent', value });
const dur = (seconds: number): Measure => ({ kind: 'duration', seconds });
const qty = (value: number, unit = 'rps'): Measure => ({ kind: 'quantity', value, unit });

function hours(schedule: string): Hours {
  const parsed = parseSchedule(schedule);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { timezone: 'UTC', schedule: parsed.value, text: [schedule] };
}

function objective(
  fields: Partial<Objective> & Pick<Objective, 'indicator' | 'target'>,
): Objective {
  const window = parseWindow('month');
  if (!window.ok) throw new Error(window.reason);
  const better =
    fields.better ??
    (['error-rate', 'latency', 'response-time', 'resolution-time'].includes(fields.indicator)
      ? 'lower'
      : 'higher');
  return { id: 'uptime', title: 'Uptime', window: window.value, ...fields, better };
}

const ALWAYS: Pick<Sla, 'serviceHours' | 'credits'> = { serviceHours: hours('24x7') };
const CREDITS: Pick<Sla, 'serviceHours' | 'credits'> = {
  serviceHours: hours('24x7'),
  credits: {
    objective: 'uptime',
    tiers: [
      { below: 99.95, credit: 10 },
      { below: 99.0, credit: 25 },
    ],
  },
};

describe('availability (higher is better, with downtime)', () => {
  const uptime = objective({
    indicator: 'availability',
    target: pct(99.9),
    tolerance: { desired: pct(99.99), adequate: pct(99.5) },
  });

  it('a month at 99.97% of a 99.9% target: met, within the zone, 30% of the budget', () => {
    // Budget: (100 - 99.97) / (100 - 99.9) = 0.03 / 0.1 = 0.3. A month is 2,629,746 s:
    // 0.03% of it is 788.9238 s = 13 min 9 s; 0.1% is 2,629.746 s = 43 min 50 s.
    expect(attainment(ALWAYS, uptime, pct(99.97), 'month')).toEqual({
      met: true,
      zone: 'within',
      budgetUsed: 0.3,
      downtime: {
        seconds: expect.closeTo(788.9238, 6),
        allowedSeconds: expect.closeTo(2629.746, 6),
        words: '13 min 9 s of 43 min 50 s allowed',
      },
      credit: null,
    });
  });

  it('exactly on the target is met and spends the whole budget', () => {
    const a = attainment(ALWAYS, uptime, pct(99.9), 'month');
    expect([a.met, a.zone, a.budgetUsed]).toEqual([true, 'within', 1]);
  });

  it('below the target is missed; below adequate is below the zone; the budget overspent', () => {
    const a = attainment(ALWAYS, uptime, pct(99.4), 'month');
    // (100 - 99.4) / 0.1 = 6: six times the budget.
    expect([a.met, a.zone, a.budgetUsed]).toEqual([false, 'below', 6]);
  });

  it('as good as desired is above the zone; 100% spends nothing', () => {
    expect(attainment(ALWAYS, uptime, pct(99.99), 'month').zone).toBe('above');
    const full = attainment(ALWAYS, uptime, pct(100), 'month');
    expect([full.zone, full.budgetUsed, full.downtime?.words]).toEqual([
      'above',
      0,
      '0 s of 43 min 50 s allowed',
    ]);
  });

  it('counts downtime over service hours where the SLA limits them', () => {
    // Mon-Fri 08:00-18:00 is 50 h of 168 h a week: a month's 2,629,746 s × 50/168 =
    // 782,662.5 s of service time; 0.1% of it is 782.6625 s = 13 min 3 s.
    const business = { serviceHours: hours('Mon-Fri 08:00-18:00') };
    const a = attainment(business, uptime, pct(99.8), 'month');
    expect(a.downtime).toEqual({
      seconds: expect.closeTo(1565.325, 6),
      allowedSeconds: expect.closeTo(782.6625, 6),
      words: '26 min 5 s of 13 min 3 s allowed during service hours',
    });
    expect(a.budgetUsed).toBe(2);
  });

  it('a rolling 28d objective reported per month uses the month for its downtime', () => {
    const window = parseWindow('28d');
    if (!window.ok) throw new Error();
    const rolling = { ...uptime, window: window.value };
    expect(attainment(ALWAYS, rolling, pct(99.95), 'month').downtime?.words).toBe(
      '21 min 55 s of 43 min 50 s allowed',
    );
  });

  it('a quarter has its own length: 99.9% allows 2 h 11 min 29 s', () => {
    // 7,889,238 s × 0.001 = 7,889.238 s.
    expect(attainment(ALWAYS, uptime, pct(99.9), 'quarter').downtime?.words).toBe(
      '2 h 11 min 29 s of 2 h 11 min 29 s allowed',
    );
  });
});

describe('credits', () => {
  const uptime = objective({ indicator: 'availability', target: pct(99.95) });

  it('no credit when the target is met', () => {
    expect(attainment(CREDITS, uptime, pct(99.96), 'month').credit).toBe(0);
  });

  it('exactly on a tier boundary is not below it', () => {
    expect(attainment(CREDITS, uptime, pct(99.95), 'month').credit).toBe(0);
    expect(attainment(CREDITS, uptime, pct(99.0), 'month').credit).toBe(10);
  });

  it('the tier with the lowest "below" the value falls under', () => {
    expect(attainment(CREDITS, uptime, pct(99.5), 'month').credit).toBe(10);
    expect(attainment(CREDITS, uptime, pct(98.2), 'month').credit).toBe(25);
  });

  it('another objective, or an SLA without credits, owes none', () => {
    const other = { ...uptime, id: 'other' };
    expect(attainment(CREDITS, other, pct(90), 'month').credit).toBeNull();
    expect(attainment(ALWAYS, uptime, pct(90), 'month').credit).toBeNull();
  });
});

describe('other indicators', () => {
  it('success-rate: higher is better, budget of the failed share', () => {
    const o = objective({ indicator: 'success-rate', target: pct(99.5) });
    const a = attainment(ALWAYS, o, pct(99.8), 'month');
    // (100 - 99.8) / (100 - 99.5) = 0.2 / 0.5 = 0.4.
    expect([a.met, a.zone, a.budgetUsed, a.downtime]).toEqual([true, null, 0.4, null]);
  });

  it('durability: eleven nines', () => {
    const o = objective({ indicator: 'durability', target: pct(99.999999999) });
    expect(attainment(ALWAYS, o, pct(99.9999999995), 'year').budgetUsed).toBe(0.5);
  });

  it('error-rate: lower is better, budget is value / target', () => {
    const o = objective({
      indicator: 'error-rate',
      target: pct(0.5),
      tolerance: { desired: pct(0.1), adequate: pct(1) },
    });
    expect(attainment(ALWAYS, o, pct(0.2), 'month')).toMatchObject({
      met: true,
      zone: 'within',
      budgetUsed: 0.4,
    });
    expect(attainment(ALWAYS, o, pct(0.5), 'month').met).toBe(true);
    expect(attainment(ALWAYS, o, pct(1.5), 'month')).toMatchObject({
      met: false,
      zone: 'below',
      budgetUsed: 3,
    });
  });

  it('an error-rate target of 0%: nothing spent at 0, no budget to measure beyond it', () => {
    const o = objective({ indicator: 'error-rate', target: pct(0) });
    expect(attainment(ALWAYS, o, pct(0), 'month')).toMatchObject({ met: true, budgetUsed: 0 });
    expect(attainment(ALWAYS, o, pct(0.1), 'month')).toMatchObject({
      met: false,
      budgetUsed: null,
    });
  });

  it('a 100% availability target missed has no budget to measure against', () => {
    const o = objective({ indicator: 'availability', target: pct(100) });
    expect(attainment(ALWAYS, o, pct(99.99), 'month')).toMatchObject({
      met: false,
      budgetUsed: null,
    });
  });

  it('latency: lower is better, no percentage budget', () => {
    const o = objective({
      indicator: 'latency',
      percentile: 95,
      target: dur(0.3),
      tolerance: { desired: dur(0.2), adequate: dur(0.5) },
    });
    expect(attainment(ALWAYS, o, dur(0.28), 'month')).toEqual({
      met: true,
      zone: 'within',
      budgetUsed: null,
      downtime: null,
      credit: null,
    });
    expect(attainment(ALWAYS, o, dur(0.3), 'month').met).toBe(true);
    expect(attainment(ALWAYS, o, dur(0.31), 'month').met).toBe(false);
    expect(attainment(ALWAYS, o, dur(0.2), 'month').zone).toBe('above');
  });

  it('response-time and resolution-time: lower is better', () => {
    for (const indicator of ['response-time', 'resolution-time'] as const) {
      const o = objective({ indicator, target: dur(900) });
      expect(attainment(ALWAYS, o, dur(600), 'month').met).toBe(true);
      expect(attainment(ALWAYS, o, dur(1200), 'month').met).toBe(false);
    }
  });

  it('throughput: higher is better', () => {
    const o = objective({ indicator: 'throughput', target: qty(1000) });
    expect(attainment(ALWAYS, o, qty(1200), 'month').met).toBe(true);
    expect(attainment(ALWAYS, o, qty(999), 'month').met).toBe(false);
  });

  it('custom: as declared, either way', () => {
    const lower = objective({ indicator: 'custom', better: 'lower', target: qty(5, 'tickets') });
    expect(attainment(ALWAYS, lower, qty(4, 'tickets'), 'month').met).toBe(true);
    const higher = objective({ indicator: 'custom', better: 'higher', target: pct(90) });
    expect(attainment(ALWAYS, higher, pct(85), 'month')).toMatchObject({
      met: false,
      budgetUsed: 1.5,
    });
  });
});

describe('no data', () => {
  it('is never met, and has no zone, budget or credit', () => {
    const o = objective({ indicator: 'availability', target: pct(99.95) });
    expect(attainment(CREDITS, o, undefined, 'month')).toEqual({
      met: null,
      zone: null,
      budgetUsed: null,
      downtime: null,
      credit: null,
    });
  });
});

describe('the outcome the catalog shows', () => {
  it('is attainment’s met and downtime, for every kind, direction, hours and no data', () => {
    const cases: [Objective, (Measure | undefined)[]][] = [
      [
        objective({ indicator: 'availability', target: pct(99.9) }),
        [pct(99.97), pct(99.9), pct(98), pct(100), undefined, dur(3)],
      ],
      [objective({ indicator: 'error-rate', target: pct(0.5) }), [pct(0.1), pct(0.5), pct(2)]],
      [objective({ indicator: 'latency', target: dur(0.3), percentile: 95 }), [dur(0.2), dur(1)]],
      [objective({ indicator: 'throughput', target: qty(500) }), [qty(600), qty(400)]],
      [objective({ indicator: 'custom', better: 'lower', target: pct(5) }), [pct(4), pct(6)]],
      [{ ...objective({ indicator: 'custom', target: pct(5) }), better: undefined }, [pct(4)]],
    ];
    for (const sla of [ALWAYS, CREDITS, { serviceHours: hours('Mon-Fri 08:00-18:00') }])
      for (const [o, values] of cases)
        for (const value of values)
          for (const period of ['week', 'month', 'quarter', 'year'] as const) {
            const a = attainment(sla, o, value, period);
            expect(outcome(sla, o, value, period)).toEqual({
              met: a.met,
              downtimeSeconds: a.downtime?.seconds,
            });
          }
  });
});
