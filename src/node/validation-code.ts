// The validation's code (src/validate/index.ts) for `slac validate` on this thread, loaded
// with V8's code cache. Node 20 compiles an ES module from its source on every run: about
// 20 ms of `slac validate`'s start went to parsing the reader, the schema's generated code
// and the rules, and to compiling each function on its first call. The build bundles that
// code once more as a CommonJS script (build/slac/validation.cjs) and saves V8's compiled
// form of it after validating the examples (validation.cache, scripts/code-cache.mjs);
// running the script with it skips that work. V8 checks the cache against the script's
// text, its own version and its flags and ignores one that does not match: the script is
// then compiled as usual, so a stale or foreign cache costs only the time to read it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Validation = typeof import('../validate/index.js');

/** The script around a CommonJS module's text; scripts/code-cache.mjs wraps it the same way. */
function wrapModule(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * The validation's code: the bundled script with its code cache where the build made one
 * (`cacheRejected` says whether V8 took the cache), else the ES module (running from the
 * sources, as tests do).
 */
export async function validationCode(
  dir = fileURLToPath(new URL('.', import.meta.url)),
): Promise<{ code: Validation; cacheRejected?: boolean }> {
  const file = `${dir}/validation.cjs`;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return { code: await import('../validate/index.js') };
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${dir}/validation.cache`);
  } catch {
    // No cache (a build that did not make one): compiled as usual.
  }
  const script = new Script(wrapModule(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Validation };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  return { code: module.exports, cacheRejected: cachedData ? script.cachedDataRejected : true };
}
