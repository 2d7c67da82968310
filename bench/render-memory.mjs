// The baseline of `slac render`: slac's own renderer (prepareCatalog, as `slac render` calls
// it) rendering and writing every page, with the SLAs already loaded — no reading, validating
// or history. `prepare` loads them once (not timed) into a JSON file; the timed run reads that
// file, renders the catalog and writes the site.
//
//   node bench/render-memory.mjs prepare REPO DATA.json   (untimed, after npm run build)
//   node bench/render-memory.mjs REPO DATA.json           (timed by bench/run.mjs)
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TODAY = '2026-11-23';
const [mode, ...rest] = process.argv.slice(2);

if (mode === 'prepare') {
  const [repo, dataFile] = rest;
  const { readWorkingTree } = await import('../build/src/repo/index.js');
  const { validateSources } = await import('../build/src/validate/index.js');
  const tree = await readWorkingTree(repo);
  const { slas } = validateSources(tree.files, { today: TODAY });
  // What the renderer reads of a loaded SLA: its file, the values as written and normalized.
  const data = {
    config: tree.config,
    slas: slas.map(({ file, raw, sla }) => ({ file, raw, sla })),
  };
  writeFileSync(dataFile, JSON.stringify(data));
} else {
  const [repo, dataFile] = [mode, rest[0]];
  const { prepareCatalog } = await import('../build/src/render/index.js');
  const { config, slas } = JSON.parse(readFileSync(dataFile, 'utf8'));
  // Written over the previous run's files: deleting thousands of files can cost more than
  // rendering them.
  const out = join(dirname(dataFile), `site-memory-${basename(dataFile, '.json')}`);
  const made = new Set();
  prepareCatalog({ slas, config, today: TODAY }).render((path, content) => {
    const dir = dirname(join(out, path));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    // catalog.json comes in pieces (src/render/index.ts SiteContent).
    writeFileSync(join(out, path), Array.isArray(content) ? Buffer.concat(content) : content);
  });
  process.stdout.write(`rendered ${slas.length} services from memory (${repo})\n`);
}
