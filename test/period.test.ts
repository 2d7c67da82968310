// Reporting periods: months, quarters, ISO weeks and years, and which kind an objective uses.
import { describe, expect, it } from 'vitest';
import { parseWindow } from '../src/model/units.js';
import {
  lastPeriods,
  parsePeriod,
  periodKindOf,
  periodOf,
  shiftPeriod,
} from '../src/results/period.js';

function period(text: string | number) {
  const p = parsePeriod(text);
  if (!p.ok) throw new Error(p.reason);
  return p.value;
}

describe('periods', () => {
  it('reads a month, a quarter, an ISO week and a year with their first and last days', () => {
    expect(period('2026-11')).toEqual({
      kind: 'month',
      id: '2026-11',
      start: '2026-11-01',
      end: '2026-11-30',
    });
    expect(period('2028-02')).toMatchObject({ end: '2028-02-29' });
    expect(period('2026-Q4')).toEqual({
      kind: 'quarter',
      id: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(period('2026-W47')).toEqual({
      kind: 'week',
      id: '2026-W47',
      start: '2026-11-16',
      end: '2026-11-22',
    });
    expect(period('2026-W01')).toMatchObject({ start: '2025-12-29', end: '2026-01-04' });
    expect(period(2026)).toEqual({
      kind: 'year',
      id: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('knows years with 53 ISO weeks', () => {
    expect(period('2026-W53')).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
    expect(parsePeriod('2027-W53')).toEqual({
      ok: false,
      reason: '2027 has 52 ISO weeks, so "2027-W53" does not exist',
    });
  });

  it('says how to write what is not a period', () => {
    expect(parsePeriod('2026-11-05')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('for its month write 2026-11'),
    });
    expect(parsePeriod('2026-q4')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('write 2026-Q4'),
    });
    expect(parsePeriod('2026-13')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('no month 13'),
    });
    expect(parsePeriod('November')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('is not a period'),
    });
    expect(parsePeriod(12345)).toMatchObject({ ok: false });
    expect(parsePeriod(null)).toMatchObject({ ok: false });
  });

  it('finds the period of a date, and the next and previous', () => {
    expect(periodOf('week', '2027-01-01').id).toBe('2026-W53');
    expect(periodOf('quarter', '2026-11-30').id).toBe('2026-Q4');
    expect(shiftPeriod(period('2026-12'), 1).id).toBe('2027-01');
    expect(shiftPeriod(period('2026-Q1'), -1).id).toBe('2025-Q4');
    expect(shiftPeriod(period('2026-W01'), -1).id).toBe('2025-W52');
  });

  it('lists the last complete periods before a day, oldest first', () => {
    expect(lastPeriods('month', '2026-12-01', 3).map((p) => p.id)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(lastPeriods('quarter', '2026-12-01', 2).map((p) => p.id)).toEqual([
      '2026-Q2',
      '2026-Q3',
    ]);
  });

  it('reports a calendar window in its own kind, a rolling window per month', () => {
    const kind = (w: string) => {
      const window = parseWindow(w);
      if (!window.ok) throw new Error(window.reason);
      return periodKindOf(window.value);
    };
    expect([
      kind('week'),
      kind('month'),
      kind('quarter'),
      kind('year'),
      kind('28d'),
      kind('30d'),
    ]).toEqual(['week', 'month', 'quarter', 'year', 'month', 'month']);
  });
});
