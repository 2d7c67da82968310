import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      'dist/',
      'site/',
      'test/output/',
      'bench/work/',
      'src/**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The catalog's search script runs in the reader's browser.
    files: ['templates/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', URLSearchParams: 'readonly' },
    },
  },
  {
    // src/ and cli/ end with an exit code, never process.exit.
    files: ['src/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Return an exit code instead.' },
      ],
    },
  },
  {
    // The core knows neither adapter nor the GitHub runtime (docs/architecture.md).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'src/ is runtime-free; only action/ imports @actions/*.',
            },
            {
              group: ['**/cli', '**/cli/**'],
              message: 'src/ is the core: it never imports the CLI.',
            },
            {
              group: ['**/action', '**/action/**'],
              message: 'src/ is the core: it never imports the action.',
            },
          ],
        },
      ],
    },
  },
  {
    // The adapters are siblings: what both need lives in src/ (src/app, src/node).
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'cli/ is runtime-free; only action/ imports @actions/*.',
            },
            {
              group: ['**/action', '**/action/**'],
              message: 'cli/ never imports action/: move the shared code to src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['action/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli', '**/cli/**'],
              message: 'action/ never imports cli/: move the shared code to src/.',
            },
          ],
        },
      ],
    },
  },
);
