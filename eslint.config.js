import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.nx/**', 'coverage/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // shared/ is pure: no framework, database, validation library, React, GraphQL, env or I/O.
    files: ['shared/**/*.ts'],
    ignores: ['shared/bench/**', 'shared/**/*.spec.ts', 'shared/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@nestjs/*',
                'typeorm',
                'class-validator',
                'class-transformer',
                'react',
                'react-dom',
                'graphql',
              ],
              message: 'shared/ is framework-free.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'process', 'child_process'],
              message: 'shared/ does no I/O.',
            },
            {
              group: ['@servicekatalog/api', '@servicekatalog/web', '**/api/**', '**/web/**'],
              message: 'Dependencies flow from api and web to shared, never back.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'shared/ reads no environment.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'shared/ has no clock.' },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@servicekatalog/api', '**/api/src/**'],
              message: 'web talks to the API through GraphQL only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@servicekatalog/web', '**/web/src/**'], message: 'api never imports the web app.' },
          ],
        },
      ],
    },
  },
  {
    // The web app's logger is the one place that writes to the browser console.
    files: ['web/src/lib/logger.ts'],
    rules: { 'no-console': ['error', { allow: ['warn'] }] },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '**/*.bench.ts', 'shared/bench/**'],
    rules: { 'no-console': 'off' },
  },
);
