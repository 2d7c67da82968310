// JSON Schema validation with ajv, each error mapped back to the YAML node that caused it.
import type { RuleId, SchemaKeywordRule } from '../model/rules.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
// The schemas are compiled ahead of time (scripts/gen.mjs): compiling the SLA schema took a
// quarter of a second in every process and worker thread, and loading ajv itself a tenth.
import validateConfig from './config-schema.generated.js';
import validateResults from './results-schema.generated.js';
import validateSla from './sla-schema.generated.js';
import type { YamlSource } from '../load/index.js';
import type { DocPath, Problem } from '../model/problem.js';
import {
  commaSplits,
  indicatorHint,
  isIndicatorPath,
  numberFix,
  schemaValueMessage,
} from './hints.js';
import { closest } from '../model/words.js';

const VALIDATORS = { sla: validateSla, config: validateConfig, results: validateResults };

function validator(schema: SchemaName): ValidateFunction {
  return VALIDATORS[schema] as unknown as ValidateFunction;
}

export type SchemaName = keyof typeof VALIDATORS;

/** Validates data against a schema; returns problems with file, line and column. */
export function checkSchema(source: YamlSource, schema: SchemaName): Problem[] {
  const validate = validator(schema);
  if (validate(source.data)) return [];
  return mapErrors(source, validate.errors ?? [], schema);
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(path: DocPath): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeName(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

function mapErrors(source: YamlSource, errors: ErrorObject[], schema: SchemaName): Problem[] {
  // Branch errors of a oneOf are noise: keep the oneOf's own error for that node.
  const oneOfPaths = new Set(
    errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const { problems: out, explained } = commaSplits(source, errors);
  for (const e of errors) {
    if (explained.has(e)) continue;
    if (
      e.keyword !== 'oneOf' &&
      oneOfPaths.has(e.instancePath) &&
      e.schemaPath.includes('/oneOf/')
    ) {
      continue;
    }
    // A bad property name is reported twice: as the failed pattern and as propertyNames.
    if (e.keyword === 'propertyNames') continue;
    const mapped = mapError(e);
    if (schema === 'sla' && mapped.part === 'value' && VALUE_FORMS.has(e.keyword)) {
      // A value of a known kind that fails its pattern: said as its parser says it, fixed.
      const said = schemaValueMessage(describe(mapped.path), mapped.path, source.data);
      if (said) mapped.message = said;
    }
    const key = `${mapped.path.join('/')}|${mapped.rule}|${mapped.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = source.locate(mapped.path, mapped.part);
    out.push({
      file: source.file,
      line: pos.line,
      column: pos.column,
      rule: mapped.rule,
      message: mapped.message,
      severity: 'error',
    });
  }
  return out;
}

/** Keywords by which a schema says what form a value must have. */
const VALUE_FORMS = new Set(['pattern', 'anyOf', 'oneOf']);

interface Mapped {
  path: DocPath;
  part: 'key' | 'value';
  rule: RuleId | SchemaKeywordRule;
  message: string;
}

function mapError(e: ErrorObject): Mapped {
  const path = pathOf(e.instancePath);
  const where = describe(path);
  const parent = e.parentSchema as
    | { description?: string; properties?: Record<string, unknown>; examples?: unknown[] }
    | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const guess = closest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed keys here: ${allowed.join(', ')}`;
      return {
        path: [...path, key],
        part: 'key',
        rule: 'schema-unknown-key',
        message: `unknown key "${key}" in ${where}; ${hint}`,
      };
    }
    case 'required': {
      const key = String((e.params as { missingProperty: string }).missingProperty);
      return {
        path,
        part: 'key',
        rule: 'schema-required',
        message: `${where} is missing the required key "${key}"; add it`,
      };
    }
    case 'type': {
      if (e.data === null) {
        // `key:` with nothing after it: the key is where the author looks.
        return {
          path,
          part: 'key',
          rule: 'schema-type',
          message: `${where} is empty; give it a value${exampleHint(parent)}`,
        };
      }
      const want = String((e.params as { type: string | string[] }).type).replace(',', ' or ');
      // `percentile: p95`: the number the text stands for, written as a number.
      const number = /number|integer/.test(want) ? numberFix(e.data) : undefined;
      return {
        path,
        part: 'value',
        rule: 'schema-type',
        message:
          `${where} must be ${article(want)}, not ${typeName(e.data)}` +
          (number === undefined ? '' : `; write ${number}`),
      };
    }
    case 'const':
    case 'enum': {
      const allowed =
        e.keyword === 'const'
          ? [(e.params as { allowedValue: unknown }).allowedValue]
          : (e.params as { allowedValues: unknown[] }).allowedValues;
      const names = allowed.map((a) => String(a));
      if (typeof e.data === 'string' && isIndicatorPath(path)) {
        return {
          path,
          part: 'value',
          rule: 'schema-enum',
          message: `${where} "${e.data}" is not an indicator; ${indicatorHint(e.data)} Allowed: ${names.join(', ')}`,
        };
      }
      const guess = typeof e.data === 'string' ? closest(e.data, names) : undefined;
      return {
        path,
        part: 'value',
        rule: 'schema-enum',
        message:
          `${where} is ${typeName(e.data)}; allowed: ${names.join(', ')}` +
          (guess ? ` (did you mean "${guess}"?)` : ''),
      };
    }
    case 'pattern': {
      const propertyName = e.propertyName;
      if (propertyName !== undefined) {
        return {
          path: [...path, propertyName],
          part: 'key',
          rule: 'schema-pattern',
          message: `key "${propertyName}" in ${where} ${patternHint(String((e.params as { pattern: string }).pattern), propertyName)}`,
        };
      }
      return {
        path,
        part: 'value',
        rule: 'schema-pattern',
        message: `${where} ${patternHint(String((e.params as { pattern: string }).pattern), e.data)}`,
      };
    }
    case 'oneOf':
    case 'anyOf': {
      const help = parent?.description ? `; expected: ${parent.description}` : '';
      return {
        path,
        part: 'value',
        rule: 'schema-type',
        message: `${where} cannot be ${typeName(e.data)}${help}`,
      };
    }
    case 'minItems':
      return {
        path,
        part: 'value',
        rule: 'schema-min-items',
        message: `${where} must not be empty`,
      };
    case 'minLength': {
      const limit = (e.params as { limit: number }).limit;
      return {
        path,
        part: 'value',
        rule: 'schema-min-length',
        message:
          limit <= 1 || e.data === ''
            ? `${where} must not be empty`
            : `${where} is too short; write at least ${limit} characters`,
      };
    }
    case 'maxLength':
      return {
        path,
        part: 'value',
        rule: 'schema-max-length',
        message: `${where} is longer than ${(e.params as { limit: number }).limit} characters; shorten it`,
      };
    case 'uniqueItems':
      return {
        path,
        part: 'value',
        rule: 'schema-unique-items',
        message: `${where} lists the same item twice; remove one`,
      };
    default:
      return {
        path,
        part: 'value',
        rule: `schema-${e.keyword}`,
        message: `${where} ${e.message ?? 'is invalid'}`,
      };
  }
}

/** What a value that fails a pattern of the schemas should look like. */
function patternHint(pattern: string, value: unknown): string {
  const shown = typeName(value);
  if (pattern.startsWith('^[0-9]{4}(-')) {
    return `is ${shown}, not a period; write a month 2026-11, a quarter 2026-Q4, an ISO week 2026-W47 or a year 2026`;
  }
  if (pattern.startsWith('^[0-9]{4}-')) {
    return `is ${shown}, not a date; write YYYY-MM-DD, e.g. 2026-01-31`;
  }
  if (pattern.startsWith('^[a-z0-9]+(-[a-z0-9]+)*$')) {
    const kebab = String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return `is ${shown}, not kebab-case (lowercase letters, digits and single hyphens)${kebab ? `; write e.g. "${kebab}"` : ''}`;
  }
  if (pattern.startsWith('^(https?:|mailto:)')) {
    return `is ${shown}; a link starts with https://, http:// or mailto:`;
  }
  if (pattern.startsWith('^[^@\\s]+@')) {
    return `is ${shown}, not an e-mail address; write e.g. team@example.com`;
  }
  if (pattern.startsWith('^@')) {
    return 'is not a GitHub team; write "@org/team-slug"';
  }
  return `is ${shown}, which does not match ${pattern}`;
}

function exampleHint(parent: { examples?: unknown[] } | undefined): string {
  const example = parent?.examples?.[0];
  return example === undefined || typeof example === 'object'
    ? ''
    : `, e.g. ${JSON.stringify(example)}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

export { closest };
