import { defineConfig } from 'vitest/config';
import { codeId } from './scripts/code-id.mjs';

export default defineConfig({
  // What scripts/bundle.mjs writes into the bundles (src/node/cache-store.ts).
  define: { __SLAC_CODE_ID__: JSON.stringify(codeId()) },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
