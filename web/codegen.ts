import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation of the web app from the API's committed schema. Run with
 * `npm run codegen -w web` after regenerating api/schema.graphql.
 */
const API_SCHEMA = '../api/schema.graphql';
const PRICING_CONTRACT = 'src/lib/graphql/pricing-contract.graphql';

function schemaFiles(): string[] {
  if (!existsSync(API_SCHEMA)) throw new Error(`${API_SCHEMA} is missing: generate it first (see web/README or DESIGN).`);
  const hasPricing = readFileSync(API_SCHEMA, 'utf8').includes('priceConfiguration(');
  return hasPricing ? [API_SCHEMA] : [API_SCHEMA, PRICING_CONTRACT];
}

const config: CodegenConfig = {
  schema: schemaFiles(),
  documents: ['src/**/*.{ts,tsx}', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings: no graphql runtime ships to the browser.
        documentMode: 'string',
        useTypeImports: true,
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
