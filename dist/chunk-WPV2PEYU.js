import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);
import {
  isValidLogin,
  isValidOwner
} from "./chunk-AB5HIWON.js";
import {
  defaultConfig,
  require_picomatch
} from "./chunk-4XC5CIYH.js";
import {
  checkSchema,
  loadYaml
} from "./chunk-YRYJ7FDC.js";
import {
  parseDuration
} from "./chunk-IIUHSBYQ.js";
import {
  __toESM
} from "./chunk-UXNRCORL.js";

// src/config/index.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { posix } from "node:path";
function parseConfig(file, content) {
  const config = defaultConfig();
  if (content === void 0) return { config, problems: [] };
  const loaded = loadYaml(file, content);
  if (!loaded.ok) return { config, problems: loaded.problems };
  const data = loaded.source.data;
  if (data === null || data === void 0) return { config, problems: [] };
  const problems = checkSchema(loaded.source, "config");
  if (problems.length > 0) return { config, problems };
  const raw = data;
  if (raw.slas !== void 0) config.slas = Array.isArray(raw.slas) ? [...raw.slas] : [raw.slas];
  if (raw.templates !== void 0) config.templates = raw.templates;
  if (raw.site?.title !== void 0) config.site.title = raw.site.title;
  if (raw.site?.baseUrl !== void 0) config.site.baseUrl = raw.site.baseUrl;
  if (raw.site?.description !== void 0) config.site.description = raw.site.description;
  if (raw.approval?.admins) config.approval.admins = [...raw.approval.admins];
  if (raw.approval?.staleReviews) config.approval.staleReviews = raw.approval.staleReviews;
  if (raw.approval?.editorial) config.approval.editorial = raw.approval.editorial;
  if (raw.approval?.overPromise) config.approval.overPromise = raw.approval.overPromise;
  if (raw.results !== void 0)
    config.results = Array.isArray(raw.results) ? [...raw.results] : [raw.results];
  if (raw.report?.periods !== void 0) config.report.periods = raw.report.periods;
  if (raw.report?.reviewNotice !== void 0) {
    const notice = parseDuration(raw.report.reviewNotice);
    if (notice.ok && notice.value >= 0) {
      config.report.reviewNoticeSeconds = notice.value;
      config.report.reviewNotice = raw.report.reviewNotice;
    } else {
      const at = loaded.source.locate(["report", "reviewNotice"]);
      problems.push({
        file,
        ...at,
        rule: "config-report",
        severity: "error",
        message: `report.reviewNotice "${raw.report.reviewNotice}" is not a duration; write e.g. 14d or 30d`
      });
    }
  }
  for (const key of ["slas", "results"]) {
    const value = raw[key];
    if (value === void 0) continue;
    (Array.isArray(value) ? value : [value]).forEach((glob, i) => {
      const wrong = globNotRelative(glob);
      if (wrong)
        problems.push({
          file,
          ...loaded.source.locate(Array.isArray(value) ? [key, i] : [key]),
          rule: "config-glob",
          severity: "error",
          message: `${key} glob ${JSON.stringify(glob)} ${wrong}: globs name paths from the folder of .slac.yml down, as git lists them; write e.g. "${key}/**/*.{yml,yaml}"`
        });
    });
  }
  const outside = raw.templates === void 0 ? void 0 : templatesNotInside(raw.templates);
  if (outside)
    problems.push({
      file,
      ...loaded.source.locate(["templates"]),
      rule: "config-templates",
      severity: "error",
      message: `templates ${JSON.stringify(raw.templates)} ${outside}: name a folder inside the folder of .slac.yml (e.g. "templates"), so that a change to it needs an admin`
    });
  if (raw.teams) {
    for (const [team, members] of Object.entries(raw.teams))
      config.teams[team] = [...members ?? []];
  }
  const owner = (path, message) => problems.push({
    file,
    ...loaded.source.locate(path),
    rule: "config-owner",
    severity: "error",
    message
  });
  (raw.approval?.admins ?? []).forEach((admin, i) => {
    if (!isValidOwner(admin))
      owner(
        ["approval", "admins", i],
        `admin ${JSON.stringify(admin)} is not a GitHub user "@login" or team "@org/team-slug"${/^[A-Za-z0-9]/.test(admin) && isValidOwner(`@${admin}`) ? `; write "@${admin}"` : ""}`
      );
  });
  for (const [team, members] of Object.entries(raw.teams ?? {}))
    (members ?? []).forEach((member, i) => {
      if (!isValidLogin(member.replace(/^@/, "")))
        owner(
          ["teams", team, i],
          `member ${JSON.stringify(member)} of ${team} is not a GitHub login (letters, digits and hyphens)`
        );
    });
  return { config, problems };
}
function globNotRelative(glob) {
  for (const path of [glob.replace(/^(?:!|\.\/)+/, ""), import_picomatch.default.scan(glob).base]) {
    if (path.startsWith("/")) return 'starts with "/"';
    const parts = path.split("/");
    if (parts.includes("..")) return 'goes up a folder ("..")';
    if (parts.includes(".")) return 'holds a "." folder';
    if (parts.slice(0, -1).includes("")) return 'holds an empty folder name ("//")';
  }
  return void 0;
}
function templatesNotInside(folder) {
  if (folder !== folder.trim()) return "starts or ends with a space";
  if (/[\u0000-\u001f\u007f]/.test(folder)) return "holds a control character";
  if (folder.includes("\\")) return "holds a backslash";
  const path = posix.normalize(folder);
  if (path.startsWith("/") || path === ".." || path.startsWith("../"))
    return "lies outside the folder of .slac.yml";
  return void 0;
}

export {
  parseConfig
};
