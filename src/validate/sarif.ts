// SARIF 2.1.0, the format GitHub code scanning reads: one run of the tool "slac", its rules
// from the rule registry (id, summary, the docs that describe it), and one result per
// problem with its file (relative to the repository root), line and column.
import type { Problem } from '../model/problem.js';
import { RULES, RULE_IDS, type RuleId } from '../model/rules.js';
import type { ValidationResult } from './index.js';

export interface SarifOptions {
  /** slac's version, the driver's `version` and `semanticVersion`. */
  version: string;
  /**
   * The file of a problem as a URI relative to the repository root (`sla/slas/a.yaml` when
   * slac ran in `sla/`), or an absolute `file:` URI for a file outside it. Defaults to the
   * file as reported.
   */
  artifactUri?: (file: string) => string;
  /** Where the docs live (ending in "/"): rules then link to their section as `helpUri`. */
  docsUrl?: string;
  /** The tool's home page. */
  informationUri?: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The SARIF log of a validation: every registered rule, and a result per error and warning. */
export function validationSarif(
  result: Pick<ValidationResult, 'errors' | 'warnings'>,
  options: SarifOptions,
): string {
  const problems = [...result.errors, ...result.warnings];
  // Registered rules first, then schema keywords slac has no entry for (`schema-<keyword>`).
  const ids: string[] = [...RULE_IDS];
  for (const p of problems) if (!ids.includes(p.rule)) ids.push(p.rule);
  const index = new Map(ids.map((id, i) => [id, i]));
  const uriOf = options.artifactUri ?? ((file: string) => encodePath(file));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'slac',
            version: options.version,
            semanticVersion: options.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: ids.map((id) => ruleDescriptor(id, options.docsUrl)),
          },
        },
        // Columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results: problems.map((p) =>
          resultOf(
            p,
            index.get(p.rule) as number,
            // "/Catalog": a folder beside the one slac runs in, named from the repository's
            // top (see spellingProblems), which is what the URI is relative to.
            p.rule === 'file-path-case' && p.file.startsWith('/')
              ? encodePath(p.file.slice(1))
              : uriOf(p.file),
          ),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(id: string, docsUrl: string | undefined) {
  const spec = isRegistered(id) ? RULES[id] : undefined;
  const summary = spec?.summary ?? `a value that breaks the JSON Schema keyword "${id.slice(7)}"`;
  const docs = spec?.docs ?? 'format.md#the-schema';
  const where = `docs/${docs}`;
  const level = spec?.severity ?? 'error';
  return {
    id,
    shortDescription: { text: sentence(plain(summary)) },
    // The registry's summaries are either a thing ("a key twice in the same mapping") or a
    // condition ("no SLA has that id"): "when:" reads right before both.
    fullDescription: { text: `Reported when: ${plain(summary)}. Described in ${where}.` },
    help: {
      text: `slac reports ${id} when: ${plain(summary)}. The message says what to write instead. Described in ${where} of slac's documentation.`,
      markdown: `slac reports \`${id}\` when: ${markdownWithoutLinks(summary)}. The message says what to write instead.\n\nDescribed in \`${where}\` of slac's documentation.`,
    },
    ...(docsUrl ? { helpUri: `${docsUrl}${docs}` } : {}),
    defaultConfiguration: { level },
    properties: { tags: ['sla', 'slac'], 'problem.severity': level },
  };
}

function resultOf(p: Problem, ruleIndex: number, uri: string) {
  const artifactLocation = { uri, ...(isAbsoluteUri(uri) ? {} : { uriBaseId: '%SRCROOT%' }) };
  return {
    ruleId: p.rule,
    ruleIndex,
    level: p.severity === 'warning' ? 'warning' : 'error',
    message: { text: p.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          // A problem of the whole file set (line 0) points at the file without a region.
          ...(p.line > 0
            ? { region: { startLine: p.line, startColumn: Math.max(1, p.column) } }
            : {}),
        },
      },
    ],
  };
}

function isRegistered(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** A path with forward slashes as a relative URI: each segment percent-encoded. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function isAbsoluteUri(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

/** Markdown of the registry's summaries as plain text: no backticks, links as their words. */
function plain(markdown: string): string {
  return markdownWithoutLinks(markdown).replace(/`/g, '');
}

/** Links to anchors of the docs page would not resolve in a code scanning alert: their words stay. */
function markdownWithoutLinks(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
