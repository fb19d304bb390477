/**
 * Operations run compiled (graphql-jit) from their second execution on (compiled-execution.ts):
 * the web app's own operations must answer exactly as graphql-js answered them the first time —
 * data, errors and refusals alike — and `/metrics` must show they did run compiled.
 */
import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { login } from '../support/auth.js';
import { parsePrometheusText } from '../support/prometheus.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const GENERATED = new URL('../../../web/src/lib/graphql/generated/graphql.ts', import.meta.url);

/** The text the web app sends for operation `name`, fragments included. */
function webDocument(name: string): string {
  const text = readFileSync(GENERATED, 'utf8');
  const match = new RegExp(`export const ${name}Document = new TypedDocumentString\\(\`([^\`]*)\``).exec(
    text,
  );
  if (!match) throw new Error(`The web app has no operation ${name}`);
  return match[1];
}

const VOLUMES = [
  { driverCode: 'PAYSLIPS', quantity: '1200' },
  { driverCode: 'INVOICES_IN', quantity: '8000' },
];
const CONFIGURATION = {
  providerCode: 'SA-DK',
  serviceCodes: ['PAY', 'ACC'],
  volumes: VOLUMES,
  contractYears: 3,
};

let app: TestApp;
let customer: string;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
  customer = await login(app, 'kunde@eksempelstyrelsen.example', DEMO_PASSWORD);
  // The customer's own quotes, for the list.
  for (const name of ['Compiled A', 'Compiled B']) {
    const saved = await app.gql(
      'mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { id } }',
      { input: { name, configuration: CONFIGURATION } },
      { token: customer },
    );
    expect(saved.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await app?.close();
});

async function compiledRuns(): Promise<number> {
  const samples = parsePrometheusText(await (await fetch(`${app.url}/metrics`)).text());
  return samples.get('cache_hits_total{cache="compiled-operation"}') ?? 0;
}

/** The same request three times (signed in: never from the response cache); the three answers. */
async function thrice(name: string, variables: Record<string, unknown>): Promise<GraphQLResponse[]> {
  const answers: GraphQLResponse[] = [];
  for (let i = 0; i < 3; i += 1)
    answers.push(await app.gql(webDocument(name), variables, { token: customer }));
  return answers;
}

describe('compiled execution of the web app operations', () => {
  it.each([
    ['CatalogueBrowser', { providerCode: 'SA-DK' }],
    ['PriceConfiguration', { input: CONFIGURATION }],
    ['CompareConfigurations', { inputs: [CONFIGURATION, { ...CONFIGURATION, contractYears: 1 }] }],
    ['Quotes', { first: 20 }],
  ])('%s answers compiled exactly as graphql-js did', async (name, variables) => {
    const before = await compiledRuns();
    const [first, second, third] = await thrice(name, variables);
    expect(first.errors).toBeUndefined();
    expect(first.data).toBeTruthy();
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect((await compiledRuns()) - before).toBe(2);
  });

  it('refuses bad variables of a compiled operation with the field, as before it was compiled', async () => {
    const bad = {
      input: {
        ...CONFIGURATION,
        volumes: [{ driverCode: 'PAYSLIPS', quantity: 12 }],
        contractYears: 'three',
      },
    };
    const [first, second, third] = await thrice('PriceConfiguration', bad);
    expect(first.status).toBe(400);
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contractYears',
    });
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('keeps a resolver error (NOT_FOUND) and its path, compiled', async () => {
    const query = 'query ($id: ID!) { quote(id: $id) { id name } }';
    const variables = { id: '00000000-0000-4000-8000-000000000000' };
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await app.gql(query, variables, { token: customer }));
    expect(answers[0].errors?.[0]).toMatchObject({ path: ['quote'], extensions: { code: 'NOT_FOUND' } });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('maps and logs an unexpected error of a compiled operation as graphql-js did', async () => {
    const dataSource = app.app.get(DataSource);
    const query = '{ benchmarkFigures(first: 1) { totalCount } }';
    const logged: unknown[] = [];
    const keep = (message: unknown) => void logged.push(message);
    const errors = vi.spyOn(Logger.prototype, 'error').mockImplementation(keep);
    const warnings = vi.spyOn(Logger.prototype, 'warn').mockImplementation(keep);
    // Without its database a read that needs it fails (published catalogues would come from memory).
    await dataSource.destroy();
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await app.gql(query, {}, { token: customer }));
      const [error] = answers[0].errors ?? [];
      expect(answers[0].data).toBeNull();
      expect(error.path).toEqual(['benchmarkFigures']);
      expect(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(error.extensions?.code);
      // Apollo's own fallback when an error cannot be formatted: never what a client should read.
      expect(error.message).not.toBe('Internal server error');
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      const mapped = logged.filter((entry) =>
        /Unexpected error in a GraphQL request|Database unreachable/.test(JSON.stringify(entry)),
      );
      expect(mapped).toHaveLength(3);
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
      await dataSource.initialize();
    }
  });
});
