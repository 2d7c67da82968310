// The rendered example catalog in a real headless Chromium: what a customer sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';

const CHROMIUM = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..');
const output = join(root, 'test', 'output');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

if (!existsSync(CHROMIUM)) {
  console.warn(
    `Skipping browser tests: ${CHROMIUM} is missing. Install it (apt-get install -y chromium) to run them.`,
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

describe.skipIf(!existsSync(CHROMIUM))('the catalog in a browser', { timeout: 120_000 }, () => {
  let repo: TempRepo;
  let server: Server;
  let browser: Browser;
  let base: string;
  let ids: string[];

  beforeAll(async () => {
    repo = makeRepo();
    repo.copy(join(root, 'examples'));
    // Committed after November's results: the site shows the 12 months up to November 2026.
    repo.commit('Examples as agreed', '2026-12-01T09:00:00Z');
    // A later change, for the history: the help desk's support hours move to Amsterdam.
    const helpDesk = join(repo.dir, 'slas', 'help-desk.yaml');
    const text = readFileSync(helpDesk, 'utf8');
    const hours =
      "hours: { timezone: Europe/Berlin, schedule: ['Mon-Fri 08:00-18:00', 'Sat 10:00-14:00'] }";
    expect(text).toContain(hours);
    repo.write({
      'slas/help-desk.yaml': text.replace(
        hours,
        "hours: { timezone: Europe/Amsterdam, schedule: 'Mon-Fri 08:00-18:00' }",
      ),
    });
    repo.commit('Support from Amsterdam', '2026-12-01T10:00:00Z');
    const run = await runCli(['render', '--out', 'site'], { cwd: repo.dir });
    expect(run.code, run.stderr).toBe(0);
    const site = join(repo.dir, 'site');
    ids = JSON.parse(readFileSync(join(site, 'catalog.json'), 'utf8')).services.map(
      (s: { id: string }) => s.id,
    );
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(site) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(output, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    repo?.remove();
  });

  async function open(
    path: string,
    options: { width?: number; javaScript?: boolean; dark?: boolean } = {},
  ): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
      colorScheme: options.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(base + path, { waitUntil: 'load' });
    return { page, requests };
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate('axe.run()')) as { violations: unknown[] };
    return (result.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }

  it('lists every example service on the index', async () => {
    const { page } = await open('index.html');
    expect(ids.length).toBeGreaterThanOrEqual(6);
    const listed = await page
      .locator('[data-service]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-service')));
    expect(listed.sort()).toEqual([...ids].sort());
    await expect(page.locator('#count').textContent()).resolves.toBe(`${ids.length} services`);
    await page.context().close();
  });

  it('narrows the list as the reader searches', async () => {
    const { page } = await open('index.html');
    await page.getByLabel('Search', { exact: true }).fill('payments');
    const visible = page.locator('[data-service]:visible');
    await expect(
      visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-service'))),
    ).resolves.toEqual(['payments-api']);
    await expect(page.locator('#count').textContent()).resolves.toBe(`1 of ${ids.length} services`);
    await page.getByLabel('Search', { exact: true }).fill('no such service at all');
    await expect(page.locator('#no-match').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('filters by tier, owner and tag', async () => {
    const { page } = await open('index.html');
    const shown = () =>
      page
        .locator('[data-service]:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-service')).sort());
    await page.getByLabel('Tier', { exact: true }).selectOption('gold');
    await expect(shown()).resolves.toEqual(['object-storage', 'payments-api']);
    await page.getByLabel('Tier', { exact: true }).selectOption('');
    await page.getByLabel('Owner', { exact: true }).selectOption('@acme/support');
    await expect(shown()).resolves.toEqual(['help-desk']);
    await page.getByLabel('Owner', { exact: true }).selectOption('');
    await page.getByLabel('Tag', { exact: true }).selectOption('api');
    await expect(shown()).resolves.toEqual(['payments-api', 'search-api']);
    await page.context().close();
  });

  it('shows the plain list without JavaScript', async () => {
    const { page } = await open('index.html', { javaScript: false });
    await expect(page.locator('[data-service]:visible').count()).resolves.toBe(ids.length);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('states every commitment of every service in words', async () => {
    for (const id of ids) {
      const { page } = await open(`services/${id}.html`);
      const service = JSON.parse(
        readFileSync(join(repo.dir, 'site', 'services', `${id}.json`), 'utf8'),
      );
      const words = await page.locator('.objective .words').allTextContents();
      expect(words).toHaveLength(service.objectives.length);
      for (const w of words) expect(w.length).toBeGreaterThan(20);
      for (const o of service.objectives) {
        if (o.budget) expect(words.join(' ')).toContain('of downtime');
      }
      await page.context().close();
    }
    const { page } = await open('services/payments-api.html');
    const uptime = page.locator('#objective-uptime .words');
    await expect(uptime.textContent()).resolves.toBe(
      'Available 99.95% of the time, which allows about 22 min of downtime a month.',
    );
    // The rounded figure carries the exact one, shown when the pointer rests on it.
    await expect(uptime.locator('.approx').getAttribute('title')).resolves.toBe('21 min 55 s');
    await page.context().close();
  });

  it('tells the history as statements of what holds since when, in words', async () => {
    const { page } = await open('services/help-desk.html');
    const items = await page.locator('ol.history li').allTextContents();
    expect(items).toEqual([
      'Since 1 December 2026: Support hours Monday to Friday, 08:00–18:00 (Amsterdam time), instead of Monday to Friday, 08:00–18:00 and Saturday, 10:00–14:00 (Berlin time)',
      'Since 1 December 2026: Agreement published',
    ]);
    const section =
      (await page.locator('section[aria-labelledby="history-title"]').textContent()) ?? '';
    expect(section).not.toMatch(/weakened|worse for customers|approves|@acme|Mon-Fri/i);
    await page.context().close();
  });

  it('shows how the service performed, with a chart and a table, on the payments-api page', async () => {
    const { page } = await open('services/payments-api.html');
    const section = page.locator('section.performance');
    await expect(
      section.getByRole('heading', { name: 'How we performed', level: 2 }).isVisible(),
    ).resolves.toBe(true);
    await expect(section.locator('article.perf').count()).resolves.toBe(2);
    await expect(section.locator('svg.chart').first().isVisible()).resolves.toBe(true);
    const uptime = section.locator('#performance-uptime');
    await expect(uptime.locator('.perf-latest').textContent()).resolves.toBe(
      'In November 2026 the service was available 99.982% of the time, about 8 min of downtime; we commit to 99.95%: met.',
    );
    await expect(uptime.locator('tbody tr').count()).resolves.toBe(12);
    // A missed month says so in words, not only in colour.
    await expect(
      uptime.locator('tr', { hasText: 'August 2026' }).locator('.outcome').textContent(),
    ).resolves.toBe('Missed');
    // The chart is an image with a name, for screen readers; the table has every figure.
    await expect(uptime.getByRole('img').getAttribute('aria-labelledby')).resolves.toContain(
      'chart-payments-api-uptime-title',
    );
    await page.context().close();
  });

  it('shows the latest period of each service on the index', async () => {
    const { page } = await open('index.html');
    await expect(page.locator('[data-service="payments-api"] .glance').textContent()).resolves.toBe(
      'How we performed: November 2026: all 2 objectives met',
    );
    await expect(page.locator('[data-service="help-desk"] .glance').textContent()).resolves.toBe(
      'How we performed: Q3 2026: 2 of 3 objectives missed',
    );
    await page.context().close();
  });

  it('draws the chart in the text colour of the scheme, so it reads in dark mode', async () => {
    for (const dark of [false, true]) {
      const { page } = await open('services/payments-api.html', { dark });
      const [chart, body] = (await page.evaluate(`[
        getComputedStyle(document.querySelector('svg.chart')).color,
        getComputedStyle(document.body).backgroundColor,
      ]`)) as [string, string];
      const light = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number) as [number, number, number];
        return (r + g + b) / 3 > 128;
      };
      // Dark lines on a light page, light lines on a dark page.
      expect(light(chart), `${chart} on ${body}`).toBe(!light(body));
      await page.context().close();
    }
  });

  for (const dark of [false, true]) {
    const scheme = dark ? 'dark' : 'light';
    it(`has no axe-core violations on the index (${scheme})`, async () => {
      const { page } = await open('index.html', { dark });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    });

    it(`has no axe-core violations on a service page (${scheme})`, async () => {
      for (const id of ['payments-api', 'help-desk']) {
        const { page } = await open(`services/${id}.html`, { dark });
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      }
    });
  }

  it('makes no request to another host, and every link on the site works', async () => {
    const origin = new URL(base).origin;
    const pages = ['index.html', ...ids.map((id) => `services/${id}.html`)];
    for (const path of pages) {
      const { page, requests } = await open(path);
      const elsewhere = requests.filter(
        (u) => !u.startsWith('data:') && new URL(u).origin !== origin,
      );
      expect(elsewhere, path).toEqual([]);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        const url = new URL(href, page.url());
        expect(['http:', 'https:', 'mailto:'], `${path}: ${href}`).toContain(url.protocol);
        if (url.origin === origin) {
          const res = await fetch(url.origin + url.pathname);
          expect(res.status, `${path} links to ${href}`).toBe(200);
          if (url.hash) {
            const target = await page.locator(`[id="${url.hash.slice(1)}"]`).count();
            expect(target, `${path} links to ${href}`).toBeGreaterThan(0);
          }
        }
      }
      await page.context().close();
    }
  });

  it('takes screenshots at phone and desktop widths', async () => {
    for (const width of [390, 1280]) {
      for (const [name, path] of [
        ['index', 'index.html'],
        ['payments-api', 'services/payments-api.html'],
      ]) {
        for (const dark of [false, true]) {
          const { page } = await open(path as string, { width, dark });
          const file = join(output, `${name}-${width}${dark ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          expect(existsSync(file)).toBe(true);
          // Nothing wider than the viewport: no sideways scrolling on a phone.
          const scrollWidth = (await page.evaluate(
            'document.documentElement.scrollWidth',
          )) as number;
          expect(scrollWidth).toBeLessThanOrEqual(width);
          await page.context().close();
        }
      }
    }
  });
});
