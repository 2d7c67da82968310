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
  return path
    .replace(HFS_IGNORED, '')
    .normalize('NFD')
    .replace(/[\u0080-\u{10ffff}]/gu, foldLetter)
    .toLowerCase()
    .normalize('NFC');
}

/** A letter as case folding has it: its capital's small letter, when each is one letter. */
function foldLetter(letter: string): string {
  const upper = letter.toUpperCase();
  const lower = (single(upper) ? upper : letter).toLowerCase();
  return single(lower) ? lower : letter.toLowerCase();
}

function single(text: string): boolean {
  return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
}
