// @ts-check
import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './.config/eslint-boundaries.js';

/** Packages import each other by name (`@tripartite/shared`), never by paths across folders. */
const noCrossPackagePaths = {
  patterns: [
    {
      regex: String.raw`^(\.\./)+(shared|server|client|e2e)/`,
      message: 'Import workspace packages by name (@tripartite/shared), not by relative path.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.reports/**',
      'data/**',
      'e2e/screenshots/**',
      // Generated: rewritten by `pnpm generate` and `migration:create`, never by hand.
      'client/src/graphql/generated/**',
      'client/src/graphql/plan-generated/**',
      'client/src/graphql/plan-page-generated/**',
      'client/src/graphql/accounts-generated/**',
      'server/src/db/migrations/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', noCrossPackagePaths],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/**/*.service.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noCrossPackagePaths.patterns,
            {
              group: ['graphql', 'type-graphql', '@apollo/*', 'express', '**/graphql/*', '**/http/*'],
              message: 'Services know nothing of GraphQL or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.entity.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // With the string 'datetime' MikroORM 7.2.1 keeps 'datetime' as the property type, and its
          // change check deep-compares the Date it hydrated from SQLite with the milliseconds it would
          // store, instead of comparing their valueOf() as for type 'Date': every loaded row looks
          // changed and the next flush writes it back, bumping `version`. DateTimeType gives 'Date'
          // (same columns on both databases).
          selector: "Property[key.name='type'][value.value=/^(datetime|timestamp|timestamptz)$/i]",
          message: 'Use `type: DateTimeType` (from @mikro-orm/core) for a date and time, not a type name string.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    languageOptions: { ...react.configs.flat.recommended?.languageOptions, globals: { ...globals.browser } },
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended?.rules,
      ...react.configs.flat['jsx-runtime']?.rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  ...moduleBoundaries,
);
