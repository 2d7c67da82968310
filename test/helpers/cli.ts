// Runs the slac CLI in-process (same code path as bin/slac.js) and captures its output.
import { main } from '../../cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  options: {
    cwd: string;
    today?: string;
    env?: Record<string, string | undefined>;
    /** Answers typed at a terminal, in order (slac init); without it, stdin is no terminal. */
    answers?: string[];
  },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    today: () => options.today ?? '2026-11-23',
    env: options.env ?? {},
    ...(options.answers && {
      ask: async (question: string) => {
        stdout += question;
        return options.answers!.shift();
      },
    }),
  });
  return { code, stdout, stderr };
}
