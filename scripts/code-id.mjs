// The code id of the validation cache: a hash of the files of src/load, src/model and
// src/validate, so that a cache never outlives a change of the rules even without a new
// version number. It depends only on their names and bytes, so a bundle stays the same on
// every checkout, and the action and the command line built from the same sources share
// cache entries. scripts/bundle.mjs writes it into the bundles and vitest.config.ts into the
// sources under test, as __SLAC_CODE_ID__ (read by src/node/cache-store.ts).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function codeId() {
  const hash = createHash('sha256');
  for (const dir of ['load', 'model', 'validate']) {
    const folder = join(root, 'src', dir);
    for (const name of readdirSync(folder).sort()) {
      hash.update(name).update(readFileSync(join(folder, name)));
    }
  }
  return hash.digest('hex');
}
