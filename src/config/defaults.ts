// The config's file name and defaults, apart from its parser so that reading them loads no
// YAML or schema code.
export const CONFIG_FILE = '.slac.yml';
export const DEFAULT_SLAS_GLOB = 'slas/**/*.{yml,yaml}';
export const DEFAULT_RESULTS_GLOB = 'results/**/*.{yml,yaml}';

export interface SlacConfig {
  slas: string[];
  templates?: string;
  site: { title: string; baseUrl: string; description?: string };
  approval: {
    admins: string[];
    staleReviews: 'dismiss' | 'keep' | 'content';
    editorial: 'require-owner' | 'no-approval';
    overPromise: 'warn' | 'require-admin';
  };
  /** Globs of the measured results files. */
  results: string[];
  report: {
    /** How many periods reports and the catalog show. */
    periods: number;
    /** How early a review counts as due, in seconds. */
    reviewNoticeSeconds: number;
    /** As written, for messages. */
    reviewNotice: string;
  };
  /** "@org/team" → member logins, for tokens that cannot read org membership. */
  teams: Record<string, string[]>;
}

export function defaultConfig(): SlacConfig {
  return {
    slas: [DEFAULT_SLAS_GLOB],
    site: { title: 'Service catalog', baseUrl: '/' },
    approval: {
      admins: [],
      staleReviews: 'dismiss',
      editorial: 'require-owner',
      overPromise: 'warn',
    },
    results: [DEFAULT_RESULTS_GLOB],
    report: { periods: 12, reviewNoticeSeconds: 14 * 86_400, reviewNotice: '14d' },
    teams: {},
  };
}
