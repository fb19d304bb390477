import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vitest/config';

const GENERATED_DOCUMENTS = fileURLToPath(new URL('src/lib/graphql/generated/graphql.ts', import.meta.url));

/** Name → operation text (with the fragments it spreads) of every document codegen wrote. */
function readGeneratedDocuments(): Map<string, string> {
  const generated = readFileSync(GENERATED_DOCUMENTS, 'utf8');
  const texts = new Map<string, string>();
  for (const match of generated.matchAll(/export const (\w+) = new TypedDocumentString\(`([^`]*)`/g)) {
    texts.set(match[1], match[2]);
  }
  return texts;
}

/**
 * Replaces each `graphql(\`…\`)` call with the text of the document codegen generated for it
 * (`query Quotes` → QuotesDocument, with its fragments), as a string literal in the calling module.
 * The codegen's `graphql()` looks documents up in one map of every operation of the app, and the
 * generated module holds them all, so without this every operation — the account managers' too —
 * would ship with the first route; with it each travels in the chunk that uses it. (The job of the
 * client preset's Babel/SWC optimiser.) `execute()` only needs the text; the types are unchanged.
 */
function graphqlDocuments(): Plugin {
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  return {
    name: 'servicekatalog:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/lib/graphql/generated/') || !code.includes('graphql(`'))
        return null;
      this.addWatchFile(GENERATED_DOCUMENTS);
      const documents = readGeneratedDocuments();
      const replaced = code.replace(call, (text: string, source: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        const name =
          definition && `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const document = name ? documents.get(name) : undefined;
        if (document === undefined) {
          this.warn(`no generated document for ${name ?? 'a graphql() call'}: run "npm run codegen -w web"`);
          return text;
        }
        // Keep the line count, so every other line stays where it was.
        return `${JSON.stringify(document)}${'\n'.repeat(text.split('\n').length - 1)}`;
      });
      // Lines are kept, so a line-to-line source map is exact to the line.
      const lines = replaced.split('\n').length;
      const mappings = ['AAAA', ...Array.from({ length: lines - 1 }, () => 'AACA')].join(';');
      return { code: replaced, map: { version: 3, sources: [id], names: [], mappings } };
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments(), react()],
  resolve: {
    // shared/ is compiled with the app from its TypeScript sources.
    alias: [
      {
        find: /^@servicekatalog\/shared$/,
        replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      },
    ],
  },
  server: {
    // In development the API runs separately (npm start) and Vite proxies GraphQL to it, the
    // subscriptions' WebSocket included.
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      // The standards exports are plain HTTP endpoints of the API (CPSV-AP, TMF620).
      '/standards': 'http://localhost:3000',
      '/tmf-api': 'http://localhost:3000',
    },
  },
  // The manifest lets scripts/check-bundle-budget.mjs find what the first route loads.
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare `sideEffects`, so every component (the
        // Combobox with floating-ui and a virtualiser among them) ends up in the first route. Its
        // own modules only define components; the custom elements they rely on are registered by
        // @digdir/designsystemet-web, which keeps its side effects (digdir/designsystemet#2475).
        moduleSideEffects: [{ test: /[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
