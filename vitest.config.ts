import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const requireFromServer = createRequire(resolve(root, 'server', 'package.json'));

/** Workspace code is tested from its TypeScript sources, not from a stale `dist/` (both entry points). */
const sharedFromSource = [
  { find: /^@tripartite\/shared$/, replacement: resolve(root, 'shared', 'src', 'index.ts') },
  {
    find: /^@tripartite\/shared\/write-rules$/,
    replacement: resolve(root, 'shared', 'src', 'write-rules', 'index.ts'),
  },
];

export default defineConfig({
  test: {
    // Machine-readable results for .ci/run, next to the usual console output.
    reporters: ['default', ['json', { outputFile: resolve(root, '.reports', 'vitest.json') }]],
    projects: [
      {
        test: { name: 'shared', root: resolve(root, 'shared'), include: ['src/**/*.test.ts'], environment: 'node' },
      },
      // The repository's own checks (.ci/checks/: schema changes). graphql as Node loads it for
      // graphql-inspector (its CommonJS build), as for the server.
      {
        resolve: {
          alias: [{ find: /^graphql$/, replacement: createRequire(resolve(root, 'package.json')).resolve('graphql') }],
        },
        test: { name: 'checks', root: resolve(root, '.ci', 'checks'), include: ['*.test.ts'], environment: 'node' },
      },
      {
        resolve: {
          alias: [
            ...sharedFromSource,
            // TypeGraphQL and Apollo load graphql's CommonJS build; our code must get the very
            // same module, or graphql-js refuses objects "from another module or realm".
            { find: /^graphql$/, replacement: requireFromServer.resolve('graphql') },
          ],
        },
        test: {
          name: 'server',
          root: resolve(root, 'server'),
          include: ['src/**/*.test.ts'],
          globalSetup: [resolve(root, 'server', 'src', 'test-support', 'announce-databases.ts')],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias: sharedFromSource },
        test: {
          name: 'client',
          root: resolve(root, 'client'),
          // The build's own plugins (beside vite.config.ts) are tested too.
          include: ['src/**/*.test.ts', '*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          root: resolve(root, 'e2e'),
          // The machine is shared: an answer can take a few seconds under load (default 1 s).
          expect: { poll: { timeout: 10_000 } },
          include: ['**/*.e2e.test.ts'],
          globalSetup: [resolve(root, 'e2e', 'support', 'ensure-chromium.ts')],
          environment: 'node',
          // Measured on the shared 2-core machine at load 14-28: the longest journeys (fieldwork,
          // API tokens, campaigns) take up to 75 s, and polls for what a page shows up to 1.7 s.
          testTimeout: 120_000,
          // A file's app starts in its beforeAll: migrating and seeding took over 30 s at load 25,
          // and Chromium's launch comes on top (start-app.ts allows the server 90 s).
          hookTimeout: 150_000,
        },
      },
    ],
  },
});
