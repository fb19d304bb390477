import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Unit specs and end-to-end specs run on SQLite; when TEST_DATABASE_URL names a PostgreSQL server
 * the end-to-end specs run a second time there, each file on a fresh database of its own.
 */
const postgres = process.env.TEST_DATABASE_URL
  ? [
      {
        extends: true as const,
        test: { name: 'postgres', include: ['test/**/*.e2e-spec.ts'], env: { SK_TEST_DB: 'postgres' } },
      },
    ]
  : [];

export default defineConfig({
  // SWC emits the decorator metadata NestJS and TypeORM read at run time.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // Test code must see the same graphql module instance as Nest/Apollo (STACK.md).
    alias: [
      { find: /^graphql$/, replacement: require.resolve('graphql') },
      // Tests run shared/ from its sources, so they never see a stale build.
      {
        find: /^@servicekatalog\/shared$/,
        replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      },
    ],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['src/**/*.spec.ts', 'test/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
          env: { SK_TEST_DB: 'sqlite' },
        },
      },
      ...postgres,
    ],
  },
});
