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
    // The core stays free of the GitHub runtime: only action/ may import @actions/*.
    files: ['src/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message: 'src/ and cli/ are runtime-free; only action/ imports @actions/*.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'Return an exit code instead.' },
      ],
    },
  },
);
