// The validation's code loaded as a script with V8's code cache (src/node/validation-code.ts):
// the same results as the ES module, and a cache that does not match is ignored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validationCode } from '../src/node/validation-code.js';
import * as esm from '../src/validate/index.js';

const BUILD = join(process.cwd(), 'build', 'slac');
const EXAMPLES = join(process.cwd(), 'examples', 'slas');
const examples = readdirSync(EXAMPLES)
  .sort()
  .map((name) => ({ path: `slas/${name}`, content: readFileSync(join(EXAMPLES, name)) }));
const broken = { path: 'slas/broken.yaml', content: Buffer.from('metadata:\n  id: [a\n') };
const options = { today: '2026-11-23', lines: true };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'slac-validation-code-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('validationCode', () => {
  it('is the ES module where no script was built (running from the sources)', async () => {
    const { code, cacheRejected } = await validationCode(dir);
    expect(code.checkFile).toBe(esm.checkFile);
    expect(cacheRejected).toBeUndefined();
  });

  describe.skipIf(!existsSync(join(BUILD, 'validation.cjs')))('the built script', () => {
    it('loads with the cache the build made, and validates as the ES module does', async () => {
      const { code, cacheRejected } = await validationCode(BUILD);
      expect(cacheRejected).toBe(false);
      for (const file of [...examples, broken])
        expect(code.checkFile(file, options)).toEqual(esm.checkFile(file, options));
    });

    it('ignores a cache that does not match, and one that is missing', async () => {
      copyFileSync(join(BUILD, 'validation.cjs'), join(dir, 'validation.cjs'));
      writeFileSync(join(dir, 'validation.cache'), Buffer.from('not a code cache'));
      const stale = await validationCode(dir);
      expect(stale.cacheRejected).toBe(true);
      expect(stale.code.checkFile(broken, options)).toEqual(esm.checkFile(broken, options));
      rmSync(join(dir, 'validation.cache'));
      const none = await validationCode(dir);
      expect(none.cacheRejected).toBe(true);
      expect(none.code.checkFile(examples[0]!, options)).toEqual(
        esm.checkFile(examples[0]!, options),
      );
    });
  });
});
