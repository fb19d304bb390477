import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation of the web app from the API's committed schema. After an API change:
 * `npm run build && node api/dist/api/src/cli/print-schema.js api/schema.graphql` (from the repo
 * root), then `npm run codegen -w web`, and commit the files under src/lib/graphql/generated/.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: false,
  hooks: { afterOneFileWrite: ['node scripts/tidy-generated.mjs'] },
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings: no graphql runtime ships to the browser.
        documentMode: 'string',
        useTypeImports: true,
        onlyOperationTypes: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: {
          Decimal: 'string',
          Date: 'string',
          DateTime: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
