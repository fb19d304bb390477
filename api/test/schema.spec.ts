import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printAppSchema } from '../src/common/graphql/schema-file.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('committed schema.graphql', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('equals the schema generated from the code (run `npm run schema -w api` after changing it)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(printAppSchema(testApp.app)).toBe(committed);
  });
});
