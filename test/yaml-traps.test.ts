// YAML's traps and values written almost right: each message names file, line and column,
// and shows what to write — the author's own value, fixed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { validateSources } from '../src/validate/index.js';
import { validateResults } from '../src/results/validate.js';
import { schemaValueMessage } from '../src/validate/hints.js';
import { parse } from 'yaml';

const FILE = 'slas/network.yaml';

/** A valid SLA; each test changes one line. */
const SLA = `# yaml-language-server: $schema=../schemas/sla.schema.json
apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: network
  title: Network
  owner: '@globex/netops'
spec:
  service: { name: Network, summary: Office network and VPN. }
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-06-01 }
  serviceHours: { timezone: UTC, schedule: 24x7 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.9%
      window: month
      measurement: A minute counts as down when the VPN refuses logins.
    - id: vpn-latency
      title: VPN latency
      indicator: latency
      percentile: 95
      target: 80ms
      window: 28d
  support:
    hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }
    priorities:
      - { level: P1, meaning: VPN down for everyone, response: 15m, resolution: 4h }
  maintenance:
    notice: 72h
    windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]
  credits:
    objective: uptime
    tiers:
      - { below: 99.9%, credit: 10% }
`;

/** The SLA with `from` (which must occur once) replaced by `to`. */
function edited(from: string, to: string): string {
  expect(SLA.split(from)).toHaveLength(2);
  return SLA.replace(from, to);
}

interface Reported {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

function problems(content: string): Reported[] {
  const result = validateSources([{ path: FILE, content }], { today: '2026-11-23' });
  return [...result.errors, ...result.warnings].map(({ file, line, column, rule, message }) => ({
    file,
    line,
    column,
    rule,
    message,
  }));
}

/** The one problem of the file. */
function only(content: string): Reported {
  const list = problems(content);
  expect(list).toHaveLength(1);
  return list[0] as Reported;
}

it('the SLA of these tests is valid', () => {
  expect(problems(SLA)).toEqual([]);
});

describe('reserved characters', () => {
  it('says to quote an owner that starts with @, showing the quoted line', () => {
    expect(only(edited("owner: '@globex/netops'", 'owner: @globex/netops'))).toEqual({
      file: FILE,
      line: 7,
      column: 10,
      rule: 'yaml-syntax',
      message:
        '"@" is reserved in YAML and cannot start an unquoted value; quote the value: owner: "@globex/netops"',
    });
  });

  it('says to quote a value that starts with @ inside { }, without the rest of the mapping', () => {
    const p = only(
      edited("owner: '@globex/netops'", 'owner: "@globex/netops"').replace(
        '{ level: P1, meaning: VPN down for everyone,',
        '{ level: P1, meaning: @everyone has no VPN,',
      ),
    );
    expect([p.line, p.column, p.rule]).toEqual([29, 31, 'yaml-syntax']);
    expect(p.message).toBe(
      '"@" is reserved in YAML and cannot start an unquoted value; quote the value: meaning: "@everyone has no VPN"',
    );
  });

  it('says to quote (or unwrap) a value in backticks', () => {
    expect(only(edited('window: 28d', 'window: `28d`'))).toEqual({
      file: FILE,
      line: 25,
      column: 15,
      rule: 'yaml-syntax',
      message:
        '"`" is reserved in YAML and cannot start an unquoted value; quote the value: window: "`28d`" (or drop the backticks)',
    });
  });

  it('says that > starts a block of text and shows the value quoted', () => {
    expect(only(edited('target: 99.9%', 'target: >99.9%'))).toEqual({
      file: FILE,
      line: 17,
      column: 15,
      rule: 'yaml-syntax',
      message:
        '">" at the start of a value begins a block of text on the lines below; to write >99.9% as the value, quote it: target: ">99.9%"',
    });
  });

  it('says to quote a value that contains ": "', () => {
    const p = only(
      edited('measurement: A minute counts', 'measurement: Down means: a minute counts'),
    );
    expect([p.file, p.line, p.column, p.rule]).toEqual([FILE, 19, 20, 'yaml-syntax']);
    expect(p.message).toBe(
      'the value contains ": ", which YAML reads as the start of another key; quote the value: measurement: "Down means: a minute counts as down when the VPN refuses logins."',
    );
  });

  it('says to quote a value with text after its closing quote', () => {
    expect(only(edited('title: Network', 'title: "Network" (VPN)'))).toEqual({
      file: FILE,
      line: 6,
      column: 20,
      rule: 'yaml-syntax',
      message:
        'text follows the closing quote of the value; quote the whole value: title: \'"Network" (VPN)\'',
    });
  });

  it('reports a value starting with * as an alias to quote, not as an alias bomb', () => {
    expect(only(edited('title: Monthly uptime', 'title: *Monthly* uptime'))).toEqual({
      file: FILE,
      line: 15,
      column: 14,
      rule: 'yaml-syntax',
      message:
        '"*Monthly*" reads as an alias of an anchor "&Monthly*" that is not defined; a value that starts with "*" must be quoted: title: "*Monthly* uptime"',
    });
    const alone = only(edited('title: Monthly uptime', 'title: *uptime'));
    expect([alone.line, alone.column, alone.rule]).toEqual([15, 14, 'yaml-syntax']);
    expect(alone.message).toContain('must be quoted: title: "*uptime"');
  });

  it('reports a value starting with ! instead of dropping the tag silently', () => {
    expect(only(edited('title: Monthly uptime', 'title: !Important uptime'))).toEqual({
      file: FILE,
      line: 15,
      column: 14,
      rule: 'yaml-syntax',
      message:
        '"!Important" reads as a YAML tag, not as text, and is dropped from the value; a value that starts with "!" must be quoted: title: "!Important uptime"',
    });
  });
});

describe('unclosed quotes', () => {
  it('points at the quote that opens the value, not at the end of the file, and shows it closed', () => {
    expect(only(edited('title: Network', 'title: "Network'))).toEqual({
      file: FILE,
      line: 6,
      column: 10,
      rule: 'yaml-syntax',
      message:
        'the value opened by " here has no closing "; end it with " where the value ends, e.g. title: "Network" (a " inside the value is written \\")',
    });
  });

  it('skips the quotes written inside the value when it looks for the opening one', () => {
    const double = only(edited('title: Monthly uptime', 'title: "Monthly \\"uptime'));
    expect([double.line, double.column]).toEqual([15, 14]);
    const single = only(edited('title: Monthly uptime', "title: 'Monthly''s uptime"));
    expect([single.line, single.column]).toEqual([15, 14]);
    expect(single.message).toBe(
      "the value opened by ' here has no closing '; end it with ' where the value ends, e.g. title: 'Monthly''s uptime' (a ' inside the value is written '')",
    );
  });

  it('shows the value alone inside { }', () => {
    const p = only(
      edited(
        '{ level: P1, meaning: VPN down for everyone,',
        '{ level: P1, meaning: "VPN down for everyone,',
      ),
    );
    expect([p.line, p.column]).toEqual([29, 31]);
    expect(p.message).toContain('e.g. meaning: "VPN down for everyone"');
  });
});

describe('indentation', () => {
  it('names a key indented under a key that has its value, instead of the line above', () => {
    expect(only(edited("  owner: '@globex/netops'", "    owner: '@globex/netops'"))).toEqual({
      file: FILE,
      line: 7,
      column: 5,
      rule: 'yaml-syntax',
      message:
        '"owner:" is indented 4 spaces, more than "title:" on the line above (2 spaces), so YAML reads it as more of the value of title; indent it 2 spaces like "title:"',
    });
  });

  it('names a key one space short of its siblings and the columns that would fit', () => {
    expect(only(edited('      indicator: availability', '     indicator: availability'))).toEqual({
      file: FILE,
      line: 16,
      column: 6,
      rule: 'yaml-syntax',
      message:
        '"indicator:" is indented 5 spaces, which lines up with no key above it ("title:" at 6, "- id:" at 4, "objectives:" at 2, "spec:" at 0); indent it like the keys it belongs with',
    });
  });

  it('names a list item out of column', () => {
    const p = only(edited('    - id: vpn-latency', '   - id: vpn-latency'));
    expect([p.line, p.column, p.rule]).toEqual([20, 4, 'yaml-syntax']);
    expect(p.message).toMatch(/^"- id:" is indented 3 spaces, which lines up with no key above it/);
  });

  it('looks past the text of a block scalar for the key above', () => {
    const p = only(
      edited(
        '      measurement: A minute counts as down when the VPN refuses logins.',
        '      measurement: |\n        Down:\n          when the VPN refuses logins.',
      ).replace('      title: VPN latency', '       title: VPN latency'),
    );
    expect([p.line, p.column]).toEqual([23, 8]);
    expect(p.message).toMatch(/more than "id:" on the line above \(6 spaces\)/);
  });
});

describe('commas inside { }', () => {
  it('reports a schedule split by its comma once, with the quoted form', () => {
    expect(
      only(
        edited(
          "hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }",
          'hours: { timezone: Europe/Berlin, schedule: Mon,Tue 07:00-20:00 }',
        ),
      ),
    ).toEqual({
      file: FILE,
      line: 27,
      column: 49,
      rule: 'schema-unknown-key',
      message:
        'inside { } a comma ends a value: schedule: Mon,Tue 07:00-20:00 was read as schedule "Mon" and a key "Tue 07:00-20:00" of spec.support.hours; quote the value: schedule: "Mon,Tue 07:00-20:00"',
    });
  });

  it('reports one error for a value split into many keys', () => {
    const p = only(
      edited(
        "windows: [{ schedule: 'Sun 02:00-04:00', timezone: UTC }]",
        'windows: [{ schedule: Fri,Sat,Sun 02:00-04:00, timezone: UTC }]',
      ),
    );
    expect([p.line, p.column, p.rule]).toEqual([32, 27, 'schema-unknown-key']);
    expect(p.message).toContain('and keys "Sat", "Sun 02:00-04:00" of spec.maintenance.windows[0]');
    expect(p.message).toContain('quote the value: schedule: "Fri,Sat,Sun 02:00-04:00"');
  });

  it('says to write a decimal comma as a point', () => {
    const p = only(edited('{ below: 99.9%, credit: 10% }', '{ below: 99,5%, credit: 10% }'));
    expect([p.line, p.column]).toEqual([36, 18]);
    expect(p.message).toBe(
      'inside { } a comma ends a value: below: 99,5% was read as below "99" and a key "5%" of spec.credits.tiers[0]; write the decimal with a point: below: 99.5%',
    );
  });

  it('reports only the split when the piece before the comma breaks the schema too', () => {
    const p = only(edited('resolution: 4h }', 'resolution: 1,5h }'));
    expect([p.line, p.column, p.rule]).toEqual([29, 81, 'schema-unknown-key']);
    expect(p.message).toBe(
      'inside { } a comma ends a value: resolution: 1,5h was read as resolution "1" and a key "5h" of spec.support.priorities[0]; write the decimal with a point: resolution: 1.5h',
    );
  });

  it('reports a split with a space after the comma', () => {
    const p = only(
      edited(
        "hours: { timezone: Europe/Berlin, schedule: 'Mon-Fri 08:00-18:00' }",
        'hours: { timezone: Europe/Berlin, schedule: Mon, Tue 07:00-20:00 }',
      ),
    );
    expect(p.message).toContain('quote the value: schedule: "Mon, Tue 07:00-20:00"');
  });

  it('reports text split by its comma', () => {
    const p = only(edited('meaning: VPN down for everyone,', 'meaning: VPN down, for everyone,'));
    expect([p.line, p.column]).toEqual([29, 31]);
    expect(p.message).toContain('quote the value: meaning: "VPN down, for everyone"');
  });

  it('reports a lone unknown key after a comma as an unknown key', () => {
    const p = only(
      edited('{ timezone: UTC, schedule: 24x7 }', '{ timezone: UTC, schedule: 24x7, shedule }'),
    );
    expect(p.rule).toBe('schema-unknown-key');
    expect(p.message).toBe('unknown key "shedule" in spec.serviceHours; did you mean "schedule"?');
  });

  it('still reports a misspelt key inside { } as an unknown key', () => {
    const list = problems(edited('{ level: P1, meaning:', '{ level: P1, meanig:'));
    expect(list.map((p) => [p.line, p.rule])).toEqual([
      [29, 'schema-required'],
      [29, 'schema-unknown-key'],
    ]);
    expect(list[1]?.message).toContain('did you mean "meaning"?');
  });
});

describe('hostile input', () => {
  it('reports a value split into thousands of keys once, in a short message', () => {
    const days = Array.from({ length: 20_000 }, (_, i) => `d${i}`).join(',');
    const started = performance.now();
    const p = only(edited('schedule: 24x7 }', `schedule: Mon,${days} }`));
    expect(performance.now() - started).toBeLessThan(5000);
    expect([p.line, p.column, p.rule]).toEqual([12, 44, 'schema-unknown-key']);
    expect(p.message).toContain('keys "d0", "d1", "d2", "d3", "d4" and 19995 more');
    expect(p.message.length).toBeLessThan(700);
  });

  it('explains at most 10 syntax errors and shortens a long value', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `k${i}: @x${'y'.repeat(400)}`);
    const list = problems(lines.join('\n'));
    expect(list).toHaveLength(10);
    expect(list[0]?.message).toMatch(/^"@" is reserved in YAML .*; quote the value: k0: "@xy+…"$/);
    expect(list[0]?.message.length).toBeLessThan(400);
  });
});

describe('tabs', () => {
  const TABBED = edited('    - id: vpn-latency', '\t- id: vpn-latency');

  it('reports the tab alone, without the errors that follow from it', () => {
    expect(problems(TABBED)).toEqual([
      {
        file: FILE,
        line: 20,
        column: 1,
        rule: 'yaml-syntax',
        message:
          'a tab indents this line, and YAML does not allow tabs in indentation; indent with spaces (set your editor to insert spaces for tabs in YAML files)',
      },
    ]);
  });

  it('reports every tab-indented line', () => {
    const two = TABBED.replace('      title: VPN latency', '\t  title: VPN latency');
    expect(problems(two).map((p) => [p.line, p.column])).toEqual([
      [20, 1],
      [21, 1],
    ]);
  });

  it('reports the tab alone when spaces come before it on its line', () => {
    // What an editor leaves when a tab is typed after the list's indentation.
    const list = problems(edited('    - id: vpn-latency', '  \t- id: vpn-latency'));
    expect(list.map((p) => [p.line, p.column, p.message.slice(0, 20)])).toEqual([
      [20, 3, 'a tab indents this l'],
    ]);
  });

  it('keeps a syntax error before the first tab', () => {
    const list = problems(TABBED.replace("owner: '@globex/netops'", 'owner: @globex/netops'));
    expect(list.map((p) => [p.line, p.column, p.message.slice(0, 20)])).toEqual([
      [7, 10, '"@" is reserved in Y'],
      [20, 1, 'a tab indents this l'],
    ]);
  });
});

describe('values echoed with the fix', () => {
  it('writes a decimal comma as a point', () => {
    expect(only(edited('target: 99.9%', 'target: 99,95%'))).toEqual({
      file: FILE,
      line: 17,
      column: 15,
      rule: 'objective-target-type',
      message: 'target "99,95%" is not a percentage; write 99.95%',
    });
  });

  it('fixes durations, windows, cadences and schedules written in words', () => {
    const list = problems(
      SLA.replace('window: month', 'window: monthly')
        .replace('target: 80ms', 'target: 80 millisecs')
        .replace('every: 6 months', 'every: semiannually')
        .replace('resolution: 4h', 'resolution: 4 Hours')
        .replace("'Mon-Fri 08:00-18:00'", "'Monday to Friday 8am-6pm'")
        .replace("'Sun 02:00-04:00'", "'Sun 2:00–4:00'"),
    );
    expect(list.map((p) => `${p.line}:${p.column} ${p.rule} ${p.message}`)).toEqual([
      '11:20 review-cadence review.every "semiannually" is not a review cadence; write "6 months"',
      '18:15 window-format window "monthly" is not a window; write month',
      '24:15 objective-target-type target "80 millisecs" is not a duration; write 80ms',
      '27:49 schedule-format schedule "Monday to Friday 8am-6pm" is not a schedule; write "Mon-Fri 08:00-18:00"',
      '29:81 duration-format resolution "4 Hours" is not a duration; write 4h',
      '32:27 schedule-format schedule "Sun 2:00–4:00" is not a schedule; write "Sun 02:00-04:00"',
    ]);
  });

  it('keeps the general example when no fix can be derived', () => {
    expect(only(edited('target: 99.9%', 'target: high')).message).toBe(
      'target "high" is not a percentage; write e.g. 99.9%',
    );
  });

  it('adds the @ to an owner and says to keep the quotes', () => {
    expect(only(edited("owner: '@globex/netops'", 'owner: globex/netops'))).toEqual({
      file: FILE,
      line: 7,
      column: 10,
      rule: 'owner-format',
      message:
        'owner "globex/netops" is not a GitHub user "@login" or team "@org/team-slug"; write "@globex/netops" (with the quotes: YAML reserves @)',
    });
  });

  it('offers a bare name as a user and as a team', () => {
    expect(only(edited("owner: '@globex/netops'", 'owner: netops')).message).toBe(
      'owner "netops" is not a GitHub user "@login" or team "@org/team-slug"; write "@netops" for a user or "@org/netops" for a team (with the quotes: YAML reserves @)',
    );
  });

  it("turns a team's GitHub address into its @org/team", () => {
    const p = only(
      edited("owner: '@globex/netops'", 'owner: https://github.com/orgs/globex/teams/netops'),
    );
    expect(p.message).toContain('write "@globex/netops"');
  });

  it('fixes a measured value in a results file', () => {
    const sla = validateSources([{ path: FILE, content: SLA }]).slas.map((s) => s.sla);
    const run = validateResults(
      [
        {
          path: 'results/2026-10.yaml',
          content:
            'apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: 2026-10\nresults:\n  - sla: network\n    objective: uptime\n    value: 99,97%\n',
        },
      ],
      sla,
      '2026-11-23',
    );
    expect(run.errors.map((e) => [e.file, e.line, e.column, e.rule, e.message])).toEqual([
      [
        'results/2026-10.yaml',
        7,
        12,
        'results-value',
        'value "99,97%" is not a percentage; write 99.97%',
      ],
    ]);
  });
});

describe('time zones', () => {
  const zone = (tz: string) =>
    only(edited('timezone: UTC, schedule: 24x7', `timezone: ${tz}, schedule: 24x7`));

  it('finds the zone of a city given alone', () => {
    expect(zone('Amsterdam')).toEqual({
      file: FILE,
      line: 12,
      column: 29,
      rule: 'timezone-unknown',
      message: '"Amsterdam" is not an IANA time zone; did you mean "Europe/Amsterdam"?',
    });
  });

  it('finds a city by its name in any case, with spaces, misspelt or with its country', () => {
    expect(zone('new york').message).toContain('did you mean "America/New_York"?');
    expect(zone('Amsterdm').message).toContain('did you mean "Europe/Amsterdam"?');
    expect(zone('"Berlin, Germany"').message).toContain('did you mean "Europe/Berlin"?');
    expect(zone('Kolkata').message).toContain('did you mean "Asia/Kolkata"?');
  });

  it('maps abbreviations and fixed offsets to IANA names', () => {
    expect(zone('CEST').message).toContain('did you mean "Europe/Berlin"?');
    expect(zone('UTC+2').message).toContain('did you mean "Etc/GMT-2"?');
  });

  it('gives examples when nothing is close', () => {
    expect(zone('Atlantis').message).toBe(
      '"Atlantis" is not an IANA time zone; write e.g. UTC, Europe/Berlin or America/New_York',
    );
  });
});

describe('unknown indicators', () => {
  const indicator = (name: string) => only(edited('indicator: latency', `indicator: ${name}`));

  it('points staleness to freshness and says when custom fits', () => {
    expect(indicator('staleness')).toEqual({
      file: FILE,
      line: 22,
      column: 18,
      rule: 'schema-enum',
      message:
        'spec.objectives[1].indicator "staleness" is not an indicator; did you mean "freshness"? freshness is how old the data a service serves may be (a duration such as 15m); for any other measure use custom with better: higher or lower. Allowed: availability, success-rate, durability, error-rate, latency, throughput, response-time, resolution-time, freshness, custom',
    });
  });

  it('knows other words for indicators and misspellings', () => {
    expect(indicator('data-age').message).toContain('did you mean "freshness"?');
    expect(indicator('uptime').message).toContain('did you mean "availability"?');
    expect(indicator('latancy').message).toBe(
      'spec.objectives[1].indicator "latancy" is not an indicator; did you mean "latency"? Allowed: availability, success-rate, durability, error-rate, latency, throughput, response-time, resolution-time, freshness, custom',
    );
  });

  it('points to custom and freshness when nothing is close', () => {
    const p = indicator('carbon-footprint');
    expect(p.message).not.toContain('did you mean');
    expect(p.message).toContain('use custom with better: higher or lower');
  });
});

describe('slac validate', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => {
    repo.remove();
  });

  it('prints the quote hint with the line and a caret', async () => {
    repo.write({ [FILE]: edited("owner: '@globex/netops'", 'owner: @globex/netops') });
    const run = await runCli(['validate'], { cwd: repo.dir });
    expect(run.stdout).toBe(
      [
        `${FILE}:7:10 yaml-syntax "@" is reserved in YAML and cannot start an unquoted value; quote the value: owner: "@globex/netops"`,
        '  7 |   owner: @globex/netops',
        '    |          ^',
        '1 file checked: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(1);
  });

  it('reports a tab first and alone in JSON', async () => {
    repo.write({ [FILE]: edited('    - id: vpn-latency', '\t- id: vpn-latency') });
    const run = await runCli(['validate', '--format', 'json'], { cwd: repo.dir });
    expect(JSON.parse(run.stdout).errors).toEqual([
      {
        file: FILE,
        line: 20,
        column: 1,
        rule: 'yaml-syntax',
        message: expect.stringContaining('a tab indents this line'),
      },
    ]);
  });
});

describe('values a schema pattern refuses', () => {
  // The schema may give values patterns (for editors); its errors then say what the CLI says.
  const data = parse(
    SLA.replace('target: 99.9%', 'target: 99,9%')
      .replace('window: 28d', 'window: Monthly')
      .replace('resolution: 4h', 'resolution: 4 Hours')
      .replace("schedule: 'Sun 02:00-04:00'", "schedule: 'Sun 2am-4am'")
      .replace("owner: '@globex/netops'", 'owner: globex/netops'),
  ) as unknown;

  it('says what the value parser says, with the fix', () => {
    const said = (path: Array<string | number>) => schemaValueMessage(path.join('.'), path, data);
    expect(said(['spec', 'objectives', 0, 'target'])).toBe(
      'spec.objectives.0.target "99,9%" is not a percentage; write 99.9%',
    );
    expect(said(['spec', 'objectives', 1, 'window'])).toBe(
      'spec.objectives.1.window "Monthly" is not a window; write month',
    );
    expect(said(['spec', 'support', 'priorities', 0, 'resolution'])).toBe(
      'spec.support.priorities.0.resolution "4 Hours" is not a duration; write 4h',
    );
    expect(said(['spec', 'maintenance', 'windows', 0, 'schedule'])).toBe(
      'spec.maintenance.windows.0.schedule "Sun 2am-4am" is not a schedule; write "Sun 02:00-04:00"',
    );
    expect(said(['metadata', 'owner'])).toBe(
      'metadata.owner "globex/netops" is not "@login" or "@org/team-slug"; write "@globex/netops" (with the quotes: YAML reserves @)',
    );
  });

  it('leaves other values to the schema message', () => {
    expect(schemaValueMessage('x', ['spec', 'service', 'name'], data)).toBeUndefined();
    expect(schemaValueMessage('x', ['spec', 'objectives', 0, 'window'], data)).toBeUndefined();
  });
});

describe('numbers written as text', () => {
  it('gives the number a percentile stands for', () => {
    expect(only(edited('percentile: 95', 'percentile: p95'))).toEqual({
      file: FILE,
      line: 23,
      column: 19,
      rule: 'schema-type',
      message: 'spec.objectives[1].percentile must be a number, not the text "p95"; write 95',
    });
    expect(only(edited('percentile: 95', "percentile: '99.9'")).message).toMatch(/; write 99\.9$/);
  });

  it('adds nothing when the text is no number', () => {
    expect(only(edited('percentile: 95', 'percentile: high')).message).toBe(
      'spec.objectives[1].percentile must be a number, not the text "high"',
    );
  });
});
