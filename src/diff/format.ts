// Presentations of a commitment diff: plain text for the terminal, markdown for the pull
// request comment (capped below GitHub's limit), and the JSON contract.
import type { OutputFormat } from '../model/output.js';
import type { Problem } from '../model/problem.js';
import { IMPACT_ORDER, type Change, type CommitmentDiff, type SlaDiff } from './types.js';
import { plural } from './words.js';

/** An SLA file the diff could not read on one side (see compareRevisions). */
interface Skipped {
  side: 'base' | 'head';
  file: string;
  id?: string;
}

export interface TextOptions {
  /** Validation problems to list before the changes. */
  problems?: readonly Problem[];
  skipped?: readonly Skipped[];
}

export interface MarkdownOptions extends TextOptions {
  /** Hard cap on the length in characters; default 60,000 (GitHub allows 65,536). */
  maxLength?: number;
  /** First line, e.g. a hidden marker that finds the sticky comment. */
  header?: string;
}

const DEFAULT_MARKDOWN_LIMIT = 60_000;

interface DiffFormat extends OutputFormat<CommitmentDiff, TextOptions> {
  /** Leaves the head's problems out of its text: the adapter prints them to stderr. */
  problemsApart?: true;
}

/** `slac diff --format`: the first is the default. */
export const DIFF_FORMATS = {
  text: {
    summary: "the changes in words, most severe first, the head's problems before them",
    write: (diff, options) => diffText(diff, options),
  },
  markdown: {
    summary: 'the same for a pull request comment',
    write: (diff, options) => diffMarkdown(diff, options),
  },
  json: {
    summary: '{"base", "head", "configChanged", "slas": [...]}; problems go to stderr',
    problemsApart: true,
    write: (diff) => diffJson(diff),
  },
} as const satisfies Record<string, DiffFormat>;

/** The design's JSON: {base, head, configChanged, slas: [{id, file, status, impact, owner, changes}]}. */
export function diffJson(diff: CommitmentDiff): string {
  const json = {
    base: diff.base,
    head: diff.head,
    configChanged: diff.configChanged,
    slas: diff.slas.map((s) => ({
      id: s.id,
      file: s.file,
      status: s.status,
      impact: s.impact,
      owner: { base: s.owner.base, head: s.owner.head },
      ...(s.overPromise ? { overPromise: true } : {}),
      changes: s.changes.map((c) => ({
        path: c.path,
        before: c.before,
        after: c.after,
        impact: c.impact,
        kind: c.kind,
        message: c.message,
        ...(c.evidence ? { evidence: c.evidence } : {}),
      })),
    })),
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/**
 * "2 SLAs changed: 1 weakened, 1 editorial", or "No SLA changed"; with `unread` SLA files that
 * could not be read at head (their changes not shown), it says so rather than "No SLA changed".
 */
export function summaryLine(diff: Pick<CommitmentDiff, 'slas'>, unread = 0): string {
  const unreadWords = `${plural(unread, 'SLA file')} could not be read at head`;
  if (diff.slas.length === 0)
    return unread > 0 ? `No change shown: ${unreadWords}` : 'No SLA changed';
  if (unread > 0) return `${summaryLine(diff)}; ${unreadWords} (not shown)`;
  const counts = IMPACT_ORDER.map(
    (impact) => [impact, diff.slas.filter((s) => s.impact === impact).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([impact, n]) => `${n} ${impact}`);
  return `${plural(diff.slas.length, 'SLA')} changed: ${counts.join(', ')}`;
}

function statusWords(s: SlaDiff): string {
  const status = s.status === 'modified' ? s.impact : `${s.status}, ${s.impact}`;
  return s.overPromise ? `${status}, over-promise` : status;
}

/** Said under an SLA flagged over-promise. */
const OVER_PROMISE_WORDS =
  'Over-promise: the proposed target was missed in recent periods (see the measured results); promise what was delivered, or plan how to deliver more.';

function ownerWords(s: SlaDiff): string {
  const { base, head } = s.owner;
  if (base && head && base !== head) return `owner ${base} → ${head}`;
  return `owner ${head ?? base ?? 'unknown'}`;
}

/** How many SLA files could not be read at head: their changes are not shown. */
function unreadAtHead(options: TextOptions): number {
  return (options.skipped ?? []).filter((s) => s.side === 'head').length;
}

function skippedWords(s: Skipped): string {
  const id = s.id ? ` (${s.id})` : '';
  return `${s.file}${id} could not be read at ${s.side}: its changes are not shown until its errors are fixed`;
}

function configWords(): string {
  return '.slac.yml changed: config is read from the base, so the change applies after merge; an admin must approve it.';
}

/** Plain text for the terminal. */
export function diffText(diff: CommitmentDiff, options: TextOptions = {}): string {
  const out: string[] = [];
  for (const p of options.problems ?? []) {
    out.push(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`);
  }
  for (const s of options.skipped ?? []) out.push(`note: ${skippedWords(s)}`);
  if (out.length > 0) out.push('');
  for (const s of diff.slas) {
    out.push(`${s.id} (${s.file}): ${statusWords(s)}; ${ownerWords(s)}`);
    if (s.overPromise) out.push(`  ${OVER_PROMISE_WORDS}`);
    for (const c of s.changes) out.push(`  ${c.impact.padEnd(12)} ${c.message}`);
    out.push('');
  }
  if (diff.configChanged) out.push(configWords());
  out.push(
    `${summaryLine(diff, unreadAtHead(options))} (base ${diff.base.slice(0, 12)}, head ${diff.head.slice(0, 12)})`,
  );
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------
// Markdown

const MARK: Record<string, string> = {
  weakened: '🔻',
  changed: '🔄',
  ownership: '👤',
  strengthened: '🔺',
  editorial: '✏️',
  none: '',
};

/** Rows shown in an SLA's table before the rest is folded into <details>. */
const VISIBLE_ROWS = 10;
const MAX_CELL = 500;

/**
 * Escapes text from SLA files for markdown and HTML: no tags, links, emphasis or table
 * breaks, and no @mentions (which would notify people from a bot comment).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}|~#!])/g, '\\$1')
    .replace(/@/g, '@&#8203;');
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = Array.isArray(value)
    ? value.map(String).join(', ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  const short = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
  return short === '' ? '—' : escapeMarkdown(short);
}

function changeRows(changes: readonly Change[]): string[] {
  return changes.map((c) => `| ${MARK[c.impact]} ${c.impact} | ${cell(c.message)} |`);
}

function slaSection(s: SlaDiff, compact: boolean): string {
  const lines: string[] = [];
  lines.push(`### ${MARK[s.impact]} ${cell(s.id)}: ${statusWords(s)}`);
  lines.push('');
  lines.push(`${cell(s.file)} · ${cell(ownerWords(s))}`);
  lines.push('');
  if (s.overPromise) lines.push(`⚠️ **${escapeMarkdown(OVER_PROMISE_WORDS)}**`, '');
  const shown = compact ? s.changes.slice(0, 3) : s.changes.slice(0, VISIBLE_ROWS);
  const rest = s.changes.slice(shown.length);
  // Rows are appended one by one: spreading 400,000 of them into push() overflows the stack.
  lines.push('| Impact | Change |', '| --- | --- |');
  for (const row of changeRows(shown)) lines.push(row);
  if (rest.length > 0 && compact) {
    lines.push('', `_${plural(rest.length, 'more change')} not shown._`);
  } else if (rest.length > 0) {
    lines.push(
      '',
      `<details><summary>${plural(rest.length, 'more change')}</summary>`,
      '',
      '| Impact | Change |',
      '| --- | --- |',
    );
    for (const row of changeRows(rest)) lines.push(row);
    lines.push('', '</details>');
  }
  if (!compact) {
    lines.push(
      '',
      '<details><summary>Fields before and after</summary>',
      '',
      '| Field | Before | After |',
      '| --- | --- | --- |',
    );
    for (const c of s.changes)
      lines.push(`| ${cell(c.path)} | ${cell(c.before)} | ${cell(c.after)} |`);
    lines.push('', '</details>');
  }
  return lines.join('\n') + '\n';
}

/**
 * The pull request comment: a summary line, a table per SLA (weakened first), long detail
 * folded in <details>, never longer than `maxLength`; what did not fit is named at the end.
 */
export function diffMarkdown(diff: CommitmentDiff, options: MarkdownOptions = {}): string {
  const limit = options.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const head: string[] = [];
  if (options.header) head.push(options.header);
  head.push(
    '## SLA changes',
    '',
    `**${escapeMarkdown(summaryLine(diff, unreadAtHead(options)))}**`,
    '',
  );
  if (diff.configChanged) head.push(`⚠️ ${escapeMarkdown(configWords())}`, '');
  const problems = options.problems ?? [];
  if (problems.length > 0) {
    head.push(`**${plural(problems.length, 'validation error')}:**`, '');
    for (const p of problems.slice(0, 20))
      head.push(`- ${cell(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`)}`);
    if (problems.length > 20) head.push(`- …and ${problems.length - 20} more`);
    head.push('');
  }
  for (const s of options.skipped ?? []) head.push(`- ${cell(skippedWords(s))}`);
  if ((options.skipped ?? []).length > 0) head.push('');
  const footer = `_base ${diff.base.slice(0, 12)}, head ${diff.head.slice(0, 12)}_\n`;

  let out = head.join('\n') + '\n';
  // Room kept for the note on what was cut and the footer.
  const reserve = 600 + footer.length;
  let cutFrom = diff.slas.length;
  for (let i = 0; i < diff.slas.length; i++) {
    const s = diff.slas[i] as SlaDiff;
    const full = slaSection(s, false);
    const compact = slaSection(s, true);
    if (out.length + full.length + reserve <= limit) out += full + '\n';
    else if (out.length + compact.length + reserve <= limit) out += compact + '\n';
    else {
      cutFrom = i;
      break;
    }
  }
  if (cutFrom < diff.slas.length) {
    const cut = diff.slas.slice(cutFrom);
    const ids = cut.slice(0, 20).map((s) => `${s.id} (${s.impact})`);
    const more = cut.length > 20 ? `, and ${cut.length - 20} more` : '';
    out +=
      `**${plural(cut.length, 'more SLA')} not shown** to stay under GitHub's comment limit: ` +
      `${cell(ids.join(', '))}${more}. Run \`slac diff\` for the full list.\n\n`;
  }
  out += footer;
  if (out.length > limit) {
    const note =
      '\n\n**Cut here** to stay under the comment limit; run `slac diff` for the rest.\n';
    out = out.slice(0, Math.max(0, limit - note.length)) + note;
  }
  return out;
}
