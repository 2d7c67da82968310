// The baseline of `slac render`: the same templates rendering the same pages, with the data
// already in memory — no reading, validating, history or view building, only Handlebars and
// writing the files. `prepare` builds that data once (not timed); the timed run loads it
// from a JSON file, renders every page and writes the site.
//
//   node bench/render-memory.mjs prepare REPO DATA.json   (untimed, after npm run build)
//   node bench/render-memory.mjs REPO DATA.json           (timed by bench/run.mjs)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { builtinTemplates } from '../build/src/render/templates.generated.js';

const [mode, ...rest] = process.argv.slice(2);

if (mode === 'prepare') {
  const [repo, dataFile] = rest;
  const { readWorkingTree } = await import('../build/src/repo/index.js');
  const { validateSources } = await import('../build/src/validate/index.js');
  const { catalogEntry, serviceView } = await import('../build/src/render/view.js');
  const tree = await readWorkingTree(repo);
  const { slas } = validateSources(tree.files, { today: '2026-11-23' });
  const lower = (s) => s.toLowerCase();
  slas.sort((a, b) => (lower(a.sla.title) < lower(b.sla.title) ? -1 : 1));
  const data = {
    site: { title: tree.config.site.title, description: tree.config.site.description ?? null },
    services: slas.map((s) => serviceView(s, [], '2026-11-23')),
    catalog: slas.map((s) => catalogEntry(s, tree.config.site.baseUrl)),
  };
  writeFileSync(dataFile, JSON.stringify(data));
} else {
  const [repo, dataFile] = [mode, rest[0]];
  const data = JSON.parse(readFileSync(dataFile, 'utf8'));
  const hbs = Handlebars.create();
  for (const [path, text] of Object.entries(builtinTemplates)) {
    const partial = /^partials\/(.+)\.hbs$/.exec(path);
    if (partial) hbs.registerPartial(partial[1], text);
  }
  hbs.registerPartial('layout', builtinTemplates['layout.hbs']);
  const indexPage = hbs.compile(builtinTemplates['index.hbs']);
  const servicePage = hbs.compile(builtinTemplates['service.hbs']);
  const distinct = (values) => [...new Set(values.filter(Boolean))].sort();
  const { site, services, catalog } = data;
  const files = new Map();
  files.set(
    'index.html',
    indexPage({
      site,
      root: '',
      pageTitle: site.title,
      isIndex: true,
      services,
      filters: {
        tiers: distinct(services.map((s) => s.tier)),
        owners: distinct(services.map((s) => s.owner)),
        tags: distinct(services.flatMap((s) => s.tags)),
      },
      countText: `${services.length} services`,
    }),
  );
  services.forEach((service, i) => {
    files.set(
      service.page,
      servicePage({ site, root: '../', pageTitle: service.title, isIndex: false, service }),
    );
    const { search: _search, ...details } = service;
    files.set(`services/${service.id}.json`, JSON.stringify({ ...catalog[i], details }, null, 2));
  });
  files.set('catalog.json', JSON.stringify({ services: catalog }, null, 2));
  const out = join(dirname(dataFile), `site-memory-${process.pid}`);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(`rendered ${services.length} services from memory (${repo})\n`);
}
