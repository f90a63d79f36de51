import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for urql, generated from the API contract at the repository root. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Tests write their own documents against stand-in servers; only the app's are generated.
  // The map's two queries are plain strings (see features/dashboard/map/map-documents.ts): every generated
  // document lands in the chunk every page loads, and the landing pages have no bytes to spare.
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.ts', '!src/graphql/generated/**', '!src/features/dashboard/map/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
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
      },
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
