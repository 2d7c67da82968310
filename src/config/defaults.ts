// The config's file name and defaults, apart from its parser so that reading them loads no
// YAML or schema code.
export const CONFIG_FILE = '.slac.yml';
export const DEFAULT_SLAS_GLOB = 'slas/**/*.{yml,yaml}';

export interface SlacConfig {
  slas: string[];
  templates?: string;
  site: { title: string; baseUrl: string; description?: string };
  approval: {
    admins: string[];
    staleReviews: 'dismiss' | 'keep' | 'content';
    editorial: 'require-owner' | 'no-approval';
  };
  /** "@org/team" → member logins, for tokens that cannot read org membership. */
  teams: Record<string, string[]>;
}

export function defaultConfig(): SlacConfig {
  return {
    slas: [DEFAULT_SLAS_GLOB],
    site: { title: 'Service catalog', baseUrl: '/' },
    approval: { admins: [], staleReviews: 'dismiss', editorial: 'require-owner' },
    teams: {},
  };
}
