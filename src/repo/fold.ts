// How a file system that ignores letter case and Unicode spelling (macOS, Windows) compares
// names: two paths with the same fold are one file there, though git names them apart.

/**
 * Code points HFS+ leaves out of a name when it compares (as git's own `.git` guard lists
 * them): zero-width joiners, direction marks, the byte order mark.
 */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * One spelling for the names a case- and Unicode-insensitive file system takes as one: APFS
 * compares names by Unicode case folding, NTFS by its table of capitals. Each letter is
 * folded on its own, by way of its capital (`toLowerCase` of a whole name leaves `ſ`, `µ`
 * and final `ς` as they are, which both take for `s`, `μ` and `σ`).
 */
export function foldPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(path)) return path.toLowerCase();
  // Scripts with no letter case whose letters compose and decompose to themselves: kana
  // (but for the voicing marks, which compose with the kana before them), CJK ideographs,
  // Hangul syllables (they decompose, and compose again the same).
  if (!MAY_FOLD_BEYOND_ASCII.test(path)) return path.toLowerCase();
  return path
    .replace(HFS_IGNORED, '')
    .normalize('NFD')
    .replace(/[\u0080-\u{10ffff}]/gu, foldLetter)
    .toLowerCase()
    .normalize('NFC');
}

/**
 * A letter beyond ASCII that may fold to another: any but kana (less their voicing marks),
 * CJK ideographs and Hangul syllables (see foldPath).
 */
// eslint-disable-next-line no-misleading-character-class -- ranges of code points, written as escapes
const MAY_FOLD_BEYOND_ASCII = /[\u0080-\u303f\u3099\u309a\u3100-\u4dff\ua000-\uabff\ud7a4-\uffff]/;

/** A letter that may fold to another: a capital, or one of MAY_FOLD_BEYOND_ASCII. */
// eslint-disable-next-line no-misleading-character-class -- ranges of code points, written as escapes
export const MAY_FOLD = /[A-Z\u0080-\u303f\u3099\u309a\u3100-\u4dff\ua000-\uabff\ud7a4-\uffff]/;

/** Letters folded so far: names in one script repeat a few hundred letters. */
const folded = new Map<string, string>();

/** A letter as case folding has it: its capital's small letter, when each is one letter. */
function foldLetter(letter: string): string {
  let known = folded.get(letter);
  if (known === undefined) folded.set(letter, (known = foldOne(letter)));
  return known;
}

function foldOne(letter: string): string {
  const upper = letter.toUpperCase();
  const lower = (single(upper) ? upper : letter).toLowerCase();
  return single(lower) ? lower : letter.toLowerCase();
}

function single(text: string): boolean {
  return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
}

/** A name like a Windows short (8.3) name: up to 7 characters, "~", digits, an extension. */
const SHORT_NAME = /^[^/.~]{1,7}~[0-9]{1,6}(?:\.[^/.]{0,3})?$/;

/**
 * Whether Windows may take the short name `short` (`TEMPLA~1`) for `name` (`templates`): the
 * first letters of the name without its dots and spaces ("_" for a letter a short name cannot
 * hold), or its first two and four hex digits of a hash (`TE1A2B~1`).
 */
export function mayBeShortFor(short: string, name: string): boolean {
  if (!SHORT_NAME.test(short)) return false;
  const base = short.slice(0, short.indexOf('~')).toUpperCase();
  const long = name.replace(/[. ]/g, '').toUpperCase();
  const starts = (part: string) =>
    part.length <= long.length && [...part].every((c, i) => c === '_' || c === long[i]);
  return starts(base) || (/^.{1,2}[0-9A-F]{4}$/.test(base) && starts(base.slice(0, -4)));
}

/** Whether a name has the form of a Windows short name. */
export function isShortName(name: string): boolean {
  return SHORT_NAME.test(name);
}
