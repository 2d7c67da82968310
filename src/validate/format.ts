// Presentations of a validation result: compiler-style text, the JSON contract, and GitHub
// workflow commands.
import type { Problem } from '../model/problem.js';
import type { ValidationResult } from './index.js';

/** The JSON contract: {files, errors: [{file, line, column, rule, message}], warnings: [...]}. */
export function validationJson(
  result: Pick<ValidationResult, 'files' | 'errors' | 'warnings'>,
): string {
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
  result: Pick<ValidationResult, 'files' | 'errors' | 'warnings'>,
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
export function validationGithub(result: Pick<ValidationResult, 'errors' | 'warnings'>): string {
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
