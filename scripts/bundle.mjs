// Bundles the action (action/main.ts) with its dependencies, templates and schemas into one
// file: dist/index.js. `node scripts/bundle.mjs --outdir DIR` writes elsewhere (check-dist).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = values.outdir ?? join(root, 'dist');

/**
 * The code id of the validation cache (cli/validate/store.ts codeId()): a hash of the files
 * of src/load, src/model and src/validate, which the bundle cannot read at run time. It
 * depends only on their names and bytes, so the bundle stays the same on every checkout.
 */
function codeId() {
  const hash = createHash('sha256');
  for (const dir of ['load', 'model', 'validate']) {
    const folder = join(root, 'src', dir);
    for (const name of readdirSync(folder).sort()) {
      hash.update(name).update(readFileSync(join(folder, name)));
    }
  }
  return hash.digest('hex');
}

await build({
  absWorkingDir: root,
  entryPoints: ['action/main.ts'],
  outfile: join(outdir, 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Paths in the bundle stay `node_modules/...` even where node_modules is a symlink (a git
  // worktree sharing another's), so every checkout builds the same bytes.
  preserveSymlinks: true,
  define: { __SLAC_CODE_ID__: JSON.stringify(codeId()) },
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __slacCreateRequire } from 'node:module';\nconst require = __slacCreateRequire(import.meta.url);",
  },
});
