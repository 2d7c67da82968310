import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/index.js';
import { renderCatalog } from '../src/render/index.js';
import {
  budgetSeconds,
  creditRows,
  downtimeWords,
  hoursWords,
  latencyWords,
  objectiveWords,
  oneIn,
  responseWords,
  toleranceBand,
} from '../src/render/words.js';
import { parseSchedule, parseWindow, type Window } from '../src/model/units.js';
import type { Hours } from '../src/model/sla.js';
import { readWorkingTree } from '../src/repo/index.js';
import { validateSources, type LoadedSla } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');

// The design's calendar window lengths, written out independently of the code.
const WINDOWS = { week: 604_800, month: 2_629_746, quarter: 7_889_238, year: 31_556_952 };
const TARGETS = [99, 99.5, 99.9, 99.95, 99.99, 99.999];

function window(text: string): Window {
  const w = parseWindow(text);
  if (!w.ok) throw new Error(w.reason);
  return w.value;
}

function hours(schedule: string | string[], timezone = 'UTC'): Hours {
  const s = parseSchedule(schedule);
  if (!s.ok) throw new Error(s.reason);
  return { timezone, schedule: s.value, text: Array.isArray(schedule) ? schedule : [schedule] };
}

function asText(seconds: number): string {
  let rest = Math.round(seconds);
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3600],
    ['min', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n} ${unit}`);
    rest -= n * size;
  }
  return parts.join(' ');
}

async function exampleSlas(): Promise<{
  slas: LoadedSla[];
  config: ReturnType<typeof defaultConfig>;
}> {
  const tree = await readWorkingTree(examples);
  const result = validateSources(tree.files, { today: '2026-11-23' });
  expect(result.errors).toEqual([]);
  return { slas: result.slas, config: tree.config };
}

const SLA = (
  overrides: { title?: string; summary?: string; url?: string; extra?: string } = {},
) => `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo-api
  title: ${JSON.stringify(overrides.title ?? 'Demo API')}
  owner: '@acme/demo'
  tier: gold
  tags: [demo]
spec:
  service:
    name: Demo
    summary: ${JSON.stringify(overrides.summary ?? 'A demo service.')}
    url: ${overrides.url ?? 'https://demo.acme.example'}
  effective: { from: 2026-01-01 }
  review: { every: 6 months, lastReviewed: 2026-01-15 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.95%
      window: month
${overrides.extra ?? ''}`;

function loadOne(text: string, path = 'slas/demo-api.yaml'): LoadedSla {
  const result = validateSources([{ path, content: text }], { today: '2026-02-01' });
  expect(result.errors).toEqual([]);
  return result.slas[0] as LoadedSla;
}

describe('allowed downtime in words', () => {
  for (const [unit, seconds] of Object.entries(WINDOWS)) {
    for (const target of TARGETS) {
      it(`${target}% over a ${unit} allows ${asText(((100 - target) / 100) * seconds)} of downtime`, () => {
        const expected = ((100 - target) / 100) * seconds;
        expect(budgetSeconds(target, window(unit))).toBeCloseTo(expected, 3);
        expect(downtimeWords(target, window(unit))).toBe(
          `at most ${asText(expected)} of downtime a ${unit}`,
        );
      });
    }
  }

  it('says the design example: 99.9% a month is at most 43 min 50 s of downtime', () => {
    expect(downtimeWords(99.9, window('month'))).toBe('at most 43 min 50 s of downtime a month');
    expect(downtimeWords(99.95, window('month'))).toBe('at most 21 min 55 s of downtime a month');
  });

  it('counts only service hours when the SLA limits them', () => {
    const office = hours('Mon-Fri 08:00-18:00', 'Europe/Berlin');
    expect(budgetSeconds(99.9, window('month'), office.schedule.minutesPerWeek)).toBeCloseTo(
      (2629.746 * 3000) / 10080,
      3,
    );
    expect(downtimeWords(99.9, window('month'), office.schedule.minutesPerWeek)).toBe(
      'at most 13 min 3 s of downtime a month, counted during service hours',
    );
  });

  it('uses the rolling window as written', () => {
    expect(downtimeWords(99.9, window('28d'))).toBe('at most 40 min 19 s of downtime per 28 days');
  });
});

describe('plain-language phrases', () => {
  it('says service hours with days, times and the time zone', () => {
    expect(hoursWords(hours('Mon-Fri 08:00-18:00', 'Europe/Berlin'))).toBe(
      'Monday to Friday, 08:00–18:00 (Berlin time)',
    );
    expect(hoursWords(hours(['Mon-Fri 08:00-18:00', 'Sat 10:00-14:00'], 'Europe/Berlin'))).toBe(
      'Monday to Friday, 08:00–18:00 and Saturday, 10:00–14:00 (Berlin time)',
    );
    expect(hoursWords({ ...hours('24x7'), always: true })).toBe('around the clock');
  });

  it('says response times with their hours', () => {
    expect(responseWords(900, 'around the clock')).toBe('within 15 minutes, around the clock');
    expect(responseWords(5400)).toBe('within 1 hour 30 minutes');
  });

  it('says latency as a share of requests answered in time', () => {
    expect(latencyWords(95, 0.3)).toBe('95% of requests answered within 300 ms');
  });

  it('lists credit tiers mildest first, as a share of the fee', () => {
    const uptime = loadOne(SLA()).sla.objectives[0];
    const rows = creditRows(
      [
        { below: 99, credit: 25 },
        { below: 99.9, credit: 10 },
      ],
      uptime,
      hours('24x7'),
    );
    expect(rows.map((r) => r.sentence)).toEqual([
      'below 99.9%: 10% of the monthly fee',
      'below 99%: 25% of the monthly fee',
    ]);
    expect(rows[0]?.downtime).toBe('more than about 44 min of downtime a month');
    expect(rows[0]?.downtimeParts).toEqual([
      { text: 'more than ' },
      { text: 'about 44 min', exact: '43 min 50 s' },
      { text: ' of downtime a month' },
    ]);
  });

  it('places the target inside the zone of tolerance', () => {
    const sla = loadOne(SLA()).sla;
    const objective = {
      ...sla.objectives[0]!,
      tolerance: {
        adequate: { kind: 'percent', value: 99.9 },
        desired: { kind: 'percent', value: 99.99 },
      },
    } as const;
    const band = toleranceBand(objective, sla.serviceHours);
    expect(band).toMatchObject({ adequate: '99.9%', desired: '99.99%', target: '99.95%' });
    expect(band?.position).toBeCloseTo(55.6, 1);
    expect(band?.sentence).toContain('between about 4 min and about 44 min a month');
    expect(band?.sentenceParts.filter((p) => p.exact)).toEqual([
      { text: 'about 4 min', exact: '4 min 23 s' },
      { text: 'about 44 min', exact: '43 min 50 s' },
    ]);
  });

  it('says failure shares as round "1 in N" figures, eleven nines included', () => {
    expect(oneIn(0.1)).toBe('1 in 1,000');
    expect(oneIn(100 - 99.9)).toBe('1 in 1,000');
    expect(oneIn(100 - 99.999999999)).toBe('1 in 100,000,000,000');
    expect(oneIn(0.3)).toBeUndefined();
  });

  it('says eleven nines of durability without rounding them to 100%', () => {
    const sla = loadOne(SLA()).sla;
    expect(
      objectiveWords(
        {
          ...sla.objectives[0]!,
          indicator: 'durability',
          target: { kind: 'percent', value: 99.999999999 },
        },
        sla.serviceHours,
      ),
    ).toBe(
      '99.999999999% of stored data is kept safe each month: at most 1 in 100,000,000,000 objects lost.',
    );
  });

  it('says an availability objective with its downtime', () => {
    const sla = loadOne(SLA()).sla;
    expect(objectiveWords(sla.objectives[0]!, sla.serviceHours)).toBe(
      'Available 99.95% of the time, which allows 21 min 55 s of downtime a month.',
    );
  });
});

describe('renderCatalog', () => {
  it('writes an index, a page and a JSON file per service, the assets and catalog.json', async () => {
    const { slas, config } = await exampleSlas();
    const { files } = renderCatalog({ slas, config });
    const ids = slas.map((s) => s.sla.id).sort();
    expect([...files.keys()].sort()).toEqual(
      [
        'assets/search.js',
        'assets/site.css',
        'catalog.json',
        'index.html',
        ...ids.flatMap((id) => [`services/${id}.html`, `services/${id}.json`]),
      ].sort(),
    );
    const index = files.get('index.html') ?? '';
    for (const s of slas) expect(index).toContain(`href="services/${s.sla.id}.html"`);
  });

  it('writes catalog.json as the design contract, with budget only on availability objectives', async () => {
    const { slas, config } = await exampleSlas();
    const catalog = JSON.parse(renderCatalog({ slas, config }).files.get('catalog.json') ?? '');
    const payments = catalog.services.find((s: { id: string }) => s.id === 'payments-api');
    expect(payments).toEqual({
      id: 'payments-api',
      title: 'Payments API',
      owner: '@acme/payments',
      tier: 'gold',
      page: '/services/payments-api.html',
      objectives: [
        {
          id: 'uptime',
          title: 'Monthly uptime',
          indicator: 'availability',
          target: '99.95%',
          window: 'month',
          budget: { seconds: 1314.873, window: 'month' },
        },
        {
          id: 'checkout-latency',
          title: 'Fast checkout responses',
          indicator: 'latency',
          target: '300ms',
          window: '28d',
        },
      ],
      performance: [],
    });
  });

  it('prefixes catalog pages with the base URL', async () => {
    const { slas, config } = await exampleSlas();
    const { files } = renderCatalog({ slas, config, baseUrl: 'https://acme.github.io/slas' });
    const catalog = JSON.parse(files.get('catalog.json') ?? '');
    expect(catalog.services[0].page).toMatch(
      /^https:\/\/acme\.github\.io\/slas\/services\/.+\.html$/,
    );
  });

  it('states each commitment in words on the service page', async () => {
    const { slas, config } = await exampleSlas();
    const page = renderCatalog({ slas, config }).files.get('services/payments-api.html') ?? '';
    // Downtime rounded in words, the exact figure as the title of the rounded one.
    expect(page).toContain(
      'Available 99.95% of the time, which allows <span class="approx" title="21 min 55 s">about 22 min</span> of downtime a month.',
    );
    expect(page).not.toMatch(/>[^<]*\d+ min \d+ s[^<]*</);
    expect(page).toContain('95% of requests answered within 300 ms');
    expect(page).toContain('within 15 minutes, around the clock');
    expect(page).toContain('within 1 hour, Monday to Friday, 08:00–18:00 (Berlin time)');
    expect(page).toContain(
      '<th scope="row">below 99.9%</th><td>more than <span class="approx" title="43 min 50 s">about 44 min</span> of downtime a month</td><td>10% of the monthly fee</td>',
    );
    expect(page).toContain('Sunday, 02:00–04:00 (UTC)');
    expect(page).toContain('Announced at least 3 days in advance.');
    expect(page).toContain('href="mailto:payments-oncall@acme.example"');
  });

  it('lets a single partial override take effect while the rest falls back', async () => {
    const { slas, config } = await exampleSlas();
    const { files } = renderCatalog({
      slas,
      config,
      templates: { 'partials/contacts.hbs': '<p class="branded">Call {{title}} support</p>' },
    });
    const page = files.get('services/payments-api.html') ?? '';
    expect(page).toContain('<p class="branded">Call Payments API support</p>');
    expect(page).not.toContain('payments-oncall@acme.example');
    expect(page).toContain('What we commit to');
  });

  it("gives the index's cards the keys and values of the page's service, in its order", async () => {
    const { slas, config } = await exampleSlas();
    const keys =
      '{{id}}: {{#each this}}{{@key}}={{this}};{{/each}} performance: {{#each performance}}{{@key}}={{this}};{{/each}}';
    const { files } = renderCatalog({
      slas,
      config,
      templates: {
        'index.hbs': `{{#each services}}${keys}\n{{/each}}`,
        'service.hbs': `{{#with service}}${keys}{{/with}}`,
      },
    });
    const index = (files.get('index.html') ?? '').split('\n').filter(Boolean);
    expect(index).toHaveLength(files.size / 2 - 2);
    for (const line of index) {
      const id = line.slice(0, line.indexOf(':'));
      expect(line).toContain('objectives=[object Object]');
      expect(line).toContain('performance: hasResults=false;objectives=');
      expect(line).toBe(files.get(`services/${id}.html`));
    }
  });

  it('lets a whole page and the stylesheet be overridden', async () => {
    const { slas, config } = await exampleSlas();
    const { files } = renderCatalog({
      slas,
      config,
      templates: {
        'index.hbs': '{{#> layout}}<h1>Our promises</h1>{{/layout}}',
        'assets/site.css': 'body { color: purple; }',
      },
    });
    expect(files.get('index.html')).toContain('<h1>Our promises</h1>');
    expect(files.get('index.html')).toContain('assets/site.css');
    expect(files.get('assets/site.css')).toBe('body { color: purple; }');
  });

  it('names the template when a user template refers to a missing partial', async () => {
    const { slas, config } = await exampleSlas();
    expect(() =>
      renderCatalog({ slas, config, templates: { 'service.hbs': '{{> nosuch}}' } }),
    ).toThrow(/service\.hbs.*nosuch/);
  });

  it('names the partial that includes a missing partial, not the page that included it', async () => {
    const { slas, config } = await exampleSlas();
    expect(() =>
      renderCatalog({
        slas,
        config,
        templates: { 'partials/contacts.hbs': '<p>{{> contact-card}}</p>' },
      }),
    ).toThrow(
      'template partials/contacts.hbs: The partial contact-card could not be found: add partials/contact-card.hbs to the templates folder, or correct the name',
    );
  });

  it('escapes HTML and script in any SLA text', () => {
    const sla = loadOne(
      SLA({
        title: '<img src=x onerror=alert(1)>',
        summary: '<script>alert("owned")</script> & more',
      }),
    );
    const { files } = renderCatalog({ slas: [sla], config: defaultConfig() });
    for (const [path, text] of files) {
      if (!path.endsWith('.html')) continue;
      expect(text).not.toContain('<script>alert');
      expect(text).not.toContain('<img src=x');
    }
    expect(files.get('services/demo-api.html')).toContain(
      '&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; more',
    );
    expect(files.get('index.html')).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('does not link a javascript: URL, it shows it as text', () => {
    const sla = loadOne(SLA());
    sla.sla.service.url = 'javascript:alert(1)';
    sla.sla.contacts = [{ name: 'Desk', url: 'javascript:alert(2)' }];
    const page = renderCatalog({ slas: [sla], config: defaultConfig() }).files.get(
      'services/demo-api.html',
    );
    expect(page).not.toMatch(/href="javascript:/i);
    expect(page).toContain('javascript:alert(1)');
    expect(page).toContain('javascript:alert(2)');
  });

  it('shows an overdue review relative to the given date', () => {
    const sla = loadOne(SLA());
    const page = (today: string) =>
      renderCatalog({ slas: [sla], config: defaultConfig(), today }).files.get(
        'services/demo-api.html',
      ) ?? '';
    expect(page('2026-08-01')).toContain('Review overdue');
    expect(page('2026-07-16')).toContain('Review overdue');
    expect(page('2026-07-15')).not.toContain('Review overdue');
  });

  it('gives byte-identical output for the same input', async () => {
    const { slas, config } = await exampleSlas();
    const a = renderCatalog({ slas, config });
    const b = renderCatalog({ slas, config });
    expect([...b.files]).toEqual([...a.files]);
  });
});

describe('slac render', () => {
  it('writes the site and says where to open it', async () => {
    const repo = makeRepo();
    try {
      repo.copy(examples);
      const run = await runCli(['render'], { cwd: repo.dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Open site/index.html');
      expect(existsSync(join(repo.dir, 'site', 'index.html'))).toBe(true);
      expect(existsSync(join(repo.dir, 'site', 'services', 'payments-api.html'))).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it('refuses invalid SLAs with the validator errors and writes nothing', async () => {
    const repo = makeRepo();
    try {
      repo.write({ 'slas/broken.yaml': SLA().replace('target: 99.95%', 'target: fast') });
      const run = await runCli(['render', '--out', 'public'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('slas/broken.yaml:');
      expect(run.stderr).toContain('nothing was written');
      expect(existsSync(join(repo.dir, 'public'))).toBe(false);
    } finally {
      repo.remove();
    }
  });

  it('refuses with the same report as slac validate, warnings of other files included', async () => {
    // Render validates without warnings first (they are shown only beside errors); with an
    // error, its report must still list every warning, where slac validate puts it.
    const repo = makeRepo();
    try {
      repo.write({
        'slas/broken.yaml': SLA().replace('target: 99.95%', 'target: fast'),
        'slas/overdue.yaml': SLA().replace('id: demo-api', 'id: overdue-api'),
      });
      const validate = await runCli(['validate', '--today', '2026-12-01'], { cwd: repo.dir });
      expect(validate.stdout).toContain('slas/overdue.yaml:15:44 warning review-overdue');
      expect(validate.stdout).toContain('1 error, 2 warnings');
      const run = await runCli(['render', '--today', '2026-12-01', '--out', 'public'], {
        cwd: repo.dir,
      });
      expect(run.code).toBe(1);
      expect(run.stderr.startsWith(validate.stdout)).toBe(true);
      expect(run.stderr).toContain('nothing was written');
      expect(existsSync(join(repo.dir, 'public'))).toBe(false);
    } finally {
      repo.remove();
    }
  });

  it('reads a templates folder given in .slac.yml', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        '.slac.yml': 'templates: brand/\n',
        'slas/demo-api.yaml': SLA(),
        'brand/partials/footer.hbs': '<footer><p>Acme Corp</p></footer>',
      });
      const run = await runCli(['render'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      expect(readFileSync(join(repo.dir, 'site', 'index.html'), 'utf8')).toContain(
        '<p>Acme Corp</p>',
      );
    } finally {
      repo.remove();
    }
  });

  it('names the broken partial, not the page that includes it', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'slas/demo-api.yaml': SLA(),
        'brand/partials/summary.hbs': '<p>{{#if service}}unclosed</p>',
      });
      const run = await runCli(['render', '--templates', 'brand'], { cwd: repo.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('template partials/summary.hbs:');
      expect(run.stderr).toContain('line 1');
    } finally {
      repo.remove();
    }
  });

  it('warns about an override file that replaces nothing, such as a misspelt partial', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'slas/demo-api.yaml': SLA(),
        'brand/partials/foter.hbs': '<footer>Acme</footer>',
        'brand/partials/legal.hbs': '<p>Legal</p>',
        'brand/layout.hbs': readFileSync(join(root, 'templates', 'layout.hbs'), 'utf8').replace(
          '</body>',
          '{{> legal}}</body>',
        ),
      });
      const run = await runCli(['render', '--templates', 'brand'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        'warning: template partials/foter.hbs replaces no default template and no template uses it',
      );
      // A new partial that an overridden page includes is used: no warning for it.
      expect(run.stderr).not.toContain('legal.hbs');
      expect(readFileSync(join(repo.dir, 'site', 'index.html'), 'utf8')).toContain('<p>Legal</p>');
    } finally {
      repo.remove();
    }
  });

  it('shows the history of commitment changes from git, with commit dates', async () => {
    const repo = makeRepo();
    try {
      repo.write({ 'slas/demo-api.yaml': SLA() });
      repo.commit('Publish demo', '2026-03-01T10:00:00Z');
      repo.write({ 'slas/demo-api.yaml': SLA().replace('target: 99.95%', 'target: 99.9%') });
      repo.commit('Lower uptime', '2026-04-02T10:00:00Z');
      const run = await runCli(['render'], { cwd: repo.dir });
      expect(run.code).toBe(0);
      const page = readFileSync(join(repo.dir, 'site', 'services', 'demo-api.html'), 'utf8');
      // Neutral statements of what holds since when, newest first; no review language.
      expect(page).toContain(
        '<li>Since <time datetime="2026-04-02">2 April 2026</time>: Monthly uptime commitment 99.9% (was 99.95%)</li>',
      );
      expect(page).toContain(
        '<li>Since <time datetime="2026-03-01">1 March 2026</time>: Agreement published</li>',
      );
      for (const jargon of [
        'Weakened',
        'weakened',
        'worse for customers',
        'allowed downtime rises',
      ])
        expect(page).not.toContain(jargon);
      // The review was due on 2026-07-15; the latest commit is older, so not overdue.
      expect(page).not.toContain('Review overdue');
    } finally {
      repo.remove();
    }
  });

  it('gives an index template every value of each service, though pages let go of their SLAs', async () => {
    // The site keeps a summary of each service for the index and loads an SLA again when a
    // template of the index asks for more: the index must read as when everything is in memory.
    const index =
      '{{#> layout}}<ul>{{#each services}}<li>{{title}}:{{#each objectives}} {{target}} over {{window}};{{/each}}' +
      '{{#each support}} {{priority}}{{/each}}{{#each contacts}} {{name}}{{/each}}</li>{{/each}}</ul>{{/layout}}';
    const repo = makeRepo();
    try {
      repo.copy(examples);
      repo.write({ 'brand/index.hbs': index });
      repo.commit('Examples', '2026-06-01T09:00:00Z');
      const run = await runCli(['render', '--templates', 'brand', '--today', '2026-11-23'], {
        cwd: repo.dir,
      });
      expect(run.code).toBe(0);
      const { slas, config } = await exampleSlas();
      const inMemory = renderCatalog({
        slas,
        config,
        templates: { 'index.hbs': index },
        today: '2026-11-23',
      }).files.get('index.html');
      const written = readFileSync(join(repo.dir, 'site', 'index.html'), 'utf8');
      expect(written).toBe(inMemory);
      expect(written.match(/ over /g)?.length).toBeGreaterThan(slas.length);
    } finally {
      repo.remove();
    }
  });

  it('renders the same bytes twice', async () => {
    const repo = makeRepo();
    try {
      repo.copy(examples);
      repo.commit('Examples', '2026-06-01T09:00:00Z');
      await runCli(['render', '--out', 'a'], { cwd: repo.dir });
      await runCli(['render', '--out', 'b'], { cwd: repo.dir });
      const list = (dir: string): string[] =>
        readdirSync(join(repo.dir, dir), { recursive: true, encoding: 'utf8' }).sort();
      expect(list('b')).toEqual(list('a'));
      for (const file of list('a')) {
        const a = join(repo.dir, 'a', file);
        if (!file.includes('.')) continue;
        expect(readFileSync(join(repo.dir, 'b', file))).toEqual(readFileSync(a));
      }
    } finally {
      repo.remove();
    }
  });
});
