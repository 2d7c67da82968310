// The validation's code (src/validate/index.ts) for `slac validate` on this thread, loaded
// with V8's code cache. Node 20 compiles an ES module from its source on every run: about
// 20 ms of `slac validate`'s start went to parsing the reader, the schema's generated code
// and the rules, and to compiling each function on its first call. The build bundles that
// code once more as a CommonJS script (build/slac/validation.cjs) and saves V8's compiled
// form of it after validating the examples (validation.cache, scripts/code-cache.mjs);
// running the script with it skips that work. V8 checks the cache against the script's
// text, its own version and its flags and ignores one that does not match: the script is
// then compiled as usual, so a stale or foreign cache costs only the time to read it.
//
// Before loading it, this thread sets the V8 flags of validation-flags.json, which the cache
// is made under too (V8 compares its flags with the cache's). They set how much V8's
// optimizing compiler inlines: the reader's functions call one another, and with V8's
// default each optimized function took in copies of most of the others. Compiling them
// took about as much CPU as validating 10,000 files once they are compiled, on a second
// CPU that the reader thread (./read-ahead.ts) shares; until it was done they ran
// unoptimized (docs/performance.md, fifth pass). V8 reads the flag when it compiles a
// function, so setting it at run time is enough; it holds for the rest of the process.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import flags from './validation-flags.json' with { type: 'json' };

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
  for (const flag of flags) setFlagsFromString(flag);
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
