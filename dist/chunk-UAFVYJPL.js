import { createRequire as __slacCreateRequire } from 'node:module';
const require = __slacCreateRequire(import.meta.url);

// src/config/defaults.ts
var CONFIG_FILE = ".slac.yml";
var DEFAULT_SLAS_GLOB = "slas/**/*.{yml,yaml}";
var DEFAULT_RESULTS_GLOB = "results/**/*.{yml,yaml}";
function defaultConfig() {
  return {
    slas: [DEFAULT_SLAS_GLOB],
    site: { title: "Service catalog", baseUrl: "/" },
    approval: {
      admins: [],
      staleReviews: "dismiss",
      editorial: "require-owner",
      overPromise: "warn"
    },
    results: [DEFAULT_RESULTS_GLOB],
    report: { periods: 12, reviewNoticeSeconds: 14 * 86400, reviewNotice: "14d" },
    teams: {}
  };
}

export {
  CONFIG_FILE,
  DEFAULT_SLAS_GLOB,
  DEFAULT_RESULTS_GLOB,
  defaultConfig
};
