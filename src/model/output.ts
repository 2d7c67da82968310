// Output formats as a registry: each capability lists its formats in one table (name → one
// line for --help, and a pure function from its value to text), so that a new format is one
// entry next to the others and the command's --format choice and help follow from the table.

/** One output format of a command: a value (and what the command knows besides) in, text out. */
export interface OutputFormat<Value, Context = undefined> {
  /** What it is for, one line for --help ("SARIF 2.1.0 for GitHub code scanning"). */
  summary: string;
  /** The text, whole or in parts (a large report is written a part at a time). */
  write(value: Value, context: Context): string | Iterable<string>;
}

/** The names of a registry's formats, in its order (the first is the default). */
export function formatNames<T extends Record<string, unknown>>(formats: T): (keyof T & string)[] {
  return Object.keys(formats) as (keyof T & string)[];
}
