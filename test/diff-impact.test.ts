// Each impact rule of the design's "Diff: what changed for customers", on real git repositories.
import { afterAll, describe, expect, it } from 'vitest';
import { DiffRepos, SLA, edit, onlyChange } from './diff-fixture.js';

const repos = new DiffRepos();
afterAll(() => repos.removeAll());

const changed = (...pairs: Array<[string, string]>) => repos.diffSla(edit(SLA, ...pairs));

describe('objective targets follow the direction of their indicator', () => {
  it('lowered uptime is weakened and states the allowed downtime a month', async () => {
    const c = onlyChange(await changed(['target: 99.95%', 'target: 99.9%']));
    expect(c).toEqual({
      path: 'spec.objectives.uptime.target',
      before: '99.95%',
      after: '99.9%',
      impact: 'weakened',
      kind: 'objective-target-weakened',
      message:
        'Monthly uptime lowered from 99.95% to 99.9%: allowed downtime rises from 21 min 55 s to 43 min 50 s a month.',
    });
  });

  it('raised uptime is strengthened and the allowed downtime falls', async () => {
    const c = onlyChange(await changed(['target: 99.95%', 'target: 99.99%']));
    expect(c.impact).toBe('strengthened');
    expect(c.message).toBe(
      'Monthly uptime raised from 99.95% to 99.99%: allowed downtime falls from 21 min 55 s to 4 min 23 s a month.',
    );
  });

  it('allowed downtime is counted over limited service hours', async () => {
    const hours: [string, string] = [
      'serviceHours: { timezone: UTC, schedule: 24x7 }',
      "serviceHours: { timezone: UTC, schedule: 'Mon-Fri 08:00-18:00' }",
    ];
    const result = await repos.diff(
      { 'slas/p.yaml': edit(SLA, hours) },
      { 'slas/p.yaml': edit(SLA, hours, ['target: 99.95%', 'target: 99.9%']) },
    );
    expect(onlyChange(result).message).toBe(
      'Monthly uptime lowered from 99.95% to 99.9%: allowed downtime rises from 6 min 31 s to 13 min 3 s a month within 50 h a week of service hours.',
    );
  });

  it('slower latency target is weakened', async () => {
    const c = onlyChange(await changed(['target: 300ms', 'target: 500ms']));
    expect(c).toMatchObject({
      path: 'spec.objectives.checkout-latency.target',
      impact: 'weakened',
      message:
        'Fast checkout responses raised from 300 ms to 500 ms: 95% of requests must complete within 500 ms instead of 300 ms, slower than before.',
    });
  });

  it('faster latency target is strengthened', async () => {
    expect(onlyChange(await changed(['target: 300ms', 'target: 0.2s'])).impact).toBe(
      'strengthened',
    );
  });

  it('lower success rate is weakened and states the allowed failures', async () => {
    const c = onlyChange(
      await changed(['target: 99.9%\n      window: month', 'target: 99.5%\n      window: month']),
    );
    expect(c.impact).toBe('weakened');
    expect(c.message).toBe(
      'Successful payments lowered from 99.9% to 99.5%: allowed failures rise from 0.1% to 0.5% of requests a month.',
    );
  });

  it('higher error rate is weakened', async () => {
    const c = onlyChange(await changed(['target: 0.1%', 'target: 1%']));
    expect(c.impact).toBe('weakened');
    expect(c.message).toBe(
      'Failed webhooks raised from 0.1% to 1%: allowed failures rise from 0.1% to 1% of requests a week.',
    );
  });

  it('lower throughput is weakened', async () => {
    const c = onlyChange(await changed(['target: 1000 rps', 'target: 800 rps']));
    expect(c).toMatchObject({
      impact: 'weakened',
      message:
        'Payment capacity lowered from 1000 rps to 800 rps: at least 800 rps must be sustained instead of 1000 rps, less capacity for customers.',
    });
  });

  it('durability says how many stored objects may be lost', async () => {
    const durable = (target: string): [string, string] => [
      '      target: 50 refunds\n      window: week\n',
      `      target: 50 refunds\n      window: week\n    - { id: kept, title: Stored data kept, indicator: durability, target: ${target}, window: year }\n`,
    ];
    const result = await repos.diff(
      { 'slas/p.yaml': edit(SLA, durable('99.999999%')) },
      { 'slas/p.yaml': edit(SLA, durable('99.9999%')) },
    );
    const c = onlyChange(result);
    expect(c).toMatchObject({ impact: 'weakened', kind: 'objective-target-weakened' });
    expect(c.message).toBe(
      'Stored data kept lowered from 99.999999% to 99.9999%: at most 1 in 1,000,000 stored objects may be lost instead of 1 in 100,000,000.',
    );
  });

  it('a custom objective follows its declared direction', async () => {
    expect(onlyChange(await changed(['target: 50 refunds', 'target: 80 refunds'])).impact).toBe(
      'weakened',
    );
    expect(onlyChange(await changed(['target: 50 refunds', 'target: 20 refunds'])).impact).toBe(
      'strengthened',
    );
  });

  it('a lower percentile is weakened, a higher one strengthened', async () => {
    const lower = onlyChange(await changed(['percentile: 95', 'percentile: 90']));
    expect(lower).toMatchObject({
      path: 'spec.objectives.checkout-latency.percentile',
      before: 95,
      after: 90,
      impact: 'weakened',
    });
    expect(lower.message).toContain('the target holds for 90% of requests instead of 95%');
    expect(onlyChange(await changed(['percentile: 95', 'percentile: 99'])).impact).toBe(
      'strengthened',
    );
  });

  it('a different window is changed, with the allowed downtime over each window', async () => {
    const c = onlyChange(
      await changed(['window: month\n      tolerance', 'window: 28d\n      tolerance']),
    );
    expect(c).toEqual({
      path: 'spec.objectives.uptime.window',
      before: 'month',
      after: '28d',
      impact: 'changed',
      kind: 'objective-window-changed',
      message:
        'Monthly uptime window changed from month to 28d: allowed downtime 21 min 55 s a month becomes 20 min 10 s per 28 days.',
    });
  });
});

describe('objectives added and removed', () => {
  it('a removed objective is weakened', async () => {
    const c = onlyChange(
      await changed([
        '    - id: capacity\n      title: Payment capacity\n      indicator: throughput\n      target: 1000 rps\n      window: month\n',
        '',
      ]),
    );
    expect(c).toMatchObject({ path: 'spec.objectives.capacity', after: null, impact: 'weakened' });
    expect(c.message).toBe(
      'Objective "Payment capacity" removed: no longer promised Payment capacity 1000 rps a month.',
    );
  });

  it('an added objective is strengthened and states its allowed downtime', async () => {
    const c = onlyChange(
      await changed([
        '  support:\n',
        '    - id: api-uptime\n      title: API uptime\n      indicator: availability\n      target: 99.9%\n      window: month\n  support:\n',
      ]),
    );
    expect(c).toMatchObject({
      path: 'spec.objectives.api-uptime',
      before: null,
      impact: 'strengthened',
    });
    expect(c.message).toBe(
      'Objective "API uptime" added: API uptime 99.9% a month (allowed downtime 43 min 50 s a month).',
    );
  });
});

describe('tolerance band', () => {
  it('a lower adequate level is weakened', async () => {
    const c = onlyChange(await changed(['adequate: 99.9%', 'adequate: 99.5%']));
    expect(c).toMatchObject({
      path: 'spec.objectives.uptime.tolerance.adequate',
      before: '99.9%',
      after: '99.5%',
      impact: 'weakened',
    });
  });

  it('a higher desired level is strengthened', async () => {
    expect(onlyChange(await changed(['desired: 99.99%', 'desired: 99.999%'])).impact).toBe(
      'strengthened',
    );
  });

  it('a removed band is weakened', async () => {
    const c = onlyChange(
      await changed(['      tolerance: { desired: 99.99%, adequate: 99.9% }\n', '']),
    );
    expect(c).toMatchObject({ path: 'spec.objectives.uptime.tolerance', impact: 'weakened' });
  });
});

describe('support', () => {
  it('a removed priority is weakened', async () => {
    const c = onlyChange(
      await changed([
        '      - { level: P2, meaning: Payments fail for some customers, response: 1h, resolution: 1d }\n',
        '',
      ]),
    );
    expect(c).toMatchObject({ path: 'spec.support.priorities.P2', impact: 'weakened' });
  });

  it('an added priority is strengthened', async () => {
    const c = onlyChange(
      await changed([
        '  maintenance:\n',
        '      - { level: P3, meaning: Questions, response: 1d }\n  maintenance:\n',
      ]),
    );
    expect(c).toMatchObject({
      path: 'spec.support.priorities.P3',
      impact: 'strengthened',
      message: 'Support priority P3 added: response within 1 d for "Questions".',
    });
  });

  it('a longer response time is weakened', async () => {
    const c = onlyChange(await changed(['response: 15m', 'response: 30m']));
    expect(c).toEqual({
      path: 'spec.support.priorities.P1.response',
      before: '15 min',
      after: '30 min',
      impact: 'weakened',
      kind: 'support-response-weakened',
      message: 'P1 response time lengthened from 15 min to 30 min: customers wait longer.',
    });
  });

  it('a shorter resolution time is strengthened', async () => {
    const c = onlyChange(await changed(['resolution: 4h', 'resolution: 2h']));
    expect(c).toMatchObject({
      path: 'spec.support.priorities.P1.resolution',
      impact: 'strengthened',
    });
  });

  it('fewer support hours are weakened and state the hours a week', async () => {
    const c = onlyChange(
      await changed(["schedule: 'Mon-Fri 08:00-18:00'", "schedule: 'Mon-Fri 09:00-17:00'"]),
    );
    expect(c).toMatchObject({ path: 'spec.support.hours', impact: 'weakened' });
    expect(c.message).toBe(
      'Support hours cut from 50 h a week (Mon-Fri 08:00-18:00 Europe/Berlin) to 40 h a week (Mon-Fri 09:00-17:00 Europe/Berlin).',
    );
  });
});

describe('service hours compare the hours a week they cover', () => {
  it('fewer service hours are weakened', async () => {
    const c = onlyChange(await changed(['schedule: 24x7 }', "schedule: 'Mon-Sat 06:00-22:00' }"]));
    expect(c).toMatchObject({
      path: 'spec.serviceHours',
      before: '24x7 UTC',
      after: 'Mon-Sat 06:00-22:00 UTC',
      impact: 'weakened',
      message:
        'Service hours cut from 168 h a week (24x7 UTC) to 96 h a week (Mon-Sat 06:00-22:00 UTC).',
    });
  });

  it('more service hours are strengthened', async () => {
    const hours = (s: string): [string, string] => ['schedule: 24x7 }', `schedule: '${s}' }`];
    const result = await repos.diff(
      { 'slas/p.yaml': edit(SLA, hours('Mon-Fri 08:00-18:00')) },
      { 'slas/p.yaml': edit(SLA, hours('Mon-Sun 08:00-18:00')) },
    );
    expect(onlyChange(result)).toMatchObject({ path: 'spec.serviceHours', impact: 'strengthened' });
  });

  it('a time zone change alone is changed', async () => {
    const c = onlyChange(await changed(['timezone: Europe/Berlin', 'timezone: America/New_York']));
    expect(c).toMatchObject({ path: 'spec.support.hours', impact: 'changed' });
    expect(c.message).toContain('time zone changed from Europe/Berlin to America/New_York');
  });

  it('a service hours time zone change alone is changed', async () => {
    const hours = (tz: string): [string, string] => [
      'serviceHours: { timezone: UTC, schedule: 24x7 }',
      `serviceHours: { timezone: ${tz}, schedule: 'Mon-Fri 08:00-18:00' }`,
    ];
    const result = await repos.diff(
      { 'slas/p.yaml': edit(SLA, hours('UTC')) },
      { 'slas/p.yaml': edit(SLA, hours('Asia/Tokyo')) },
    );
    expect(onlyChange(result)).toEqual({
      path: 'spec.serviceHours',
      before: 'Mon-Fri 08:00-18:00 UTC',
      after: 'Mon-Fri 08:00-18:00 Asia/Tokyo',
      impact: 'changed',
      kind: 'service-hours-moved',
      message:
        'Service hours time zone changed from UTC to Asia/Tokyo: the same 50 h a week fall at other times of day (Mon-Fri 08:00-18:00 Asia/Tokyo).',
    });
  });

  it('the same hours at other times are changed', async () => {
    const c = onlyChange(
      await changed(["schedule: 'Mon-Fri 08:00-18:00'", "schedule: 'Mon-Fri 10:00-20:00'"]),
    );
    expect(c.impact).toBe('changed');
  });
});

describe('maintenance', () => {
  it('a shorter notice is weakened', async () => {
    const c = onlyChange(await changed(['notice: 72h', 'notice: 24h']));
    expect(c).toEqual({
      path: 'spec.maintenance.notice',
      before: '3 d',
      after: '1 d',
      impact: 'weakened',
      kind: 'maintenance-notice-weakened',
      message:
        'Maintenance notice shortened from 3 d to 1 d: customers learn of maintenance later.',
    });
  });

  it('an added window is weakened and a removed one strengthened', async () => {
    const added = onlyChange(
      await changed([
        "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]",
        "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }, { schedule: 'Wed 22:00-23:00', timezone: UTC }]",
      ]),
    );
    expect(added).toMatchObject({ impact: 'weakened', after: 'Wed 22:00-23:00 UTC' });
    expect(added.message).toBe(
      'Maintenance window Wed 22:00-23:00 UTC added: up to 1 h a week more of planned maintenance.',
    );
    const removed = onlyChange(
      await changed(["windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]", 'windows: []']),
    );
    expect(removed).toMatchObject({ impact: 'strengthened', before: 'Sun 02:00-04:00 UTC' });
  });
});

describe('maintenance: one window for another', () => {
  const window = (schedule: string, timezone = 'UTC') =>
    `windows: [{ schedule: '${schedule}', timezone: ${timezone} }]`;
  it('is one change: longer is weakened, shorter strengthened, the same length elsewhere changed', async () => {
    const longer = onlyChange(
      await changed([window('Sun 02:00-04:00'), window('Sun 02:00-05:00')]),
    );
    expect(longer).toEqual({
      path: 'spec.maintenance.windows[Sun 02:00-04:00 UTC]',
      before: 'Sun 02:00-04:00 UTC',
      after: 'Sun 02:00-05:00 UTC',
      impact: 'weakened',
      kind: 'maintenance-window-weakened',
      message:
        'Maintenance window changed from Sun 02:00-04:00 UTC to Sun 02:00-05:00 UTC: up to 1 h a week more of planned maintenance.',
    });
    const shorter = onlyChange(
      await changed([window('Sun 02:00-04:00'), window('Sun 02:00-03:30')]),
    );
    expect(shorter).toMatchObject({
      impact: 'strengthened',
      kind: 'maintenance-window-strengthened',
    });
    expect(shorter.message).toBe(
      'Maintenance window changed from Sun 02:00-04:00 UTC to Sun 02:00-03:30 UTC: 30 min a week less of planned maintenance.',
    );
    const moved = onlyChange(
      await changed([window('Sun 02:00-04:00'), window('Sat 02:00-04:00', 'Europe/Berlin')]),
    );
    expect(moved).toMatchObject({ impact: 'changed', kind: 'maintenance-window-changed' });
    expect(moved.message).toBe(
      'Maintenance window moved from Sun 02:00-04:00 UTC to Sat 02:00-04:00 Europe/Berlin: as long (2 h a week), at other times.',
    );
  });
});

describe('maintenance: windows not paired', () => {
  it('shorter but elsewhere is changed, not strengthened; with several windows, removal and addition', async () => {
    const moved = onlyChange(
      await changed([
        "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]",
        "windows: [{ schedule: 'Mon 10:00-11:00', timezone: UTC }]",
      ]),
    );
    expect(moved).toMatchObject({ impact: 'changed', kind: 'maintenance-window-changed' });
    expect(moved.message).toBe(
      'Maintenance window moved from Sun 02:00-04:00 UTC to Mon 10:00-11:00 UTC: 1 h a week shorter, at other times.',
    );
    // Base Sun 02-06 and Sun 02-05; head Sun 02-06 and Mon 02-04: more maintenance in all.
    const result = await changed([
      "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]",
      "windows: [{ schedule: 'Sun 02:00-06:00', timezone: UTC }, { schedule: 'Mon 02:00-04:00', timezone: UTC }]",
    ]);
    const kinds = result.diff.slas[0]?.changes.map((c) => c.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['maintenance-window-added', 'maintenance-window-removed']),
    );
    expect(result.diff.slas[0]?.impact).toBe('weakened');
  });
});

describe('exclusions, credits, effective dates', () => {
  it('an added exclusion is weakened', async () => {
    const c = onlyChange(
      await changed([
        "    - Outages caused by the customer's own systems\n",
        "    - Outages caused by the customer's own systems\n    - Attacks on the network\n",
      ]),
    );
    expect(c).toMatchObject({
      path: 'spec.exclusions',
      before: null,
      after: 'Attacks on the network',
      impact: 'weakened',
    });
  });

  it('a removed exclusion is strengthened', async () => {
    const c = onlyChange(
      await changed(["  exclusions:\n    - Outages caused by the customer's own systems\n", '']),
    );
    expect(c.impact).toBe('strengthened');
  });

  it('a removed credit tier is weakened', async () => {
    const c = onlyChange(await changed(['      - { below: 99.0%, credit: 25% }\n', '']));
    expect(c).toMatchObject({
      path: 'spec.credits.tiers[below 99%]',
      impact: 'weakened',
      message: 'Service credit of 25% when availability falls below 99% removed.',
    });
  });

  it('a credit tier whose threshold moves keeps its credit: paid in more periods, or fewer', async () => {
    const raised = onlyChange(
      await changed(['below: 99.0%, credit: 25%', 'below: 99.5%, credit: 25%']),
    );
    expect(raised).toEqual({
      path: 'spec.credits.tiers[credit 25%].below',
      before: '99%',
      after: '99.5%',
      impact: 'strengthened',
      kind: 'credit-tier-threshold-raised',
      message:
        'Service credit of 25% now when availability falls below 99.5% instead of 99%: paid in more periods.',
    });
    const lowered = onlyChange(
      await changed(['below: 99.0%, credit: 25%', 'below: 98%, credit: 25%']),
    );
    expect(lowered).toMatchObject({ impact: 'weakened', kind: 'credit-tier-threshold-lowered' });
    // A new threshold with another credit is a tier removed and one added.
    const other = await changed(['below: 99.0%, credit: 25%', 'below: 98%, credit: 30%']);
    expect(other.diff.slas[0]?.changes.map((c) => c.kind).sort()).toEqual([
      'credit-tier-added',
      'credit-tier-removed',
    ]);
  });

  it('a lower credit is weakened', async () => {
    const c = onlyChange(await changed(['credit: 10%', 'credit: 5%']));
    expect(c).toMatchObject({ before: '10%', after: '5%', impact: 'weakened' });
  });

  it('an earlier end date is weakened', async () => {
    const c = onlyChange(await changed(['until: 2026-12-31', 'until: 2026-09-30']));
    expect(c).toEqual({
      path: 'spec.effective.until',
      before: '2026-12-31',
      after: '2026-09-30',
      impact: 'weakened',
      kind: 'effective-until-weakened',
      message: 'SLA ends earlier: in force until 2026-09-30 instead of 2026-12-31.',
    });
  });

  it('a removed end date is strengthened', async () => {
    const c = onlyChange(await changed([', until: 2026-12-31', '']));
    expect(c).toMatchObject({ path: 'spec.effective.until', after: null, impact: 'strengthened' });
  });
});

describe('wording, ownership and the SLA impact', () => {
  it('text fields are editorial; measurement, priority meanings, tier and contacts are commitments', async () => {
    const result = await changed(
      ['title: Payments API', 'title: Payments'],
      ['summary: Accept card payments.', 'summary: Take card payments.'],
      [
        'measurement: A minute counts as down when calls fail.',
        'measurement: A minute is down when calls fail.',
      ],
      ['description: Checkout pages answer quickly.', 'description: Checkout answers fast.'],
      ['meaning: Payments fail for all customers', 'meaning: No payment succeeds'],
      ['payments-oncall@acme.example', 'oncall@acme.example'],
      ['tags: [payments, api]', 'tags: [payments]'],
      ['tier: gold', 'tier: platinum'],
    );
    const sla = result.diff.slas[0];
    expect(sla?.impact).toBe('changed');
    expect(sla?.changes.map((c) => [c.path, c.impact])).toEqual([
      ['metadata.tier', 'changed'],
      ['spec.objectives.uptime.measurement', 'changed'],
      ['spec.support.priorities.P1.meaning', 'changed'],
      ['spec.contacts', 'changed'],
      ['metadata.title', 'editorial'],
      ['metadata.tags', 'editorial'],
      ['spec.service.summary', 'editorial'],
      ['spec.objectives.checkout-latency.description', 'editorial'],
    ]);
    expect(sla?.changes[1]?.message).toBe(
      'Monthly uptime measurement changed from "A minute counts as down when calls fail." to "A minute is down when calls fail."; this changes what is promised.',
    );
    expect(sla?.changes[6]?.message).toBe(
      'Service summary reworded from "Accept card payments." to "Take card payments."',
    );
  });

  it('an owner change is its own kind of change and makes the SLA "changed"', async () => {
    const result = await changed(["owner: '@acme/payments'", "owner: '@acme/checkout'"]);
    expect(result.diff.slas[0]).toMatchObject({
      impact: 'changed',
      owner: { base: '@acme/payments', head: '@acme/checkout' },
      changes: [
        {
          path: 'metadata.owner',
          impact: 'ownership',
          message:
            'Owner changed from @acme/payments to @acme/checkout: @acme/checkout approves future changes.',
        },
      ],
    });
  });

  it('the SLA impact is its most severe change and weakened changes come first', async () => {
    const result = await changed(
      ['summary: Accept card payments.', 'summary: Take card payments.'],
      ['resolution: 4h', 'resolution: 2h'],
      ['window: 28d', 'window: 30d'],
      ['notice: 72h', 'notice: 48h'],
    );
    const sla = result.diff.slas[0];
    expect(sla?.impact).toBe('weakened');
    expect(sla?.changes.map((c) => c.impact)).toEqual([
      'weakened',
      'changed',
      'strengthened',
      'editorial',
    ]);
  });

  it('a strengthened and reworded SLA is strengthened', async () => {
    const result = await changed(
      ['summary: Accept card payments.', 'summary: Take card payments.'],
      ['response: 1h', 'response: 30m'],
    );
    expect(result.diff.slas[0]?.impact).toBe('strengthened');
  });
});
