// Bundles the action (action/main.ts) with its dependencies, templates and schemas into one
// file: dist/index.js (committed). `node scripts/bundle.mjs --outdir DIR` writes it elsewhere
// (check-dist). It also bundles the command line into build/slac/ (not committed; bin/slac.js
// runs it): one file per entry point plus shared chunks, so that a run loads a handful of
// files instead of a hundred modules, and commands still load only what they use.
// `--cli` bundles only the command line.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { codeId } from './code-id.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string' }, cli: { type: 'boolean' } } });
const outdir = values.outdir ?? join(root, 'dist');

function list(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
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
};

/**
 * @actions/http-client imports undici (770 KB) for a proxy agent, and compiling it was a large
 * part of the action's start. Its only use, ProxyAgent, is read when a proxy is configured:
 * this stand-in requires undici from dist/undici.cjs (bundled on its own) only then.
 */
const lazyUndici = {
  name: 'lazy-undici',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes('@actions/http-client')
        ? { path: 'undici-on-first-use', namespace: 'slac' }
        : undefined,
    );
    b.onResolve({ filter: /^\.\/undici\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'slac' }, () => ({
      contents:
        "module.exports = { get ProxyAgent() { return require('./undici.cjs').ProxyAgent; } };",
      loader: 'js',
      resolveDir: root,
    }));
  },
};

if (!values.cli) {
  // dist/index.js and the chunks it loads when it needs them (the check's work, the renderer).
  for (const name of list(outdir)) if (/\.c?js$/.test(name)) rmSync(join(outdir, name));
  await build({
    ...common,
    entryPoints: { index: 'action/main.ts', 'render-worker': 'src/node/render-worker.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: 'node24',
    plugins: [lazyUndici],
  });
  await build({
    ...common,
    entryPoints: ['node_modules/undici/index.js'],
    outfile: join(outdir, 'undici.cjs'),
    format: 'cjs',
    target: 'node24',
    banner: {},
    define: {},
  });
}

if (!values.outdir) {
  const cliDir = join(root, 'build', 'slac');
  rmSync(cliDir, { recursive: true, force: true });
  await build({
    ...common,
    // worker.js and render-worker.js next to the chunks: src/node/parallel.ts and
    // render-thread.ts find them as ./worker.js and ./render-worker.js.
    entryPoints: {
      main: 'cli/main.ts',
      worker: 'src/node/validate-worker.ts',
      'render-worker': 'src/node/render-worker.ts',
    },
    outdir: cliDir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    target: 'node20',
  });
  // The validation's code once more, as a script that loads with V8's code cache
  // (src/node/validation-code.ts), and the cache, made in a process of its own.
  await build({
    ...common,
    entryPoints: ['src/validate/index.ts'],
    outfile: join(cliDir, 'validation.cjs'),
    format: 'cjs',
    target: 'node20',
    banner: {},
  });
  execFileSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs'), cliDir], {
    stdio: 'inherit',
  });
}
