// `slac import openslo|sloth` and `slac export sloth|openslo`, through the CLI in-process, on
// real folders: the public examples of both projects, units and windows, what cannot be
// converted, hostile input, files never overwritten, and the round trips.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { loadSla } from '../src/validate/index.js';
import type { Sla } from '../src/model/sla.js';
import { runCli } from './helpers/cli.js';

const root = join(import.meta.dirname, '..');
const TODAY = '2026-11-23';

/** The examples: the copy in the repository and, when it exists, the shared folder beside it. */
function fixtureFiles(kind: 'openslo' | 'sloth'): string[] {
  const dirs = [
    join(root, 'test', 'fixtures', 'interop', kind),
    join(root, '..', 'shared', 'fixtures', kind),
  ];
  const byName = new Map<string, string>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort())
      if (/\.(ya?ml|json)$/.test(name) && !byName.has(name)) byName.set(name, join(dir, name));
  }
  return [...byName.values()];
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'slac-interop-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const slac = (cwd: string, ...args: string[]) => runCli(args, { cwd, today: TODAY });

/** The SLA files of a folder, by path. */
function written(dir: string, sub = 'slas'): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(join(dir, sub))) return out;
  for (const name of readdirSync(join(dir, sub)).sort())
    out[`${sub}/${name}`] = readFileSync(join(dir, sub, name), 'utf8');
  return out;
}

/** An SLA as slac reads it (normalized), failing the test when slac would not accept it. */
function slaOf(path: string, text: string): Sla {
  const { sla, problems } = loadSla({ path, content: text }, { today: TODAY });
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (!sla) throw new Error(`${path} did not load`);
  return sla.sla;
}

function slasOf(dir: string): Sla[] {
  return Object.entries(written(dir))
    .map(([p, t]) => slaOf(p, t))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** What each foreign item is called, for the check that each is converted or reported. */
function itemNames(text: string): Array<{ kind: string; names: string[] }> {
  const items: Array<{ kind: string; names: string[] }> = [];
  for (const doc of parseAllDocuments(text)) {
    const data = (doc as { toJS(): unknown }).toJS() as unknown;
    for (const d of Array.isArray(data) ? data : [data]) {
      if (!d || typeof d !== 'object') continue;
      const o = d as Record<string, unknown>;
      const spec = (o.spec ?? {}) as Record<string, unknown>;
      const slos = (o.slos ?? spec.slos) as Array<{ name: string }> | undefined;
      if (slos) for (const s of slos) items.push({ kind: 'SLO', names: [s.name] });
      else {
        const name = (o.metadata as { name?: string } | undefined)?.name;
        items.push({ kind: String(o.kind), names: name ? [name] : [] });
      }
    }
  }
  return items;
}

const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

describe('the public examples of OpenSLO and Sloth', () => {
  for (const kind of ['openslo', 'sloth'] as const) {
    const files = fixtureFiles(kind);
    it(`finds the ${kind} examples`, () => {
      expect(files.length).toBeGreaterThanOrEqual(kind === 'openslo' ? 11 : 15);
    });
    for (const file of files) {
      it(`${kind}: ${file.split('/').pop()} converts, or says per item why not`, async () => {
        const dir = folder();
        const run = await slac(dir, 'import', kind, file, '--owner', '@acme/sre');
        expect(run.stderr).toBe('');
        expect([0, 1]).toContain(run.code);
        const slas = written(dir);
        // Every file written is a valid SLA that says where it came from.
        for (const [path, text] of Object.entries(slas)) {
          expect(text.startsWith(`# Imported by "slac import ${kind}" from ${file}`)).toBe(true);
          slaOf(path, text);
        }
        const check = await slac(dir, 'validate');
        expect(check.code, check.stdout).toBe(Object.keys(slas).length > 0 ? 0 : 1);
        // Every item is an objective of a written SLA, or named in a line that says why not.
        const all = Object.values(slas).join('\n');
        const reported = run.stdout
          .split('\n')
          .filter(
            (l) =>
              l.startsWith(`${file}:`) &&
              / (not converted|error): | note: .*nothing to import/.test(l),
          );
        for (const item of itemNames(readFileSync(file, 'utf8'))) {
          const converted = item.names.some((n) => all.includes(`id: ${kebab(n)}`));
          const said = reported.some((l) =>
            item.names.length > 0
              ? item.names.some((n) => l.includes(` ${n}`))
              : l.includes(item.kind),
          );
          expect(converted || said, `${item.kind} ${item.names.join(',')}:\n${run.stdout}`).toBe(
            true,
          );
        }
        if (run.code === 0) expect(Object.keys(slas).length).toBeGreaterThan(0);
        else expect(reported.length).toBeGreaterThan(0);
      });
    }
  }

  it('a folder of Sloth specs becomes a valid slac repository in one command', async () => {
    const dir = folder();
    const run = await slac(
      dir,
      'import',
      'sloth',
      join(root, 'test', 'fixtures', 'interop', 'sloth'),
      '--owner',
      '@acme/sre',
    );
    expect(run.code).toBe(0); // the alert windows hold no objective: a note, not a failure
    expect(run.stdout).toMatch(
      /windows-7d\.yaml:2:7 note: AlertWindows: Sloth alert windows .* nothing to import/,
    );
    expect(Object.keys(written(dir))).toEqual([
      'slas/foo-bar.yaml',
      'slas/home-wifi.yaml',
      'slas/k8s-apiserver.yaml',
      'slas/my-service.yaml',
      'slas/myapp.yaml',
      'slas/myservice.yaml',
      'slas/myservice2.yaml',
    ]);
    const check = await slac(dir, 'validate');
    expect(check.stdout).toBe('7 files checked: all valid\n');
    expect(check.code).toBe(0);
  });
});

const GETTING_STARTED = readFileSync(
  join(root, 'test', 'fixtures', 'interop', 'sloth', 'getting-started.yml'),
  'utf8',
);

describe('slac import sloth', () => {
  it('writes one SLA per service with the objective, its target and good = total − errors', async () => {
    const dir = folder({ 'specs/myservice.yml': GETTING_STARTED });
    const run = await slac(dir, 'import', 'sloth', 'specs/myservice.yml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'wrote slas/myservice.yaml (1 objective from specs/myservice.yml)\n',
    );
    const text = written(dir)['slas/myservice.yaml'] as string;
    expect(text)
      .toBe(`# Imported by "slac import sloth" from specs/myservice.yml (Sloth prometheus/v1) on 2026-11-23.
# Not in the source, so written here to be checked: the owner, spec.effective, spec.service.summary, and what the
# contract adds to the SLOs (support, maintenance, credits, contacts). See docs/interop.md.
apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: myservice
  title: myservice
  owner: "@myteam"
  tier: "2"
spec:
  service:
    name: myservice
    summary: "myservice (imported without a description): describe here what the service does for customers."
  effective:
    from: 2026-11-23
  objectives:
    - id: requests-availability
      title: Common SLO based on availability for HTTP request responses.
      indicator: availability
      target: 99.9%
      window: 30d
      prometheus:
        good: (sum(increase(http_request_duration_seconds_count{job="myservice"}[{{range}}]))) - ((sum(increase(http_request_duration_seconds_count{job="myservice",code=~"(5..|429)"}[{{range}}]))) or vector(0))
        total: sum(increase(http_request_duration_seconds_count{job="myservice"}[{{range}}]))
`);
    // The owner label is a plain name: read as a GitHub user, and the import says so.
    expect(run.stdout).toContain(
      'owner @myteam comes from label owner: myteam, read as a GitHub user; if it is a team, pass --owner @org/team',
    );
  });

  it('takes --window for the period Sloth gets on its command line, and --owner over the labels', async () => {
    const dir = folder({ 'a.yml': GETTING_STARTED });
    const run = await slac(
      dir,
      'import',
      'sloth',
      'a.yml',
      '--window',
      '28d',
      '--owner',
      '@acme/payments',
    );
    expect(run.code).toBe(0);
    const sla = slasOf(dir)[0] as Sla;
    expect(sla.owner).toBe('@acme/payments');
    expect(sla.objectives[0]?.window).toEqual({ kind: 'rolling', seconds: 28 * 86_400 });
  });

  it('keeps a latency SLO written as total minus fast requests as the share of fast requests', async () => {
    const dir = folder();
    await slac(
      dir,
      'import',
      'sloth',
      join(root, 'test/fixtures/interop/sloth/kubernetes-apiserver.yml'),
      '--owner',
      '@acme/k8s',
    );
    const latency = slasOf(dir)[0]?.objectives.find((o) => o.id === 'requests-latency');
    expect(latency?.indicator).toBe('success-rate');
    expect(latency?.target).toEqual({ kind: 'percent', value: 99 });
    expect(latency?.prometheus).toEqual({
      kind: 'ratio',
      good: 'sum(increase(apiserver_request_duration_seconds_bucket{le="0.4",verb!="WATCH"}[{{range}}]))',
      total: 'sum(increase(apiserver_request_duration_seconds_count{verb!="WATCH"}[{{range}}]))',
    });
  });

  it('imports a raw error ratio as a custom percentage of good events', async () => {
    const dir = folder();
    await slac(
      dir,
      'import',
      'sloth',
      join(root, 'test/fixtures/interop/sloth/raw-home-wifi.yml'),
      '--owner',
      '@home/wifi',
    );
    const o = slasOf(dir)[0]?.objectives[0];
    expect(o?.indicator).toBe('custom');
    expect(o?.better).toBe('higher');
    expect(o?.target).toEqual({ kind: 'percent', value: 95 });
    expect(o?.prometheus).toEqual({
      kind: 'value',
      value:
        '100 * (1 - (1 - (\n  sum(sum_over_time(unifipoller_client_satisfaction_ratio[{{range}}]))\n  /\n  sum(count_over_time(unifipoller_client_satisfaction_ratio[{{range}}]))\n)))',
    });
  });

  it('says to pass --owner when the spec names none, and writes nothing for that service', async () => {
    const dir = folder();
    const file = join(root, 'test/fixtures/interop/sloth/kubernetes-apiserver.yml');
    const run = await slac(dir, 'import', 'sloth', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `${file}:20:1 error: service k8s-apiserver: not written: the spec names no owner (no label or annotation owner, team or slac.dev/owner); pass --owner @org/team`,
    );
    expect(written(dir)).toEqual({});
  });

  it('names SLOs whose SLI comes from a plugin, and imports the others of the spec', async () => {
    const spec = `version: prometheus/v1
service: shop
labels: { owner: "@acme/shop" }
slos:
  - name: plugged
    objective: 99
    sli: { plugin: { id: sloth-common/kubernetes/apiserver/availability } }
    alerting: { page_alert: { disable: true }, ticket_alert: { disable: true } }
  - name: checkout-availability
    objective: 99.95
    sli:
      events:
        error_query: sum(rate(http_requests_total{code=~"5.."}[{{ .window }}]))
        total_query: sum(rate(http_requests_total[{{ .window }}]))
    alerting: { page_alert: { disable: true }, ticket_alert: { disable: true } }
`;
    const dir = folder({ 'shop.yml': spec });
    const run = await slac(dir, 'import', 'sloth', 'shop.yml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'shop.yml:7:20 not converted: SLO plugged: the SLI comes from the Sloth plugin sloth-common/kubernetes/apiserver/availability',
    );
    const sla = slasOf(dir)[0] as Sla;
    expect(sla.owner).toBe('@acme/shop');
    expect(sla.objectives.map((o) => [o.id, o.target])).toEqual([
      ['checkout-availability', { kind: 'percent', value: 99.95 }],
    ]);
    expect(sla.objectives[0]?.prometheus).toEqual({
      kind: 'ratio',
      good: '(sum(increase(http_requests_total[{{range}}]))) - ((sum(increase(http_requests_total{code=~"5.."}[{{range}}]))) or vector(0))',
      total: 'sum(increase(http_requests_total[{{range}}]))',
    });
  });

  it('sends OpenSLO v1 files to slac import openslo', async () => {
    const dir = folder({
      'slo.yaml': readFileSync(join(root, 'test/fixtures/interop/openslo/v1_slos.yaml')),
    });
    const run = await slac(dir, 'import', 'sloth', 'slo.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'slo.yaml:1:15 not converted: this is an OpenSLO object (apiVersion: openslo/v1), which Sloth does not read; import it with "slac import openslo"',
    );
  });
});

const SERVICE = `apiVersion: openslo/v1
kind: Service
metadata:
  name: checkout
  displayName: Checkout
  annotations: { slac.dev/owner: "@acme/checkout" }
  labels: { tier: gold }
spec:
  description: Takes payment for a cart.
`;

const ratioSlo = (
  name: string,
  objective: string,
  window: string,
  extra = '',
) => `apiVersion: openslo/v1
kind: SLO
metadata: { name: ${name}, displayName: ${name} }
spec:
  service: checkout
  indicatorRef: checkout-requests
  budgetingMethod: Occurrences
  timeWindow:
${window}
  objectives:
${objective}
${extra}`;

const SLI = `apiVersion: openslo/v1
kind: SLI
metadata: { name: checkout-requests }
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource: { metricSourceRef: prom, spec: { query: 'sum(http_requests_total{job="checkout",code=~"5.."})' } }
    total:
      metricSource: { metricSourceRef: prom, spec: { query: 'sum(http_requests_total{job="checkout"})' } }
---
apiVersion: openslo/v1
kind: DataSource
metadata: { name: prom }
spec: { type: Prometheus, connectionDetails: [{ url: http://prometheus:9090 }] }
`;

describe('slac import openslo', () => {
  it('joins a Service, SLOs and an SLI referenced across files; converts targets and windows', async () => {
    const dir = folder({
      'openslo/service.yaml': SERVICE,
      'openslo/sli.yaml': SLI,
      'openslo/slos.yaml': [
        ratioSlo(
          'availability-28d',
          '    - target: 0.9995',
          '    - duration: 28d\n      isRolling: true',
        ),
        ratioSlo(
          'availability-month',
          '    - targetPercent: 99.5',
          '    - duration: 1M\n      calendar: { startTime: 2026-01-01 00:00:00, timeZone: Europe/Berlin }',
        ),
        ratioSlo(
          'quarterly',
          '    - target: 0.99',
          '    - { duration: 1Q, isRolling: false, calendar: { startTime: 2026-01-01 00:00:00, timeZone: UTC } }',
        ),
      ].join('---\n'),
    });
    const run = await slac(dir, 'import', 'openslo', 'openslo');
    expect(run.stdout).toContain('wrote slas/checkout.yaml (3 objectives from openslo/slos.yaml)');
    // The data source's connection is not imported, and the import says so.
    expect(run.stdout).toMatch(
      /openslo\/sli\.yaml:\d+:\d+ not converted: DataSource prom: connection details are not imported/,
    );
    expect(run.stdout).toMatch(
      /note: SLO availability-month: the calendar's time zone Europe\/Berlin is not kept/,
    );
    const sla = slasOf(dir)[0] as Sla;
    expect([sla.id, sla.title, sla.owner, sla.tier, sla.service.summary]).toEqual([
      'checkout',
      'Checkout',
      '@acme/checkout',
      'gold',
      'Takes payment for a cart.',
    ]);
    expect(sla.objectives.map((o) => [o.id, o.indicator, o.target, o.window])).toEqual([
      [
        'availability-28d',
        'availability',
        { kind: 'percent', value: 99.95 },
        { kind: 'rolling', seconds: 28 * 86_400 },
      ],
      [
        'availability-month',
        'availability',
        { kind: 'percent', value: 99.5 },
        { kind: 'calendar', unit: 'month', seconds: 2_629_746 },
      ],
      [
        'quarterly',
        'success-rate',
        { kind: 'percent', value: 99 },
        { kind: 'calendar', unit: 'quarter', seconds: 7_889_238 },
      ],
    ]);
    // bad/total of counters: good = total − bad, over the period.
    expect(sla.objectives[0]?.prometheus).toEqual({
      kind: 'ratio',
      good: '(sum(increase(http_requests_total{job="checkout"}[{{range}}]))) - ((sum(increase(http_requests_total{job="checkout",code=~"5.."}[{{range}}]))) or vector(0))',
      total: 'sum(increase(http_requests_total{job="checkout"}[{{range}}]))',
    });
    expect(run.code).toBe(1);
  });

  it('says why a window, a target or an SLO cannot be converted, at its line', async () => {
    const dir = folder({
      'openslo.yaml': [
        SERVICE,
        SLI,
        ratioSlo(
          'minutes',
          '    - target: 0.99',
          '    - duration: 1m\n      calendar: { startTime: 2022-01-01 12:00:00, timeZone: UTC }',
        ),
        ratioSlo(
          'rolling-month',
          '    - target: 0.99',
          '    - duration: 1M\n      isRolling: true',
        ),
        ratioSlo(
          'percent-as-target',
          '    - target: 99.9',
          '    - duration: 28d\n      isRolling: true',
        ),
        ratioSlo(
          'composite',
          '    - target: 0.99\n      indicatorRef: checkout-requests',
          '    - duration: 28d\n      isRolling: true',
        ),
      ].join('---\n'),
    });
    const run = await slac(dir, 'import', 'openslo', 'openslo.yaml');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const line = (needle: string) =>
      lines.find((l) => l.includes(needle)) ?? `(no line with ${needle})\n${run.stdout}`;
    expect(line('SLO minutes')).toMatch(
      /^openslo\.yaml:\d+:\d+ not converted: SLO minutes: duration 1m is 1 minute in OpenSLO \(a month is 1M\)/,
    );
    expect(line('SLO rolling-month')).toContain('a rolling 1M has no fixed length');
    expect(line('SLO percent-as-target')).toContain(
      'target 99.9 is not a fraction from 0 to 1: OpenSLO writes 99.9% as target: 0.999 or targetPercent: 99.9',
    );
    expect(line('SLO composite')).toContain('this is a composite SLO');
    expect(written(dir)).toEqual({});
  });

  it('imports a threshold SLI as the quantile of its points, and a raw ratio as a percentage', async () => {
    const dir = folder({
      'slos.yaml': `${SERVICE}---
apiVersion: openslo/v1
kind: SLO
metadata: { name: lag }
spec:
  service: checkout
  budgetingMethod: Occurrences
  timeWindow: [{ duration: 7d, isRolling: true }]
  indicator:
    metadata: { name: lag }
    spec:
      thresholdMetric:
        metricSource: { type: Prometheus, spec: { query: 'sum(kafka_consumergroup_lag{consumergroup="checkout"})' } }
  objectives: [{ displayName: Queue lag, op: lt, value: 500, target: 0.99 }]
---
apiVersion: openslo/v1
kind: SLO
metadata: { name: satisfaction }
spec:
  service: checkout
  budgetingMethod: Occurrences
  timeWindow: [{ duration: 28d, isRolling: true }]
  indicator:
    metadata: { name: satisfaction }
    spec:
      ratioMetric:
        rawType: success
        raw: { metricSource: { type: Prometheus, spec: { query: 'avg(avg_over_time(satisfaction_ratio[{{.window}}]))' } } }
  objectives: [{ targetPercent: 95 }]
`,
    });
    const run = await slac(dir, 'import', 'openslo', 'slos.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [lag, satisfaction] = (slasOf(dir)[0] as Sla).objectives;
    expect([lag?.indicator, lag?.better, lag?.target, lag?.prometheus]).toEqual([
      'custom',
      'lower',
      { kind: 'quantity', value: 500, unit: '' },
      {
        kind: 'value',
        value:
          'quantile_over_time(0.99, (sum(kafka_consumergroup_lag{consumergroup="checkout"}))[{{range}}:])',
      },
    ]);
    expect(lag?.measurement).toContain(
      'At least 99% of the data points of the indicator are below 500',
    );
    expect([satisfaction?.indicator, satisfaction?.target, satisfaction?.prometheus]).toEqual([
      'custom',
      { kind: 'percent', value: 95 },
      { kind: 'value', value: '100 * (avg(avg_over_time(satisfaction_ratio[{{range}}])))' },
    ]);
  });

  it('imports an SLO read from Datadog without queries, and says so', async () => {
    const dir = folder({
      'slo.yaml': `${SERVICE}---
apiVersion: openslo/v1
kind: SLO
metadata: { name: search }
spec:
  service: checkout
  budgetingMethod: Occurrences
  timeWindow: [{ duration: 30d, isRolling: true }]
  indicator:
    metadata: { name: search }
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Datadog, spec: { query: 'sum:hits{status:200}.as_count()' } } }
        total: { metricSource: { type: Datadog, spec: { query: 'sum:hits{*}.as_count()' } } }
  objectives: [{ target: 0.999 }]
`,
    });
    const run = await slac(dir, 'import', 'openslo', 'slo.yaml');
    expect(run.stdout).toMatch(
      /note: SLO search: good is read from Datadog, and slac measures from Prometheus only; the objective is imported without prometheus queries/,
    );
    expect(slasOf(dir)[0]?.objectives[0]?.prometheus).toBeUndefined();
    expect(run.code).toBe(0);
  });
});

describe('files already there', () => {
  it('never overwrites a file, and says which SLA was not written', async () => {
    const dir = folder({ 'a.yml': GETTING_STARTED, 'slas/myservice.yaml': 'hand written\n' });
    const run = await slac(dir, 'import', 'sloth', 'a.yml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'slas/myservice.yaml error: exists and is not overwritten: SLA myservice was not written',
    );
    expect(readFileSync(join(dir, 'slas/myservice.yaml'), 'utf8')).toBe('hand written\n');
  });

  it('does not write an SLA whose id another SLA of the repository has', async () => {
    const dir = folder({ 'a.yml': GETTING_STARTED });
    await slac(dir, 'import', 'sloth', 'a.yml', '--out', 'slas/old');
    const run = await slac(dir, 'import', 'sloth', 'a.yml');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /slas\/myservice\.yaml error: not written: the repository already has an SLA myservice, in slas\/old\/myservice\.yaml/,
    );
    expect(existsSync(join(dir, 'slas/myservice.yaml'))).toBe(false);
  });

  it('says when --out is a file, for import and export', async () => {
    const dir = folder({ 'a.yml': GETTING_STARTED, taken: 'a file\n' });
    const run = await slac(dir, 'import', 'sloth', 'a.yml', '--out', 'taken');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^taken\/myservice\.yaml error: cannot write: /m);
    await slac(dir, 'import', 'sloth', 'a.yml');
    const exported = await slac(dir, 'export', 'sloth', '--out', 'taken');
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/^slac export: cannot write into taken: /);
  });

  it('writes where the slas glob of .slac.yml starts, or into --out', async () => {
    const dir = folder({ '.slac.yml': 'slas: "contracts/**/*.yaml"\n', 'a.yml': GETTING_STARTED });
    expect((await slac(dir, 'import', 'sloth', 'a.yml')).stdout).toContain(
      'wrote contracts/myservice.yaml',
    );
    const other = folder({ 'a.yml': GETTING_STARTED });
    const run = await slac(other, 'import', 'sloth', 'a.yml', '--out', 'elsewhere');
    expect(run.stdout).toContain(
      'wrote elsewhere/myservice.yaml (1 objective from a.yml) — not selected by the slas glob of .slac.yml',
    );
  });
});

describe('bad and hostile input', () => {
  const hostile: Array<[string, string | Buffer, RegExp]> = [
    [
      'malformed YAML',
      'version: prometheus/v1\nservice: [unclosed\nslos: []\n',
      /^bad\.yml:\d+:\d+ error: /m,
    ],
    [
      'tabs',
      'version: prometheus/v1\n\tservice: x\n',
      /^bad\.yml:2:1 error: a tab indents this line, .*indent with spaces/m,
    ],
    [
      'a list of scalars',
      '- 1\n- 2\n',
      /^bad\.yml:1:3 error: expected an object with apiVersion \(or version\) and kind, found the number 1/m,
    ],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      /^bad\.yml:1:1 error: aliases expand beyond 1000 nodes/m,
    ],
    [
      'invalid UTF-8',
      Buffer.from([0x76, 0x65, 0x72, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
      /^bad\.yml:1:6 error: invalid UTF-8 at byte 5/m,
    ],
    [
      'deep nesting',
      `version: prometheus/v1\nservice: ${'['.repeat(200)}${']'.repeat(200)}\n`,
      /^bad\.yml:2:\d+ error: nesting deeper than 64 levels/m,
    ],
    [
      'an objective that is text',
      'version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: high\n    sli: { events: { error_query: a, total_query: b } }\n',
      /^bad\.yml:5:16 not converted: SLO a: objective must be a number, not the text "high"/m,
    ],
    [
      'slos that are text',
      'version: prometheus/v1\nservice: x\nslos: many\n',
      /^bad\.yml:3:7 not converted: Sloth spec: slos must be a list, not the text "many"/m,
    ],
    [
      'a query that is a number',
      'version: prometheus/v1\nservice: x\nlabels: { owner: "@a" }\nslos:\n  - name: a\n    objective: 99\n    sli: { events: { error_query: 5, total_query: b } }\n',
      /^bad\.yml:7:35 not converted: SLO a: sli\.events\.error_query must be text, not the number 5/m,
    ],
    [
      'an objective above 100',
      'version: prometheus/v1\nservice: x\nslos:\n  - name: a\n    objective: 999\n    sli: { events: { error_query: a, total_query: b } }\n',
      /objective 999 is not a percentage above 0 and at most 100/,
    ],
    [
      'an unknown Sloth version',
      'version: prometheus/v2\nservice: x\nslos: []\n',
      /^bad\.yml:1:10 not converted: Sloth spec: Sloth spec version prometheus\/v2 is not known/m,
    ],
    [
      'a file of something else',
      'name: my-app\nreplicas: 3\n',
      /^bad\.yml:1:1 not converted: not a Sloth spec/m,
    ],
    ['an empty file', '', /^0 SLAs written$/m],
  ];
  for (const [what, content, message] of hostile) {
    it(`${what}: a clear message with the file and line, never a crash`, async () => {
      const dir = folder({ 'bad.yml': content });
      const run = await slac(dir, 'import', 'sloth', 'bad.yml');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(message);
      expect(written(dir)).toEqual({});
    });
  }

  it('caps the objectives of one SLA, and scans a long query in linear time', async () => {
    const slos = Array.from(
      { length: 1200 },
      (_, i) =>
        `  - { name: s${i}, objective: 99.9, sli: { events: { error_query: 'sum(rate(e${i}[{{.window}}]))', total_query: 'sum(rate(t[{{.window}}]))' } } }`,
    );
    const nested = `${'rate('.repeat(3000)}x[{{.window}}]${')'.repeat(3000)}`;
    const dir = folder({
      'many.yml': `version: prometheus/v1\nservice: big\nlabels: { owner: '@a' }\nslos:\n${slos.join('\n')}\n`,
      'long.yml': `version: prometheus/v1\nservice: long\nlabels: { owner: '@a' }\nslos:\n  - name: a\n    objective: 99\n    sli: { events: { error_query: '${nested}', total_query: 'sum(rate(t[{{.window}}]))' } }\n  - name: b\n    objective: 99\n    sli: { events: { error_query: '${'('.repeat(25_000)}', total_query: t } }\n`,
    });
    const started = Date.now();
    const run = await slac(dir, 'import', 'sloth', 'many.yml', 'long.yml');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.stdout).toContain(
      'many.yml:1005:5 not converted: SLO s1000: service big has 1000 objectives already, as many as an import writes in one SLA; split the spec',
    );
    expect(run.stdout).toContain('wrote slas/big.yaml (1000 objectives from many.yml)');
    expect(run.stdout).toMatch(
      /long\.yml:10:\d+ not converted: SLO b: sli\.events\.error_query is 25000 characters long; the import reads names and queries of up to 20000/,
    );
    expect(slasOf(dir).find((s) => s.id === 'long')?.objectives[0]?.prometheus).toMatchObject({
      kind: 'ratio',
      total: 'sum(increase(t[{{range}}]))',
    });
  }, 60_000);

  it('refuses a huge file before reading it', async () => {
    const dir = folder({ 'huge.yml': `version: prometheus/v1\n#${'x'.repeat(1024 * 1024)}\n` });
    const run = await slac(dir, 'import', 'sloth', 'huge.yml');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'huge.yml error: file is 1048601 bytes, more than the 1048576 an import reads',
    );
  });

  it('names a missing file, and usage errors exit 2', async () => {
    const dir = folder();
    const missing = await slac(dir, 'import', 'sloth', 'nope.yml');
    expect(missing.stdout).toContain('nope.yml error: no such file or folder');
    expect(missing.code).toBe(1);
    expect((await slac(dir, 'import', 'pyrra', 'a.yml')).stderr).toContain(
      'the format to import is openslo or sloth; got "pyrra"',
    );
    expect((await slac(dir, 'import', 'sloth')).code).toBe(2);
    expect((await slac(dir, 'import', 'sloth', 'a.yml', '--owner', 'acme')).stderr).toContain(
      '--owner must be a GitHub user "@login" or team "@org/team-slug"; got "acme"',
    );
    expect((await slac(dir, 'import', 'sloth', 'a.yml', '--window', '1 month')).code).toBe(2);
    expect((await slac(dir, 'export', 'pyrra')).stderr).toContain(
      'say which format to export: sloth or openslo; got "pyrra"',
    );
  });
});

// ---------------------------------------------------------------------------------------
// Export

const REPO_SLA = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata: { id: payments-api, title: Payments API, owner: '@acme/payments', tier: gold }
spec:
  service: { name: Payments API, summary: Card payments. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Monthly uptime
      description: The share of requests answered without a server error.
      indicator: availability
      target: 99.95%
      window: month
      prometheus:
        good: sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))
        total: sum(increase(http_requests_total{job="payments"}[{{range}}]))
    - id: errors
      title: Failed payments
      indicator: error-rate
      target: 0.1%
      window: 28d
      prometheus:
        good: sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))
        total: sum(increase(http_requests_total{job="payments"}[{{range}}]))
    - id: quarterly
      title: Successful payments each quarter
      indicator: success-rate
      target: 99.9%
      window: quarter
      prometheus:
        good: sum(increase(http_requests_total{job="payments",code!~"5.."}[{{range}}]))
        total: sum(increase(http_requests_total{job="payments"}[{{range}}]))
    - id: checkout-latency
      title: Fast checkout
      indicator: latency
      percentile: 95
      target: 300ms
      window: month
      prometheus:
        value: histogram_quantile(0.95, sum by (le) (increase(http_request_duration_seconds_bucket{job="payments"}[{{range}}])))
    - id: satisfaction
      title: Satisfied sessions
      indicator: custom
      better: higher
      target: 95%
      window: 28d
      prometheus:
        value: 100 * (1 - (avg(avg_over_time(session_error_ratio[{{range}}]))))
    - id: support
      title: First response
      indicator: response-time
      target: 4h
      window: month
`;

/**
 * What Sloth's loader and validator check of a prometheus/v1 spec (pkg/common/validation/
 * slo.go, internal/storage/io/sloth.go at slok/sloth 0e395d8): the version, at least one SLO,
 * names, an objective in (0, 100], one SLI kind with {{.window}} in each query and different
 * error and total queries, alert names where alerts are on, valid label names.
 */
function slothProblems(spec: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const NAME = /^[A-Za-z0-9][-A-Za-z0-9_.]*[A-Za-z0-9]$/;
  const WINDOW = /\{\{ *\.window *\}\}/;
  const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
  if (spec.version !== 'prometheus/v1') problems.push('version');
  if (typeof spec.service !== 'string' || !NAME.test(spec.service)) problems.push('service');
  const labels = (l: unknown, where: string) => {
    for (const [k, v] of Object.entries((l ?? {}) as Record<string, unknown>))
      if (!LABEL.test(k) || typeof v !== 'string' || v === '') problems.push(`${where} label ${k}`);
  };
  labels(spec.labels, 'spec');
  interface SlothSlo {
    name: string;
    objective: unknown;
    labels?: unknown;
    sli?: {
      events?: { error_query: string; total_query: string };
      raw?: { error_ratio_query: string };
    };
    alerting?: { name?: string } & Partial<
      Record<'page_alert' | 'ticket_alert', { disable?: boolean; labels?: unknown }>
    >;
  }
  const slos = spec.slos as SlothSlo[];
  if (!Array.isArray(slos) || slos.length === 0) problems.push('slos');
  for (const slo of slos ?? []) {
    if (!NAME.test(slo.name) || !NAME.test(`${String(spec.service)}-${slo.name}`))
      problems.push(`name ${slo.name}`);
    if (!(typeof slo.objective === 'number' && slo.objective > 0 && slo.objective <= 100))
      problems.push(`objective ${slo.name}`);
    labels(slo.labels, slo.name);
    const { events, raw } = slo.sli ?? {};
    if (!!events === !!raw) problems.push(`sli ${slo.name}`);
    if (events) {
      if (!WINDOW.test(events.error_query) || !WINDOW.test(events.total_query))
        problems.push(`window ${slo.name}`);
      if (events.error_query === events.total_query) problems.push(`same queries ${slo.name}`);
    }
    if (raw && !WINDOW.test(raw.error_ratio_query)) problems.push(`window ${slo.name}`);
    for (const a of ['page_alert', 'ticket_alert'] as const)
      if (!slo.alerting?.[a]?.disable && !slo.alerting?.name)
        problems.push(`alert name ${slo.name}`);
    labels(slo.alerting?.page_alert?.labels, slo.name);
    labels(slo.alerting?.ticket_alert?.labels, slo.name);
  }
  for (const [k] of Object.entries(spec))
    if (!['version', 'service', 'labels', 'slo_plugins', 'slos'].includes(k))
      problems.push(`unknown key ${k}`);
  return problems;
}

/** The objectives as they are compared after a trip through another format. */
function comparable(sla: Sla, keepDescription: boolean) {
  return [...sla.objectives]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((o) => {
      const { description, ...rest } = o;
      return keepDescription && description !== undefined ? { ...rest, description } : rest;
    });
}

describe('slac export sloth', () => {
  it('writes a spec per Sloth period that Sloth accepts, and names what it cannot hold', async () => {
    const dir = folder({ 'slas/payments.yaml': REPO_SLA });
    const run = await slac(dir, 'export', 'sloth', '--out', 'sloth');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "slas/payments.yaml:33:7 not converted: objective checkout-latency: Sloth's SLIs are shares of good events, and a latency objective measures one value — a success-rate objective counting the requests faster than the target exports (see docs/measure.md)",
    );
    expect(run.stdout).toContain(
      'slas/payments.yaml:49:7 not converted: objective support: it has no prometheus queries to export',
    );
    expect(readdirSync(join(dir, 'sloth')).sort()).toEqual([
      'payments-api-28d.yaml',
      'payments-api-30d.yaml',
      'payments-api-90d.yaml',
    ]);
    const month = readFileSync(join(dir, 'sloth/payments-api-30d.yaml'), 'utf8');
    expect(month)
      .toBe(`# Exported by "slac export sloth" from slas/payments.yaml (slac/v1): the objectives of SLA payments-api that Sloth can alert on.
# Generate the rules with: sloth generate -i payments-api-30d.yaml --default-slo-period=30d
# Sloth's periods roll: uptime (month) is alerted on over a rolling 30d; slac reports per calendar period.
# Edit the SLA, not this file: export again after a change.
version: prometheus/v1
service: payments-api
labels:
  owner: "@acme/payments"
  tier: gold
slos:
  - name: uptime
    objective: 99.95
    description: Monthly uptime
    labels:
      category: availability
      slac_window: month
    sli:
      events:
        error_query: (sum(rate(http_requests_total{job="payments"}[{{.window}}]))) - (sum(rate(http_requests_total{job="payments",code!~"5.."}[{{.window}}])))
        total_query: sum(rate(http_requests_total{job="payments"}[{{.window}}]))
    alerting:
      name: PaymentsApiUptime
      page_alert:
        labels:
          severity: critical
      ticket_alert:
        labels:
          severity: warning
`);
    for (const name of readdirSync(join(dir, 'sloth'))) {
      const spec = parseYaml(readFileSync(join(dir, 'sloth', name), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(slothProblems(spec), name).toEqual([]);
    }
    // The error-rate objective is the complement in Sloth's terms: 0.1% errors is 99.9% good.
    const errors = parseYaml(readFileSync(join(dir, 'sloth/payments-api-28d.yaml'), 'utf8')) as {
      slos: Array<{ name: string; objective: number }>;
    };
    expect(errors.slos.map((s) => [s.name, s.objective])).toEqual([
      ['errors', 99.9],
      ['satisfaction', 95],
    ]);
  });

  it('names an objective whose id Sloth would refuse as a name', async () => {
    const dir = folder({ 'slas/payments.yaml': REPO_SLA.replace('- id: uptime', '- id: u') });
    const run = await slac(dir, 'export', 'sloth');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'slas/payments.yaml:8:7 not converted: objective u: Sloth names have at least two characters',
    );
    expect(run.stdout).not.toContain('name: u\n');
  });

  it('says in JSON what it wrote and what it left out', async () => {
    const dir = folder({ 'slas/payments.yaml': REPO_SLA });
    const run = await slac(dir, 'export', 'openslo', '--out', 'openslo', '--format', 'json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      files: Array<Record<string, unknown>>;
      notices: Array<Record<string, unknown>>;
    };
    expect(json.files).toEqual([
      {
        name: 'payments-api.yaml',
        path: 'openslo/payments-api.yaml',
        sla: 'payments-api',
        objectives: 4,
        status: 'written',
      },
    ]);
    expect(json.notices.map((n) => [n.file, n.line, n.level, n.item])).toEqual([
      ['slas/payments.yaml', 33, 'not-converted', 'objective checkout-latency'],
      ['slas/payments.yaml', 49, 'not-converted', 'objective support'],
    ]);
    const imported = await slac(
      folder(),
      'import',
      'openslo',
      join(dir, 'openslo'),
      '--format',
      'json',
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      written: [
        {
          path: 'slas/payments-api.yaml',
          sla: 'payments-api',
          objectives: 4,
          sources: [join(dir, 'openslo/payments-api.yaml')],
          selected: true,
        },
      ],
      notices: [],
    });
  });

  it('never overwrites an exported file; an unchanged one is up to date', async () => {
    const dir = folder({ 'slas/payments.yaml': REPO_SLA });
    await slac(dir, 'export', 'sloth', '--out', 'sloth');
    const again = await slac(dir, 'export', 'sloth', '--out', 'sloth');
    expect(again.stdout).toContain('sloth/payments-api-30d.yaml is up to date');
    expect(again.code).toBe(0);
    writeFileSync(join(dir, 'sloth/payments-api-30d.yaml'), '# mine\n');
    const changed = await slac(dir, 'export', 'sloth', '--out', 'sloth');
    expect(changed.stdout).toContain(
      'sloth/payments-api-30d.yaml exists and is not overwritten: delete it and export again to replace it',
    );
    expect(changed.code).toBe(1);
    expect(readFileSync(join(dir, 'sloth/payments-api-30d.yaml'), 'utf8')).toBe('# mine\n');
  });

  it('refuses to export from invalid SLA files, and says when nothing has queries', async () => {
    const invalid = await slac(
      folder({ 'slas/a.yaml': 'apiVersion: slac/v1\n' }),
      'export',
      'sloth',
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('slac export: fix the SLA files first');
    const none = await slac(
      folder({ 'slas/a.yaml': REPO_SLA.replace(/ {6}prometheus:\n( {8}.*\n)+/g, '') }),
      'export',
      'openslo',
    );
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(
      'slac export: no objective can be exported to OpenSLO: add prometheus queries to the objectives',
    );
  });
});

describe('round trips', () => {
  it('export → import gives the same objectives (Sloth: all but the longer description)', async () => {
    const dir = folder({ 'slas/payments.yaml': REPO_SLA });
    const original = slasOf(dir)[0] as Sla;
    const exportable = (s: Sla) => ({
      ...s,
      objectives: s.objectives.filter((o) => o.prometheus && o.indicator !== 'latency'),
    });
    for (const format of ['sloth', 'openslo'] as const) {
      expect((await slac(dir, 'export', format, '--out', format)).code).toBe(0);
      const back = folder();
      const run = await slac(back, 'import', format, join(dir, format));
      expect(run.code, run.stdout).toBe(0);
      const imported = slasOf(back)[0] as Sla;
      expect(comparable(imported, format === 'openslo')).toEqual(
        comparable(exportable(original), format === 'openslo'),
      );
      expect([imported.id, imported.owner, imported.tier]).toEqual([
        original.id,
        original.owner,
        original.tier,
      ]);
      if (format === 'openslo')
        expect([imported.title, imported.service.summary]).toEqual([
          original.title,
          original.service.summary,
        ]);
    }
  });

  for (const [format, files] of [
    [
      'sloth',
      [
        'getting-started.yml',
        'kubernetes-apiserver.yml',
        'home-wifi.yml',
        'raw-home-wifi.yml',
        'multifile.yml',
        'k8s-getting-started.yml',
        'no-alerts.yml',
      ],
    ],
    [
      'openslo',
      ['../sloth/openslo-kubernetes-apiserver.yml', '../sloth/openslo-getting-started.yml'],
    ],
  ] as const) {
    it(`${format}: import → export → import gives the same SLAs`, async () => {
      const first = folder();
      const paths = files.map((f) => join(root, 'test/fixtures/interop', format, f));
      await slac(first, 'import', format, ...paths, '--owner', '@acme/sre');
      const before = slasOf(first);
      expect(before.length).toBeGreaterThan(0);
      expect((await slac(first, 'export', format, '--out', 'exported')).code).toBe(0);
      const second = folder();
      const run = await slac(second, 'import', format, join(first, 'exported'));
      expect(run.stdout).not.toMatch(/not converted|error/);
      expect(slasOf(second)).toEqual(before);
    });
  }
});
