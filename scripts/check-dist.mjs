// GitHub's check-dist: rebuilds the bundle into a temporary folder and fails when the
// committed dist/ differs from what the sources produce.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'slac-dist-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs'), '--outdir', fresh], {
    stdio: 'inherit',
  });
  const committed = join(root, 'dist');
  const names = new Set([...list(committed), ...list(fresh)]);
  const differ = [...names].sort().filter((name) => {
    const a = read(join(committed, name));
    const b = read(join(fresh, name));
    return !a || !b || !a.equals(b);
  });
  if (differ.length > 0) {
    console.error(
      `check-dist: dist/ differs from the sources in ${differ.join(', ')}.\nRun \`npm run bundle\` and commit dist/.`,
    );
    process.exitCode = 1;
  } else console.log('check-dist: dist/ matches the sources');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}

function list(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function read(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
