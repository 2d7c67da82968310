// The rule registry: every problem slac can report, once — its id, severity, a one-line
// summary and where the docs describe it. Code that reports a problem names a RuleId, so a
// misspelt id fails to compile; the docs test reads this table.

export interface RuleSpec {
  severity: 'error' | 'warning';
  /** The docs page and anchor that describe the rule, e.g. `format.md#objectives`. */
  docs: string;
  /** When the rule reports a problem, in one line. */
  summary: string;
}

export const RULES = {
  'config-glob': {
    severity: 'error',
    docs: 'format.md#the-repository-config-slacyml',
    summary:
      'a `slas` or `results` glob that starts with `/`, goes up a folder (`..`), or holds a `.` or empty folder name: it would read files git does not list there',
  },
  'config-owner': {
    severity: 'error',
    docs: 'format.md#the-repository-config-slacyml',
    summary:
      'an `approval.admins` entry that is not `@login` or `@org/team-slug`, or a `teams` member that is not a login',
  },
  'config-report': {
    severity: 'error',
    docs: 'format.md#the-repository-config-slacyml',
    summary:
      'a `report` setting of `.slac.yml` that cannot be read (a `reviewNotice` that is not a duration)',
  },
  'config-templates': {
    severity: 'error',
    docs: 'format.md#the-repository-config-slacyml',
    summary:
      'a `templates` folder outside the folder of `.slac.yml`, or with a backslash or spaces around it: a change there would need no admin',
  },
  'credits-objective': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary:
      '`credits.objective` names no objective of the SLA, or an objective whose indicator is not `availability`',
  },
  'credits-range': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary: "a tier's `below` or `credit` outside 0–100%, or a credit of 0%",
  },
  'credits-tier-above-target': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary:
      "a tier's `below` above the target of the credited objective: it pays a credit while the target is met",
  },
  'credits-tiers-order': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary:
      'two tiers with the same threshold, or a lower threshold that does not give a larger credit',
  },
  'date-invalid': {
    severity: 'error',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: 'a date in the right form that does not exist (`2026-02-30`)',
  },
  'duration-format': {
    severity: 'error',
    docs: 'format.md#values',
    summary:
      'a `response`, `resolution` or `maintenance.notice` that is not a [duration](#durations), or uses months or years',
  },
  'effective-order': {
    severity: 'error',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: '`effective.until` before `effective.from`',
  },
  'file-path-encoding': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a file the globs select whose name is not UTF-8: no reader can tell it from others',
  },
  'file-path-case': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary:
      'two paths that differ only in letter case or Unicode spelling, one where slac reads: macOS and Windows write both to one place',
  },
  'file-symlink': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary:
      'a symbolic link the globs select: slac reads no link (git keeps only where it points), so its SLA would be neither checked nor shown',
  },
  'file-submodule': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary:
      'a submodule (a folder with its own `.git`) the globs select or on the way to where one starts: its files are not in this repository, so the check cannot see them',
  },
  'file-too-large': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a file larger than 1 MiB (1,048,576 bytes)',
  },
  'objective-better-ignored': {
    severity: 'warning',
    docs: 'format.md#objectives',
    summary: '`better` on an indicator other than `custom` (the indicator already decides)',
  },
  'objective-better-missing': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'a `custom` indicator without `better`',
  },
  'objective-id-unique': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'two objectives of one SLA with the same `id`',
  },
  'objective-percentile': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary:
      '`percentile` on an indicator other than `latency`, or a percentile not strictly between 0 and 100',
  },
  'objective-percentile-missing': {
    severity: 'warning',
    docs: 'format.md#objectives',
    summary: 'a `latency` objective without `percentile` (is `300ms` an average? a maximum?)',
  },
  'objective-target-range': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary:
      'a percentage target or tolerance value below 0% or above 100%; for availability, success-rate and durability a value above 0 and at most 1 (a fraction such as `0.999`); a throughput below zero',
  },
  'objective-target-type': {
    severity: 'error',
    docs: 'format.md#values',
    summary:
      'a target or tolerance value of the wrong kind for its indicator (a duration for availability, a percentage for latency, a percentage for throughput), a value that cannot be read, or tolerance values in another unit than the target',
  },
  'owner-format': {
    severity: 'error',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: 'a `metadata.owner` that is not `@login` or `@org/team-slug` ([owners](#owners))',
  },
  'percent-format': {
    severity: 'error',
    docs: 'format.md#values',
    summary: 'a credit tier `below` or `credit` that is not a [percentage](#percentages)',
  },
  'priority-level-unique': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary: 'two priorities with the same `level`',
  },
  'priority-response-after-resolution': {
    severity: 'error',
    docs: 'format.md#support-and-credits',
    summary: "a `response` longer than the same priority's `resolution`",
  },
  'prometheus-both-forms': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: '`prometheus` with both `value` and `good`/`total`',
  },
  'prometheus-placeholder': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'a placeholder other than `{{range}}` in a query (`{{window}}`)',
  },
  'prometheus-query-empty': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'a query that is empty or only spaces',
  },
  'prometheus-range-missing': {
    severity: 'warning',
    docs: 'format.md#objectives',
    summary: 'a query without `{{range}}`: it reads one instant, not the period',
  },
  'prometheus-ratio-incomplete': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: "a ratio indicator's `prometheus` without `good` or without `total`",
  },
  'prometheus-ratio-on-value': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary:
      '`prometheus.good`/`total` on latency, response-time, resolution-time, freshness, throughput or custom (measured by one value)',
  },
  'prometheus-value-missing': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: '`prometheus` without `value` on an indicator measured by one value',
  },
  'prometheus-value-on-ratio': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary:
      '`prometheus.value` on availability, success-rate, error-rate or durability (measured as good / total)',
  },
  'results-duplicate': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'a second result for the same objective and period, in the same file or another',
  },
  'results-good-total': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: '`good` without `total`, or `good` greater than `total`',
  },
  'results-kind': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'an SLA file (`kind: ServiceLevelAgreement`) is among the results files',
  },
  'results-not-mapping': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'the file is empty, a list or a single value',
  },
  'results-objective-unknown': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'the SLA has no objective with that id (with a guess)',
  },
  'results-outside-effective': {
    severity: 'warning',
    docs: 'results.md#rules',
    summary:
      "a result for a period wholly before the SLA's `effective.from` or after its `effective.until` (reports leave it out)",
  },
  'results-period': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'a period that does not exist (`2027-W53`, `2026-13`)',
  },
  'results-period-future': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'a period that starts after today',
  },
  'results-period-kind': {
    severity: 'error',
    docs: 'results.md#rules',
    summary:
      "the file's period is of another kind than the objective's window calls for (a month for a quarter objective)",
  },
  'results-ratio': {
    severity: 'warning',
    docs: 'results.md#rules',
    summary:
      '`value` differs from `good / total` (for error-rate `100% − good / total`) by more than 0.005 points',
  },
  'results-sla-unknown': {
    severity: 'error',
    docs: 'results.md#rules',
    summary: 'no SLA has that id (with a guess at the one meant)',
  },
  'results-value': {
    severity: 'error',
    docs: 'results.md#rules',
    summary:
      'a value that does not fit the objective: another kind than its target, another unit, a percentage outside 0–100%, a negative duration',
  },
  'review-cadence': {
    severity: 'error',
    docs: 'format.md#values',
    summary: 'a `review.every` that is not a [cadence](#review-cadences), or zero',
  },
  'review-future': {
    severity: 'warning',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: '`review.lastReviewed` after today',
  },
  'review-overdue': {
    severity: 'warning',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: '`review.lastReviewed` plus `review.every` lies before today',
  },
  'schedule-format': {
    severity: 'error',
    docs: 'format.md#values',
    summary:
      'a `schedule` or priority `hours` that is not a [schedule](#schedules): unknown day names, bad times, a start equal to its end',
  },
  'schema-enum': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary:
      'a value outside the allowed list: `apiVersion`, `kind`, `indicator`, `better`; in `.slac.yml` `staleReviews`, `editorial`',
  },
  'schema-max-length': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary: 'text longer than the field allows (see [Fields](#fields))',
  },
  'schema-min-items': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary:
      'an empty `objectives` or `credits.tiers` list (an empty schedule list, or an empty `slas` list in `.slac.yml`, is reported as `schema-type`)',
  },
  'schema-min-length': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary: "empty text (`''`) where text is required",
  },
  'schema-pattern': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary:
      'an id that is not kebab-case, a date that is not `YYYY-MM-DD`, a link that does not start with `https:`, `http:` or `mailto:`, an e-mail address without `@`; in `.slac.yml` a `teams:` key that is not `@org/team`',
  },
  'schema-required': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary: 'a required key is missing',
  },
  'schema-type': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary:
      'a value of the wrong type (text instead of a mapping, a mapping instead of a schedule), or a key with no value (`title:`)',
  },
  'schema-unique-items': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary: 'the same tag twice in `metadata.tags`',
  },
  'schema-unknown-key': {
    severity: 'error',
    docs: 'format.md#the-schema',
    summary: 'a key the format does not have, often a misspelling',
  },
  'sla-empty': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a file with no content (or only comments)',
  },
  'sla-foreign-format': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary:
      'an OpenSLO or Sloth SLO file (its `apiVersion` or `version` + `slos` say so) caught by the `slas` glob',
  },
  'sla-id-unique': {
    severity: 'error',
    docs: 'format.md#across-files',
    summary: 'two SLA files with the same `metadata.id`; the later file (by path) is reported',
  },
  'sla-not-mapping': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a file whose top level is a list or a single value',
  },
  'slas-none': {
    severity: 'error',
    docs: 'format.md#across-files',
    summary:
      '`slac validate` or `slac render` without PATH, and the `slas` glob selects no file (a misspelt glob would otherwise switch validation off)',
  },
  'timezone-unknown': {
    severity: 'error',
    docs: 'format.md#owner-dates-and-time-zones',
    summary: 'a `timezone` that is not an IANA time zone',
  },
  'tolerance-order': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary:
      "`tolerance.adequate` not worse than `desired` for the indicator's direction (for availability adequate must be lower, for latency higher)",
  },
  'tolerance-target-outside': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'a target outside the band from `adequate` to `desired` (the ends belong to the band)',
  },
  'window-format': {
    severity: 'error',
    docs: 'format.md#values',
    summary:
      'a `window` that is neither a calendar name nor a duration (`monthly`, `6 months`), or a zero window',
  },
  'window-minute': {
    severity: 'error',
    docs: 'format.md#objectives',
    summary: 'a window written in minutes (`1m`, `3m`): almost certainly months meant',
  },
  'window-short': {
    severity: 'warning',
    docs: 'format.md#objectives',
    summary: 'a rolling window shorter than a day (`12h`)',
  },
  'yaml-alias-limit': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'anchors and aliases that expand to more than 1,000 nodes ("billion laughs")',
  },
  'yaml-depth': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'nesting deeper than 64 levels, usually unbalanced `[` or `{`',
  },
  'yaml-duplicate-key': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a key twice in the same mapping',
  },
  'yaml-encoding': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'bytes that are not UTF-8',
  },
  'yaml-key': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a key that is a list or a mapping (`? [a, b]`)',
  },
  'yaml-merge-key': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary: 'a YAML merge key (`<<: *anchor`), which slac does not read: write the keys out',
  },
  'yaml-syntax': {
    severity: 'error',
    docs: 'format.md#reading-the-file',
    summary:
      'invalid YAML: bad indentation, tabs, unclosed brackets or quotes; several documents (`---`) in one file',
  },
} as const satisfies Record<string, RuleSpec>;

/** The id of a registered rule. */
export type RuleId = keyof typeof RULES;

/**
 * A JSON Schema keyword the schemas do not use yet is reported as `schema-<keyword>`
 * (see src/validate/schema.ts); every keyword they use has its own registered rule.
 */
export type SchemaKeywordRule = `schema-${string}`;

/** Every registered rule id, sorted. */
export const RULE_IDS = (Object.keys(RULES) as RuleId[]).sort();

/** The severity of a rule: registered rules by the registry, others (schema keywords) errors. */
export function ruleSeverity(rule: string): 'error' | 'warning' {
  return isRuleId(rule) ? RULES[rule].severity : 'error';
}

function isRuleId(rule: string): rule is RuleId {
  return Object.hasOwn(RULES, rule);
}
