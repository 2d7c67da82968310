// The catalog speaks to customers: history as neutral statements of what holds since when,
// downtime rounded in words with the exact figure kept, schedules in words. The review (slac
// diff) keeps its own sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSlas } from '../src/diff/index.js';
import { changeStatement } from '../src/render/change-words.js';
import { approxDuration, approximate } from '../src/render/words.js';
import { validateSources } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';
import { SLA, edit } from './diff-fixture.js';

describe('downtime rounded for reading', () => {
  it.each([
    [5087, 'about 1 h 25 min', '1 h 24 min 47 s'],
    [2629.746, 'about 44 min', '43 min 50 s'],
    [263, 'about 4 min', '4 min 23 s'],
    [26297, 'about 7 h 20 min', '7 h 18 min 17 s'],
    [3580, 'about 1 h', '59 min 40 s'],
    [315_570, 'about 3 d 16 h', '3 d 15 h 39 min 30 s'],
    [26.3, '26 s', '26 s'],
  ])('%s s reads "%s" (exactly %s)', (seconds, text, exact) => {
    expect(approxDuration(seconds)).toEqual({ text, exact });
  });

  it('says round figures as they are, without "about"', () => {
    expect(approxDuration(3600)).toEqual({ text: '1 h', exact: '1 h' });
    expect(approxDuration(45)).toEqual({ text: '45 s', exact: '45 s' });
    expect(approxDuration(0.3)).toEqual({ text: '300 ms', exact: '300 ms' });
  });

  it('keeps the exact figure beside each rounded one, longest figures first', () => {
    expect(approximate('between 5 min 45 s and 1 h 5 min 45 s a quarter', [345, 3945])).toEqual([
      { text: 'between ' },
      { text: 'about 6 min', exact: '5 min 45 s' },
      { text: ' and ' },
      { text: 'about 1 h 5 min', exact: '1 h 5 min 45 s' },
      { text: ' a quarter' },
    ]);
  });
});

const load = (text: string) => {
  const r = validateSources([{ path: 'slas/p.yaml', content: text }], { today: '2026-06-01' });
  expect(r.errors).toEqual([]);
  return r.slas;
};

/** The statements the catalog's history gives for the changes from SLA to `edited`. */
function statements(...edits: Array<[string, string]>): string[] {
  const before = load(SLA);
  const after = load(edit(SLA, ...edits));
  const d = diffSlas(before, after)[0];
  if (!d) return [];
  return d.changes
    .map((c) => changeStatement(c, before[0]?.sla, after[0]!.sla, '2026-06-01T09:00:00Z'))
    .filter((s): s is string => s !== null);
}

describe('the history in customers’ words', () => {
  it('states a lowered target as what holds now, with what held before', () => {
    expect(statements(['target: 99.95%', 'target: 99.9%'])).toEqual([
      'Monthly uptime commitment 99.9% (was 99.95%)',
    ]);
  });

  it('says schedules in words, with the time zone', () => {
    const [line] = statements([
      "hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }",
      "hours: { timezone: Europe/Amsterdam, schedule: 'Mon-Fri 07:00-19:00' }",
    ]);
    expect(line).toBe(
      'Support hours Monday to Friday, 07:00–19:00 (Amsterdam time), instead of Monday to Friday, 08:00–18:00 (Berlin time)',
    );
  });

  it('says support times, notice and exclusions in words', () => {
    expect(
      statements(
        ['response: 15m, resolution: 4h', 'response: 30m, resolution: 4h'],
        ['notice: 72h', 'notice: 24h'],
        [
          "    - Outages caused by the customer's own systems\n",
          "    - Outages caused by the customer's own systems\n    - Beta features\n",
        ],
      ),
    ).toEqual([
      'P1: first response within 30 minutes (was within 15 minutes)',
      'Maintenance announced at least 1 day in advance (was 3 days)',
      'Not covered: “Beta features”',
    ]);
  });

  it('says a maintenance window changed as when maintenance is possible now, and was', () => {
    expect(
      statements([
        "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]",
        "windows: [{ schedule: 'Sun 02:00-05:00', timezone: UTC }]",
      ]),
    ).toEqual([
      expect.stringMatching(/^Planned maintenance possible .*05:00.* \(was .*04:00.*\)$/),
    ]);
  });

  it('says credits as a share of the fee for the window', () => {
    expect(
      statements(
        ['{ below: 99.9%, credit: 10% }', '{ below: 99.9%, credit: 15% }'],
        ['      - { below: 99.0%, credit: 25% }\n', ''],
      ),
    ).toEqual([
      'No service credit below 99% (was 25%)',
      'Service credit below 99.9%: 15% of the monthly fee (was 10%)',
    ]);
  });

  it('leaves out who owns the SLA: no handles, no approvals', () => {
    expect(statements(["owner: '@acme/payments'", "owner: '@acme/platform'"])).toEqual([]);
  });

  it('never speaks review language or names a GitHub handle', () => {
    const lines = statements(
      ['target: 99.95%', 'target: 99.9%'],
      ['percentile: 95', 'percentile: 90'],
      ['      - { below: 99.0%, credit: 25% }\n', ''],
      ["owner: '@acme/payments'", "owner: '@acme/platform'"],
      ['notice: 72h', 'notice: 1h'],
    );
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      expect(line).not.toMatch(/weaken|strengthen|worse|better for|approv|@/i);
    }
  });
});

describe('the history on the page, from git', () => {
  it('dates a change by when it takes effect, and keeps the review’s words out', async () => {
    const repo = makeRepo();
    try {
      repo.write({ 'slas/payments-api.yaml': SLA });
      repo.commit('SLAs as agreed', '2026-03-01T10:00:00Z');
      // Announced on 2 June, in force from 1 July: a lower target, other support hours, a new
      // owner, and the start date that says when.
      repo.write({
        'slas/payments-api.yaml': edit(
          SLA,
          ['target: 99.95%', 'target: 99.9%'],
          [
            "hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }",
            "hours: { timezone: Europe/Amsterdam, schedule: 'Mon-Fri 08:00-18:00' }",
          ],
          ["owner: '@acme/payments'", "owner: '@acme/platform'"],
          [
            'effective: { from: 2026-01-01, until: 2026-12-31 }',
            'effective: { from: 2026-07-01, until: 2026-12-31 }',
          ],
        ),
      });
      repo.commit('New terms from July', '2026-06-02T10:00:00Z');
      const run = await runCli(['render'], { cwd: repo.dir, today: '2026-06-02' });
      expect(run.code).toBe(0);
      const page = readFileSync(join(repo.dir, 'site', 'services', 'payments-api.html'), 'utf8');
      const history = page.slice(page.indexOf('id="history-title"'));
      const items = [...history.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
      expect(items).toEqual([
        'From <time datetime="2026-07-01">1 July 2026</time>: Monthly uptime commitment 99.9% (was 99.95%)',
        'From <time datetime="2026-07-01">1 July 2026</time>: Support hours Monday to Friday, 08:00–18:00 (Amsterdam time), instead of Monday to Friday, 08:00–18:00 (Berlin time)',
        'Since <time datetime="2026-03-01">1 March 2026</time>: Agreement published',
      ]);
      expect(history).not.toMatch(/@acme|approves|Weakened|weakened|worse for customers/);

      // The service JSON holds the same lines; the review keeps its own sentence.
      const json = JSON.parse(
        readFileSync(join(repo.dir, 'site', 'services', 'payments-api.json'), 'utf8'),
      );
      expect(json.details.history[0]).toEqual({
        date: '2026-07-01',
        dateText: '1 July 2026',
        when: 'From',
        message: 'Monthly uptime commitment 99.9% (was 99.95%)',
      });
      const diff = await runCli(['diff', '--base', 'HEAD~1'], { cwd: repo.dir });
      expect(diff.stdout).toContain(
        'weakened     Monthly uptime lowered from 99.95% to 99.9%: allowed downtime rises from 21 min 55 s to 43 min 50 s a month.',
      );
    } finally {
      repo.remove();
    }
  });

  it('dates an SLA published ahead of its start by the start', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'slas/payments-api.yaml': edit(SLA, [
          'effective: { from: 2026-01-01, until: 2026-12-31 }',
          'effective: { from: 2027-01-01, until: 2027-12-31 }',
        ]),
      });
      repo.commit('Next year’s SLA', '2026-11-02T10:00:00Z');
      const run = await runCli(['render'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      const page = readFileSync(join(repo.dir, 'site', 'services', 'payments-api.html'), 'utf8');
      expect(page).toContain(
        '<li>From <time datetime="2027-01-01">1 January 2027</time>: Agreement in effect</li>',
      );
      // The page says the commitments are announced, not yet in force (rendered as of the
      // latest commit, 2 November 2026), and stops saying so once they apply.
      expect(page).toContain(
        '<strong class="flag">Not yet in effect: these commitments apply from 1 January 2027</strong>',
      );
      const later = await runCli(['render', '--today', '2027-01-01'], { cwd: repo.dir });
      expect(later.code).toBe(0);
      expect(
        readFileSync(join(repo.dir, 'site', 'services', 'payments-api.html'), 'utf8'),
      ).not.toContain('Not yet in effect');
    } finally {
      repo.remove();
    }
  });
});
