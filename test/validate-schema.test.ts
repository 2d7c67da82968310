// Schema errors mapped back to the YAML node, with messages that say what to write.
import { describe, expect, it } from 'vitest';
import { validateSources } from '../src/validate/index.js';
import { parseConfig } from '../src/config/index.js';

const VALID = `apiVersion: slac/v1
kind: ServiceLevelAgreement
metadata:
  id: demo
  title: Demo
  owner: '@acme/demo'
spec:
  service: { name: Demo, summary: A demo service. }
  effective: { from: 2026-01-01 }
  objectives:
    - id: uptime
      title: Uptime
      indicator: availability
      target: 99.9%
      window: month
`;

function errors(content: string) {
  return validateSources([{ path: 'slas/demo.yaml', content }], { today: '2026-11-23' }).errors;
}

function only(content: string): [string, number, number, string] {
  const list = errors(content);
  expect(list.map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`)).toHaveLength(1);
  const e = list[0];
  return [e?.rule ?? '', e?.line ?? 0, e?.column ?? 0, e?.message ?? ''];
}

describe('schema errors', () => {
  it('points at a misspelled key and suggests the right one', () => {
    expect(only(VALID + '  servce: { name: X }\n')).toEqual([
      'schema-unknown-key',
      16,
      3,
      'unknown key "servce" in spec; did you mean "service"?',
    ]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(only(VALID + '  zzz: 1\n')[3]).toContain('allowed keys here: service, customers');
  });

  it('reports a missing required key at its parent', () => {
    expect(only(VALID.replace("  owner: '@acme/demo'\n", ''))).toEqual([
      'schema-required',
      3,
      1,
      'metadata is missing the required key "owner"; add it',
    ]);
  });

  it('suggests the closest allowed value of an enum', () => {
    const [rule, line, column, message] = only(VALID.replace('availability', 'availabilty'));
    expect([rule, line, column]).toEqual(['schema-enum', 13, 18]);
    expect(message).toContain('did you mean "availability"?');
  });

  it('names the wrong type', () => {
    expect(only(VALID.replace('window: month', 'window: 5'))).toEqual([
      'schema-type',
      15,
      15,
      'spec.objectives[0].window must be a string, not the number 5',
    ]);
  });

  it('points at the key of an empty value', () => {
    const [rule, line, column, message] = only(VALID.replace('target: 99.9%', 'target:'));
    expect([rule, line, column]).toEqual(['schema-type', 14, 7]);
    expect(message).toBe('spec.objectives[0].target is empty; give it a value, e.g. "99.95%"');
  });

  it('suggests a kebab-case id', () => {
    expect(only(VALID.replace('id: demo', 'id: Payments API'))).toEqual([
      'schema-pattern',
      4,
      7,
      'metadata.id is the text "Payments API", not kebab-case (lowercase letters, digits and single hyphens); write e.g. "payments-api"',
    ]);
  });

  it('asks for ISO dates', () => {
    expect(only(VALID.replace('2026-01-01', '01.01.2026'))).toEqual([
      'schema-pattern',
      9,
      22,
      'spec.effective.from is the text "01.01.2026", not a date; write YYYY-MM-DD, e.g. 2026-01-31',
    ]);
  });

  it('rejects an e-mail address without @', () => {
    const [rule, line, column, message] = only(VALID + '  contacts: [{ name: X, email: nope }]\n');
    expect([rule, line, column]).toEqual(['schema-pattern', 16, 32]);
    expect(message).toContain('not an e-mail address');
  });

  it('rejects an unknown apiVersion', () => {
    expect(only(VALID.replace('slac/v1', 'slac/v2')).slice(0, 3)).toEqual(['schema-enum', 1, 13]);
  });

  it('rejects an empty list of credit tiers', () => {
    expect(only(VALID + '  credits: { objective: uptime, tiers: [] }\n').slice(0, 3)).toEqual([
      'schema-min-items',
      16,
      40,
    ]);
  });

  it('stops at schema errors before the semantic rules', () => {
    const list = errors(VALID.replace('99.9%', '0.999') + '  bogus: 1\n');
    expect(list.map((e) => e.rule)).toEqual(['schema-unknown-key']);
  });

  it('finds a tag listed twice, "__proto__" too (scripts/gen.mjs keeps them in a Map)', () => {
    const tagged = (tags: string) =>
      VALID.replace("  owner: '@acme/demo'\n", `$&  tags: ${tags}\n`);
    const said = 'schema-unique-items metadata.tags lists the same item twice; remove one';
    const found = (tags: string) =>
      errors(tagged(tags)).map((e) => `${e.line}:${e.column} ${e.rule} ${e.message}`);
    expect(found('[a, b, a]')).toEqual([`7:9 ${said}`]);
    expect(found('[constructor, x, constructor]')).toEqual([`7:9 ${said}`]);
    expect(found('[a, b, c]')).toEqual([]);
    // ajv's own code kept the items seen in a plain object, which cannot hold "__proto__".
    expect(found('[__proto__, __proto__]')).toEqual([`7:9 ${said}`]);
    expect(found('[__proto__, a]')).toEqual([]);
  });
});

describe('config schema errors', () => {
  it('points at a team name that is not @org/team', () => {
    expect(
      parseConfig('.slac.yml', 'teams:\n  acme: [alice]\n').problems.map((p) => [
        p.line,
        p.column,
        p.rule,
        p.message,
      ]),
    ).toEqual([
      [2, 3, 'schema-pattern', 'key "acme" in teams is not a GitHub team; write "@org/team-slug"'],
    ]);
  });

  it('suggests the right spelling of a config key', () => {
    const problems = parseConfig('.slac.yml', 'approval:\n  staleReview: keep\n').problems;
    expect(problems.map((p) => [p.line, p.column, p.rule])).toEqual([[2, 3, 'schema-unknown-key']]);
    expect(problems[0]?.message).toContain('did you mean "staleReviews"?');
  });
});
