// Each semantic rule, fed a broken file: the rule id and the exact line and column it points at.
import { describe, expect, it } from 'vitest';
import { validateSources } from '../src/validate/index.js';
import type { Problem } from '../src/model/problem.js';

const TODAY = '2026-11-23';

/** Lines 1–10; objectives start on line 11. */
const HEAD = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo
  title: Demo
  owner: '@acme/demo'
spec:
  service: { name: Demo, summary: A demo service. }
  effective: { from: 2026-01-01 }
  objectives:
`;

/** An availability objective on lines 11–15 (target value at 14:15). */
const UPTIME = `    - id: uptime
      title: Uptime
      indicator: availability
      target: 99.9%
      window: month
`;

function validate(content: string, today = TODAY) {
  return validateSources([{ path: 'slas/demo.yaml', content }], { today });
}

function all(content: string, today = TODAY): Problem[] {
  const r = validate(content, today);
  return [...r.errors, ...r.warnings];
}

/** The one problem the file has, as [rule, line, column, severity]. */
function only(content: string, today = TODAY): [string, number, number, string] {
  const problems = all(content, today);
  expect(problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toHaveLength(1);
  const p = problems[0] as Problem;
  return [p.rule, p.line, p.column, p.severity];
}

function message(content: string): string {
  return all(content)[0]?.message ?? '';
}

describe('a valid file', () => {
  it('has no problems', () => {
    expect(all(HEAD + UPTIME)).toEqual([]);
  });
});

describe('owner', () => {
  it('rejects an owner without @ (owner-format)', () => {
    const file = (HEAD + UPTIME).replace("owner: '@acme/demo'", 'owner: acme-demo');
    expect(only(file)).toEqual(['owner-format', 6, 10, 'error']);
  });

  it('rejects a team with more than one slash', () => {
    const file = (HEAD + UPTIME).replace('@acme/demo', '@acme/demo/x');
    expect(only(file)).toEqual(['owner-format', 6, 10, 'error']);
  });

  it('accepts a user login', () => {
    expect(all((HEAD + UPTIME).replace('@acme/demo', '@carol'))).toEqual([]);
  });
});

describe('ids', () => {
  it('reports a metadata.id used by another file at the later file (sla-id-unique)', () => {
    const r = validateSources(
      [
        { path: 'slas/a.yaml', content: HEAD + UPTIME },
        { path: 'slas/b.yaml', content: HEAD + UPTIME },
      ],
      { today: TODAY },
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      file: 'slas/b.yaml',
      line: 4,
      column: 7,
      rule: 'sla-id-unique',
    });
    expect(r.errors[0]?.message).toContain('slas/a.yaml:4:7');
  });

  it('reports a repeated objective id at the second one (objective-id-unique)', () => {
    expect(only(HEAD + UPTIME + UPTIME)).toEqual(['objective-id-unique', 16, 11, 'error']);
  });

  it('names the first objective with the id, in short and in long lists (objective-id-unique)', () => {
    // Up to 16 objectives are compared pairwise, more with a Map: both name the first one.
    const other = (n: number) => UPTIME.replace('id: uptime', `id: other-${n}`);
    for (const before of [1, 20]) {
      const list = Array.from({ length: before }, (_, n) => other(n)).join('');
      const problems = all(HEAD + UPTIME + list + UPTIME + UPTIME);
      expect(problems.map((p) => [p.rule, p.line, p.column])).toEqual([
        ['objective-id-unique', 11 + 5 * (before + 1), 11],
        ['objective-id-unique', 11 + 5 * (before + 2), 11],
      ]);
      for (const p of problems) expect(p.message).toContain('already used by objective 1 ');
    }
  });
});

describe('targets', () => {
  it('flags an availability target written as a fraction (objective-target-range)', () => {
    const file = HEAD + UPTIME.replace('99.9%', '0.999');
    expect(only(file)).toEqual(['objective-target-range', 14, 15, 'error']);
    expect(message(file)).toBe('target 0.999 looks like a fraction; write 99.9%');
  });

  it('flags a durability target written as a fraction', () => {
    const file = HEAD + UPTIME.replace('availability', 'durability').replace('99.9%', '0.99999');
    expect(only(file)).toEqual(['objective-target-range', 14, 15, 'error']);
  });

  it('does not take a small error rate for a fraction', () => {
    expect(
      all(HEAD + UPTIME.replace('availability', 'error-rate').replace('99.9%', '0.5%')),
    ).toEqual([]);
  });

  it('flags a percentage above 100%', () => {
    expect(only(HEAD + UPTIME.replace('99.9%', '199.9%'))).toEqual([
      'objective-target-range',
      14,
      15,
      'error',
    ]);
  });

  it('flags a negative throughput target (objective-target-range)', () => {
    const file = HEAD + UPTIME.replace('availability', 'throughput').replace('99.9%', '-5 rps');
    expect(only(file)).toEqual(['objective-target-range', 14, 15, 'error']);
    expect(message(file)).toBe('target -5 rps is negative; throughput cannot be below zero');
  });

  it('keeps a negative custom target, which may be a measure below zero', () => {
    const file =
      HEAD +
      UPTIME.replace('availability', 'custom\n      better: lower').replace('99.9%', '-18 °C');
    expect(all(file)).toEqual([]);
  });

  it('flags a negative percentage', () => {
    expect(only(HEAD + UPTIME.replace('99.9%', '-1%'))).toEqual([
      'objective-target-range',
      14,
      15,
      'error',
    ]);
  });

  it('requires a percentage for availability (objective-target-type)', () => {
    const file = HEAD + UPTIME.replace('99.9%', '300ms');
    expect(only(file)).toEqual(['objective-target-type', 14, 15, 'error']);
    expect(message(file)).toContain('must be a percentage');
  });

  it('requires a duration for latency (objective-target-type)', () => {
    const file =
      HEAD +
      UPTIME.replace('availability', 'latency').replace(
        'window: month',
        'window: month\n      percentile: 95',
      );
    expect(only(file)).toEqual(['objective-target-type', 14, 15, 'error']);
    expect(message(file)).toContain('must be a duration');
  });

  it('requires durations for response and resolution times', () => {
    expect(only(HEAD + UPTIME.replace('availability', 'response-time'))).toEqual([
      'objective-target-type',
      14,
      15,
      'error',
    ]);
    expect(
      only(HEAD + UPTIME.replace('availability', 'resolution-time').replace('99.9%', '4')),
    ).toEqual(['objective-target-type', 14, 15, 'error']);
  });

  it('requires a number with a unit for throughput', () => {
    expect(only(HEAD + UPTIME.replace('availability', 'throughput'))).toEqual([
      'objective-target-type',
      14,
      15,
      'error',
    ]);
  });
});

describe('which way is better', () => {
  const custom = HEAD + UPTIME.replace('availability', 'custom').replace('99.9%', '4.5 stars');

  it('requires better on a custom indicator (objective-better-missing)', () => {
    expect(only(custom)).toEqual(['objective-better-missing', 13, 18, 'error']);
  });

  it('accepts a custom indicator with better', () => {
    expect(all(custom + '      better: higher\n')).toEqual([]);
  });

  it('warns that better is ignored on a standard indicator (objective-better-ignored)', () => {
    expect(only(HEAD + UPTIME + '      better: lower\n')).toEqual([
      'objective-better-ignored',
      16,
      7,
      'warning',
    ]);
  });
});

describe('percentile', () => {
  const latency = HEAD + UPTIME.replace('availability', 'latency').replace('99.9%', '300ms');

  it('accepts a latency objective with a percentile', () => {
    expect(all(latency + '      percentile: 99.9\n')).toEqual([]);
  });

  it('rejects a percentile of 100 (objective-percentile)', () => {
    expect(only(latency + '      percentile: 100\n')).toEqual([
      'objective-percentile',
      16,
      19,
      'error',
    ]);
  });

  it('rejects a percentile of 0', () => {
    expect(only(latency + '      percentile: 0\n')).toEqual([
      'objective-percentile',
      16,
      19,
      'error',
    ]);
  });

  it('rejects a percentile on an availability objective, at the key', () => {
    expect(only(HEAD + UPTIME + '      percentile: 95\n')).toEqual([
      'objective-percentile',
      16,
      7,
      'error',
    ]);
  });

  it('warns about latency without a percentile (objective-percentile-missing)', () => {
    expect(only(latency)).toEqual(['objective-percentile-missing', 13, 18, 'warning']);
  });
});

describe('tolerance band', () => {
  it('accepts a target inside the band', () => {
    expect(all(HEAD + UPTIME + '      tolerance: { desired: 99.99%, adequate: 99.5% }\n')).toEqual(
      [],
    );
  });

  it('accepts a target at the edge of the band', () => {
    expect(all(HEAD + UPTIME + '      tolerance: { desired: 99.99%, adequate: 99.9% }\n')).toEqual(
      [],
    );
  });

  it('rejects adequate better than desired for a higher-is-better indicator (tolerance-order)', () => {
    const file = HEAD + UPTIME + '      tolerance: { desired: 99.5%, adequate: 99.99% }\n';
    expect(only(file)).toEqual(['tolerance-order', 16, 46, 'error']);
    expect(message(file)).toContain('swap');
  });

  it('rejects adequate better than desired for a lower-is-better indicator', () => {
    const file =
      HEAD +
      UPTIME.replace('availability', 'latency').replace('99.9%', '300ms') +
      '      percentile: 95\n      tolerance: { desired: 1s, adequate: 100ms }\n';
    expect(only(file)).toEqual(['tolerance-order', 17, 43, 'error']);
  });

  it('rejects a target outside the band (tolerance-target-outside)', () => {
    const file = HEAD + UPTIME + '      tolerance: { desired: 99.99%, adequate: 99.95% }\n';
    expect(only(file)).toEqual(['tolerance-target-outside', 14, 15, 'error']);
  });

  it('rejects a latency target better than desired', () => {
    const file =
      HEAD +
      UPTIME.replace('availability', 'latency').replace('99.9%', '50ms') +
      '      percentile: 95\n      tolerance: { desired: 100ms, adequate: 1s }\n';
    expect(only(file)).toEqual(['tolerance-target-outside', 14, 15, 'error']);
  });

  it('rejects a tolerance value of another kind than the target (objective-target-type)', () => {
    const file =
      HEAD +
      UPTIME.replace('availability', 'custom').replace('99.9%', '5 stars') +
      '      better: higher\n      tolerance: { desired: 5 stars, adequate: 3 points }\n';
    expect(only(file)).toEqual(['objective-target-type', 17, 48, 'error']);
  });
});

describe('credits', () => {
  const credits = (tiers: string, objective = 'uptime') =>
    HEAD + UPTIME + `  credits:\n    objective: ${objective}\n    tiers:\n${tiers}`;

  it('accepts tiers where lower thresholds give larger credits', () => {
    expect(
      all(credits('      - { below: 99.9%, credit: 10% }\n      - { below: 99%, credit: 25% }\n')),
    ).toEqual([]);
  });

  it('rejects a lower threshold with a smaller credit (credits-tiers-order)', () => {
    const file = credits(
      '      - { below: 99.9%, credit: 25% }\n      - { below: 99%, credit: 10% }\n',
    );
    expect(only(file)).toEqual(['credits-tiers-order', 20, 31, 'error']);
  });

  it('rejects two tiers with the same threshold', () => {
    const file = credits(
      '      - { below: 99.9%, credit: 10% }\n      - { below: 99.9%, credit: 25% }\n',
    );
    expect(only(file)).toEqual(['credits-tiers-order', 20, 18, 'error']);
  });

  it('rejects a tier that pays while the target is met (credits-tier-above-target)', () => {
    const file = credits(
      '      - { below: 99.95%, credit: 10% }\n      - { below: 99%, credit: 25% }\n',
    );
    expect(only(file)).toEqual(['credits-tier-above-target', 19, 18, 'error']);
    expect(message(file)).toBe(
      'the tier below 99.95% pays 10% while "uptime" meets its target of 99.9% (at any value from 99.9% up to 99.95%); start the tier at the target or lower (below: 99.9%), or raise the target',
    );
  });

  it('reports each tier above the target where it is written, in any order', () => {
    const file = credits(
      '      - { below: 99%, credit: 50% }\n      - { below: 99.99%, credit: 5% }\n      - { below: 99.95%, credit: 10% }\n',
    );
    expect(all(file).map((p) => [p.rule, p.line, p.column])).toEqual([
      ['credits-tier-above-target', 20, 18],
      ['credits-tier-above-target', 21, 18],
    ]);
  });

  it('accepts a first tier that starts exactly at the target or further down', () => {
    expect(all(credits('      - { below: 99.9%, credit: 10% }\n'))).toEqual([]);
    expect(all(credits('      - { below: 99.5%, credit: 10% }\n'))).toEqual([]);
  });

  it('reports a fraction target once, not every tier against it', () => {
    const file = credits('      - { below: 99.9%, credit: 10% }\n').replace(
      'target: 99.9%',
      'target: 0.999',
    );
    expect(only(file)).toEqual(['objective-target-range', 14, 15, 'error']);
  });

  it('rejects a credit above 100% (credits-range)', () => {
    expect(only(credits('      - { below: 99.9%, credit: 150% }\n'))).toEqual([
      'credits-range',
      19,
      33,
      'error',
    ]);
  });

  it('rejects an objective that does not exist, suggesting the closest (credits-objective)', () => {
    const file = credits('      - { below: 99.9%, credit: 10% }\n', 'uptim');
    expect(only(file)).toEqual(['credits-objective', 17, 16, 'error']);
    expect(message(file)).toContain('did you mean "uptime"?');
  });

  it('rejects credits tied to a latency objective', () => {
    const latency = `    - id: speed\n      title: Speed\n      indicator: latency\n      percentile: 95\n      target: 1s\n      window: month\n`;
    const file =
      HEAD +
      UPTIME +
      latency +
      `  credits:\n    objective: speed\n    tiers:\n      - { below: 99.9%, credit: 10% }\n`;
    expect(only(file)).toEqual(['credits-objective', 23, 16, 'error']);
  });
});

describe('support priorities', () => {
  const support = (rows: string) => HEAD + UPTIME + `  support:\n    priorities:\n${rows}`;

  it('rejects a response longer than the resolution (priority-response-after-resolution)', () => {
    const file = support('      - { level: P1, meaning: Down, response: 8h, resolution: 4h }\n');
    expect(only(file)).toEqual(['priority-response-after-resolution', 18, 47, 'error']);
  });

  it('rejects a level listed twice (priority-level-unique)', () => {
    const file = support(
      '      - { level: P1, meaning: Down, response: 1h }\n      - { level: P1, meaning: Slow, response: 4h }\n',
    );
    expect(only(file)).toEqual(['priority-level-unique', 19, 18, 'error']);
  });

  it('rejects a response that is not a duration (duration-format)', () => {
    const file = support('      - { level: P1, meaning: Down, response: soon }\n');
    expect(only(file)).toEqual(['duration-format', 18, 47, 'error']);
  });
});

describe('dates', () => {
  it('rejects until before from (effective-order)', () => {
    const file = (HEAD + UPTIME).replace(
      '{ from: 2026-01-01 }',
      '{ from: 2026-06-01, until: 2026-01-31 }',
    );
    expect(only(file)).toEqual(['effective-order', 9, 41, 'error']);
  });

  it('rejects a day that is not in the calendar (date-invalid)', () => {
    const file = (HEAD + UPTIME).replace('2026-01-01', '2026-02-30');
    expect(only(file)).toEqual(['date-invalid', 9, 22, 'error']);
  });

  it('warns when the review is overdue (review-overdue)', () => {
    const file = HEAD + UPTIME + '  review: { every: 6 months, lastReviewed: 2026-05-01 }\n';
    expect(only(file)).toEqual(['review-overdue', 16, 44, 'warning']);
    expect(message(file)).toContain('due on 2026-11-01');
  });

  it('does not warn on the day the review falls due', () => {
    expect(
      all(HEAD + UPTIME + '  review: { every: 6 months, lastReviewed: 2026-05-23 }\n'),
    ).toEqual([]);
  });

  it('takes today from the options', () => {
    const file = HEAD + UPTIME + '  review: { every: 1 year, lastReviewed: 2026-01-10 }\n';
    expect(all(file, '2026-11-23')).toEqual([]);
    expect(only(file, '2027-01-11')).toEqual(['review-overdue', 16, 42, 'warning']);
  });

  it('warns when the last review lies in the future (review-future)', () => {
    const file = HEAD + UPTIME + '  review: { every: P6M, lastReviewed: 2027-01-01 }\n';
    expect(only(file)).toEqual(['review-future', 16, 39, 'warning']);
  });

  it('rejects an unknown review cadence (review-cadence)', () => {
    const file = HEAD + UPTIME + '  review: { every: sometimes, lastReviewed: 2026-09-01 }\n';
    expect(only(file)).toEqual(['review-cadence', 16, 20, 'error']);
  });

  it.each(['275761 years', 'P300000Y', '100000 years', '101 years', '9'.repeat(400) + ' days'])(
    'rejects a cadence of %s as longer than 100 years, at its position (review-cadence)',
    (every) => {
      const file = HEAD + UPTIME + `  review: { every: ${every}, lastReviewed: 2026-09-01 }\n`;
      expect(only(file)).toEqual(['review-cadence', 16, 20, 'error']);
      expect(message(file)).toContain('longer than 100 years');
    },
  );

  it('accepts 100 years, and a review due after 9999 is never overdue', () => {
    const file = HEAD + UPTIME + '  review: { every: 100 years, lastReviewed: 9950-01-01 }\n';
    expect(all(file, '9999-12-31')).toEqual([]);
  });
});

describe('time zones and schedules', () => {
  it('rejects an unknown service-hours time zone, suggesting the closest (timezone-unknown)', () => {
    const file = HEAD + UPTIME + '  serviceHours: { timezone: Europe/Berln, schedule: 24x7 }\n';
    expect(only(file)).toEqual(['timezone-unknown', 16, 29, 'error']);
    expect(message(file)).toContain('did you mean "Europe/Berlin"?');
  });

  it('rejects an unknown support-hours time zone', () => {
    const file =
      HEAD + UPTIME + '  support:\n    hours: { timezone: Mars/Olympus, schedule: 24x7 }\n';
    expect(only(file)).toEqual(['timezone-unknown', 17, 24, 'error']);
  });

  it('rejects an unknown maintenance-window time zone', () => {
    const file =
      HEAD +
      UPTIME +
      "  maintenance:\n    windows:\n      - { schedule: 'Sun 02:00-04:00', timezone: CEST }\n";
    expect(only(file)).toEqual(['timezone-unknown', 18, 50, 'error']);
  });

  it('rejects a schedule that cannot be read (schedule-format)', () => {
    const file =
      HEAD + UPTIME + "  serviceHours: { timezone: UTC, schedule: 'Mon-Fry 08:00-18:00' }\n";
    expect(only(file)).toEqual(['schedule-format', 16, 44, 'error']);
  });

  it('rejects an hour past 24:00 in a priority schedule', () => {
    const file =
      HEAD +
      UPTIME +
      "  support:\n    priorities:\n      - { level: P1, meaning: Down, response: 1h, hours: 'Mon 08:00-25:00' }\n";
    expect(only(file)).toEqual(['schedule-format', 18, 58, 'error']);
  });

  it('accepts lists of schedules and overnight windows', () => {
    const file =
      HEAD + UPTIME + "  serviceHours: { schedule: ['Mon-Fri 08:00-18:00', 'Sat 22:00-02:00'] }\n";
    expect(all(file)).toEqual([]);
  });
});

describe('windows', () => {
  it('flags 1m as a likely month (window-minute)', () => {
    const file = HEAD + UPTIME.replace('window: month', 'window: 1m');
    expect(only(file)).toEqual(['window-minute', 15, 15, 'error']);
    expect(message(file)).toBe(
      'window "1m" is one minute; write month for a calendar month or 30d',
    );
  });

  it('warns about a window shorter than a day (window-short)', () => {
    expect(only(HEAD + UPTIME.replace('window: month', 'window: 12h'))).toEqual([
      'window-short',
      15,
      15,
      'warning',
    ]);
  });

  it('rejects a window that is no duration (window-format)', () => {
    expect(only(HEAD + UPTIME.replace('window: month', 'window: monthly'))).toEqual([
      'window-format',
      15,
      15,
      'error',
    ]);
  });
});
