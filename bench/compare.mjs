// Checks that a change keeps slac's outputs byte for byte: runs the same commands with another
// build of slac (e.g. the commit before the change, built into a folder of its own) and with
// this one, on the bench's repositories, and compares stdout and exit codes.
//
//   git archive <commit> | tar -x -C /tmp/old && (cd /tmp/old && npm ci && npm run build)
//   node bench/compare.mjs --old /tmp/old [--sizes 10000] [--variants base,flow-20]
//
// Exit 0 when every output is the same, 1 when one differs (the first differing line shown).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, VARIANTS, WORK_DIR, generateRepo } from './generate.mjs';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

const old = option('old');
if (!old) {
  console.error('usage: node bench/compare.mjs --old DIR [--sizes 10000] [--variants base,...]');
  process.exit(2);
}
const sizes = option('sizes', '10000').split(',').map(Number);
const variants = option('variants', Object.keys(VARIANTS).join(',')).split(',');
const builds = { old: join(old, 'bin', 'slac.js'), new: join(BENCH_DIR, '..', 'bin', 'slac.js') };

/** The commands compared: validate on two days (the second turns more reviews overdue), diff. */
const COMMANDS = [
  ['validate', '--format', 'json', '--today', '2026-11-23'],
  ['validate', '--format', 'json', '--today', '2027-06-30'],
  ['validate', '--format', 'text', '--today', '2026-11-23'],
  ['validate', '--format', 'github', '--today', '2026-11-23'],
  ['validate', '--format', 'text', '--today', '2027-06-30'],
  ['validate', '--format', 'sarif', '--today', '2027-06-30'],
  ['validate', '--format', 'json', '--today', '2026-11-23', '--jobs', '1'],
  ['validate', 'slas/checkout', '--format', 'json', '--today', '2026-11-23'],
  // With a cache: the first run fills it, the second answers from it (CACHE: a folder per build).
  ['validate', '--format', 'text', '--today', '2026-11-23', '--cache', 'CACHE'],
  ['validate', '--format', 'text', '--today', '2026-11-23', '--cache', 'CACHE'],
  ['validate', '--format', 'json', '--today', '2027-06-30', '--cache', 'CACHE'],
  ['diff', '--base', 'main', '--head', 'pr', '--format', 'json'],
  ['diff', '--base', 'main~2', '--head', 'pr', '--format', 'json'],
];

let differ = 0;
for (const size of sizes)
  for (const variant of variants) {
    const dir = generateRepo(WORK_DIR, size, undefined, variant);
    const caches = ['old', 'new'].map((name) => join(WORK_DIR, `compare-cache-${name}`));
    for (const c of caches) rmSync(c, { recursive: true, force: true });
    for (const args of COMMANDS) {
      const [a, b] = [builds.old, builds.new].map((slac, i) =>
        spawnSync(process.execPath, [slac, ...args.map((x) => (x === 'CACHE' ? caches[i] : x))], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 1024 * 1024 * 1024,
        }),
      );
      const same = a.status === b.status && a.stdout === b.stdout;
      const name = `${size} ${variant}: slac ${args.join(' ')}`;
      if (same) {
        console.log(`same     ${name} (exit ${a.status}, ${a.stdout.length} bytes)`);
        continue;
      }
      differ++;
      const x = a.stdout.split('\n');
      const y = b.stdout.split('\n');
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      console.log(`DIFFERS  ${name}: exit ${a.status} / ${b.status}, line ${i + 1}:`);
      console.log(`  old: ${(x[i] ?? '').slice(0, 300)}\n  new: ${(y[i] ?? '').slice(0, 300)}`);
      if (b.stderr) console.log(`  new stderr: ${b.stderr.slice(0, 300)}`);
    }
  }
process.exit(differ > 0 ? 1 : 0);
