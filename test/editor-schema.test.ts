// The schemas as editors read them (yaml-language-server with the modeline, or SchemaStore):
// their patterns restate slac's own value rules, so an editor flags what `slac validate`
// flags, and accepts what it accepts. scripts/gen.mjs leaves these checks out of slac's
// validator (slac reports them with its rules); these tests keep both sides in step.
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INDICATORS, INDICATOR_NAMES } from '../src/model/indicators.js';
import { RULES } from '../src/model/rules.js';
import {
  DURATION_UNITS,
  parseCadence,
  parseDuration,
  parsePercent,
  parseSchedule,
  parseWindow,
} from '../src/model/units.js';
import { isValidOwner } from '../src/model/owner.js';
import { SLAC_REPOSITORY, SLAC_VERSION, schemaUrl } from '../src/version.js';
import { VALID } from './helpers/sla-text.js';

type Schema = Record<string, unknown>;
const NAMES = ['sla', 'config', 'results'] as const;
const schemas = Object.fromEntries(
  NAMES.map((n) => [n, JSON.parse(readFileSync(`schemas/${n}.schema.json`, 'utf8')) as Schema]),
) as Record<(typeof NAMES)[number], Schema>;
const sla = schemas.sla;

function editorAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allowUnionTypes: true,
    allErrors: true,
    // What yaml-language-server reads beside the standard keywords.
    keywords: ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'x-slac-rule'],
  });
  for (const s of Object.values(schemas)) ajv.addSchema(s);
  return ajv;
}
const ajv = editorAjv();
const at = (pointer: string): ValidateFunction => ajv.compile({ $ref: `${sla.$id}#${pointer}` });

/** Every subschema with the path that leads to it. */
function subschemas(node: unknown, path = '#'): Array<{ path: string; schema: Schema }> {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const schema = node as Schema;
  const out = [{ path, schema }];
  for (const map of ['properties', '$defs'])
    for (const [k, v] of Object.entries((schema[map] as Record<string, unknown>) ?? {}))
      out.push(...subschemas(v, `${path}/${map}/${k}`));
  for (const list of ['anyOf', 'oneOf', 'allOf'])
    ((schema[list] as unknown[]) ?? []).forEach((v, i) =>
      out.push(...subschemas(v, `${path}/${list}/${i}`)),
    );
  for (const one of ['items', 'additionalProperties', 'propertyNames', 'if', 'then', 'else'])
    out.push(...subschemas(schema[one], `${path}/${one}`));
  return out;
}

describe('the schemas editors read', () => {
  it('are valid JSON Schema 2020-12 (ajv strict, with the editor keywords)', () => {
    for (const name of NAMES) expect(ajv.getSchema(schemas[name].$id as string)).toBeDefined();
  });

  it('have an $id users can fetch: the file in the repository at the release tag', () => {
    for (const name of NAMES) {
      expect(schemas[name].$id).toBe(schemaUrl(name));
      expect(schemas[name].$id).toBe(
        `https://raw.githubusercontent.com/${SLAC_REPOSITORY}/v${SLAC_VERSION}/schemas/${name}.schema.json`,
      );
    }
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
      repository: { url: string };
    };
    expect(pkg.version).toBe(SLAC_VERSION);
    expect(pkg.repository.url).toBe(`git+https://github.com/${SLAC_REPOSITORY}.git`);
  });

  it('accept every example (SLAs, config, results) and the test fixture', () => {
    const validate = ajv.getSchema(sla.$id as string)!;
    const files = readdirSync('examples/slas').map((f) => `examples/slas/${f}`);
    for (const file of files) {
      const ok = validate(parse(readFileSync(file, 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(validate(parse(VALID)), JSON.stringify(validate.errors)).toBe(true);
    const config = ajv.getSchema(schemas.config.$id as string)!;
    expect(config(parse(readFileSync('examples/.slac.yml', 'utf8'))), 'examples/.slac.yml').toBe(
      true,
    );
    const results = ajv.getSchema(schemas.results.$id as string)!;
    for (const file of readdirSync('examples/results').filter((f) => f.endsWith('.yaml')))
      expect(results(parse(readFileSync(`examples/results/${file}`, 'utf8'))), file).toBe(true);
  });

  it('give every field its own title, so a hover names the field and not its parent', () => {
    for (const name of NAMES)
      for (const { path, schema } of subschemas(schemas[name])) {
        if (!/\/properties\/[^/]+$/.test(path) || path.includes('/if/')) continue;
        expect(schema.title, `${name} ${path}`).toEqual(expect.any(String));
      }
  });

  it('keep backticks out of plain descriptions (hovers would show them) and in markdownDescription', () => {
    for (const name of NAMES)
      for (const { path, schema } of subschemas(schemas[name])) {
        if (typeof schema.description === 'string')
          expect(schema.description, `${name} ${path}`).not.toContain('`');
        if (typeof schema.markdownDescription === 'string') {
          expect(schema.markdownDescription.split('`').length % 2, `${name} ${path}`).toBe(1);
          expect(schema.description, `${name} ${path}`).toBe(
            schema.markdownDescription.replace(/`([^`]*)`/g, '"$1"'),
          );
        }
      }
  });

  it('name one of slac\'s rules wherever they restate it ("x-slac-rule"), with a message instead of the regex', () => {
    const marked = NAMES.flatMap((name) =>
      subschemas(schemas[name]).filter(({ schema }) => 'x-slac-rule' in schema),
    );
    expect(marked.length).toBeGreaterThanOrEqual(8);
    for (const { path, schema } of marked) {
      expect(Object.keys(RULES), path).toContain(schema['x-slac-rule']);
      for (const { path: inner, schema: branch } of subschemas(schema, path))
        if ('pattern' in branch && !inner.slice(path.length).includes('/properties/'))
          expect(branch.patternErrorMessage, `${path}: a pattern without a message`).toMatch(
            /^Not a /,
          );
    }
  });
});

describe('messages of the schemas in an editor', () => {
  it('come with every pattern, in words, so that no regular expression reaches the author', () => {
    for (const name of NAMES)
      for (const { path, schema } of subschemas(schemas[name]))
        if ('pattern' in schema)
          expect(schema.patternErrorMessage, `${name} ${path}`).toMatch(
            /^Not (a|an|kebab)\b[^^$\\]*$/,
          );
  });
});

describe('patterns of the SLA schema accept what slac accepts', () => {
  const agree = (validate: ValidateFunction, slac: (v: string) => boolean, values: string[]) => {
    for (const value of values)
      expect(validate(value), `${JSON.stringify(value)}: slac says ${slac(value)}`).toBe(
        slac(value),
      );
  };
  const durations = [
    '15m',
    '4h',
    '1h30m',
    '2d',
    '300ms',
    '1.5h',
    '1w',
    '90s',
    '15 min',
    '15 minutes',
    '1 minute',
    '30 days',
    '1 day',
    '2 weeks',
    '1 hour 30 minutes',
    '1 hr',
    '5 secs',
    '250 milliseconds',
    ' 4h ',
    '1h  30m',
    'PT4H',
    'P2D',
    'P1W',
    'P1DT2H',
    'pt15m',
    'PT1.5H',
    '0m',
    '',
    '4',
    'h',
    '4H',
    '4 hours and 5 minutes',
    '1h\t30m',
    'P',
    'PT',
    'P1DT',
    'P1Y',
    'P1M',
    'P6M',
    '1 month',
    '1 year',
    '4hs',
    '5mins',
    '15m30',
    'P1D1W',
    '-5m',
    '1,5h',
  ];

  it('duration', () => {
    // The unit words are slac's, in slac's order (the longer spelling first).
    const pattern = (sla.$defs as Record<string, { pattern: string }>).duration!.pattern;
    expect(pattern).toContain(String.raw`\s*(?:${DURATION_UNITS})(?: *`);
    agree(at('/$defs/duration'), (v) => parseDuration(v).ok, durations);
  });

  it('window: calendar windows, rolling durations (not zero)', () => {
    const windows = [
      ...durations,
      'week',
      'month',
      'quarter',
      'year',
      'Month',
      ' YEAR ',
      'monthly',
      'weekly',
      'months',
      '0d',
      'P0D',
      'constructor',
      '__proto__',
      '30 days',
      '28d',
    ];
    // A window in minutes ("3m") is an error of its own: it is almost always meant as months.
    const minutes = /^\s*\d+\s*m\s*$/;
    agree(at('/$defs/objective/properties/window'), (v) => parseWindow(v).ok && !minutes.test(v), [
      ...windows,
      '1m',
      '3m',
      ' 3 m ',
      '3 min',
      '90m',
    ]);
  });

  it('percentage', () => {
    const values = [
      '99.9%',
      '99.95 %',
      ' 99 ',
      '100',
      '-1%',
      '0.5',
      '99,95%',
      '99.9%%',
      '%',
      '99.',
      '.9',
      'ninety',
      '99.9 percent',
      '1e2',
    ];
    agree(at('/$defs/percentage'), (v) => parsePercent(v).ok, values);
    expect(at('/$defs/percentage')(99.95)).toBe(true);
  });

  it('owner', () => {
    const values = [
      '@acme/payments',
      '@alice',
      '@a-b/c_d.e',
      '@Acme-Corp/Team.Name',
      'globex/netops',
      '@globex/net ops',
      '@-alice',
      '@alice-',
      '@a--b',
      '@acme/',
      '@acme/team/x',
      'alice',
      `@${'a'.repeat(39)}`,
      `@${'a'.repeat(40)}`,
      '@acme/-team',
    ];
    agree(at('/$defs/metadata/properties/owner'), isValidOwner, values);
  });

  it('review cadence', () => {
    const values = [
      '6 months',
      '1 year',
      '90 days',
      '90d',
      '2 weeks',
      '2w',
      '1 quarter',
      'P6M',
      'P1Y',
      'P1Y6M',
      'P2W',
      'p90d',
      ' 6 Months ',
      '0 months',
      'P0D',
      'P',
      'monthly',
      '6m',
      '1.5 years',
      '6 month',
      'P1.5Y',
    ];
    agree(at('/$defs/review/properties/every'), (v) => parseCadence(v).ok, values);
  });

  it('schedule', () => {
    const values = [
      '24x7',
      '24 x 7',
      '24X7',
      '24/7',
      'Mon-Fri 08:00-18:00',
      'Sat,Sun 10:00-14:00',
      'Mon - Fri 8:00 - 18:00',
      'monday-friday 09:00-17:00',
      'Mon, Wed, Fri 09:00-12:00',
      'daily 00:00-24:00',
      'every day 06:00-22:00',
      'Fri-Mon 22:00-02:00',
      'Sun 02:00-04:00',
      'Mon-Fri 8-18',
      'Mon-Fri 08:00-24:30',
      'Mon-Fri 24:00-08:00',
      'Mon-Fri 08:60-18:00',
      'Monkey 08:00-18:00',
      'Mon,Tue',
      'Mon, 08:00-18:00',
      'Mon-Tue-Wed 08:00-09:00',
      'Mon-Fri 08:00-18:00 Europe/Amsterdam',
      'weekdays 08:00-18:00',
      'Tues 08:00-18:00',
    ];
    agree(at('/$defs/schedule'), (v) => parseSchedule(v).ok, values);
    const lists = [['Mon-Fri 08:00-18:00', 'Sat 10:00-14:00'], ['Mon-Fri 8-18'], []];
    for (const list of lists)
      expect(at('/$defs/schedule')(list), JSON.stringify(list)).toBe(parseSchedule(list).ok);
  });

  it('a target of the kind its indicator calls for', () => {
    const objective = at('/$defs/objective');
    const branches = (sla.$defs as Record<string, Schema>).objective!.allOf as Array<{
      if: { properties: { indicator: { enum: string[] } } };
      then: { properties: { target: { $ref: string } } };
    }>;
    const kinds = Object.fromEntries(
      branches.map((b) => [b.then.properties.target.$ref, b.if.properties.indicator.enum.sort()]),
    );
    const byKind = (kind: string) => INDICATOR_NAMES.filter((i) => INDICATORS[i].target === kind);
    expect(kinds['#/$defs/percentage']).toEqual(byKind('percent').sort());
    expect(kinds['#/$defs/duration']).toEqual(byKind('duration').sort());
    const base = { id: 'x', title: 'X', window: 'month' };
    expect(objective({ ...base, indicator: 'availability', target: '99.9%' })).toBe(true);
    expect(objective({ ...base, indicator: 'availability', target: '99,9%' })).toBe(false);
    expect(objective({ ...base, indicator: 'latency', target: '300ms', percentile: 95 })).toBe(
      true,
    );
    expect(objective({ ...base, indicator: 'latency', target: '99.9%' })).toBe(false);
    expect(
      objective({
        ...base,
        indicator: 'availability',
        target: '99.9%',
        tolerance: { desired: '99.99%', adequate: '99 %%' },
      }),
    ).toBe(false);
    expect(objective({ ...base, indicator: 'throughput', target: '1000 rps' })).toBe(true);
  });
});
