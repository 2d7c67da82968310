// Bundles the action (action/main.ts) with its dependencies, templates and schemas into one
// file: dist/index.js. `node scripts/bundle.mjs --outdir DIR` writes elsewhere (check-dist).
import { build } from 'esbuild';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = values.outdir ?? join(root, 'dist');

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
  // node_modules may be a symlink (a git worktree sharing another's): keep the paths it names.
  preserveSymlinks: true,
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __slacCreateRequire } from 'node:module';\nconst require = __slacCreateRequire(import.meta.url);",
  },
});
