// The schema modelines a user copies or opens: in examples/ each relative path names a schema
// that exists, and the snippets of README and docs/ use the published URL of this release (a
// path relative to a file of this repository resolves to nothing in the user's repository).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaUrl } from '../src/version.js';

const root = join(import.meta.dirname, '..');
const MODELINE = /# yaml-language-server: \$schema=(\S+)/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('schema modelines', () => {
  it('in examples/, name schemas that exist', () => {
    const broken: string[] = [];
    let seen = 0;
    for (const file of files(join(root, 'examples')).filter((f) => /\.ya?ml$/.test(f))) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(MODELINE)) {
        seen++;
        if (!existsSync(resolve(dirname(file), target!)))
          broken.push(`${relative(root, file)}: ${target}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('in README and docs/, are the published URLs of this release', () => {
    const published = new Set([schemaUrl('sla'), schemaUrl('config'), schemaUrl('results')]);
    const other: string[] = [];
    for (const file of ['README.md', ...files(join(root, 'docs')).map((f) => relative(root, f))]) {
      if (!file.endsWith('.md')) continue;
      for (const [, target] of readFileSync(join(root, file), 'utf8').matchAll(MODELINE))
        if (!published.has(target!)) other.push(`${file}: ${target}`);
    }
    expect(other).toEqual([]);
  });
});
