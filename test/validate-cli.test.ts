// `slac validate` as a user runs it: the three output formats, exit codes, and the examples.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from './helpers/cli.js';
import { makeRepo, type TempRepo } from './helpers/git-repo.js';
import { FRACTION, OVERDUE, VALID } from './helpers/sla-text.js';

const root = join(import.meta.dirname, '..');

let repo: TempRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => {
  repo.remove();
});

const validate = (...args: string[]) => runCli(['validate', ...args], { cwd: repo.dir });

describe('text output', () => {
  it('reads like a compiler: position, rule, message, the source line and a caret', async () => {
    repo.write({ 'slas/demo.yaml': FRACTION });
    const run = await validate();
    expect(run.stdout).toBe(
      [
        'slas/demo.yaml:15:15 objective-target-range target 0.999 looks like a fraction; write 99.9%',
        '  15 |       target: 0.999',
        '     |               ^',
        '1 file checked: 1 error, 0 warnings',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('says all is valid and exits 0 for a clean file', async () => {
    repo.write({ 'slas/demo.yaml': VALID });
    const run = await validate();
    expect(run.stdout).toBe('1 file checked: all valid\n');
    expect(run.code).toBe(0);
  });

  it('marks warnings and still exits 0 when there are only warnings', async () => {
    repo.write({ 'slas/demo.yaml': OVERDUE });
    const run = await validate();
    expect(run.stdout).toContain(
      'slas/demo.yaml:10:44 warning review-overdue review was due on 2026-07-01',
    );
    expect(run.stdout).toContain('1 file checked: 0 errors, 1 warning');
    expect(run.code).toBe(0);
  });
});

describe('json output', () => {
  it('prints exactly {files, errors[{file, line, column, rule, message}], warnings}', async () => {
    repo.write({
      'slas/demo.yaml': FRACTION,
      'slas/other.yaml': OVERDUE.replace('id: demo', 'id: other'),
    });
    const run = await validate('--format', 'json');
    expect(JSON.parse(run.stdout)).toEqual({
      files: 2,
      errors: [
        {
          file: 'slas/demo.yaml',
          line: 15,
          column: 15,
          rule: 'objective-target-range',
          message: 'target 0.999 looks like a fraction; write 99.9%',
        },
      ],
      warnings: [
        {
          file: 'slas/other.yaml',
          line: 10,
          column: 44,
          rule: 'review-overdue',
          message:
            'review was due on 2026-07-01 (2026-01-01 + 6 months); review the SLA with its owner and set lastReviewed to the review date',
        },
      ],
    });
    expect(run.code).toBe(1);
  });

  it('takes today from --today', async () => {
    repo.write({ 'slas/demo.yaml': OVERDUE });
    const run = await validate('--format', 'json', '--today', '2026-06-30');
    expect(JSON.parse(run.stdout).warnings).toEqual([]);
  });
});

describe('github output', () => {
  it('prints workflow commands with file, line and column (% escaped as %25)', async () => {
    repo.write({
      'slas/demo.yaml': FRACTION,
      'slas/other.yaml': OVERDUE.replace('id: demo', 'id: other'),
    });
    const run = await validate('--format', 'github');
    expect(run.stdout).toBe(
      '::error file=slas/demo.yaml,line=15,col=15,title=objective-target-range::target 0.999 looks like a fraction; write 99.9%25\n' +
        '::warning file=slas/other.yaml,line=10,col=44,title=review-overdue::review was due on 2026-07-01 (2026-01-01 + 6 months); review the SLA with its owner and set lastReviewed to the review date\n',
    );
    expect(run.code).toBe(1);
  });

  it('escapes newlines and percent signs so a message cannot inject commands', async () => {
    repo.write({ 'slas/demo.yaml': VALID.replace("'@acme/demo'", '"x\\n::error::pwned %"') });
    const run = await validate('--format', 'github');
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stdout).toContain('x%0A::error::pwned %25');
  });
});

describe('paths and exit codes', () => {
  it('validates the files and folders given as paths', async () => {
    repo.write({ 'a/one.yaml': VALID, 'b/two.yml': FRACTION.replace('id: demo', 'id: two') });
    const run = await validate('a/one.yaml', 'b', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.files).toBe(2);
    expect(report.errors.map((e: { file: string }) => e.file)).toEqual(['b/two.yml']);
  });

  it('checks a file named twice (itself and its folder) once', async () => {
    repo.write({ 'a/one.yaml': VALID });
    const run = await validate('a/one.yaml', 'a', '--format', 'json');
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 1, errors: [] });
    expect(run.code).toBe(0);
  });

  it('fails when the slas glob of .slac.yml selects no file, so a typo cannot pass', async () => {
    repo.write({ '.slac.yml': "slas: 'sla/**/*.yaml'\n", 'slas/demo.yaml': VALID });
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '.slac.yml:1:1 slas-none no SLA file matches "sla/**/*.yaml", the slas glob of .slac.yml',
    );
    expect(run.stdout).toContain("  1 | slas: 'sla/**/*.yaml'");
  });

  it('lists the problems of .slac.yml in order, with their source lines', async () => {
    repo.write({
      '.slac.yml': 'approval:\n  editorial: never\n  staleReviews: sometimes\nslas: 42\n',
      'slas/demo.yaml': VALID,
    });
    const run = await validate('--format', 'json');
    const report = JSON.parse(run.stdout) as { errors: { file: string; line: number }[] };
    const lines = report.errors.filter((e) => e.file === '.slac.yml').map((e) => e.line);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const text = await validate();
    expect(text.stdout).toContain('  2 |   editorial: never');
  });

  it('exits 2 on an unknown format and names the allowed values', async () => {
    const run = await validate('--format', 'xml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, json, github, sarif; got "xml"');
    expect(run.stdout).toBe('');
  });

  it('exits 2 on a path that does not exist', async () => {
    const run = await validate('missing.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file or folder: missing.yaml');
  });

  it('exits 2 on a malformed --today', async () => {
    const run = await validate('--today', 'tomorrow');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today must be a date YYYY-MM-DD');
  });

  it('exits 2 on a --today that has the shape of a date but is no day of the calendar', async () => {
    const run = await validate('--today', '2026-02-30');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today must be a date YYYY-MM-DD; got "2026-02-30"');
    expect(run.stdout).toBe('');
  });

  it('reports a hostile file as an error without a stack trace', async () => {
    repo.write({
      'slas/bomb.yaml':
        'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
    });
    const run = await validate();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('slas/bomb.yaml:1:1 yaml-alias-limit');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('the bundled examples', () => {
  it('validate clean, without errors or warnings', async () => {
    const run = await runCli(['validate', 'examples/slas', '--format', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(report.files).toBeGreaterThanOrEqual(6);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('validate clean through the slas glob of examples/.slac.yml', async () => {
    const run = await runCli(['validate', '--format', 'json'], { cwd: join(root, 'examples') });
    const report = JSON.parse(run.stdout);
    expect(report.files).toBeGreaterThanOrEqual(6);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});
