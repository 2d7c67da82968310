import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  formatWindow
} from "./chunk-IIUHSBYQ.js";

// src/diff/types.ts
var IMPACT_ORDER = [
  "weakened",
  "changed",
  "strengthened",
  "editorial",
  "none"
];

// src/diff/words.ts
function hoursText(hours) {
  return `${hours.text.join(", ")} ${hours.timezone}`;
}
function windowText(window) {
  return formatWindow(window);
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function quote(text, max = 120) {
  const one = text.replace(/\s+/g, " ").trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}\u2026` : one}"`;
}

// src/diff/format.ts
var DEFAULT_MARKDOWN_LIMIT = 6e4;
function diffJson(diff) {
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
      ...s.overPromise ? { overPromise: true } : {},
      changes: s.changes.map((c) => ({
        path: c.path,
        before: c.before,
        after: c.after,
        impact: c.impact,
        kind: c.kind,
        message: c.message,
        ...c.evidence ? { evidence: c.evidence } : {}
      }))
    }))
  };
  return JSON.stringify(json, null, 2) + "\n";
}
function summaryLine(diff, unread = 0) {
  const unreadWords = `${plural(unread, "SLA file")} could not be read at head`;
  if (diff.slas.length === 0)
    return unread > 0 ? `No change shown: ${unreadWords}` : "No SLA changed";
  if (unread > 0) return `${summaryLine(diff)}; ${unreadWords} (not shown)`;
  const counts = IMPACT_ORDER.map(
    (impact) => [impact, diff.slas.filter((s) => s.impact === impact).length]
  ).filter(([, n]) => n > 0).map(([impact, n]) => `${n} ${impact}`);
  return `${plural(diff.slas.length, "SLA")} changed: ${counts.join(", ")}`;
}
function statusWords(s) {
  const status = s.status === "modified" ? s.impact : `${s.status}, ${s.impact}`;
  return s.overPromise ? `${status}, over-promise` : status;
}
var OVER_PROMISE_WORDS = "Over-promise: the proposed target was missed in recent periods (see the measured results); promise what was delivered, or plan how to deliver more.";
function ownerWords(s) {
  const { base, head } = s.owner;
  if (base && head && base !== head) return `owner ${base} \u2192 ${head}`;
  return `owner ${head ?? base ?? "unknown"}`;
}
function unreadAtHead(options) {
  return (options.skipped ?? []).filter((s) => s.side === "head").length;
}
function skippedWords(s) {
  const id = s.id ? ` (${s.id})` : "";
  return `${s.file}${id} could not be read at ${s.side}: its changes are not shown until its errors are fixed`;
}
function configWords() {
  return ".slac.yml changed: config is read from the base, so the change applies after merge; an admin must approve it.";
}
var MARK = {
  weakened: "\u{1F53B}",
  changed: "\u{1F504}",
  ownership: "\u{1F464}",
  strengthened: "\u{1F53A}",
  editorial: "\u270F\uFE0F",
  none: ""
};
var VISIBLE_ROWS = 10;
var MAX_CELL = 500;
function escapeMarkdown(text) {
  return text.replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]{}|~#!])/g, "\\$1").replace(/@/g, "@&#8203;");
}
function cell(value) {
  if (value === null || value === void 0) return "\u2014";
  const text = Array.isArray(value) ? value.map(String).join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  const short = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}\u2026` : text;
  return short === "" ? "\u2014" : escapeMarkdown(short);
}
function changeRows(changes) {
  return changes.map((c) => `| ${MARK[c.impact]} ${c.impact} | ${cell(c.message)} |`);
}
function slaSection(s, compact) {
  const lines = [];
  lines.push(`### ${MARK[s.impact]} ${cell(s.id)}: ${statusWords(s)}`);
  lines.push("");
  lines.push(`${cell(s.file)} \xB7 ${cell(ownerWords(s))}`);
  lines.push("");
  if (s.overPromise) lines.push(`\u26A0\uFE0F **${escapeMarkdown(OVER_PROMISE_WORDS)}**`, "");
  const shown = compact ? s.changes.slice(0, 3) : s.changes.slice(0, VISIBLE_ROWS);
  const rest = s.changes.slice(shown.length);
  lines.push("| Impact | Change |", "| --- | --- |");
  for (const row of changeRows(shown)) lines.push(row);
  if (rest.length > 0 && compact) {
    lines.push("", `_${plural(rest.length, "more change")} not shown._`);
  } else if (rest.length > 0) {
    lines.push(
      "",
      `<details><summary>${plural(rest.length, "more change")}</summary>`,
      "",
      "| Impact | Change |",
      "| --- | --- |"
    );
    for (const row of changeRows(rest)) lines.push(row);
    lines.push("", "</details>");
  }
  if (!compact) {
    lines.push(
      "",
      "<details><summary>Fields before and after</summary>",
      "",
      "| Field | Before | After |",
      "| --- | --- | --- |"
    );
    for (const c of s.changes)
      lines.push(`| ${cell(c.path)} | ${cell(c.before)} | ${cell(c.after)} |`);
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}
function diffMarkdown(diff, options = {}) {
  const limit = options.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const head = [];
  if (options.header) head.push(options.header);
  head.push(
    "## SLA changes",
    "",
    `**${escapeMarkdown(summaryLine(diff, unreadAtHead(options)))}**`,
    ""
  );
  if (diff.configChanged) head.push(`\u26A0\uFE0F ${escapeMarkdown(configWords())}`, "");
  const problems = options.problems ?? [];
  if (problems.length > 0) {
    head.push(`**${plural(problems.length, "validation error")}:**`, "");
    for (const p of problems.slice(0, 20))
      head.push(`- ${cell(`${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`)}`);
    if (problems.length > 20) head.push(`- \u2026and ${problems.length - 20} more`);
    head.push("");
  }
  for (const s of options.skipped ?? []) head.push(`- ${cell(skippedWords(s))}`);
  if ((options.skipped ?? []).length > 0) head.push("");
  const footer = `_base ${diff.base.slice(0, 12)}, head ${diff.head.slice(0, 12)}_
`;
  let out = head.join("\n") + "\n";
  const reserve = 600 + footer.length;
  let cutFrom = diff.slas.length;
  for (let i = 0; i < diff.slas.length; i++) {
    const s = diff.slas[i];
    const full = slaSection(s, false);
    const compact = slaSection(s, true);
    if (out.length + full.length + reserve <= limit) out += full + "\n";
    else if (out.length + compact.length + reserve <= limit) out += compact + "\n";
    else {
      cutFrom = i;
      break;
    }
  }
  if (cutFrom < diff.slas.length) {
    const cut = diff.slas.slice(cutFrom);
    const ids = cut.slice(0, 20).map((s) => `${s.id} (${s.impact})`);
    const more = cut.length > 20 ? `, and ${cut.length - 20} more` : "";
    out += `**${plural(cut.length, "more SLA")} not shown** to stay under GitHub's comment limit: ${cell(ids.join(", "))}${more}. Run \`slac diff\` for the full list.

`;
  }
  out += footer;
  if (out.length > limit) {
    const note = "\n\n**Cut here** to stay under the comment limit; run `slac diff` for the rest.\n";
    out = out.slice(0, Math.max(0, limit - note.length)) + note;
  }
  return out;
}

export {
  IMPACT_ORDER,
  hoursText,
  windowText,
  plural,
  quote,
  diffJson,
  escapeMarkdown,
  diffMarkdown
};
