import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A configuration to price is not copied through class-validator (the engine checks every field):
 * hostile input is still refused at its path as BAD_USER_INPUT, and nothing is priced.
 */
const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { valid totals { contractTotal } } }`;
const COMPARE = `query ($inputs: [ConfigurationInput!]!) { compareConfigurations(inputs: $inputs) { valid } }`;

describe('hostile configurations', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(() => app.close());

  const refusal = async (query: string, variables: Record<string, unknown>) => {
    const response = await app.gql(query, variables);
    expect(response.data ?? null).toBeNull();
    return response.errors?.[0]?.extensions;
  };

  it('refuses a NUL character anywhere in the configuration, at its path', async () => {
    const input = { providerCode: 'SA-DK', volumes: [{ driverCode: 'PAY\u0000SLIPS', quantity: '1' }] };
    expect(await refusal(PRICE, { input })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.volumes[0].driverCode',
    });
    expect(await refusal(PRICE, { input: { providerCode: 'SA\u0000DK' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.providerCode',
    });
  });

  it('refuses keys the input type does not have, a __proto__ key among them, before pricing', async () => {
    for (const extra of [
      '"__proto__":{"valid":true}',
      '"constructor":{"prototype":{"x":1}}',
      '"unknown":1',
    ]) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query":${JSON.stringify(PRICE)},"variables":{"input":{"providerCode":"SA-DK",${extra}}}}`,
      });
      const body = (await response.json()) as {
        data?: unknown;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      expect(body.data ?? null, extra).toBeNull();
      expect(['BAD_REQUEST', 'BAD_USER_INPUT'], extra).toContain(body.errors?.[0]?.extensions?.code);
    }
  });

  it('refuses too many volumes and a quantity written with more than 6 decimals, naming the field', async () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ driverCode: `D${i}`, quantity: '1' }));
    expect(await refusal(PRICE, { input: { providerCode: 'SA-DK', volumes: many } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.volumes',
    });
    const inputs = [{ providerCode: 'SA-DK', volumes: [{ driverCode: 'PAYSLIPS', quantity: '1.5000000' }] }];
    expect(await refusal(COMPARE, { inputs })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'inputs[0].volumes[0].quantity',
    });
  });
});
