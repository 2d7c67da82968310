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

export const EXIT = { ok: 0, problems: 1, error: 2 } as const;

/** parseArgs with usage errors instead of TypeErrors. */
export function parseOptions<const T extends ParseArgsOptionsConfig>(
  args: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}
