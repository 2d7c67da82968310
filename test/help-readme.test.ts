// README's command table against each command's --help: a user who reads one finds the
// options of the other. --cache, --jobs and --today are for CI and tests; README leaves them
// to the help and docs/performance.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
const COMMANDS = [
  'validate',
  'diff',
  'approvals',
  'codeowners',
  'init',
  'render',
  'report',
  'measure',
  'import',
  'export',
];
const LEFT_TO_HELP = new Set(['--cache', '--jobs', '--today', '--help']);

/** The options named in a text, e.g. "--format" of "[--format text|json]". */
function options(text: string): Set<string> {
  return new Set([...text.matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]));
}

describe('README command table', () => {
  it.each(COMMANDS)('names the options of slac %s --help', async (command) => {
    const help = await runCli([command, '--help'], { cwd: process.cwd() });
    expect(help.code).toBe(0);
    const usage = help.stdout.slice(0, help.stdout.indexOf('\n\n'));
    const row = README.split('\n').find((line) => line.startsWith(`| \`slac ${command}`));
    expect(row, `README has a row for slac ${command}`).toBeDefined();
    const inReadme = options(row!.split('|').slice(0, -2).join('|'));
    const missing = [...options(usage)].filter((o) => !LEFT_TO_HELP.has(o) && !inReadme.has(o));
    const extra = [...inReadme].filter((o) => !options(usage).has(o));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});
