// Deterministic generator of realistic SLA repositories for the benchmark: every SLA has the
// shape of examples/slas/payments-api.yaml (about 1.6 KB), with varied indicators, windows,
// support priorities, maintenance and credits, and is valid against schemas/sla.schema.json.
//
//   node bench/generate.mjs [--sizes 100,1000,10000] [--variants base,flow-20] [--seed 7] [--out bench/work]
//
// Each repository (bench/work/repo-<size>) is a git repository with history on `main`
// (initial catalog, a round of edits, a few new SLAs) and a branch `pr` that changes
// 3 SLAs: a tightened target, a weakened target and an editorial change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the generated content changes, so that cached repositories are rebuilt. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 7;

/** mulberry32: a small seeded PRNG, returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

const TEAMS = [
  'payments',
  'checkout',
  'identity',
  'search',
  'storage',
  'messaging',
  'billing',
  'analytics',
  'platform',
  'mobile',
  'data',
  'edge',
];
const NOUNS = [
  'api',
  'gateway',
  'ledger',
  'catalog',
  'queue',
  'index',
  'vault',
  'relay',
  'portal',
  'engine',
  'store',
  'feed',
  'router',
  'scheduler',
  'notifier',
];
const ADJECTIVES = ['core', 'public', 'partner', 'internal', 'realtime', 'batch', 'global', 'eu'];
const VERBS = [
  'Accept card and wallet payments',
  'Store customer documents',
  'Route events between services',
  'Search the product catalog',
  'Sign customers in with single sign-on',
  'Send e-mail and push notifications',
  'Export usage reports',
  'Serve static assets from the edge',
];
const AUDIENCES = [
  'in web and mobile checkout',
  'for all paid plans',
  'for partners and resellers',
  'across every region',
  'for enterprise customers',
];
const TIERS = ['gold', 'silver', 'bronze', 'internal'];
const TIMEZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London'];
const CALENDAR_WINDOWS = ['month', 'quarter', 'week', 'year'];
const ROLLING_WINDOWS = ['28d', '30d', '7d', '90d'];
const SUPPORT_SCHEDULES = [
  'Mon-Fri 08:00-18:00',
  'Mon-Fri 09:00-17:00',
  '24x7',
  'Mon-Sat 07:00-19:00',
];
const MAINTENANCE = ['Sun 02:00-04:00', 'Sat 22:00-23:59', 'Tue 01:00-03:00', 'Wed 03:00-05:00'];
const EXCLUSIONS = [
  "Outages caused by the customer's own systems or network",
  'Scheduled maintenance announced with the agreed notice',
  'Force majeure, including regional cloud provider outages',
  'Beta features and preview regions',
  'Requests that exceed the documented rate limits',
];

/** Objectives: one availability objective (credits tie to it) and one or two others. */
function objectives(rng) {
  const availability = pick(rng, ['99.9', '99.95', '99.99', '99.5']);
  const out = [
    {
      id: 'uptime',
      title: pick(rng, ['Monthly uptime', 'Availability', 'Service uptime']),
      indicator: 'availability',
      target: `${availability}%`,
      window: rng() < 0.7 ? pick(rng, CALENDAR_WINDOWS) : pick(rng, ROLLING_WINDOWS),
      measurement:
        'A minute counts as down when more than 5% of API calls fail with a server error.',
    },
  ];
  const extra = [
    () => ({
      id: 'latency',
      title: 'Fast responses',
      indicator: 'latency',
      percentile: pick(rng, [95, 99, 90]),
      target: `${pick(rng, [100, 200, 300, 500, 800])}ms`,
      window: pick(rng, ROLLING_WINDOWS),
    }),
    () => ({
      id: 'success',
      title: 'Successful requests',
      indicator: 'success-rate',
      target: `${pick(rng, ['99.9', '99.5', '99'])}%`,
      window: pick(rng, CALENDAR_WINDOWS),
    }),
    () => ({
      id: 'errors',
      title: 'Server errors',
      indicator: 'error-rate',
      target: `${pick(rng, ['0.1', '0.5', '1'])}%`,
      window: pick(rng, ROLLING_WINDOWS),
    }),
    () => ({
      id: 'throughput',
      title: 'Sustained throughput',
      indicator: 'throughput',
      target: `${pick(rng, [500, 1000, 5000])} rps`,
      window: pick(rng, CALENDAR_WINDOWS),
    }),
    () => ({
      id: 'durability',
      title: 'Stored data durability',
      indicator: 'durability',
      target: pick(rng, ['99.999999999%', '99.9999%']),
      window: 'year',
    }),
  ];
  const first = int(rng, 0, extra.length - 1);
  out.push(extra[first]());
  if (rng() < 0.5) out.push(extra[(first + 1 + int(rng, 0, extra.length - 2)) % extra.length]());
  if (rng() < 0.4) {
    out[0].tolerance = { desired: '99.99%', adequate: '99.0%' };
  }
  return { availability, list: out };
}

const q = (s) =>
  /[:#'{}[\],&*!|>%@`]/.test(s) || /^\d/.test(s) ? `'${s.replace(/'/g, "''")}'` : s;

function objectiveYaml(o) {
  const lines = [
    `    - id: ${o.id}`,
    `      title: ${q(o.title)}`,
    `      indicator: ${o.indicator}`,
  ];
  if (o.percentile !== undefined) lines.push(`      percentile: ${o.percentile}`);
  lines.push(`      target: ${q(o.target)}`, `      window: ${q(o.window)}`);
  if (o.tolerance)
    lines.push(
      `      tolerance: { desired: ${o.tolerance.desired}, adequate: ${o.tolerance.adequate} }`,
    );
  if (o.measurement) lines.push(`      measurement: ${q(o.measurement)}`);
  return lines.join('\n');
}

/** One SLA as YAML text. `index` makes the id unique; `variant` > 0 produces edited versions. */
export function generateSla(seed, index) {
  const rng = prng(seed * 1_000_003 + index);
  const team = TEAMS[index % TEAMS.length];
  const noun = pick(rng, NOUNS);
  const id = `${team}-${pick(rng, ADJECTIVES)}-${noun}-${index}`;
  const title = `${team[0].toUpperCase()}${team.slice(1)} ${noun} ${index}`;
  const tz = pick(rng, TIMEZONES);
  const { availability, list } = objectives(rng);
  const p1 = pick(rng, ['15m', '30m', '10m']);
  const priorities = [
    `      - { level: P1, meaning: ${title} is down for all customers, response: ${p1}, resolution: ${pick(rng, ['4h', '2h', '8h'])}, hours: 24x7 }`,
    `      - { level: P2, meaning: ${title} is degraded for some customers, response: ${pick(rng, ['1h', '2h'])}, resolution: ${pick(rng, ['1d', '2d'])} }`,
  ];
  if (rng() < 0.6)
    priorities.push(
      `      - { level: P3, meaning: Questions and minor defects, response: ${pick(rng, ['1d', '2d'])}, resolution: ${pick(rng, ['5d', '10d'])} }`,
    );
  const a = Number(availability);
  const tiers = [`      - { below: ${availability}%, credit: 10% }`];
  if (a > 99.0) tiers.push(`      - { below: 99.0%, credit: 25% }`);
  if (rng() < 0.5) tiers.push(`      - { below: 95.0%, credit: 50% }`);
  // Dates are quoted: YAML 1.1 readers (js-yaml, used by ajv-cli) would make them timestamps.
  const year = 2026;
  const exclusions = [EXCLUSIONS[0], ...(rng() < 0.5 ? [pick(rng, EXCLUSIONS.slice(1))] : [])];
  return `# yaml-language-server: $schema=../../schemas/sla.schema.json
apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: ${id}
  title: ${title}
  owner: '@acme/${team}'
  tier: ${pick(rng, TIERS)}
  tags: [${team}, ${noun}]
spec:
  service:
    name: ${title}
    summary: ${pick(rng, VERBS)} ${pick(rng, AUDIENCES)}.
    url: https://docs.acme.example/${team}/${noun}-${index}
  customers: [${pick(rng, ['All paid plans', 'Enterprise plan', 'Partners', 'Internal teams'])}]
  effective: { from: '${year}-0${int(rng, 1, 9)}-01', until: '${year + 1}-12-31' }
  review: { every: ${pick(rng, ['6 months', '1 year', '3 months'])}, lastReviewed: '${year}-${pick(rng, ['09', '10', '11'])}-${String(int(rng, 1, 20)).padStart(2, '0')}' }
  serviceHours: { timezone: ${tz}, schedule: 24x7 }
  objectives:
${list.map(objectiveYaml).join('\n')}
  support:
    hours: { timezone: ${tz}, schedule: '${pick(rng, SUPPORT_SCHEDULES)}' }
    priorities:
${priorities.join('\n')}
  maintenance:
    notice: ${pick(rng, ['72h', '48h', '7d'])}
    windows: [{ schedule: '${pick(rng, MAINTENANCE)}', timezone: ${tz} }]
  exclusions:
${exclusions.map((e) => `    - ${q(e)}`).join('\n')}
  credits:
    objective: uptime
    tiers:
${tiers.join('\n')}
  contacts:
    - { name: ${title} on-call, email: ${team}-${noun}-${index}@acme.example }
`;
}

/**
 * The repository variants that look like real ones (`bench/run.mjs --variants`): vendor-style
 * agreements with comments, long notes, three to five objectives, support priorities and
 * credits, written in flow style (`{ timezone: Europe/Berlin, schedule: "Mon-Fri 08:00-18:00" }`)
 * or block style, with a share of files that have a finding (an overdue review, a latency
 * objective without a percentile). `base` is the repository of generateSla.
 */
export const VARIANTS = {
  base: { label: 'generated, no findings' },
  'flow-0': { label: 'vendor-style, flow, no findings', style: 'flow', findings: 0 },
  'flow-20': { label: 'vendor-style, flow, 20% with findings', style: 'flow', findings: 0.2 },
  'flow-100': { label: 'vendor-style, flow, 100% with findings', style: 'flow', findings: 1 },
  'block-20': { label: 'vendor-style, block, 20% with findings', style: 'block', findings: 0.2 },
};

const NOTES = [
  'Measured from the synthetic probes in three regions every minute; a minute counts as down when two of three regions see a failed probe or more than 5% of real requests fail with a server error.',
  'Response times are taken at the load balancer, from the first byte of the request to the last byte of the answer, over all requests except health checks, uploads larger than 10 MB and requests rejected for rate limits.',
  'The figure is computed over the calendar window in the service hours of the agreement; periods of announced maintenance and incidents caused by the customer are left out, as listed under exclusions.',
];

/** A YAML mapping on one line, `{ a: 1, b: x }`, or as block lines at `indent`. */
function mapYaml(entries, style, indent, first = '') {
  if (style === 'flow') return `{ ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
  const pad = ' '.repeat(indent);
  return entries.map(([k, v], i) => `${i === 0 ? first : pad}${k}: ${v}`).join('\n');
}

/** A value after `key:` at `indent`: inline in flow style, on the next lines in block style. */
function nested(key, entries, style, indent) {
  const pad = ' '.repeat(indent);
  return style === 'flow'
    ? `${pad}${key}: ${mapYaml(entries, style)}`
    : `${pad}${key}:\n${mapYaml(entries, style, indent + 2, ' '.repeat(indent + 2))}`;
}

/** A list item of mapping `entries` at `indent` (the dash's column). */
function item(entries, style, indent) {
  const pad = ' '.repeat(indent);
  return style === 'flow'
    ? `${pad}- ${mapYaml(entries, style)}`
    : `${pad}- ${mapYaml(entries, style, indent + 2)}`;
}

/**
 * One vendor-style SLA of a variant (see VARIANTS) as YAML text. Dates are quoted, so that
 * ajv-cli's YAML 1.1 reader keeps them text as slac's does.
 */
export function generateVendorSla(seed, index, variant) {
  const { style, findings } = VARIANTS[variant];
  const rng = prng(seed * 1_000_033 + index);
  const team = TEAMS[index % TEAMS.length];
  const noun = pick(rng, NOUNS);
  const id = `${team}-${pick(rng, ADJECTIVES)}-${noun}-${index}`;
  const title = `${team[0].toUpperCase()}${team.slice(1)} ${noun} ${index}`;
  const tz = pick(rng, TIMEZONES);
  // Which files have a finding: spread evenly, the same files on every run.
  const finding = findings > 0 && prng(index * 7 + 3)() < findings;
  const kind = finding ? index % 3 : -1; // 0, 1: review overdue; 2: also a latency without percentile
  const availability = pick(rng, ['99.9', '99.95', '99.99', '99.5']);
  const objectives = [
    [
      ['id', 'uptime'],
      ['title', 'Monthly uptime of the service'],
      ['indicator', 'availability'],
      ['target', `"${availability}%"`],
      ['window', pick(rng, ['month', 'quarter'])],
      ['tolerance', { desired: '"99.999%"', adequate: '"99.0%"' }],
      ['measurement', pick(rng, NOTES)],
    ],
    [
      ['id', 'latency'],
      ['title', 'Fast responses'],
      ['indicator', 'latency'],
      ...(kind === 2 ? [] : [['percentile', pick(rng, [95, 99, 90])]]),
      ['target', `${pick(rng, [100, 200, 300, 500, 800])}ms`],
      ['window', pick(rng, ROLLING_WINDOWS)],
      ['measurement', pick(rng, NOTES)],
    ],
    [
      ['id', 'errors'],
      ['title', 'Server errors'],
      ['indicator', 'error-rate'],
      ['target', `"${pick(rng, ['0.1', '0.5', '1'])}%"`],
      ['window', pick(rng, ROLLING_WINDOWS)],
    ],
    [
      ['id', 'throughput'],
      ['title', 'Sustained throughput'],
      ['indicator', 'throughput'],
      ['target', `${pick(rng, [500, 1000, 5000])} rps`],
      ['window', pick(rng, CALENDAR_WINDOWS)],
    ],
    [
      ['id', 'durability'],
      ['title', 'Stored data durability'],
      ['indicator', 'durability'],
      ['target', '"99.999999999%"'],
      ['window', 'year'],
    ],
  ].slice(0, int(rng, 3, 5));
  const objectiveYaml = (o) =>
    o
      .map(([k, v], i) => {
        const pad = i === 0 ? '    - ' : '      ';
        if (typeof v !== 'object') return `${pad}${k}: ${v}`;
        return nested(k, Object.entries(v), style, 6);
      })
      .join('\n');
  const hours = (schedule) => [
    ['timezone', tz],
    ['schedule', schedule === '24x7' ? schedule : `"${schedule}"`],
  ];
  const priorities = [
    ['P1', `${title} is down for all customers`, pick(rng, ['15m', '30m']), '4h', '24x7'],
    ['P2', `${title} is degraded for some customers`, '1h', '1d'],
    ['P3', 'A feature does not work as documented', '4h', '5d'],
    ['P4', 'Questions and minor defects', '1d', '10d'],
  ].slice(0, int(rng, 3, 4));
  const reviewed =
    kind >= 0
      ? `"2025-0${int(rng, 1, 4)}-15"`
      : `"2026-${pick(rng, ['09', '10', '11'])}-0${int(rng, 1, 9)}"`;
  const lines = [
    `# Service level agreement for ${title}.`,
    `# Owned by the ${team} team; changes need the owner's approval (see CODEOWNERS).`,
    '# yaml-language-server: $schema=../../schemas/sla.schema.json',
    'apiVersion: slac/v1',
    'kind: ServiceLevelAgreement',
    '',
    'metadata:',
    `  id: ${id}`,
    `  title: ${title}`,
    `  owner: "@acme/${team}" # the team that answers for it`,
    `  tier: ${pick(rng, TIERS)}`,
    `  tags: [${team}, ${noun}, ${pick(rng, ADJECTIVES)}]`,
    '',
    'spec:',
    '  service:',
    `    name: ${title}`,
    `    summary: ${pick(rng, VERBS)} ${pick(rng, AUDIENCES)}, with the data kept in the region the customer chose and every change logged for audit.`,
    `    url: https://docs.acme.example/${team}/${noun}-${index}`,
    `  customers: [Enterprise plan, ${pick(rng, ['Partners', 'All paid plans', 'Internal teams'])}]`,
    nested(
      'effective',
      [
        ['from', `"2026-0${int(rng, 1, 9)}-01"`],
        ['until', '"2027-12-31"'],
      ],
      style,
      2,
    ),
    nested(
      'review',
      [
        ['every', pick(rng, ['6 months', '1 year'])],
        ['lastReviewed', reviewed],
      ],
      style,
      2,
    ),
    nested('serviceHours', hours('24x7'), style, 2),
    '',
    '  # What we measure, and what we promise.',
    '  objectives:',
    ...objectives.map(objectiveYaml),
    '',
    '  support:',
    nested('hours', hours(pick(rng, SUPPORT_SCHEDULES.slice(0, 2))), style, 4),
    '    priorities: # response and resolution times by priority',
    ...priorities.map(([level, meaning, response, resolution, h]) =>
      item(
        [
          ['level', level],
          ['meaning', meaning],
          ['response', response],
          ['resolution', resolution],
          ...(h ? [['hours', h]] : []),
        ],
        style,
        6,
      ),
    ),
    '  maintenance:',
    `    notice: ${pick(rng, ['72h', '48h', '7d'])}`,
    '    windows:',
    item(
      [
        ['schedule', `"${pick(rng, MAINTENANCE)}"`],
        ['timezone', tz],
      ],
      style,
      6,
    ),
    '  exclusions:',
    ...EXCLUSIONS.slice(0, int(rng, 2, 5)).map((e) => `    - ${q(e)}`),
    '',
    '  # Service credits for the monthly uptime.',
    '  credits:',
    '    objective: uptime',
    '    tiers:',
    ...[
      [`"${availability}%"`, '10%'],
      ['"99.0%"', '25%'],
      ['"95.0%"', '50%'],
    ]
      .filter(([below], i) => i === 0 || Number(below.slice(1, -2)) < Number(availability))
      .map(([below, credit]) =>
        item(
          [
            ['below', below],
            ['credit', `"${credit}"`],
          ],
          style,
          6,
        ),
      ),
    '  contacts:',
    item(
      [
        ['name', `${title} on-call`],
        ['email', `${team}-${noun}-${index}@acme.example`],
      ],
      style,
      4,
    ),
    item(
      [
        ['name', 'Customer success'],
        ['email', 'success@acme.example'],
      ],
      style,
      4,
    ),
  ];
  return lines.join('\n') + '\n';
}

/** Relative path of SLA `index`: grouped by team, like a real repository. */
export function slaPath(index) {
  return `slas/${TEAMS[index % TEAMS.length]}/sla-${String(index).padStart(5, '0')}.yaml`;
}

/** The three edits of the pull request: tighten, weaken, editorial. */
export function prEdits(size) {
  const picks = [1, Math.floor(size / 2), size - 2];
  return picks.map((index, k) => ({ index, path: slaPath(index), edit: k }));
}

export function applyPrEdit(text, edit) {
  if (edit === 0)
    return text.replace(
      /response: (\d+)m\b/,
      (_m, n) => `response: ${Math.max(5, Number(n) - 5)}m`,
    );
  if (edit === 1) return text.replace(/target: ['"]?(99\.\d+)%['"]?/, "target: '99.0%'");
  return text.replace(/summary: (.*)\./, (_m, s) => `summary: ${s}, with clearer wording.`);
}

function git(dir, args, input) {
  return execFileSync('git', args, {
    cwd: dir,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@acme.example',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@acme.example',
      GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir,
    },
  });
}

function writeAll(dir, entries) {
  for (const [path, text] of entries) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function commitAll(dir, message) {
  git(dir, ['add', '-A', 'slas']);
  git(dir, ['commit', '-q', '-m', message]);
}

/**
 * Generates (or reuses, when the stamp matches) the repository of `size` SLAs in `outDir`.
 * Returns its directory. `main` holds the catalog; `pr` changes 3 SLAs.
 */
export function generateRepo(outDir, size, seed = DEFAULT_SEED, variant = 'base') {
  if (!(variant in VARIANTS)) throw new Error(`unknown variant ${variant}`);
  const name = variant === 'base' ? `repo-${size}` : `repo-${size}-${variant}`;
  const dir = join(outDir, name);
  const stamp = `${GENERATOR_VERSION}:${seed}:${size}${variant === 'base' ? '' : `:${variant}`}`;
  const stampFile = join(outDir, `${name}.stamp`);
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp &&
    existsSync(join(dir, '.git'))
  )
    return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'gc.auto', '0']);
  // History: the catalog without its last 2%, then a round of edits, then the rest.
  const initial = size - Math.max(1, Math.floor(size / 50));
  const texts = new Map();
  for (let i = 0; i < size; i++)
    texts.set(i, variant === 'base' ? generateSla(seed, i) : generateVendorSla(seed, i, variant));
  writeAll(
    dir,
    [...Array(initial).keys()].map((i) => [slaPath(i), texts.get(i)]),
  );
  commitAll(dir, 'Initial SLA catalog');
  const edited = [];
  for (let i = 3; i < initial; i += 97) {
    const text = texts.get(i).replace(/notice: \w+/, 'notice: 96h');
    texts.set(i, text);
    edited.push([slaPath(i), text]);
  }
  writeAll(dir, edited);
  commitAll(dir, 'Longer maintenance notice for some services');
  writeAll(
    dir,
    [...Array(size - initial).keys()].map((k) => [slaPath(initial + k), texts.get(initial + k)]),
  );
  commitAll(dir, 'New services');
  git(dir, ['checkout', '-q', '-b', 'pr']);
  const changes = prEdits(size).map(({ index, path, edit }) => [
    path,
    applyPrEdit(texts.get(index), edit),
  ]);
  writeAll(dir, changes);
  commitAll(dir, 'Change 3 SLAs');
  git(dir, ['checkout', '-q', 'main']);
  git(dir, ['gc', '-q']);
  writeFileSync(stampFile, stamp);
  return dir;
}

/** The 12 months of results the bench's repositories with results hold. */
export const RESULT_MONTHS = [
  '2025-11',
  '2025-12',
  ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
];

/**
 * A measured value for an objective: mostly as good as the target, sometimes worse (about
 * one period in twelve), in the target's syntax.
 */
function measuredValue(rng, indicator, target) {
  const miss = rng() < 1 / 12;
  const percent = /^'?([\d.]+)%'?$/.exec(target);
  if (percent) {
    const t = Number(percent[1]);
    if (indicator === 'error-rate') {
      const v = miss ? t * (1.2 + rng()) : t * rng() * 0.9;
      return `${v.toFixed(3)}%`;
    }
    const room = 100 - t;
    const v = miss ? t - room * (0.2 + rng()) : t + room * rng() * 0.9;
    return `${Math.min(100, v).toFixed(4)}%`;
  }
  const ms = /^(\d+)ms$/.exec(target);
  if (ms) {
    const t = Number(ms[1]);
    return `${Math.round(miss ? t * (1.1 + rng() * 0.5) : t * (0.5 + rng() * 0.45))}ms`;
  }
  const rps = /^'?(\d+) rps'?$/.exec(target);
  if (rps) {
    const t = Number(rps[1]);
    return `${Math.round(miss ? t * (0.6 + rng() * 0.3) : t * (1 + rng() * 0.5))} rps`;
  }
  return undefined;
}

/** The objectives of an SLA text reported per month (a month or a rolling window). */
function monthlyObjectives(text) {
  const out = [];
  for (const block of text.split(/\n {4}- id: /).slice(1)) {
    const id = block.split('\n')[0].trim();
    const window = /\n {6}window: '?([^'\n]+)'?/.exec(block)?.[1];
    if (window !== 'month' && !/^\d+d$/.test(window ?? '')) continue;
    const indicator = /\n {6}indicator: (\S+)/.exec(block)?.[1];
    const target = /\n {6}target: ([^\n]+)/.exec(block)?.[1];
    if (indicator && target) out.push({ id, indicator, target: target.trim() });
  }
  return out;
}

/**
 * The repository of `size` SLAs with 12 months of measured results (a row a month for each
 * objective reported per month, from the month the SLA is in effect), in `repo-SIZE-results`.
 */
export function generateResultsRepo(outDir, size, seed = DEFAULT_SEED) {
  const source = generateRepo(outDir, size, seed);
  const dir = join(outDir, `repo-${size}-results`);
  const stamp = `${GENERATOR_VERSION}:${seed}:${size}:results-3`;
  const stampFile = join(outDir, `repo-${size}-results.stamp`);
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp &&
    existsSync(join(dir, '.git'))
  )
    return dir;
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', '--local', '--branch', 'main', source, dir]);
  const rng = prng(seed * 7919 + size);
  const rows = new Map(RESULT_MONTHS.map((m) => [m, []]));
  for (let i = 0; i < size; i++) {
    const text = generateSla(seed, i);
    const sla = /\n {2}id: ([a-z0-9-]+)/.exec(text)?.[1];
    // Results only for the months the SLA is in effect, as a real repository has them (until
    // 2026-12-03 every SLA had all 12 months, most of them from before its effective date:
    // 55,478 warnings at 10,000 SLAs, which \`slac validate\` located and printed, 23 MB).
    const from = /\n {2}effective: \{ from: '(\d{4}-\d{2})/.exec(text)?.[1] ?? '';
    for (const o of monthlyObjectives(text))
      for (const month of RESULT_MONTHS) {
        // Drawn for every month all the same: the values in effect stay those of before.
        const value = measuredValue(rng, o.indicator, o.target);
        if (value && month >= from)
          rows.get(month).push(`  - { sla: ${sla}, objective: ${o.id}, value: '${value}' }`);
      }
  }
  writeAll(
    dir,
    RESULT_MONTHS.filter((m) => rows.get(m).length > 0).map((m) => [
      `results/${m}.yaml`,
      `apiVersion: slac/v1\nkind: ServiceLevelResults\nperiod: ${m}\nresults:\n${rows.get(m).join('\n')}\n`,
    ]),
  );
  git(dir, ['add', '-A', 'results']);
  git(dir, ['commit', '-q', '-m', 'Twelve months of measured results']);
  git(dir, ['gc', '-q']);
  writeFileSync(stampFile, stamp);
  return dir;
}

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const WORK_DIR = join(BENCH_DIR, 'work');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const sizes = opt('sizes', '100,1000,10000').split(',').map(Number);
  const seed = Number(opt('seed', String(DEFAULT_SEED)));
  const out = opt('out', WORK_DIR);
  const variants = opt('variants', 'base').split(',');
  for (const size of sizes)
    for (const variant of variants) {
      const t = Date.now();
      const dir = generateRepo(out, size, seed, variant);
      console.log(`${dir}: ${size} SLAs (${Date.now() - t} ms)`);
    }
}
