// `slac validate --format sarif`: a SARIF 2.1.0 log that the standard's own JSON schema
// accepts, with the rules of the rule registry and each problem's file (relative to the
// repository root), line, column and level, as GitHub code scanning reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { FRACTION, OVERDUE, VALID } from './helpers/sla-text.js';
import { RULES, RULE_IDS } from '../src/model/rules.js';
import { validationSarif } from '../src/validate/sarif.js';
import { SLAC_REPOSITORY, SLAC_VERSION } from '../src/version.js';

/** The OASIS schema of SARIF 2.1.0 (see test/fixtures/sarif/README.md). */
const validateSarif = (() => {
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'),
  ) as Record<string, unknown>;
  // Draft-04 → the draft-07 Ajv reads: `id` is `$id`, and the draft is Ajv's own.
  const { $schema: _draft, id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s));
  ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', (s: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(s),
  );
  return ajv.compile({ ...rest, $id: id as string });
})();

interface SarifLog {
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri?: string;
        rules: Array<{
          id: string;
          shortDescription: { text: string };
          fullDescription: { text: string };
          help: { text: string; markdown: string };
          helpUri?: string;
          defaultConfiguration: { level: string };
        }>;
      };
    };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region?: { startLine: number; startColumn: number };
        };
      }>;
    }>;
  }>;
}

function parsed(text: string): SarifLog {
  const log = JSON.parse(text) as SarifLog;
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

/** `file:line:column rule level message` of each result, to compare with the other formats. */
function located(log: SarifLog): string[] {
  return (log.runs[0]?.results ?? []).map((r) => {
    const { artifactLocation, region } = r.locations[0]?.physicalLocation ?? {
      artifactLocation: { uri: '' },
    };
    return `${artifactLocation.uri}:${region?.startLine}:${region?.startColumn} ${r.ruleId} ${r.level} ${r.message.text}`;
  });
}

describe('slac validate --format sarif', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeRepo();
  });
  afterEach(() => {
    repo.remove();
  });

  it('gives a log the SARIF 2.1.0 schema accepts, with positions, levels and exit 1', async () => {
    repo.write({
      'slas/fraction.yaml': FRACTION,
      'slas/overdue.yaml': OVERDUE.replace('id: demo', 'id: overdue'),
    });
    const run = await runCli(['validate', '--format', 'sarif'], { cwd: repo.dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const log = parsed(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]?.tool.driver.name).toBe('slac');
    expect(log.runs[0]?.tool.driver.version).toBe(SLAC_VERSION);
    expect(log.runs[0]?.tool.driver.informationUri).toBe(`https://github.com/${SLAC_REPOSITORY}`);

    const json = JSON.parse(
      (await runCli(['validate', '--format', 'json'], { cwd: repo.dir })).stdout,
    ) as { errors: Problemish[]; warnings: Problemish[] };
    const expected = [
      ...json.errors.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} error ${p.message}`),
      ...json.warnings.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} warning ${p.message}`),
    ];
    expect(expected).toHaveLength(2);
    expect(located(log)).toEqual(expected);
    expect(located(log)[0]).toBe(
      'slas/fraction.yaml:15:15 objective-target-range error target 0.999 looks like a fraction; write 99.9%',
    );
  });

  it('describes every rule of the registry, and each result points at its rule', async () => {
    repo.write({ 'slas/fraction.yaml': FRACTION });
    const log = parsed((await runCli(['validate', '--format', 'sarif'], { cwd: repo.dir })).stdout);
    const run = log.runs[0];
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of rules) {
      const spec = RULES[rule.id as keyof typeof RULES];
      expect(rule.defaultConfiguration.level).toBe(spec.severity);
      expect(rule.shortDescription.text).not.toContain('`');
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
      expect(rule.help.text).toContain(`docs/${spec.docs}`);
      expect(rule.help.markdown).toContain(`\`${rule.id}\``);
      // Summaries are conditions as often as things: "Reported for no SLA has that id" is no sentence.
      expect(rule.fullDescription.text).toMatch(/^Reported when: /);
      expect(rule.help.text).toMatch(new RegExp(`^slac reports ${rule.id} when: `));
      expect(rule.helpUri).toBe(
        `https://github.com/${SLAC_REPOSITORY}/blob/v${SLAC_VERSION}/docs/${spec.docs}`,
      );
    }
    for (const result of run?.results ?? []) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
  });

  it('gives files relative to the repository root when run in a subfolder', async () => {
    repo.write({
      'README.md': 'A monorepo.\n',
      'sla/.slac.yml': 'slas: "slas/**/*.yaml"\n',
      'sla/slas/fraction.yaml': FRACTION,
    });
    const folder = join(repo.dir, 'sla');
    const log = parsed((await runCli(['validate', '--format', 'sarif'], { cwd: folder })).stdout);
    const location = log.runs[0]?.results[0]?.locations[0]?.physicalLocation;
    expect(location).toEqual({
      artifactLocation: { uri: 'sla/slas/fraction.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 15 },
    });
    // The same with a PATH argument.
    const byPath = parsed(
      (await runCli(['validate', '--format', 'sarif', 'slas/fraction.yaml'], { cwd: folder }))
        .stdout,
    );
    expect(byPath.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(
      'sla/slas/fraction.yaml',
    );
  });

  it('gives an empty list of results and exit 0 for valid files', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    const run = await runCli(['validate', '--format', 'sarif'], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(parsed(run.stdout).runs[0]?.results).toEqual([]);
  });

  it('reports a YAML syntax error with its position', async () => {
    repo.write({
      'slas/demo.yaml': VALID.replace("owner: '@acme/demo'", 'owner: @acme/demo'),
    });
    const log = parsed((await runCli(['validate', '--format', 'sarif'], { cwd: repo.dir })).stdout);
    expect(located(log)).toEqual([
      'slas/demo.yaml:6:10 yaml-syntax error "@" is reserved in YAML and cannot start an unquoted value; quote the value: owner: "@acme/demo"',
    ]);
  });

  it('lists sarif among the formats of --help, and refuses unknown formats', async () => {
    const help = await runCli(['validate', '--help'], { cwd: repo.dir });
    expect(help.stdout).toContain('--format text|json|github|sarif');
    const bad = await runCli(['validate', '--format', 'sarif2'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
  });
});

interface Problemish {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

describe('validationSarif', () => {
  const problem = {
    file: 'slas/a b#1.yaml',
    line: 3,
    column: 7,
    rule: 'schema-not' as const,
    message: 'spec must not be valid',
    severity: 'error' as const,
  };

  it('links rules to the docs when their address is given', () => {
    const log = parsed(
      validationSarif(
        { errors: [], warnings: [] },
        { version: '1.2.3', docsUrl: 'https://example.org/slac/docs/' },
      ),
    );
    const rule = log.runs[0]?.tool.driver.rules.find((r) => r.id === 'window-format');
    expect(rule?.helpUri).toBe('https://example.org/slac/docs/format.md#values');
  });

  it('describes a schema keyword the registry has no entry for, and encodes paths as URIs', () => {
    const log = parsed(validationSarif({ errors: [problem], warnings: [] }, { version: '1.2.3' }));
    const run = log.runs[0];
    const result = run?.results[0];
    expect(run?.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe('schema-not');
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('slas/a%20b%231.yaml');
  });

  it('leaves the region out for a problem of the whole file set (line 0)', () => {
    const log = parsed(
      validationSarif(
        { errors: [{ ...problem, rule: 'sla-id-unique', line: 0, column: 0 }], warnings: [] },
        { version: '1.2.3' },
      ),
    );
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.region).toBeUndefined();
  });

  it('is checked by a schema that rejects what SARIF does not allow', () => {
    const log = JSON.parse(validationSarif({ errors: [problem], warnings: [] }, { version: '1' }));
    expect(validateSarif(log)).toBe(true);
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/runs/0/tool/driver', '/runs/0/results/0/level']),
    );
  });

  it('gives the same bytes for the same result', () => {
    const result = { errors: [problem], warnings: [] };
    expect(validationSarif(result, { version: '1' })).toBe(
      validationSarif(result, { version: '1' }),
    );
  });
});
