// "How we performed" in the catalog: measured results per objective, said in words with the
// numbers, as a chart and a table, on every service page; a line per service on the index;
// and `performance` in catalog.json. Figures below are worked out by hand.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig } from '../src/config/index.js';
import { renderCatalog } from '../src/render/index.js';
import { validateResults, type MeasuredResult } from '../src/results/index.js';
import { validateSources, type LoadedSla } from '../src/validate/index.js';
import { runCli } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';

const root = join(import.meta.dirname, '..');

const SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo-api
  title: Demo API
  owner: '@acme/demo'
spec:
  service:
    name: Demo
    summary: A demo service.
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      indicator: availability
      target: 99.9%
      window: month
      tolerance: { desired: 99.99%, adequate: 99.5% }
    - id: latency
      title: Fast responses
      indicator: latency
      percentile: 95
      target: 300ms
      window: 28d
`;

const HELP_DESK = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: help
  title: Help desk
  owner: '@acme/support'
spec:
  service:
    name: Help
    summary: Answers.
  effective: { from: 2026-01-01 }
  objectives:
    - id: first-response
      title: First response
      indicator: response-time
      target: 4h
      window: quarter
    - id: stars
      title: Satisfaction
      indicator: custom
      better: higher
      target: 4.5 stars
      window: quarter
    - id: errors
      title: Few errors
      indicator: error-rate
      target: 0.1%
      window: quarter
    - id: writes
      title: Write throughput
      indicator: throughput
      target: 3500 rps
      window: quarter
`;

const QUIET = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: quiet
  title: Quiet service
  owner: '@acme/quiet'
spec:
  service:
    name: Quiet
    summary: Nothing measured yet.
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Uptime
      indicator: availability
      target: 99.5%
      window: month
`;

function resultsFile(period: string, rows: string): string {
  return `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: ${period}\nresults:\n${rows}`;
}

const RESULTS: Record<string, string> = {
  'results/2026-10.yaml': resultsFile(
    '2026-10',
    `  - { sla: demo-api, objective: uptime, value: 99.95% }
  - { sla: demo-api, objective: latency, value: 280ms }
`,
  ),
  'results/2026-11.yaml': resultsFile(
    '2026-11',
    `  - { sla: demo-api, objective: uptime, value: 99.8%, note: "Database failover on 3 November." }
  - { sla: demo-api, objective: latency, value: 320ms }
`,
  ),
  'results/2026-Q3.yaml': resultsFile(
    '2026-Q3',
    `  - { sla: help, objective: first-response, value: 3h40m }
  - { sla: help, objective: stars, value: 4.4 stars }
  - { sla: help, objective: errors, value: 0.06% }
  - { sla: help, objective: writes, value: 4000 rps }
`,
  ),
};

function load(): { slas: LoadedSla[]; results: MeasuredResult[] } {
  const v = validateSources(
    [
      { path: 'slas/demo.yaml', content: SLA },
      { path: 'slas/help.yaml', content: HELP_DESK },
      { path: 'slas/quiet.yaml', content: QUIET },
    ],
    { today: '2026-12-05' },
  );
  expect(v.errors).toEqual([]);
  const files = Object.entries(RESULTS).map(([path, content]) => ({ path, content }));
  const r = validateResults(
    files,
    v.slas.map((s) => s.sla),
    '2026-12-05',
  );
  expect(r.errors).toEqual([]);
  return { slas: v.slas, results: r.results };
}

function render(options: { periods?: number; results?: MeasuredResult[]; today?: string } = {}) {
  const { slas, results } = load();
  const config = defaultConfig();
  config.report.periods = options.periods ?? 3;
  return renderCatalog({
    slas,
    config,
    results: options.results ?? results,
    today: options.today ?? '2026-12-05',
  }).files;
}

/** The text of an HTML fragment, as a reader sees it (tags removed, entities kept). */
function text(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('How we performed, on a service page', () => {
  it('says a met availability period with its downtime, and the commitment', () => {
    // As of 5 November, October is the latest complete period.
    const page = text(render({ today: '2026-11-05' }).get('services/demo-api.html') ?? '');
    // 0.05% of 2,629,746 s = 1,314.873 s = 21 min 55 s, said as about 22 min.
    expect(page).toContain(
      'In October 2026 the service was available 99.95% of the time, about 22 min of downtime; we commit to 99.9%: met.',
    );
    expect(page).toContain(
      'In October 2026 95% of requests were answered within 280 ms; we commit to 300 ms: met.',
    );
    // Later, October stays in the table with its figures and the outcome in words.
    expect(render().get('services/demo-api.html')).toMatch(
      /<tr role="row" class="outcome-met"><th scope="row" role="rowheader">October 2026<\/th><td role="cell">99\.95%<\/td><td role="cell" class="outcome">Met<\/td><td role="cell" class="downtime" title="21 min 55 s">about 22 min<\/td>/,
    );
  });

  it('says a missed period as missed, in words, with its note', () => {
    const page = render().get('services/demo-api.html') ?? '';
    // 0.2% of 2,629,746 s = 5,259.492 s = 1 h 27 min 39 s: about 1 h 30 min, exact in the title.
    expect(text(page)).toContain(
      'In November 2026 the service was available 99.8% of the time, about 1 h 30 min of downtime; we commit to 99.9%: missed. Database failover on 3 November.',
    );
    expect(page).toContain('<span class="approx" title="1 h 27 min 39 s">about 1 h 30 min</span>');
    expect(text(page)).toContain(
      'In November 2026 95% of requests were answered within 320 ms; we commit to 300 ms: missed.',
    );
    expect(page).toMatch(
      /<tr role="row" class="outcome-missed"><th scope="row" role="rowheader">November 2026<\/th><td role="cell">99\.8%<\/td><td role="cell" class="outcome">Missed<\/td><td role="cell" class="downtime" title="1 h 27 min 39 s">about 1 h 30 min<\/td><td role="cell" class="note">Database failover on 3 November\.<\/td><\/tr>/,
    );
  });

  it('shows a period without a result as no data, never as met', () => {
    const page = render().get('services/demo-api.html') ?? '';
    expect(page).toMatch(
      /<tr role="row" class="outcome-no-data"><th scope="row" role="rowheader">September 2026<\/th><td role="cell">—<\/td><td role="cell" class="outcome">No data<\/td>/,
    );
    expect(text(page)).toContain(
      'Met in 1 of the last 3 months; missed in 1 (November 2026); no data for 1 (September 2026).',
    );
  });

  it('words each indicator for customers', () => {
    const page = text(render().get('services/help.html') ?? '');
    expect(page).toContain(
      'In the third quarter of 2026 the first response came within 3 hours 40 minutes; we commit to 4 hours: met.',
    );
    expect(page).toContain(
      'In the third quarter of 2026 we measured 4.4 stars; we commit to at least 4.5 stars: missed.',
    );
    expect(page).toContain(
      'In the third quarter of 2026 0.06% of requests failed; we commit to at most 0.1%: met.',
    );
    expect(page).toContain(
      'In the third quarter of 2026 the service sustained 4,000 rps; we commit to at least 3,500 rps: met.',
    );
    // Reviewer words stay out of the customer's page.
    expect(page).not.toMatch(/budget|weakened|breach/i);
  });

  it('draws a chart per objective with the target, the zone of tolerance and crosses for misses', () => {
    const page = render().get('services/demo-api.html') ?? '';
    const section = page.slice(page.indexOf('id="performance-title"'));
    const charts = section.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(2);
    const uptime = charts[0] as string;
    expect(uptime).toContain('<title id="chart-demo-api-uptime-title">');
    expect(uptime).toContain('class="chart-target"');
    expect(uptime).toContain('class="chart-band"');
    expect(uptime).toContain('class="chart-missed"');
    expect(uptime).toContain('class="chart-nodata"');
    expect(page).not.toMatch(/<script(?![^>]*assets\/search\.js)/);
  });

  it('says so when a service has no results yet', () => {
    const page = text(render().get('services/quiet.html') ?? '');
    expect(page).toContain('How we performed');
    expect(page).toContain('No results have been published for this service yet.');
  });

  it('escapes a hostile note and a hostile objective title, in the table and in the chart', () => {
    const { slas, results } = load();
    const hostile = '<img src=x onerror=alert(1)> & "quotes"';
    const tampered = results.map((r) =>
      r.objective === 'uptime' && r.period.id === '2026-11' ? { ...r, note: hostile } : r,
    );
    const sla = slas[0] as LoadedSla;
    const titled = {
      ...sla,
      sla: {
        ...sla.sla,
        objectives: sla.sla.objectives.map((o, i) =>
          i === 0 ? { ...o, title: '</title><script>alert(2)</script>' } : o,
        ),
      },
    };
    const config = defaultConfig();
    config.report.periods = 3;
    const page =
      renderCatalog({
        slas: [titled, ...slas.slice(1)],
        config,
        results: tampered,
        today: '2026-12-05',
      }).files.get('services/demo-api.html') ?? '';
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<script>alert(2)');
    expect(page).toContain(
      '<td role="cell" class="note">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;quotes&quot;</td>',
    );
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('lets the performance partial be overridden', () => {
    const { slas, results } = load();
    const page =
      renderCatalog({
        slas,
        config: defaultConfig(),
        results,
        today: '2026-12-05',
        templates: {
          'partials/performance.hbs':
            '<section><h2>Track record</h2>{{#each performance.objectives}}<p>{{title}}: {{summary}}</p>{{/each}}</section>',
        },
      }).files.get('services/demo-api.html') ?? '';
    expect(page).toContain('<h2>Track record</h2>');
    expect(page).not.toContain('How we performed');
  });
});

describe('How we performed, on the index and in catalog.json', () => {
  it('gives each service its latest period at a glance', () => {
    const index = text(render().get('index.html') ?? '');
    expect(index).toContain('How we performed: November 2026: 2 of 2 objectives missed');
    expect(index).toContain('How we performed: Q3 2026: 1 of 4 objectives missed');
    expect(index).toContain('How we performed: No results yet');
    const october = text(render({ today: '2026-11-05' }).get('index.html') ?? '');
    expect(october).toContain('How we performed: October 2026: all 2 objectives met');
  });

  it('lists every period shown in catalog.json, value as written for people and met or null', () => {
    const catalog = JSON.parse(render().get('catalog.json') ?? '');
    const demo = catalog.services.find((s: { id: string }) => s.id === 'demo-api');
    expect(demo.performance).toEqual([
      { objective: 'uptime', period: '2026-09', value: null, met: null },
      { objective: 'uptime', period: '2026-10', value: '99.95%', met: true },
      { objective: 'uptime', period: '2026-11', value: '99.8%', met: false },
      { objective: 'latency', period: '2026-09', value: null, met: null },
      { objective: 'latency', period: '2026-10', value: '280 ms', met: true },
      { objective: 'latency', period: '2026-11', value: '320 ms', met: false },
    ]);
    const quiet = catalog.services.find((s: { id: string }) => s.id === 'quiet');
    expect(quiet.performance).toEqual([]);
  });

  it('shows only complete periods before today: November is not shown on 30 November', () => {
    const catalog = JSON.parse(render({ today: '2026-11-30' }).get('catalog.json') ?? '');
    const demo = catalog.services.find((s: { id: string }) => s.id === 'demo-api');
    expect(demo.performance.map((p: { period: string }) => p.period)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
  });

  it('gives byte-identical output for the same input', () => {
    const a = render();
    const b = render();
    expect([...b]).toEqual([...a]);
  });
});

describe('slac render with results files', () => {
  it('reads the results files and chooses periods by the latest commit, not the clock', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'slas/demo.yaml': SLA,
        'results/2026-10.yaml': RESULTS['results/2026-10.yaml'] as string,
        'results/2026-11.yaml': RESULTS['results/2026-11.yaml'] as string,
      });
      repo.commit('Results of November', '2026-12-02T10:00:00Z');
      // The clock (io.today) says January 2027: the render must not follow it.
      const run = await runCli(['render'], { cwd: repo.dir, today: '2027-01-20' });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const html = readFileSync(join(repo.dir, 'site', 'services', 'demo-api.html'), 'utf8');
      expect(text(html)).toContain('In November 2026 the service was available 99.8% of the time');
      expect(html).not.toContain('<th scope="row" role="rowheader">December 2026</th>');
    } finally {
      repo.remove();
    }
  });

  it('refuses an invalid results file with its file and line, and writes nothing', async () => {
    const repo = makeRepo();
    try {
      repo.write({
        'slas/demo.yaml': SLA,
        'results/2026-11.yaml': resultsFile(
          '2026-11',
          '  - { sla: demo-api, objective: uptime, value: 99.8% }\n  - { sla: demo-api, objective: nosuch, value: 99% }\n',
        ),
      });
      repo.commit('Results', '2026-12-02T10:00:00Z');
      const run = await runCli(['render', '--out', 'public'], { cwd: repo.dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^results\/2026-11\.yaml:6:\d+ results-objective-unknown /m);
      expect(run.stderr).toContain('nothing was written');
      expect(existsSync(join(repo.dir, 'public'))).toBe(false);
    } finally {
      repo.remove();
    }
  });

  it('renders the example repository with its year of results the same twice', async () => {
    const repo = makeRepo();
    try {
      repo.copy(join(root, 'examples'));
      repo.commit('Examples', '2026-12-01T09:00:00Z');
      const a = await runCli(['render', '--out', 'a'], { cwd: repo.dir });
      expect(a.stderr).toBe('');
      await runCli(['render', '--out', 'b'], { cwd: repo.dir, today: '2027-03-01' });
      const list = (dir: string): string[] =>
        readdirSync(join(repo.dir, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => f.includes('.'))
          .sort();
      expect(list('b')).toEqual(list('a'));
      for (const file of list('a'))
        expect(readFileSync(join(repo.dir, 'b', file))).toEqual(
          readFileSync(join(repo.dir, 'a', file)),
        );
      const page = text(readFileSync(join(repo.dir, 'a', 'services', 'payments-api.html'), 'utf8'));
      expect(page).toContain(
        'Met in 10 of the last 12 months; missed in 2 (March 2026, August 2026).',
      );
    } finally {
      repo.remove();
    }
  });
});
