// Keeps the reference honest: every rule of the rule registry (src/model/rules.ts), every key
// of the SLA schema and every default template is named in the docs. Code can only report a
// registered rule (a typed id), so a new rule fails this test until the docs describe it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { RULES, RULE_IDS } from '../src/model/rules.js';

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

const format = read('docs/format.md');
const catalog = read('docs/catalog.md');
const results = read('docs/results.md');
const mentions = (doc: string, word: string) =>
  new RegExp(
    `(^|[^A-Za-z0-9-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z0-9-]|$)`,
  ).test(doc);

/** The anchor GitHub gives a heading: "Support and credits" → "support-and-credits". */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
}

function anchors(doc: string): Set<string> {
  return new Set([...doc.matchAll(/^#+ (.*)$/gm)].map((m) => anchor(m[1] as string)));
}

const DOCS: Record<string, string> = { 'format.md': format, 'results.md': results };

describe('the rule registry and the docs', () => {
  it('registers the rules slac reports', () => {
    expect(RULE_IDS.length).toBeGreaterThanOrEqual(60);
    for (const known of [
      'owner-format',
      'sla-id-unique',
      'tolerance-order',
      'yaml-duplicate-key',
      'schema-unknown-key',
      'duration-format',
      'sla-empty',
      'review-overdue',
      'results-ratio',
      'prometheus-range-missing',
      'config-report',
      'slas-none',
    ]) {
      expect(RULE_IDS).toContain(known);
    }
  });

  it('describes every rule on the page and under the heading its entry names', () => {
    const wrong = RULE_IDS.filter((id) => {
      const [page, hash] = RULES[id].docs.split('#') as [string, string];
      const doc = DOCS[page];
      return !doc || !mentions(doc, `\`${id}\``) || !anchors(doc).has(hash);
    });
    expect(wrong, 'rules whose docs entry does not describe them').toEqual([]);
  });

  it("states each rule's severity as the docs' rule tables do", () => {
    const wrong = RULE_IDS.filter((id) => {
      const doc = DOCS[RULES[id].docs.split('#')[0] as string] ?? '';
      const row = new RegExp(`^\\|\\s*\`${id}\`\\s*\\|\\s*(error|warning)\\s*\\|`, 'm').exec(doc);
      return row !== null && row[1] !== RULES[id].severity;
    });
    expect(wrong).toEqual([]);
  });

  it('every registered rule is reported somewhere in the sources', () => {
    const sources = filesUnder('src', /\.ts$/)
      .filter((f) => f !== 'src/model/rules.ts')
      .map(read)
      .join('\n');
    const unused = RULE_IDS.filter((id) => !sources.includes(`'${id}'`));
    expect(unused, 'registered rules no code reports').toEqual([]);
  });
});

describe('docs/format.md', () => {
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
