// @ts-check
import boundaries from 'eslint-plugin-boundaries';

/**
 * One-way dependencies (docs/boundaries.md), checked by eslint-plugin-boundaries on every import:
 * `shared` ← server modules / client features ← composition (schema, database, app shell) ←
 * http, cli ← main. Tests and test support may import anything and are not imported.
 *
 * Server modules: which other modules each may import. Anything not listed is refused, so the
 * graph stays acyclic by construction; a new edge is a decision made here, not in passing.
 */
export const SERVER_MODULE_DEPENDENCIES = {
  geography: [],
  organisations: ['geography'],
  access: ['geography', 'organisations'],
  audit: ['access', 'geography'],
  accounts: ['access', 'audit', 'organisations'],
  participation: ['access', 'audit', 'geography', 'organisations'],
  targets: ['access', 'audit', 'geography', 'participation'],
  campaigns: ['geography', 'participation'],
  agreements: ['access', 'audit', 'geography', 'organisations'],
  // Seats and populations: set against wards, signing progress and participation totals.
  places: ['agreements', 'geography', 'participation'],
  // The daily digest: the stalled-agreement rule, applied to each person's scope, sent by email.
  reminders: ['access', 'accounts', 'agreements', 'audit', 'geography'],
  imports: ['access', 'agreements', 'audit', 'geography', 'organisations', 'participation', 'places', 'targets'],
};

// Patterns end in `.*`, not `.ts`: the plugin takes `x.ts` for a folder pattern and warns.
const serverCore = [
  'server/src/errors.*',
  'server/src/validation.*',
  'server/src/db/{cursor,cursor-page,group-in-key-order,load-reference,validity}.*',
  'server/src/graphql/{enum-object,error-codes,page-info*,validate-input,request-loaders}.*',
  'server/src/graphql/scalars/*',
];

/** @type {import('eslint').Linter.Config[]} */
export default [
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', 'server/src/test-support/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: {
          project: ['server/tsconfig.json', 'client/tsconfig.json', 'shared/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
      'boundaries/include': ['server/src/**/*', 'client/src/**/*', 'shared/src/**/*'],
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared/src' },
        // Below every module: errors, cursors, scalars, input validation, the loader registry.
        { type: 'server-core', pattern: serverCore, partialMatch: false },
        // What every resolver gets per request: it names who asks (access) and who writes (audit).
        { type: 'server-request', pattern: 'server/src/graphql/request-context.*', partialMatch: false },
        { type: 'server-module', pattern: 'server/src/modules/*', capture: ['module'] },
        // Composition: the schema from every resolver, the ORM from every entity, the demo seed.
        {
          type: 'server-composition',
          pattern: [
            'server/src/graphql/build-schema.*',
            'server/src/db/{entities,open-database,orm-options,database-target,hand-written-schema,scratch-postgres-database,change-feed}.*',
            'server/src/db/{seeders,migrations}/**',
          ],
          partialMatch: false,
        },
        {
          type: 'server-app',
          pattern: ['server/src/http/**', 'server/src/live/**', 'server/src/cli/**', 'server/src/config.*'],
          partialMatch: false,
        },
        { type: 'server-main', pattern: 'server/src/main.*', partialMatch: false },
        { type: 'client-feature', pattern: 'client/src/features/*', capture: ['feature'] },
        {
          type: 'client-common',
          pattern: ['client/src/components/**', 'client/src/lib/**', 'client/src/graphql/**', 'client/src/locales/**'],
          partialMatch: false,
        },
        { type: 'client-app', pattern: ['client/src/app/**', 'client/src/main.*'], partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{from.type}} {{from.captured.module}}{{from.captured.feature}} may not import {{to.type}} {{to.captured.module}}{{to.captured.feature}} (docs/boundaries.md)',
          policies: [
            { from: { element: { type: '*' } }, allow: { to: { element: { type: 'shared' } } } },
            { from: { element: { type: 'server-core' } }, allow: { to: { element: { type: 'server-core' } } } },
            {
              from: { element: { type: 'server-request' } },
              allow: [
                { to: { element: { type: 'server-core' } } },
                { to: { element: { type: 'server-module', captured: { module: '{access,audit}' } } } },
              ],
            },
            ...Object.entries(SERVER_MODULE_DEPENDENCIES).map(([module, allowed]) => ({
              from: { element: { type: 'server-module', captured: { module } } },
              allow: [
                { to: { element: { type: ['server-core', 'server-request'] } } },
                { to: { element: { type: 'server-module', captured: { module: [module, ...allowed] } } } },
              ],
            })),
            {
              from: { element: { type: 'server-composition' } },
              allow: {
                to: { element: { type: ['server-core', 'server-request', 'server-module', 'server-composition'] } },
              },
            },
            {
              from: { element: { type: 'server-app' } },
              allow: {
                to: {
                  element: {
                    type: ['server-core', 'server-request', 'server-module', 'server-composition', 'server-app'],
                  },
                },
              },
            },
            { from: { element: { type: 'server-main' } }, allow: { to: { element: { type: '*' } } } },
            // A feature uses its own files and what every feature shares; another feature only
            // through that feature's public entry (its index.ts), never its internals.
            {
              from: { element: { type: 'client-feature' } },
              allow: [
                { to: { element: { type: 'client-common' } } },
                { to: { element: { type: 'client-feature', captured: { feature: '{{from.captured.feature}}' } } } },
                { to: { element: { type: 'client-feature' }, file: { path: '**/client/src/features/*/index.ts' } } },
              ],
            },
            { from: { element: { type: 'client-common' } }, allow: { to: { element: { type: 'client-common' } } } },
            {
              from: { element: { type: 'client-app' } },
              allow: { to: { element: { type: ['client-app', 'client-common', 'client-feature'] } } },
            },
          ],
        },
      ],
    },
  },
];
