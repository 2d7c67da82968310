// slac: the command-line adapter. Parses arguments, calls the core, prints, returns an exit code.
import { EXIT, UsageError, type CliIo } from './io.js';
import { SLAC_VERSION } from '../src/version.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each command is imported when it runs: a command pays only for its own modules (ajv, yaml,
// handlebars), which keeps the start of a run — e.g. a warm-cache validate — short.
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: {
    load: async () => (await import('./commands/validate.js')).validateCommand,
    summary: 'check SLA files: YAML, schema and semantic rules',
  },
  diff: {
    load: async () => (await import('./commands/diff.js')).diffCommand,
    summary: 'what changed for customers between two revisions',
  },
  approvals: {
    load: async () => (await import('./commands/approvals.js')).approvalsCommand,
    summary: 'check owner approvals of a pull request from a file of GitHub reviews',
  },
  codeowners: {
    load: async () => (await import('./commands/codeowners.js')).codeownersCommand,
    summary: 'write or check CODEOWNERS from the SLA owners and admins',
  },
  report: {
    load: async () => (await import('./commands/report.js')).reportCommand,
    summary: 'the service level review: results against targets, credits, reviews due',
  },
  measure: {
    load: async () => (await import('./commands/measure.js')).measureCommand,
    summary: "measure a period's results from Prometheus and print or write its results file",
  },
  render: {
    load: async () => (await import('./commands/render.js')).renderCommand,
    summary: 'render the customer-facing service catalog (site/)',
  },
  init: {
    load: async () => (await import('./commands/init.js')).initCommand,
    summary: 'start a repository of SLAs: .slac.yml, a starter SLA, CODEOWNERS, workflows',
  },
  import: {
    load: async () => (await import('./commands/import.js')).importCommand,
    summary: 'convert OpenSLO or Sloth specs into SLA files',
  },
  export: {
    load: async () => (await import('./commands/export.js')).exportCommand,
    summary: 'write the objectives with Prometheus queries as Sloth or OpenSLO specs',
  },
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
    io.stdout(`slac ${SLAC_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`slac: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.error;
  }
  try {
    return await (
      await command.load()
    )(rest, {
      ...io,
      // JSON escapes control characters itself (and a 45 MB report need not be scanned).
      stdout: jsonOut(rest) ? io.stdout : visibleControls(io.stdout),
      stderr: visibleControls(io.stderr),
    });
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`slac ${name}: ${err.message}\n`);
    } else {
      io.stderr(`slac ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    return EXIT.error;
  }
}

// C0 controls but tab and line feed, DEL and C1: what moves the cursor, erases or recolours.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Whether the command prints JSON (`--format json`, `--format=sarif`; the last one given counts). */
function jsonOut(args: readonly string[]): boolean {
  let format: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--format') format = args[i + 1];
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
  });
  return format === 'json' || format === 'sarif';
}

/**
 * Control characters from the files (ESC, CR, …) written as \u escapes: the text of an SLA
 * cannot rewrite the line of a terminal or CI log that shows slac's verdict ("weakened").
 * slac's own output has none, so it keeps its bytes.
 */
function visibleControls(write: (text: string) => void): (text: string) => void {
  return (text) =>
    write(text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
