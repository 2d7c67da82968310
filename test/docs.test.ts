// Keeps the reference honest: every rule id the sources can report, every key of the SLA
// schema and every default template is named in the docs. Rule ids are collected from the
// sources, so a new rule fails this test until docs/format.md describes it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(path, pattern));
    else if (entry.isFile() && pattern.test(entry.name)) out.push(path);
  }
  return out.sort();
}

/** Enum values of a JSON schema, at any depth: kebab-case strings that are data, not rule ids. */
function enumValues(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => enumValues(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum' && Array.isArray(value)) value.forEach((v) => out.add(String(v)));
      else enumValues(value, out);
    }
  }
  return out;
}

/** Property names of a JSON schema, at any depth. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') {
        Object.keys(value).forEach((name) => out.add(name));
      }
      propertyNames(value, out);
    }
  }
  return out;
}

const KEBAB_LITERAL = /'([a-z]+(?:-[a-z]+)+)'/g;

/**
 * Rule ids in the sources: every `rule: '…'`, and in the files that create problems (where
 * ids are also passed as arguments: `problem(file, pos, 'yaml-depth', …)`,
 * `take(parsed, path, 'duration-format', …)`) every kebab-case string literal that is not an
 * enum value of the schemas (indicators such as 'error-rate', settings such as 'no-approval').
 */
function ruleIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of filesUnder('src', /\.ts$/)) {
    for (const m of read(file).matchAll(/\brule:\s*'([^']+)'/g)) ids.add(m[1] as string);
  }
  const data = new Set([
    ...enumValues(JSON.parse(read('schemas/sla.schema.json'))),
    ...enumValues(JSON.parse(read('schemas/config.schema.json'))),
  ]);
  const emitting = [
    ...filesUnder('src/load', /\.ts$/),
    ...filesUnder('src/validate', /\.ts$/),
    'src/model/sla.ts',
    'src/model/units.ts',
    'src/config/index.ts',
    'src/repo/index.ts',
  ];
  for (const file of emitting) {
    for (const m of read(file).matchAll(KEBAB_LITERAL)) {
      const id = m[1] as string;
      if (!data.has(id)) ids.add(id);
    }
  }
  return ids;
}

const format = read('docs/format.md');
const catalog = read('docs/catalog.md');
const mentions = (doc: string, word: string) =>
  new RegExp(
    `(^|[^A-Za-z0-9-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9-]|$)`,
  ).test(doc);

describe('docs/format.md', () => {
  const ids = [...ruleIds()].sort();

  it('finds the rule ids in the sources', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const known of [
      'owner-format',
      'sla-id-unique',
      'tolerance-order',
      'yaml-duplicate-key',
      'schema-unknown-key',
      'duration-format',
      'sla-empty',
      'review-overdue',
    ]) {
      expect(ids).toContain(known);
    }
    expect(ids).not.toContain('error-rate');
    expect(ids).not.toContain('require-owner');
  });

  it('names every rule id the sources can report', () => {
    const missing = ids.filter((id) => !mentions(format, `\`${id}\``));
    expect(missing, 'rule ids not described in docs/format.md').toEqual([]);
  });

  it('names every key of the SLA schema', () => {
    const keys = [...propertyNames(JSON.parse(read('schemas/sla.schema.json')))].sort();
    expect(keys.length).toBeGreaterThanOrEqual(40);
    const missing = keys.filter((key) => !mentions(format, key));
    expect(missing, 'schema keys not described in docs/format.md').toEqual([]);
  });

  it('names every key of the config schema', () => {
    const keys = [...propertyNames(JSON.parse(read('schemas/config.schema.json')))].sort();
    const missing = keys.filter((key) => !mentions(format, key));
    expect(missing, 'config keys not described in docs/format.md').toEqual([]);
  });
});

describe('docs/catalog.md', () => {
  it('names every default page, partial and asset', () => {
    const templates = filesUnder('templates', /./).map((f) =>
      relative(join(root, 'templates'), join(root, f)).split(sep).join('/'),
    );
    expect(templates).toContain('partials/footer.hbs');
    expect(templates.length).toBeGreaterThanOrEqual(17);
    const missing = templates.filter((t) => !catalog.includes(t));
    expect(missing, 'templates not named in docs/catalog.md').toEqual([]);
  });
});
