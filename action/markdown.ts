// Text from SLA files, git and the API (keys, file names, ids, error messages) enters the
// sticky comment and the job summary only through these two functions, so that it reads as
// text: no mention that pings, no link, image or HTML (nor a second comment marker), no
// table cell or code span it can break out of.

/** Joins `@` to the next letter invisibly: GitHub links (and notifies) `@login` only without it. */
const ZERO_WIDTH_JOINER = '\u200D';
/** Breaks `https://` and `www.` so that GitHub does not turn a bare address into a link. */
const ZERO_WIDTH_SPACE = '\u200B';

// eslint-disable-next-line no-control-regex -- line breaks and control characters are what it finds
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
/** ASCII punctuation that means something in GitHub's markdown, escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_~#[\]()!|{}$]/g;

/** User text as inert inline markdown (one line; renders as the same characters). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(LINE_BREAKS_AND_CONTROLS, ' ')
      .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
      .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      // A list marker or an ordered-list number at the start would nest a list.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
  );
}

/**
 * User text as a code span that it cannot end early: the fence is one backtick longer than
 * the longest run of backticks in it. `inTable` escapes `|`, which GitHub's tables split on
 * even inside code spans.
 */
export function codeSpan(text: string, inTable = false): string {
  // Inert in a code span, but the raw text would still carry a comment marker.
  let flat = text
    .replace(LINE_BREAKS_AND_CONTROLS, ' ')
    .replace(/<!--/g, `<!-${ZERO_WIDTH_SPACE}-`);
  if (inTable) flat = flat.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // A space on each side keeps a backtick at either end from joining the fence; markdown
  // strips one space from each side again.
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** At most `max` characters of `text`, with `…` where it was cut (before escaping). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
