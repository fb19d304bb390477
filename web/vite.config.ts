import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
    // In development the API runs separately (npm start) and Vite proxies GraphQL to it.
    proxy: { '/graphql': 'http://localhost:3000' },
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
