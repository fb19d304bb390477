import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { smallCatalogue } from '../support/catalogue-factory.js';
import {
  basisConfiguration,
  publishCatalogue,
  SAVE_QUOTE,
  saveQuote,
  sql,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let customerP: SignedInTestUser;
let customerQ: SignedInTestUser;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  app = await startTestApp();
  await publishCatalogue(app, smallCatalogue({ providerCode: 'QR-P' }));
  await publishCatalogue(app, smallCatalogue({ providerCode: 'QR-Q' }));
  customerP = await createUserAndLogin(app, {
    role: 'CUSTOMER',
    agencyId: await createAgency(app, { providerCode: 'QR-P' }),
  });
  customerQ = await createUserAndLogin(app, {
    role: 'CUSTOMER',
    agencyId: await createAgency(app, { providerCode: 'QR-Q' }),
  });
});

afterAll(async () => {
  await app?.close();
});

function reference(provider: string, sequence: number): string {
  return `${provider}-${year}-${String(sequence).padStart(4, '0')}`;
}

describe('quote references', () => {
  it('10 concurrent saves get 10 distinct consecutive references', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.gql<{ saveQuote: { reference: string } }>(
          SAVE_QUOTE.replace(
            /saveQuote\(input: \$input\) \{[\s\S]*\} \}$/,
            'saveQuote(input: $input) { reference } }',
          ),
          { input: { name: `Concurrent ${i}`, configuration: basisConfiguration('QR-P') } },
          { token: customerP.token },
        ),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const references = responses.map((response) => response.data?.saveQuote.reference).sort();
    expect(references).toEqual(Array.from({ length: 10 }, (_, i) => reference('QR-P', i + 1)));
  });

  it('each provider and year counts on its own', async () => {
    const first = await saveQuote(app, customerQ.token, {
      name: 'First of Q',
      configuration: basisConfiguration('QR-Q'),
    });
    expect(first.reference).toBe(reference('QR-Q', 1));
    const next = await saveQuote(app, customerP.token, {
      name: 'Eleventh of P',
      configuration: basisConfiguration('QR-P'),
    });
    expect(next.reference).toBe(reference('QR-P', 11));
  });

  it('a save that fails takes no number', async () => {
    const bad = await app.gql(
      SAVE_QUOTE,
      { input: { name: 'Bad', configuration: { ...basisConfiguration('QR-P'), contractYears: 11 } } },
      { token: customerP.token },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const good = await saveQuote(app, customerP.token, {
      name: 'Twelfth of P',
      configuration: basisConfiguration('QR-P'),
    });
    expect(good.reference).toBe(reference('QR-P', 12));
    const [counter] = await sql<{ last_value: number | string }>(
      app,
      'SELECT last_value FROM quote_sequences WHERE provider_code = $1 AND year = $2',
      ['QR-P', year],
    );
    expect(Number(counter.last_value)).toBe(12);
  });
});
