/** slac's version, shown by `slac --version` and part of every validation cache key. */
export const SLAC_VERSION = '0.1.0';

/**
 * Where slac is published on GitHub (owner/name): the action's `uses:` and the schemas'
 * `$id` name it, and `slac init` pins both to SLAC_VERSION.
 */
export const SLAC_REPOSITORY = 'slac-dev/slac';

/** The URL of a schema of this release, as its `$id` says: the file in the repository at the tag. */
export function schemaUrl(name: 'sla' | 'config' | 'results'): string {
  return `https://raw.githubusercontent.com/${SLAC_REPOSITORY}/v${SLAC_VERSION}/schemas/${name}.schema.json`;
}
