import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// action/markdown.ts
var ZERO_WIDTH_JOINER = "\u200D";
var ZERO_WIDTH_SPACE = "\u200B";
var LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
var MARKDOWN_PUNCTUATION = /[\\`*_~#[\]()!|{}$]/g;
function escapeMarkdown(text) {
  return text.replace(LINE_BREAKS_AND_CONTROLS, " ").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/[&<>]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;").replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2").replace(/@/g, `@${ZERO_WIDTH_JOINER}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
function codeSpan(text, inTable = false) {
  let flat = text.replace(LINE_BREAKS_AND_CONTROLS, " ").replace(/<!--/g, `<!-${ZERO_WIDTH_SPACE}-`);
  if (inTable) flat = flat.replace(/\|/g, "\\|");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function clip(text, max) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

export {
  escapeMarkdown,
  codeSpan,
  clip
};
