import type { CodegenConfig } from '@graphql-codegen/cli';

/** Settings shared by both generated folders. */
const CLIENT_CONFIG = {
  // Every custom scalar is typed as what arrives over JSON; strictScalars makes a new one a
  // generation error instead of a silent `any`.
  strictScalars: true,
  scalars: {
    /** A calendar day, `YYYY-MM-DD` (server/src/graphql/scalars/calendar-date.scalar.ts). */
    Date: 'string',
    /** An instant in ISO 8601 with its offset, such as `2026-12-03T10:15:30.000Z`. */
    DateTimeISO: 'string',
    /** The audit trail's before/after snapshots: a JSON object. */
    JSONObject: 'Record<string, unknown>',
  },
  enumsAsTypes: true,
  useTypeImports: true,
};

/** The files whose documents go to `src/graphql/plan-generated/` (see below). */
const PLAN_DOCUMENTS = ['src/features/workspace/stalled-badge.tsx'];

/**
 * The plan page's documents (`/provinces/:code/plan`) in a folder of their own: in the one above
 * they would grow the module the workspace, a landing page, downloads for its stalled badge.
 */
const PLAN_PAGE_DOCUMENTS = ['src/features/plan/plan-documents.ts'];

/**
 * The accounts page's documents (`/accounts`, admins only) apart too, for the same reason: no
 * landing page needs them.
 */
const ACCOUNTS_DOCUMENTS = ['src/features/accounts/account-documents.ts'];

/** Typed documents for urql, generated from the API contract at the repository root. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      // Tests write their own documents against stand-in servers; only the app's are generated.
      documents: [
        'src/**/*.{ts,tsx}',
        '!src/**/*.test.ts',
        '!src/graphql/generated/**',
        '!src/graphql/plan-generated/**',
        '!src/graphql/plan-page-generated/**',
        '!src/graphql/accounts-generated/**',
        ...[...PLAN_DOCUMENTS, ...PLAN_PAGE_DOCUMENTS, ...ACCOUNTS_DOCUMENTS].map((file) => `!${file}`),
        // The map's two queries are plain strings (features/dashboard/map/map-documents.ts): it
        // loads only when shown, and the landing pages have no bytes to spare for its documents.
        '!src/features/dashboard/map/**',
      ],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    // The plan's documents (issue 17) apart: the client preset bundles every document it
    // generates into one module, which every landing page downloads; these are needed later.
    'src/graphql/plan-generated/': {
      documents: PLAN_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    'src/graphql/plan-page-generated/': {
      documents: PLAN_PAGE_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    'src/graphql/accounts-generated/': {
      documents: ACCOUNTS_DOCUMENTS,
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: CLIENT_CONFIG,
    },
    // Graphcache reads the schema from this to know lists, nullability, interfaces and which
    // types have no id (src/lib/graphcache-keys.ts), so partial answers and updates stay correct.
    'src/graphql/generated/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true },
    },
  },
};

export default config;
