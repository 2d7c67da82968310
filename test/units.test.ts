// The value syntaxes of the SLA format: percentages, durations, windows, schedules, cadences.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_SECONDS,
  COMMON_TIME_ZONES,
  MINUTES_PER_WEEK,
  addCadence,
  formatDuration,
  formatPercent,
  isValidDate,
  isValidTimeZone,
  parseCadence,
  parseDuration,
  parsePercent,
  parseQuantity,
  parseSchedule,
  parseWindow,
  windowPhrase,
  type Parsed,
} from '../src/model/units.js';

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(`expected a value, got: ${parsed.reason}`);
  return parsed.value;
}

function reason<T>(parsed: Parsed<T>): string {
  if (parsed.ok) throw new Error(`expected a failure, got ${JSON.stringify(parsed.value)}`);
  return parsed.reason;
}

describe('percentages', () => {
  it('reads "99.9%", "99.9" and 99.9 as the same value', () => {
    expect(value(parsePercent('99.9%'))).toBe(99.9);
    expect(value(parsePercent('99.9'))).toBe(99.9);
    expect(value(parsePercent(99.9))).toBe(99.9);
  });

  it('reads whole numbers and surrounding spaces', () => {
    expect(value(parsePercent(' 100 % '))).toBe(100);
  });

  it('rejects text that is no number, saying what to write', () => {
    expect(reason(parsePercent('high'))).toContain('write e.g. 99.9%');
  });

  it('rejects non-finite numbers', () => {
    expect(parsePercent(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('formats without trailing zeros', () => {
    expect(formatPercent(99.95)).toBe('99.95%');
    expect(formatPercent(99.9)).toBe('99.9%');
    expect(formatPercent(0.999 * 100)).toBe('99.9%');
    expect(formatPercent(99.999999999)).toBe('99.999999999%');
    expect(formatPercent(100 - 99.9)).toBe('0.1%');
  });

  it('gives the text of the figure rounded to 12 decimals, by its fast path too', () => {
    // The fast path prints a figure as it is when its shortest text has at most 12 decimals.
    const rounded = (v: number) => `${Number(v.toFixed(12))}%`;
    const figures = [0, -0, 1e-7, 0.1 + 0.2, 100 - 99.95, 99.9314, 12.5, 1e20, 1e21, 5e-324];
    for (let i = 0; i < 2_000; i++)
      figures.push(Math.random() * 100, Math.round(Math.random() * 1e7) / 1e5, 100 - i / 1e3);
    for (const v of figures) expect(formatPercent(v)).toBe(rounded(v));
  });
});

describe('durations', () => {
  it.each([
    ['15m', 900],
    ['4h', 14_400],
    ['1h30m', 5400],
    ['1h 30m', 5400],
    ['2d', 172_800],
    ['1w', 604_800],
    ['300ms', 0.3],
    ['1.5h', 5400],
    ['45s', 45],
    ['10min', 600],
    ['PT4H', 14_400],
    ['PT15M', 900],
    ['PT1H30M', 5400],
    ['P2D', 172_800],
    ['P1W', 604_800],
    ['PT0.5S', 0.5],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(value(parseDuration(text))).toBe(seconds);
  });

  it('rejects a number without a unit', () => {
    expect(reason(parseDuration(15 as unknown))).toContain('a number alone has no unit');
  });

  it('rejects unknown units', () => {
    expect(reason(parseDuration('15 parsecs'))).toContain('is not a duration');
  });

  it('rejects ISO months and years, whose length varies', () => {
    expect(reason(parseDuration('P1M'))).toContain('length varies');
    expect(reason(parseDuration('P1Y'))).toContain('length varies');
  });

  it('rejects an ISO duration without a time after T', () => {
    expect(parseDuration('PT').ok).toBe(false);
  });
});

describe('windows', () => {
  it('reads calendar windows with their average Gregorian length', () => {
    expect(value(parseWindow('week'))).toEqual({
      kind: 'calendar',
      unit: 'week',
      seconds: 604_800,
    });
    expect(value(parseWindow('month')).seconds).toBe(2_629_746);
    expect(value(parseWindow('quarter')).seconds).toBe(7_889_238);
    expect(value(parseWindow('year')).seconds).toBe(31_556_952);
  });

  it('reads rolling windows as durations', () => {
    expect(value(parseWindow('28d'))).toEqual({ kind: 'rolling', seconds: 28 * 86_400 });
  });

  it('rejects other words', () => {
    expect(reason(parseWindow('monthly'))).toContain('write week, month, quarter, year');
  });

  it('describes windows in words', () => {
    expect(windowPhrase(value(parseWindow('month')))).toBe('a month');
    expect(windowPhrase(value(parseWindow('28d')))).toBe('per 28 days');
  });
});

describe('schedules', () => {
  it('reads 24x7 as the whole week', () => {
    const s = value(parseSchedule('24x7'));
    expect(s.always).toBe(true);
    expect(s.minutesPerWeek).toBe(MINUTES_PER_WEEK);
    expect(s.intervals).toHaveLength(7);
  });

  it('reads a day range with hours', () => {
    const s = value(parseSchedule('Mon-Fri 08:00-18:00'));
    expect(s.always).toBe(false);
    expect(s.minutesPerWeek).toBe(5 * 600);
    expect(s.intervals[0]).toEqual({ day: 0, start: 480, end: 1080 });
    expect(s.intervals.map((i) => i.day)).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads a list of days', () => {
    const s = value(parseSchedule('Sat,Sun 10:00-14:00'));
    expect(s.intervals.map((i) => i.day)).toEqual([5, 6]);
    expect(s.minutesPerWeek).toBe(2 * 240);
  });

  it('reads a list of schedules and merges overlaps', () => {
    const s = value(parseSchedule(['Mon-Fri 08:00-18:00', 'Mon 17:00-20:00', 'Sat 10:00-14:00']));
    expect(s.minutesPerWeek).toBe(5 * 600 + 120 + 240);
    expect(s.intervals[0]).toEqual({ day: 0, start: 480, end: 1200 });
  });

  it('reads an overnight range into the next day', () => {
    const s = value(parseSchedule('Sun 22:00-02:00'));
    expect(s.intervals).toEqual([
      { day: 0, start: 0, end: 120 },
      { day: 6, start: 1320, end: 1440 },
    ]);
  });

  it('reads a range that wraps around the week', () => {
    expect(value(parseSchedule('Sat-Mon 00:00-24:00')).intervals.map((i) => i.day)).toEqual([
      0, 5, 6,
    ]);
  });

  it('rejects a misspelled day, naming it', () => {
    expect(reason(parseSchedule('Mon-Fry 08:00-18:00'))).toContain('"Mon-Fry"');
  });

  it('rejects an impossible time', () => {
    expect(reason(parseSchedule('Mon 08:00-25:00'))).toContain('invalid time');
    expect(reason(parseSchedule('Mon 08:60-09:00'))).toContain('invalid time');
  });

  it('rejects a range that starts and ends at the same time', () => {
    expect(parseSchedule('Mon 08:00-08:00').ok).toBe(false);
  });

  it('rejects hours without days', () => {
    expect(parseSchedule('08:00-18:00').ok).toBe(false);
  });

  it('rejects an empty list', () => {
    expect(parseSchedule([]).ok).toBe(false);
  });
});

describe('review cadences', () => {
  it.each([
    ['6 months', { months: 6, days: 0 }],
    ['1 year', { months: 12, days: 0 }],
    ['1 quarter', { months: 3, days: 0 }],
    ['90 days', { months: 0, days: 90 }],
    ['2 weeks', { months: 0, days: 14 }],
    ['P6M', { months: 6, days: 0 }],
    ['P1Y', { months: 12, days: 0 }],
    ['P1Y6M', { months: 18, days: 0 }],
  ])('reads %s', (text, cadence) => {
    expect(value(parseCadence(text))).toEqual(cadence);
  });

  it('rejects a zero cadence', () => {
    expect(parseCadence('0 months').ok).toBe(false);
    expect(parseCadence('P0M').ok).toBe(false);
  });

  it('rejects other text', () => {
    expect(reason(parseCadence('sometimes'))).toContain('"6 months"');
  });

  it('rejects a cadence longer than 100 years', () => {
    expect(parseCadence('100 years').ok).toBe(true);
    expect(parseCadence('P1200M').ok).toBe(true);
    expect(reason(parseCadence('275761 years'))).toContain('longer than 100 years');
    expect(parseCadence('P300000Y').ok).toBe(false);
    expect(parseCadence('P36600D').ok).toBe(false);
  });

  it('writes a sum past the year 9999 as 9999-12-31, so dates still compare as text', () => {
    expect(addCadence('9950-06-15', { months: 1200, days: 0 })).toBe('9999-12-31');
    expect(addCadence('2026-06-15', { months: 12 * 300_000, days: 0 })).toBe('9999-12-31');
    expect(addCadence('9999-12-31', { months: 0, days: 1 })).toBe('9999-12-31');
  });

  it('adds a cadence to a date, clamping to the end of the month', () => {
    expect(addCadence('2026-06-15', { months: 6, days: 0 })).toBe('2026-12-15');
    expect(addCadence('2026-01-31', { months: 1, days: 0 })).toBe('2026-02-28');
    expect(addCadence('2026-12-20', { months: 0, days: 14 })).toBe('2027-01-03');
  });
});

describe('dates, time zones and quantities', () => {
  it('accepts real calendar days only', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-02-30')).toBe(false);
    expect(isValidDate('2026-1-1')).toBe(false);
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Europe/Berln')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('answers the common time zones as Intl does', () => {
    for (const zone of COMMON_TIME_ZONES) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), zone).not.toThrow();
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
  });

  it('reads numbers with units', () => {
    expect(value(parseQuantity('1000 rps'))).toEqual({ value: 1000, unit: 'rps' });
    expect(value(parseQuantity(42))).toEqual({ value: 42, unit: '' });
    expect(parseQuantity('fast').ok).toBe(false);
  });

  it('reads thousands separators and refuses misplaced commas', () => {
    expect(value(parseQuantity('1,000 rps'))).toEqual({ value: 1000, unit: 'rps' });
    expect(value(parseQuantity('12,500,000 requests/day'))).toEqual({
      value: 12_500_000,
      unit: 'requests/day',
    });
    expect(parseQuantity('1,00 rps').ok).toBe(false);
    expect(parseQuantity('1, 000 rps').ok).toBe(false);
  });

  it('refuses a number with an exponent rather than reading "1e3 rps" as 1 of "e3 rps"', () => {
    const parsed = parseQuantity('1e3 rps');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toBe(
      '"1e3 rps" has an exponent; write the number out, e.g. 1000 rps',
    );
    expect(parseQuantity('2E-3 GB/s').ok).toBe(false);
    // A unit that starts with e and no digit after it is a unit.
    expect(value(parseQuantity('5 events'))).toEqual({ value: 5, unit: 'events' });
  });
});

describe('formatting durations for people', () => {
  it('states the allowed downtime of 99.9% a month as 43 min 50 s', () => {
    expect(formatDuration((1 - 0.999) * CALENDAR_SECONDS.month)).toBe('43 min 50 s');
  });

  it('states the allowed downtime of 99.95% a month as 21 min 55 s', () => {
    expect(formatDuration((1 - 0.9995) * CALENDAR_SECONDS.month)).toBe('21 min 55 s');
  });

  it('uses days, hours, minutes and seconds, leaving out zero parts', () => {
    expect(formatDuration(86_400)).toBe('1 d');
    expect(formatDuration(90_061)).toBe('1 d 1 h 1 min 1 s');
    expect(formatDuration(3600)).toBe('1 h');
  });

  it('shows durations under a second in milliseconds', () => {
    expect(formatDuration(0.3)).toBe('300 ms');
    expect(formatDuration(0)).toBe('0 s');
  });
});

describe('the same unit words everywhere', () => {
  it('reads durations in words: 15 minutes, 30 days, 1 hour 30 minutes', () => {
    expect(parseDuration('15 minutes')).toEqual({ ok: true, value: 900 });
    expect(parseDuration('1 minute')).toEqual({ ok: true, value: 60 });
    expect(parseDuration('30 days')).toEqual({ ok: true, value: 2_592_000 });
    expect(parseDuration('2 weeks')).toEqual({ ok: true, value: 1_209_600 });
    expect(parseDuration('1 hour 30 minutes')).toEqual({ ok: true, value: 5400 });
    expect(parseDuration('4 hrs')).toEqual({ ok: true, value: 14_400 });
    expect(parseDuration('90 seconds')).toEqual({ ok: true, value: 90 });
    expect(parseDuration('250 milliseconds')).toEqual({ ok: true, value: 0.25 });
    // The short forms keep their meaning: ms is not minutes and a stray s.
    expect(parseDuration('5ms')).toEqual({ ok: true, value: 0.005 });
    expect(parseDuration('5mins')).toEqual({ ok: true, value: 300 });
    expect(parseDuration('1 month').ok).toBe(false);
  });

  it('reads a rolling window in words: 30 days', () => {
    expect(parseWindow('30 days')).toEqual({
      ok: true,
      value: { kind: 'rolling', seconds: 2_592_000 },
    });
    expect(parseWindow('4 weeks')).toEqual({
      ok: true,
      value: { kind: 'rolling', seconds: 2_419_200 },
    });
  });

  it('reads the short forms of days and weeks as a review cadence too: 90d, 2w', () => {
    expect(parseCadence('90d')).toEqual({ ok: true, value: { months: 0, days: 90 } });
    expect(parseCadence('2w')).toEqual({ ok: true, value: { months: 0, days: 14 } });
    expect(parseCadence('90 days')).toEqual(parseCadence('90d'));
  });

  it('takes only the names of calendar windows, not what every object has', () => {
    expect(parseWindow('constructor').ok).toBe(false);
    expect(parseWindow('__proto__').ok).toBe(false);
  });
});
