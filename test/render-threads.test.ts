// `slac render` on page threads (src/node/render-thread.ts): from 400 SLA files on a machine
// with two CPUs, the bundled command validates and renders the pages on two threads. These
// tests run the bundle npm test builds (bin/slac.js) on a repository of 450 SLAs with a
// history and results, and hold its site byte for byte against the render on one thread (the
// use case called in-process, where no worker bundle exists), and its refusals to the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../src/app/render-site.js';
import { PAGES_THREAD_FROM } from '../src/node/render-thread.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

const BIN = join(process.cwd(), 'bin', 'slac.js');
const COUNT = 450;
const TODAY = '2026-11-23';

function runBuilt(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

async function renderOnOneThread(root: string, out: string) {
  return renderSite({ root, out, today: TODAY, clock: () => TODAY, warn: () => undefined });
}

/** Every file under `dir`, by path relative to it. */
function tree(dir: string, at = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, at), { withFileTypes: true })) {
    const path = at ? `${at}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [p, c] of tree(dir, path)) files.set(p, c);
    else files.set(path, readFileSync(join(dir, path), 'utf8'));
  }
  return files;
}

function expectSameSite(a: string, b: string) {
  const left = tree(a);
  const right = tree(b);
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
  for (const [path, content] of left)
    if (right.get(path) !== content) expect(path).toBe('the same');
}

const threaded = availableParallelism() >= 2;

describe.skipIf(!threaded || !existsSync(BIN))('slac render on page threads', () => {
  let repo: TempRepo;

  beforeAll(() => {
    expect(COUNT).toBeGreaterThanOrEqual(PAGES_THREAD_FROM);
    repo = makeRepo();
    const files: Record<string, string> = {};
    for (let i = 0; i < COUNT; i++) {
      const n = String(i).padStart(3, '0');
      // Titles in another order than the files: each thread's pages interleave in the index.
      files[`slas/svc-${n}.yaml`] = slaText({
        id: `svc-${n}`,
        title: `Service ${String((i * 7919) % COUNT).padStart(3, '0')} — ${i % 3 ? 'api' : 'web'}`,
        owner: `@acme/team-${i % 5}`,
        target: '99.9%',
        lastReviewed: '2026-09-01',
      });
    }
    repo.write({ ...files, '.slac.yml': 'site:\n  title: Acme services\n' });
    repo.commit('First SLAs', '2026-02-01T10:00:00Z');
    // A history: some commitments change, one SLA moves, one is added.
    const changed: Record<string, string | null> = {};
    for (const i of [3, 250, 449]) {
      const n = String(i).padStart(3, '0');
      changed[`slas/svc-${n}.yaml`] = (files[`slas/svc-${n}.yaml`] as string).replace(
        '99.9%',
        '99.95%',
      );
    }
    changed['slas/svc-100.yaml'] = null;
    changed['slas/moved/svc-100.yaml'] = files['slas/svc-100.yaml'] as string;
    changed['slas/svc-new.yaml'] = slaText({ id: 'svc-new', title: 'A new one', owner: '@acme/x' });
    const results = [
      'apiVersion: slac/v1',
      'kind: ServiceLevelResults',
      'period: 2026-10',
      'results:',
    ];
    for (const i of [1, 2, 300, 301, 449])
      results.push(
        `  - { sla: svc-${String(i).padStart(3, '0')}, objective: uptime, value: ${i % 2 ? '99.99%' : '99.5%'} }`,
      );
    changed['results/2026-10.yaml'] = results.join('\n') + '\n';
    repo.write(changed);
    repo.commit('Tighter commitments, results of October', '2026-11-02T10:00:00Z');
  });
  afterAll(() => repo.remove());

  it('writes the site the one-thread render writes, byte for byte', async () => {
    const one = join(repo.dir, 'out-one');
    const two = join(repo.dir, 'out-two');
    expect((await renderOnOneThread(repo.dir, one)).rendered).toBe(true);
    const run = runBuilt(repo.dir, 'render', '--out', two, '--today', TODAY);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Rendered ${COUNT + 1} services`);
    expectSameSite(one, two);
    // The history crossed the threads: a tightened commitment shows on its page.
    expect(readFileSync(join(two, 'services', 'svc-449.html'), 'utf8')).toContain('99.95%');
    expect(readFileSync(join(two, 'services', 'svc-300.html'), 'utf8')).toContain('99.5%');
  });

  it('gives an index template every value of every service, whichever thread rendered it', async () => {
    const templates = join(repo.dir, 'custom');
    mkdirSync(templates, { recursive: true });
    writeFileSync(
      join(templates, 'index.hbs'),
      '{{#each services}}{{id}}:{{#each objectives}}{{figure}}{{/each}}:{{#each history}}{{message}}{{/each}}:{{performance.hasResults}}\n{{/each}}',
    );
    const one = join(repo.dir, 'custom-one');
    const two = join(repo.dir, 'custom-two');
    await renderSite({
      root: repo.dir,
      out: one,
      templates,
      today: TODAY,
      clock: () => TODAY,
      warn: () => undefined,
    });
    const run = runBuilt(
      repo.dir,
      'render',
      '--out',
      two,
      '--templates',
      templates,
      '--today',
      TODAY,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expectSameSite(one, two);
    const index = readFileSync(join(two, 'index.html'), 'utf8');
    expect(index).toContain('svc-449:99.95%:');
    expect(index.split('\n')).toHaveLength(COUNT + 2);
  });

  it('deletes the pages of SLAs that are gone, as on one thread', () => {
    const out = join(repo.dir, 'out-stale');
    mkdirSync(join(out, 'services'), { recursive: true });
    writeFileSync(join(out, 'services', 'removed-sla.html'), 'old');
    const run = runBuilt(repo.dir, 'render', '--out', out, '--today', TODAY);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'services', 'removed-sla.html'))).toBe(false);
    expect(readdirSync(join(out, 'services'))).toHaveLength(2 * (COUNT + 1));
  });

  it('refuses an invalid file and a duplicate id in either run of files, writing nothing', async () => {
    const broken = makeRepo();
    try {
      broken.copy(repo.dir + '/slas', 'slas');
      broken.write({
        '.slac.yml': 'site:\n  title: Acme services\n',
        // The first run of files (by path) and the second.
        'slas/svc-001.yaml': slaText({
          id: 'svc-001',
          title: 'One',
          owner: '@acme/a',
          target: '0.999',
        }),
        'slas/svc-400.yaml': slaText({ id: 'svc-002', title: 'Two', owner: '@acme/a' }),
      });
      broken.commit('Broken', '2026-11-02T10:00:00Z');
      const out = join(broken.dir, 'site');
      const run = runBuilt(broken.dir, 'render', '--out', out, '--today', TODAY);
      const one = await renderOnOneThread(broken.dir, join(broken.dir, 'site-one'));
      expect(run.status).toBe(1);
      expect(one.rendered).toBe(false);
      if (!one.rendered) expect(run.stderr).toContain(one.report);
      expect(run.stderr).toContain('slas/svc-001.yaml:');
      expect(run.stderr).toContain('sla-id-unique');
      expect(existsSync(out)).toBe(false);
    } finally {
      broken.remove();
    }
  });

  it('leaves the output folder as it was when the page template fails', () => {
    const templates = join(repo.dir, 'failing');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'service.hbs'), '{{#each}}');
    const out = join(repo.dir, 'out-failing');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const run = runBuilt(repo.dir, 'render', '--out', out, '--templates', templates);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('service.hbs');
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'services']);
    expect(readdirSync(join(out, 'services'))).toEqual([]);
  });
});
