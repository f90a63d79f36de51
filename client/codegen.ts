import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for urql, generated from the API contract at the repository root. */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  // Tests write their own documents against stand-in servers; only the app's are generated.
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.ts', '!src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string' },
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
