// Presentations of a validation result: compiler-style text, the JSON contract, GitHub
// workflow commands and SARIF, listed in VALIDATION_FORMATS (a new format is one entry there).
import type { OutputFormat } from '../model/output.js';
import type { Problem } from '../model/problem.js';
import type { ValidationResult } from './index.js';
import { validationSarif, type SarifOptions } from './sarif.js';

type Shown = Pick<ValidationResult, 'files' | 'errors' | 'warnings'>;

/** What a validation format may use besides the result. */
export interface ValidationFormatContext {
  /** The text of a line of a file, for excerpts under problems (formats with `excerpts`). */
  lineOf(file: string, line: number): string | undefined;
  /** The run and the files' place in the repository (formats with `repository`). */
  repository?: SarifOptions;
}

interface ValidationFormat extends OutputFormat<Shown, ValidationFormatContext> {
  /** Reads the lines problems are on: the validation keeps them (e.g. in its cache). */
  excerpts?: true;
  /** Needs `repository` in its context (the adapter asks git where the repository is). */
  repository?: true;
}

/** `slac validate --format`: the first is the default. */
export const VALIDATION_FORMATS = {
  text: {
    summary: 'file:line:column rule message, with the line and a caret under the column',
    excerpts: true,
    write: (result, { lineOf }) => validationText(result, lineOf),
  },
  json: {
    summary: '{"files", "errors": [{file, line, column, rule, message}], "warnings"}',
    write: (result) => validationJson(result),
  },
  github: {
    summary: 'GitHub workflow commands (::error file=…,line=…::…): annotations in a run',
    write: (result) => validationGithub(result),
  },
  sarif: {
    summary: 'SARIF 2.1.0 for GitHub code scanning (upload-sarif); paths from the repository root',
    repository: true,
    write: (result, { repository }) => {
      if (!repository)
        throw new Error('the SARIF format needs the repository (slac validate gives it)');
      return validationSarif(result, repository);
    },
  },
} as const satisfies Record<string, ValidationFormat>;

/** The JSON contract: {files, errors: [{file, line, column, rule, message}], warnings: [...]}. */
export function validationJson(result: Shown): string {
  const strip = (p: Problem) => ({
    file: p.file,
    line: p.line,
    column: p.column,
    rule: p.rule,
    message: p.message,
  });
  return (
    JSON.stringify(
      {
        files: result.files,
        errors: result.errors.map(strip),
        warnings: result.warnings.map(strip),
      },
      null,
      2,
    ) + '\n'
  );
}

/** `file:line:col rule message`, the source line and a caret under the column. */
export function validationText(
  result: Shown,
  lineOf: (file: string, line: number) => string | undefined = () => undefined,
): string {
  const out: string[] = [];
  for (const p of [...result.errors, ...result.warnings]) {
    const level = p.severity === 'warning' ? 'warning ' : '';
    out.push(`${p.file}:${p.line}:${p.column} ${level}${p.rule} ${p.message}`);
    const text = p.line > 0 ? lineOf(p.file, p.line) : undefined;
    if (text !== undefined && text.length <= 300) {
      const gutter = String(p.line).length;
      out.push(`  ${p.line} | ${text}`);
      out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(Math.max(0, p.column - 1))}^`);
    }
  }
  const e = result.errors.length;
  const w = result.warnings.length;
  const files = `${result.files} ${result.files === 1 ? 'file' : 'files'}`;
  out.push(
    e === 0 && w === 0
      ? `${files} checked: all valid`
      : `${files} checked: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
  );
  return out.join('\n') + '\n';
}

/** GitHub workflow commands (`::error file=…,line=…,col=…,title=…::…`). */
function validationGithub(result: Pick<ValidationResult, 'errors' | 'warnings'>): string {
  return [...result.errors, ...result.warnings].map((p) => workflowCommand(p)).join('');
}

function workflowCommand(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`, `col=${p.column}`);
  props.push(`title=${escapeProperty(p.rule)}`);
  return `::${p.severity === 'warning' ? 'warning' : 'error'} ${props.join(',')}::${escapeData(p.message)}\n`;
}

// Escaping as @actions/core does it (command.ts), so messages cannot inject commands.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
