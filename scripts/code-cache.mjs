// Makes build/slac/validation.cache: V8's code cache of build/slac/validation.cjs (the
// validation's code as a script, src/node/validation-code.ts), taken after validating the
// examples so that it holds the functions a validation runs, not only the top level.
//   node scripts/code-cache.mjs DIR
// Run by scripts/bundle.mjs in a process of its own, with node's default flags and those of
// src/node/validation-flags.json, which src/node/validation-code.ts sets before loading the
// script: V8 ignores a cache made under other flags.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2];
for (const flag of JSON.parse(readFileSync(join(root, 'src/node/validation-flags.json'), 'utf8')))
  setFlagsFromString(flag);
const file = join(dir, 'validation.cjs');
// The same wrapper as wrapModule in src/node/validation-code.ts: the cache is of this text.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(source, { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
const examples = join(root, 'examples', 'slas');
for (const name of readdirSync(examples).sort()) {
  const content = readFileSync(join(examples, name));
  for (const lines of [true, false])
    module.exports.checkFile({ path: `slas/${name}`, content }, { today: '2026-01-01', lines });
}
writeFileSync(join(dir, 'validation.cache'), script.createCachedData());
