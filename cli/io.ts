import { isValidDate } from '../src/model/units.js';
import { closest } from '../src/model/words.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
// The CLI's contact with the world, gathered so commands stay testable in-process.
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today's date (ISO), from the clock unless a command takes --today. */
  today(): string;
  /** Environment variables a command reads (slac measure: SLAC_PROMETHEUS_TOKEN). */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Asks the user a question and returns the answer (undefined at the end of input); only
   * where someone can answer: stdin and stdout are a terminal (slac init).
   */
  ask?: (question: string) => Promise<string | undefined>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Checks an enum option and says which values are allowed. */
export function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
}

/**
 * `--format` lines for a command's help, from its registry of formats: the first is the
 * default, each with its summary, e.g.
 *   --format F   text (default): …
 *                json: …
 */
export function formatHelp(formats: Readonly<Record<string, { summary: string }>>): string {
  const pad = '               ';
  return Object.entries(formats)
    .map(
      ([name, f], i) =>
        `${i === 0 ? '  --format F   ' : pad}${name}${i === 0 ? ' (default)' : ''}: ${f.summary}`,
    )
    .join('\n');
}

/**
 * Writes a format's text, whole or a part at a time (about a megabyte per write, so the
 * whole text of a large report is never held).
 */
export function writeParts(io: Pick<CliIo, 'stdout'>, text: string | Iterable<string>): void {
  if (typeof text === 'string') {
    io.stdout(text);
    return;
  }
  let chunk = '';
  for (const part of text) {
    chunk += part;
    if (chunk.length >= 1 << 20) {
      io.stdout(chunk);
      chunk = '';
    }
  }
  io.stdout(chunk);
}

export const EXIT = { ok: 0, problems: 1, error: 2 } as const;

/** `--today` (or the clock's day) checked: a day of the calendar, not only its shape (2026-02-30 is none). */
export function checkToday(today: string): string {
  if (!isValidDate(today))
    throw new UsageError(`--today must be a date YYYY-MM-DD; got "${today}"`);
  return today;
}

/** parseArgs with usage errors instead of TypeErrors. */
export function parseOptions<const T extends ParseArgsOptionsConfig>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Node's text for an unknown option advises `--` for positionals, which misleads someone
    // who misspelt an option: name the option, and the one probably meant.
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
    if (unknown) {
      const names = Object.keys(options).map((o) => `--${o}`);
      const guess = closest(unknown.replace(/=.*$/, ''), names);
      throw new UsageError(
        `unknown option ${unknown}${guess ? `; did you mean ${guess}?` : ''} (the options: ${names.join(', ')})`,
      );
    }
    throw new UsageError(message);
  }
}
