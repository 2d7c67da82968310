// Files of other SLO tools, recognised by what their data says: the validator names them
// (rule sla-foreign-format) and `slac import` picks its reader with the same test.

export interface ForeignFormat {
  tool: 'OpenSLO' | 'Sloth';
  /** The key that says so, and its value: `apiVersion: openslo/v1`, `version: prometheus/v1`. */
  key: 'apiVersion' | 'version';
  version: string;
}

/** OpenSLO (`apiVersion: openslo/…`) or Sloth (`apiVersion: sloth.slok.dev/…`, or `version` with `slos`). */
export function detectForeignFormat(data: Record<string, unknown>): ForeignFormat | undefined {
  const api = data.apiVersion;
  if (typeof api === 'string') {
    if (/openslo/i.test(api)) return { tool: 'OpenSLO', key: 'apiVersion', version: api };
    if (/sloth/i.test(api)) return { tool: 'Sloth', key: 'apiVersion', version: api };
    return undefined;
  }
  if (typeof data.version === 'string' && 'slos' in data && !('apiVersion' in data))
    return { tool: 'Sloth', key: 'version', version: data.version };
  return undefined;
}
