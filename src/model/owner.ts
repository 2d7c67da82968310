// Who may own, approve and author: GitHub's logins and teams as SLA files and the approval
// rules name them. Used by validation (owners, admins), the approval gate (the author) and
// CODEOWNERS.

const LOGIN = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const OWNER_PATTERN = new RegExp(`^@(${LOGIN})(?:/([A-Za-z0-9][A-Za-z0-9_.-]{0,99}))?$`);
/** A login as GitHub's API gives it, apps' bots with their "[bot]" suffix. */
const LOGIN_PATTERN = new RegExp(`^${LOGIN}(?:\\[bot\\])?$`);

/** True for "@login" and "@org/team-slug". */
export function isValidOwner(owner: string): boolean {
  return OWNER_PATTERN.test(owner);
}

/** True for a GitHub login without "@" ("alice", "dependabot[bot]"). */
export function isValidLogin(login: string): boolean {
  return LOGIN_PATTERN.test(login);
}

/**
 * Two owners GitHub takes for one: logins and team slugs ignore letter case, A-Z only (a Kelvin
 * sign "K" must not pass for a "k", as JavaScript's toLowerCase would have it).
 */
export function sameOwner(a: string | null, b: string | null): boolean {
  return ownerKey(a ?? '') === ownerKey(b ?? '');
}

/** An owner as sameOwner compares it: A-Z lower-cased, nothing else changed. */
export function ownerKey(owner: string): string {
  return asciiLower(owner);
}

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}
