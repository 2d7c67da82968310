// The protected paths (design rule 16): files that decide how SLAs are read, who approves,
// what runs the check and what customers see. A change to any of them needs an admin, and
// `slac codeowners` gives them the admins as code owners. One list serves both.
import { posix } from 'node:path';
import type { SlacConfig } from '../config/defaults.js';
import { foldPath, mayBeShortFor } from '../repo/fold.js';

/** Why each kind of protected path matters, for docs and messages. */
const PROTECTED_PATHS = [
  // At any depth: every command reads the nearest .slac.yml at or above where it runs, so a
  // nested one is the config of whoever runs slac in that folder (and its removal hands the
  // folder to the one above).
  { pattern: '.slac.yml', why: 'where SLAs live, who the admins are, how approval works' },
  { pattern: '/CODEOWNERS', why: "GitHub's code-owner review of the SLA files" },
  { pattern: '/docs/CODEOWNERS', why: "GitHub's code-owner review of the SLA files" },
  { pattern: '/.github/', why: 'the workflows that run the check and their CODEOWNERS' },
  { pattern: '.gitattributes', why: 'how git turns SLA files into text (encodings, filters)' },
] as const;

/**
 * The configured templates folder, relative to the folder slac runs in ("templates"), or
 * undefined when there is none or it lies outside that folder.
 */
export function templatesFolder(config: Pick<SlacConfig, 'templates'>): string | undefined {
  const raw = config.templates?.trim();
  if (!raw) return undefined;
  const folder = posix.normalize(raw.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (folder === '' || folder.startsWith('/') || folder === '..' || folder.startsWith('../'))
    return undefined;
  return folder;
}

/**
 * Whether a change to `changed` needs an admin under the base config. Names are compared as
 * macOS and Windows compare them (foldPath): there `.SLAC.yml` is the config, and
 * `Theme/x.js` lands in the `theme` templates folder.
 */
export function protectedPathMatcher(
  config: Pick<SlacConfig, 'templates'>,
): (changed: string) => boolean {
  const configured = templatesFolder(config);
  const templates = configured === undefined ? undefined : foldPath(configured);
  // The commits of a pull request touch the same paths again and again: each is folded once.
  const seen = new Map<string, boolean>();
  return (changed) => {
    let answer = seen.get(changed);
    if (answer === undefined) seen.set(changed, (answer = isProtected(changed)));
    return answer;
  };

  function isProtected(changed: string): boolean {
    // "/…" is a path outside the folder slac runs in (see openRepository): the root's own
    // CODEOWNERS, .github/ and .gitattributes decide as much as the folder's.
    const outside = changed.startsWith('/');
    const path = foldPath(outside ? changed.slice(1) : changed);
    // A Windows short name of a protected name (`GITATT~1` for .gitattributes, `SLAC~1.YML`).
    if (path.includes('~') && path.split('/').some(shortForProtected)) return true;
    if (path === '.gitattributes' || path.endsWith('/.gitattributes')) return true;
    // A folder of that name too: every reader takes its place for a config's.
    if (`/${path}/`.includes('/.slac.yml/')) return true;
    if (path === 'codeowners' || path === 'docs/codeowners' || path.startsWith('.github/'))
      return true;
    // A file, link or submodule where a protected folder's way goes ("docs", ".github", "site"
    // for templates in site/theme): a link there would hand the folder to what it points to.
    if (path === '.github' || path === 'docs') return true;
    if (outside || templates === undefined) return false;
    return (
      templates === '.' ||
      path === templates ||
      path.startsWith(`${templates}/`) ||
      templates.startsWith(`${path}/`)
    );
  }
}

/** Whether a name may be Windows's short name of a protected name. */
function shortForProtected(name: string): boolean {
  return ['.gitattributes', '.slac.yml', '.github', 'CODEOWNERS', 'docs'].some((protectedName) =>
    mayBeShortFor(name, protectedName),
  );
}

/** The CODEOWNERS patterns of the protected paths (the templates folder included). */
export function protectedPatterns(config: Pick<SlacConfig, 'templates'>): string[] {
  const out: string[] = PROTECTED_PATHS.map((p) => p.pattern);
  const templates = templatesFolder(config);
  if (templates === '.') out.push('*');
  else if (templates !== undefined) out.push(`${escapePattern(templates)}/`);
  return out;
}

/** An exact, root-anchored CODEOWNERS pattern for a path: pattern characters escaped. */
export function escapePattern(path: string): string {
  return '/' + path.replace(/[\\ #*?[\]!]/g, (c) => `\\${c}`);
}
