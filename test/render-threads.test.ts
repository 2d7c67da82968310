// `slac render` on page threads (src/node/render-thread.ts): from 400 SLA files, on a machine
// with 4 CPUs or more, two page threads validate and render the pages. These tests run them
// with the worker npm test bundles (build/slac/render-worker.js) through the use case
// in-process, as on 4 CPUs, and bin/slac.js as this machine runs it, on a repository of 450
// SLAs with a history and results, and hold each site byte for byte against the render on
// one thread, and each refusal to the same.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../src/app/render-site.js';
import { PAGES_THREAD_FROM, renderThreadsWith } from '../src/node/render-thread.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { slaText } from './helpers/sla-text.js';

const BIN = join(process.cwd(), 'bin', 'slac.js');
const WORKER = join(process.cwd(), 'build', 'slac', 'render-worker.js');
const COUNT = 450;
const TODAY = '2026-11-23';

function runBuilt(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
}

async function renderOnOneThread(root: string, out: string, templates?: string) {
  return renderSite({
    root,
    out,
    ...(templates ? { templates } : {}),
    today: TODAY,
    clock: () => TODAY,
    warn: () => undefined,
  });
}

/** The use case on page threads, as on a machine with 4 CPUs. */
async function renderOnThreads(root: string, out: string, templates?: string) {
  const warnings: string[] = [];
  const result = await renderSite({
    root,
    out,
    ...(templates ? { templates } : {}),
    today: TODAY,
    clock: () => TODAY,
    warn: (w) => warnings.push(w),
    threads: renderThreadsWith({ cpus: 4, worker: WORKER }),
  });
  return { result, warnings };
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

describe.skipIf(!existsSync(WORKER))('slac render on other threads', () => {
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
    {
      const out = join(repo.dir, 'out-pages');
      const { result, warnings } = await renderOnThreads(repo.dir, out);
      expect(warnings).toEqual([]);
      expect(result).toEqual({ rendered: true, services: COUNT + 1, out });
      expectSameSite(one, out);
    }
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
    {
      const out = join(repo.dir, 'custom-pages');
      expect((await renderOnThreads(repo.dir, out, templates)).warnings).toEqual([]);
      expectSameSite(one, out);
    }
    const index = readFileSync(join(two, 'index.html'), 'utf8');
    expect(index).toContain('svc-449:99.95%:');
    expect(index.split('\n')).toHaveLength(COUNT + 2);
  });

  it('deletes the pages of SLAs that are gone, as on one thread', async () => {
    for (const mode of ['cli', 'pages'] as const) {
      const out = join(repo.dir, `out-stale-${mode}`);
      mkdirSync(join(out, 'services'), { recursive: true });
      writeFileSync(join(out, 'services', 'removed-sla.html'), 'old');
      if (mode === 'cli') expect(runBuilt(repo.dir, 'render', '--out', out).status).toBe(0);
      else await renderOnThreads(repo.dir, out);
      expect(existsSync(join(out, 'services', 'removed-sla.html'))).toBe(false);
      expect(readdirSync(join(out, 'services'))).toHaveLength(2 * (COUNT + 1));
    }
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
      {
        const at = join(broken.dir, 'site-pages');
        const { result } = await renderOnThreads(broken.dir, at);
        expect(result).toEqual(one);
        expect(existsSync(at)).toBe(false);
      }
    } finally {
      broken.remove();
    }
  });

  it('leaves the output folder as it was when the page template fails', async () => {
    const templates = join(repo.dir, 'failing');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'service.hbs'), '{{#each}}');
    for (const mode of ['cli', 'pages'] as const) {
      const out = join(repo.dir, `out-failing-${mode}`);
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'keep.txt'), 'mine');
      if (mode === 'cli') {
        const run = runBuilt(repo.dir, 'render', '--out', out, '--templates', templates);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('service.hbs');
      } else
        await expect(renderOnThreads(repo.dir, out, templates)).rejects.toThrow(
          /template service\.hbs/,
        );
      expect(readdirSync(out).sort()).toEqual(['keep.txt', 'services']);
      expect(readdirSync(join(out, 'services'))).toEqual([]);
    }
  });

  it('says a missing templates folder as on one thread, and renders here when a thread fails', async () => {
    const { TemplatesNotFoundError } = await import('../src/app/render-site.js');
    await expect(
      renderOnThreads(repo.dir, join(repo.dir, 'x'), join(repo.dir, 'nosuch')),
    ).rejects.toBeInstanceOf(TemplatesNotFoundError);
    // A worker that is no render worker fails at once: the site is rendered here, and said so.
    const notAWorker = join(repo.dir, 'not-a-worker.mjs');
    writeFileSync(notAWorker, 'throw new Error("no worker here");\n');
    const one = join(repo.dir, 'out-one-again');
    await renderOnOneThread(repo.dir, one);
    {
      const warnings: string[] = [];
      const out = join(repo.dir, 'out-fallback');
      const result = await renderSite({
        root: repo.dir,
        out,
        today: TODAY,
        clock: () => TODAY,
        warn: (w) => warnings.push(w),
        threads: renderThreadsWith({ cpus: 4, worker: notAWorker }),
      });
      expect(result.rendered).toBe(true);
      expect(warnings.join('\n')).toMatch(
        /stopped \(.*no worker here.*\); rendering on one thread/,
      );
      expectSameSite(one, out);
    }
  });
});
