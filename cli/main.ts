// slac: the command-line adapter. Parses arguments, calls the core, prints, returns an exit code.
import { EXIT, UsageError, type CliIo } from './io.js';
import { validateCommand } from './commands/validate.js';
import { codeownersCommand } from './commands/codeowners.js';
import { approvalsCommand } from './commands/approvals.js';
import { diffCommand } from './commands/diff.js';
import { renderCommand } from './commands/render.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateCommand, summary: 'check SLA files: YAML, schema and semantic rules' },
  diff: { run: diffCommand, summary: 'what changed for customers between two revisions' },
  approvals: {
    run: approvalsCommand,
    summary: 'check owner approvals of a pull request from a file of GitHub reviews',
  },
  codeowners: {
    run: codeownersCommand,
    summary: 'write or check CODEOWNERS from the SLA owners and admins',
  },
  render: { run: renderCommand, summary: 'render the customer-facing service catalog (site/)' },
};

const HELP = `slac — SLAs as code

Usage: slac <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}

Run "slac <command> --help" for a command's options.
Exit codes: 0 all is well, 1 problems found, 2 usage or runtime error.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? EXIT.error : EXIT.ok;
  }
  if (name === '--version') {
    io.stdout('slac 0.1.0\n');
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`slac: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.error;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`slac ${name}: ${err.message}\n`);
    } else {
      io.stderr(`slac ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    return EXIT.error;
  }
}
