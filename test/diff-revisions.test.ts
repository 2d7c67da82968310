// Matching SLAs between two commits, config from the base, and files that do not load.
import { afterAll, describe, expect, it } from 'vitest';
import { createGitReader } from '../src/git/index.js';
import { compareRevisions, diffMarkdown } from '../src/diff/index.js';
import { DiffRepos, SLA, edit } from './diff-fixture.js';

const repos = new DiffRepos();
afterAll(() => repos.removeAll());

const FILE = 'slas/payments-api.yaml';

describe('matching SLAs by metadata.id', () => {
  it('a moved file is no change', async () => {
    const result = await repos.diff({ [FILE]: SLA }, { [FILE]: null, 'slas/pay/api.yml': SLA });
    expect(result.diff.slas).toEqual([]);
    expect(result.changedPaths).toEqual(['slas/pay/api.yml', FILE]);
  });

  it('a moved and edited file is one modified SLA at its new path', async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      { [FILE]: null, 'slas/api.yaml': edit(SLA, ['response: 15m', 'response: 20m']) },
    );
    expect(result.diff.slas).toMatchObject([
      { id: 'payments-api', file: 'slas/api.yaml', status: 'modified', impact: 'weakened' },
    ]);
  });

  it('a changed id is a removal plus an addition', async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      { [FILE]: edit(SLA, ['id: payments-api', 'id: payments']) },
    );
    expect(result.diff.slas.map((s) => [s.id, s.status, s.impact])).toEqual([
      ['payments-api', 'removed', 'weakened'],
      ['payments', 'added', 'strengthened'],
    ]);
  });

  it('values written differently but equal after normalization are no change', async () => {
    const rewritten = edit(
      SLA,
      ['target: 99.95%', 'target: 99.95'],
      ['target: 300ms', 'target: 0.3s'],
      ['response: 15m', 'response: PT15M'],
      ['resolution: 1d', 'resolution: 24h'],
      ['notice: 72h', 'notice: P3D'],
      ['credit: 10%', 'credit: 10'],
      ["schedule: 'Mon-Fri 08:00-18:00'", "schedule: ['Mon-Fri 08:00-18:00']"],
      ['window: month', 'window: Month'],
    );
    const result = await repos.diff({ [FILE]: SLA }, { [FILE]: rewritten });
    expect(result.diff.slas).toEqual([]);
  });

  it('an added SLA is strengthened and names its objectives', async () => {
    const result = await repos.diff({ 'README.md': 'x' }, { [FILE]: SLA });
    expect(result.diff.slas).toHaveLength(1);
    expect(result.diff.slas[0]).toMatchObject({
      id: 'payments-api',
      file: FILE,
      status: 'added',
      impact: 'strengthened',
      owner: { base: null, head: '@acme/payments' },
    });
    expect(result.diff.slas[0]?.changes[0]?.message).toMatch(
      /^New SLA "Payments API" \(payments-api\), owned by @acme\/payments, with 6 objectives: Monthly uptime 99.95% a month; /,
    );
  });

  it('a removed SLA is weakened', async () => {
    const result = await repos.diff({ [FILE]: SLA }, { [FILE]: null });
    expect(result.diff.slas).toMatchObject([
      {
        id: 'payments-api',
        file: FILE,
        status: 'removed',
        impact: 'weakened',
        owner: { base: '@acme/payments', head: null },
        changes: [{ path: 'metadata.id', before: 'payments-api', after: null, impact: 'weakened' }],
      },
    ]);
  });

  it('weakened SLAs come first', async () => {
    const other = edit(SLA, ['id: payments-api', 'id: alpha']);
    const result = await repos.diff(
      { 'slas/alpha.yaml': other, [FILE]: SLA },
      {
        'slas/alpha.yaml': edit(other, ['summary: Accept card payments.', 'summary: Cards.']),
        [FILE]: edit(SLA, ['target: 99.95%', 'target: 99.5%']),
      },
    );
    expect(result.diff.slas.map((s) => [s.id, s.impact])).toEqual([
      ['payments-api', 'weakened'],
      ['alpha', 'editorial'],
    ]);
  });
});

describe('what else a pull request touches', () => {
  it('a change to unrelated files changes no SLA and says so', async () => {
    const result = await repos.diff({ [FILE]: SLA, 'README.md': 'a' }, { 'README.md': 'b' });
    expect(result.diff.slas).toEqual([]);
    expect(result.diff.configChanged).toBe(false);
    expect(result.changedPaths).toEqual(['README.md']);
    expect(diffMarkdown(result.diff)).toContain('**No SLA changed**');
  });

  it('a changed .slac.yml is reported as configChanged', async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      { '.slac.yml': 'approval: { admins: ["@acme/admins"] }\n' },
    );
    expect(result.diff.configChanged).toBe(true);
    expect(result.diff.slas).toEqual([]);
  });

  it("config comes from the base: head's new glob does not hide SLA files", async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      {
        '.slac.yml': 'slas: "other/*.yaml"\n',
        [FILE]: edit(SLA, ['target: 99.95%', 'target: 99%']),
      },
    );
    expect(result.diff.configChanged).toBe(true);
    expect(result.head.snapshot.files.map((f) => f.path)).toEqual([FILE]);
    expect(result.diff.slas[0]?.impact).toBe('weakened');
  });

  it('an unknown ref is an error that says how to fix it', async () => {
    const { repo } = repos.make({ [FILE]: SLA }, {});
    await expect(
      compareRevisions(createGitReader(repo.dir), 'no-such-branch', 'HEAD'),
    ).rejects.toThrow(/unknown revision "no-such-branch": fetch it first/);
  });
});

describe('files that do not load', () => {
  const broken = edit(SLA, ['  title: Payments API\n', '  title: [Payments API\n']);

  it('broken YAML at head is a validation error with its position, not a removal', async () => {
    const result = await repos.diff({ [FILE]: SLA }, { [FILE]: broken });
    expect(result.diff.slas).toEqual([]);
    expect(result.head.validation.errors[0]).toMatchObject({ file: FILE, line: 6 });
    expect(result.head.validation.errors[0]?.rule).toMatch(/^yaml-/);
    expect(result.skipped).toEqual([{ side: 'head', file: FILE, id: 'payments-api' }]);
  });

  it('broken YAML at head in a moved file still hides no removal', async () => {
    const result = await repos.diff({ [FILE]: SLA }, { [FILE]: null, 'slas/new.yaml': broken });
    expect(result.diff.slas).toEqual([]);
    expect(result.skipped).toEqual([{ side: 'head', file: 'slas/new.yaml', id: 'payments-api' }]);
  });

  it('broken YAML at base is a base validation error, and the head SLA is not reported as added', async () => {
    const result = await repos.diff({ [FILE]: broken }, { [FILE]: SLA });
    expect(result.diff.slas).toEqual([]);
    expect(result.base.validation.errors[0]).toMatchObject({ file: FILE, line: 6 });
    expect(result.head.validation.errors).toEqual([]);
    expect(result.skipped).toEqual([{ side: 'base', file: FILE, id: 'payments-api' }]);
  });

  it('a schema error at head is reported and the SLA is left out of the diff', async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      { [FILE]: edit(SLA, ['  title: Payments API\n', '']) },
    );
    expect(result.diff.slas).toEqual([]);
    expect(result.head.validation.errors[0]).toMatchObject({ file: FILE, rule: 'schema-required' });
  });

  it('a value that does not parse at head is reported, not compared as zero', async () => {
    const result = await repos.diff(
      { [FILE]: SLA },
      {
        [FILE]: edit(SLA, ['target: 99.95%', 'target: 99.9x%'], ['response: 15m', 'response: 20m']),
      },
    );
    expect(result.diff.slas).toEqual([]);
    expect(result.head.validation.errors.map((e) => e.rule)).toContain('objective-target-type');
    expect(result.skipped).toEqual([{ side: 'head', file: FILE, id: 'payments-api' }]);
  });

  it('a broken .slac.yml at head is a head validation error', async () => {
    const result = await repos.diff({ [FILE]: SLA }, { '.slac.yml': 'slas: [\n' });
    expect(result.head.validation.errors[0]).toMatchObject({ file: '.slac.yml' });
    expect(result.diff.configChanged).toBe(true);
  });
});
