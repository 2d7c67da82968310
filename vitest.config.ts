import { availableParallelism } from 'node:os';
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
    // Vitest leaves one CPU free by default: one test file at a time on CI's 2 CPUs. Most tests
    // wait on git, node and Chromium processes, so two files at a time take 281 s there
    // instead of 507 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
