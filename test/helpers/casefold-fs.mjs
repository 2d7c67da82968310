// A file system that ignores letter case and Unicode spelling, as macOS and Windows do by
// default, for the paths below CASEFOLD_ROOT: a name that is not there as written opens a
// neighbour that folds the same. Loaded with `node --import`, around the built CLI, so that
// tests on Linux can show what slac reads on such a machine.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import process from 'node:process';

const ROOT = process.env.CASEFOLD_ROOT;
const real = { readdirSync: fs.readdirSync, existsSync: fs.existsSync };
const fold = (name) => name.normalize('NFC').toLowerCase();

function resolveFolded(p) {
  if (typeof p !== 'string' || !ROOT) return p;
  const abs = path.resolve(p);
  if (!abs.startsWith(ROOT + path.sep)) return p;
  let at = ROOT;
  for (const part of abs.slice(ROOT.length + 1).split(path.sep)) {
    if (part === '') continue;
    let next = path.join(at, part);
    if (!real.existsSync(next)) {
      let names = [];
      try {
        names = real.readdirSync(at);
      } catch {
        // Not a folder: nothing to fold against.
      }
      const hit = names.find((n) => fold(n) === fold(part));
      if (hit) next = path.join(at, hit);
    }
    at = next;
  }
  return at;
}

const sync = ['lstatSync', 'statSync', 'existsSync', 'readdirSync', 'readFileSync', 'openSync'];
for (const name of sync) {
  const f = fs[name];
  fs[name] = function (p, ...rest) {
    return f.call(this, resolveFolded(p), ...rest);
  };
}
for (const name of ['readFile', 'stat', 'lstat', 'readdir', 'open', 'access']) {
  const promised = fs.promises[name];
  fs.promises[name] = function (p, ...rest) {
    return promised.call(this, resolveFolded(p), ...rest);
  };
  const callback = fs[name];
  fs[name] = function (p, ...rest) {
    return callback.call(this, resolveFolded(p), ...rest);
  };
}
syncBuiltinESMExports();

// The working folder as typed (Windows keeps the letter case typed: `cd catalog` into a
// folder named `Catalog` gives process.cwd() "…\\catalog"), when CWD_AS_TYPED says it.
if (process.env.CWD_AS_TYPED) {
  const typed = process.env.CWD_AS_TYPED;
  process.cwd = () => typed;
}
