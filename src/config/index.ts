// The repository config (.slac.yml): parsed, schema-checked and given its defaults once.
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { loadYaml } from '../load/index.js';
import type { Problem } from '../model/problem.js';
import type { SlacConfigFile } from '../model/sla.js';
import { isValidLogin, isValidOwner } from '../model/owner.js';
import { parseDuration } from '../model/units.js';
import { checkSchema } from '../validate/schema.js';
import { defaultConfig, type SlacConfig } from './defaults.js';

export {
  CONFIG_FILE,
  DEFAULT_RESULTS_GLOB,
  DEFAULT_SLAS_GLOB,
  defaultConfig,
  type SlacConfig,
} from './defaults.js';

/** Parses `.slac.yml` content; a missing file (undefined) gives the defaults. */
export function parseConfig(
  file: string,
  content: string | Uint8Array | undefined,
): { config: SlacConfig; problems: Problem[] } {
  const config = defaultConfig();
  if (content === undefined) return { config, problems: [] };
  const loaded = loadYaml(file, content);
  if (!loaded.ok) return { config, problems: loaded.problems };
  const data = loaded.source.data;
  if (data === null || data === undefined) return { config, problems: [] };
  const problems = checkSchema(loaded.source, 'config');
  if (problems.length > 0) return { config, problems };
  const raw = data as SlacConfigFile;
  if (raw.slas !== undefined) config.slas = Array.isArray(raw.slas) ? [...raw.slas] : [raw.slas];
  if (raw.templates !== undefined) config.templates = raw.templates;
  if (raw.site?.title !== undefined) config.site.title = raw.site.title;
  if (raw.site?.baseUrl !== undefined) config.site.baseUrl = raw.site.baseUrl;
  if (raw.site?.description !== undefined) config.site.description = raw.site.description;
  if (raw.approval?.admins) config.approval.admins = [...raw.approval.admins];
  if (raw.approval?.staleReviews) config.approval.staleReviews = raw.approval.staleReviews;
  if (raw.approval?.editorial) config.approval.editorial = raw.approval.editorial;
  if (raw.approval?.overPromise) config.approval.overPromise = raw.approval.overPromise;
  if (raw.results !== undefined)
    config.results = Array.isArray(raw.results) ? [...raw.results] : [raw.results];
  if (raw.report?.periods !== undefined) config.report.periods = raw.report.periods;
  if (raw.report?.reviewNotice !== undefined) {
    const notice = parseDuration(raw.report.reviewNotice);
    if (notice.ok && notice.value >= 0) {
      config.report.reviewNoticeSeconds = notice.value;
      config.report.reviewNotice = raw.report.reviewNotice;
    } else {
      const at = loaded.source.locate(['report', 'reviewNotice']);
      problems.push({
        file,
        ...at,
        rule: 'config-report',
        severity: 'error',
        message: `report.reviewNotice "${raw.report.reviewNotice}" is not a duration; write e.g. 14d or 30d`,
      });
    }
  }
  // Globs name paths from the folder of .slac.yml down, as git lists them: "/results/**",
  // "../metrics/**" or "results/./x/**" would read on disk files git never names, so the
  // check would not see a change the catalog shows.
  for (const key of ['slas', 'results'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    (Array.isArray(value) ? value : [value]).forEach((glob, i) => {
      const wrong = globNotRelative(glob);
      if (wrong)
        problems.push({
          file,
          ...loaded.source.locate(Array.isArray(value) ? [key, i] : [key]),
          rule: 'config-glob',
          severity: 'error',
          message: `${key} glob ${JSON.stringify(glob)} ${wrong}: globs name paths from the folder of .slac.yml down, as git lists them; write e.g. "${key}/**/*.{yml,yaml}"`,
        });
    });
  }
  // The templates decide what customers read: a change there needs an admin, which the check
  // can only see for a folder inside this one, named as the renderer reads it.
  const outside = raw.templates === undefined ? undefined : templatesNotInside(raw.templates);
  if (outside)
    problems.push({
      file,
      ...loaded.source.locate(['templates']),
      rule: 'config-templates',
      severity: 'error',
      message: `templates ${JSON.stringify(raw.templates)} ${outside}: name a folder inside the folder of .slac.yml (e.g. "templates"), so that a change to it needs an admin`,
    });
  if (raw.teams) {
    for (const [team, members] of Object.entries(raw.teams))
      config.teams[team] = [...(members ?? ([] as string[]))];
  }
  // Who approves must be someone GitHub can name: an admin or member that is not is never
  // matched, so a requirement would be left to nobody without a word.
  const owner = (path: (string | number)[], message: string) =>
    problems.push({
      file,
      ...loaded.source.locate(path),
      rule: 'config-owner',
      severity: 'error',
      message,
    });
  (raw.approval?.admins ?? []).forEach((admin, i) => {
    if (!isValidOwner(admin))
      owner(
        ['approval', 'admins', i],
        `admin ${JSON.stringify(admin)} is not a GitHub user "@login" or team "@org/team-slug"${/^[A-Za-z0-9]/.test(admin) && isValidOwner(`@${admin}`) ? `; write "@${admin}"` : ''}`,
      );
  });
  for (const [team, members] of Object.entries(raw.teams ?? {}))
    (members ?? []).forEach((member, i) => {
      if (!isValidLogin(member.replace(/^@/, '')))
        owner(
          ['teams', team, i],
          `member ${JSON.stringify(member)} of ${team} is not a GitHub login (letters, digits and hyphens)`,
        );
    });
  return { config, problems };
}

/**
 * What makes a glob name paths other than from the config's folder down, or undefined: judged
 * on the text (any number of leading "!" and "./" set aside) and on where picomatch says it
 * starts, which is where the readers on disk begin ("!!/results/**" starts at "/results").
 */
function globNotRelative(glob: string): string | undefined {
  for (const path of [glob.replace(/^(?:!|\.\/)+/, ''), picomatch.scan(glob).base]) {
    if (path.startsWith('/')) return 'starts with "/"';
    const parts = path.split('/');
    if (parts.includes('..')) return 'goes up a folder ("..")';
    if (parts.includes('.')) return 'holds a "." folder';
    if (parts.slice(0, -1).includes('')) return 'holds an empty folder name ("//")';
  }
  return undefined;
}

/**
 * What makes a templates folder one the gate cannot protect, or undefined: outside the folder
 * of .slac.yml, or written in a way the renderer and the protected paths would read apart.
 */
function templatesNotInside(folder: string): string | undefined {
  if (folder !== folder.trim()) return 'starts or ends with a space';
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(folder)) return 'holds a control character';
  if (folder.includes('\\')) return 'holds a backslash';
  const path = posix.normalize(folder);
  if (path.startsWith('/') || path === '..' || path.startsWith('../'))
    return 'lies outside the folder of .slac.yml';
  return undefined;
}
