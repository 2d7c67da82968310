// Output formats come from one registry per command: `--format` accepts exactly its names,
// `--help` lists each with its summary, and every format of the registry runs through the CLI
// on the bundled examples.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { APPROVAL_FORMATS } from '../src/approval/format.js';
import { DIFF_FORMATS } from '../src/diff/format.js';
import { formatNames } from '../src/model/output.js';
import { REPORT_FORMATS } from '../src/report/format.js';
import { VALIDATION_FORMATS } from '../src/validate/format.js';
import { runCli } from './helpers/cli.js';

const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const REGISTRIES = {
  validate: VALIDATION_FORMATS,
  diff: DIFF_FORMATS,
  approvals: APPROVAL_FORMATS,
  report: REPORT_FORMATS,
} as const;

describe('output format registries', () => {
  it.each(Object.entries(REGISTRIES))(
    'slac %s --help lists its registry',
    async (command, formats) => {
      const help = await runCli([command, '--help'], { cwd: EXAMPLES });
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`[--format ${formatNames(formats).join('|')}]`);
      for (const name of Object.keys(formats))
        expect(help.stdout).toMatch(
          new RegExp(`^ +(--format F +)?${name}( \\(default\\))?: `, 'm'),
        );
      for (const f of Object.values(formats)) expect(help.stdout).toContain(f.summary);
    },
  );

  it.each(Object.keys(REGISTRIES))(
    'slac %s refuses a format outside its registry',
    async (command) => {
      const required: Record<string, string[]> = {
        diff: ['--base', 'HEAD'],
        approvals: ['--base', 'HEAD', '--author', 'alice', '--reviews', 'reviews.json'],
      };
      const run = await runCli([command, ...(required[command] ?? []), '--format', 'yaml'], {
        cwd: EXAMPLES,
      });
      expect(run.code).toBe(2);
      const names = formatNames(REGISTRIES[command as keyof typeof REGISTRIES]);
      expect(run.stderr).toContain(`--format must be one of ${names.join(', ')}; got "yaml"`);
    },
  );

  it.each(formatNames(VALIDATION_FORMATS))(
    'slac validate --format %s writes the examples',
    async (name) => {
      const run = await runCli(['validate', '--format', name], { cwd: EXAMPLES });
      expect(run.code).toBe(0);
      if (name === 'json' || name === 'sarif') expect(() => JSON.parse(run.stdout)).not.toThrow();
      if (name === 'text') expect(run.stdout).toMatch(/files checked: all valid\n$/);
    },
  );

  it.each(formatNames(REPORT_FORMATS))(
    'slac report --format %s writes the examples',
    async (name) => {
      const run = await runCli(['report', '--format', name, '--last', '3'], {
        cwd: EXAMPLES,
        today: '2026-12-02',
      });
      expect(run.code).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(100);
      if (name === 'json') expect(JSON.parse(run.stdout).slas.length).toBeGreaterThan(0);
      if (name === 'html') expect(run.stdout).toMatch(/^<!doctype html>/i);
    },
  );
});
