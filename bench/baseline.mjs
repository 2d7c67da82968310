// Baselines the harness compares slac with, each run as its own process like the CLI:
//   node bench/baseline.mjs read DIR            read every SLA file, nothing else
//   node bench/baseline.mjs parse DIR           ...and parse it with yaml's parse()
//   node bench/baseline.mjs parse-document DIR  ...and with parseDocument() (positions kept)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parse, parseDocument } from 'yaml';

export function listSlaFiles(dir) {
  return readdirSync(join(dir, 'slas'), { recursive: true })
    .filter((p) => /\.ya?ml$/.test(p))
    .map((p) => join(dir, 'slas', p))
    .sort();
}

const [mode, dir] = process.argv.slice(2);
let count = 0;
for (const file of listSlaFiles(dir)) {
  const text = readFileSync(file, 'utf8');
  if (mode === 'parse') parse(text, { version: '1.2', schema: 'core', uniqueKeys: true });
  else if (mode === 'parse-document') {
    const doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      uniqueKeys: true,
      strict: true,
      lineCounter: new LineCounter(),
    });
    doc.toJS();
  } else if (mode !== 'read') throw new Error(`unknown mode ${mode}`);
  count++;
}
process.stdout.write(`${mode}: ${count} files\n`);
