import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, exampleCatalogue, IMPORT, rowCounts, VALIDATE } from '../support/catalogue-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** An error of extensions.errors as a client reads it: where, which code, its params. */
interface ExpectedError {
  path: string;
  code: string;
  params: Record<string, string | number>;
}

interface BadCase {
  name: string;
  breakIt: (doc: CatalogueDocument) => void;
  /** Errors that must be among extensions.errors. */
  errors: ExpectedError[];
}

const CURRENCIES = 'DKK, NOK, SEK, EUR, ISK, GBP, USD, CHF';

const tiersOf = (doc: CatalogueDocument, service: number) => doc.services[service].priceComponents[0].tiers!;

const CASES: BadCase[] = [
  {
    name: 'a price component on an unknown driver',
    breakIt: (doc) => {
      doc.services[1].priceComponents[0].driver = 'PAYSLIP';
    },
    errors: [
      {
        path: 'services[1].priceComponents[0].driver',
        code: 'UNKNOWN_REFERENCE',
        params: { item: 'DRIVER', code: 'PAYSLIP', suggestion: 'PAYSLIPS' },
      },
    ],
  },
  {
    name: 'tiers whose upTo does not ascend',
    breakIt: (doc) => {
      tiersOf(doc, 1)[1].upTo = '400';
    },
    errors: [
      {
        path: 'services[1].priceComponents[0].tiers[1].upTo',
        code: 'TIER_ORDER',
        params: { upTo: '400', previous: '500' },
      },
    ],
  },
  {
    name: 'a negative price',
    breakIt: (doc) => {
      doc.services[0].priceComponents[0].amount = '-8000.00';
    },
    errors: [
      {
        path: 'services[0].priceComponents[0].amount',
        code: 'NEGATIVE_DECIMAL',
        params: { field: 'amount', decimal: '-8000.00' },
      },
    ],
  },
  {
    name: 'a malformed decimal and a JSON number where a decimal belongs',
    breakIt: (doc) => {
      tiersOf(doc, 1)[0].unitPrice = '28,00';
      doc.serviceLevels[1].surchargePercent = 8 as unknown as string;
    },
    errors: [
      {
        path: 'serviceLevels[1].surchargePercent',
        code: 'DECIMAL_AS_NUMBER',
        params: { field: 'surchargePercent', value: '8' },
      },
      {
        path: 'services[1].priceComponents[0].tiers[0].unitPrice',
        code: 'MALFORMED_DECIMAL',
        params: { field: 'unitPrice', value: '"28,00"' },
      },
    ],
  },
  {
    name: 'an unknown currency',
    breakIt: (doc) => {
      doc.provider.currency = 'NOX';
    },
    errors: [
      {
        path: 'provider.currency',
        code: 'INVALID_FORMAT',
        params: { field: 'currency', expected: 'CURRENCY_CODE', value: '"NOX"', currencies: CURRENCIES },
      },
    ],
  },
  {
    name: 'duplicate codes',
    breakIt: (doc) => {
      doc.services[4].code = 'PAY-BASE';
      doc.categories[1].code = 'PAYROLL';
    },
    errors: [
      {
        path: 'categories[1].code',
        code: 'DUPLICATE_CODE',
        params: { item: 'CATEGORY', code: 'PAYROLL', list: 'categories', first: 0 },
      },
      {
        path: 'services[4].code',
        code: 'DUPLICATE_CODE',
        params: { item: 'SERVICE', code: 'PAY-BASE', list: 'services', first: 0 },
      },
    ],
  },
  {
    name: 'a package item that is no service',
    breakIt: (doc) => {
      doc.servicePackages[1].items[2].service = 'ACC-INVOICES';
    },
    errors: [
      {
        path: 'servicePackages[1].items[2].service',
        code: 'UNKNOWN_REFERENCE',
        params: { item: 'SERVICE', code: 'ACC-INVOICES' },
      },
    ],
  },
  {
    name: 'a requires cycle',
    breakIt: (doc) => {
      doc.services[0].requires = [['PAY-RUN']];
    },
    errors: [
      {
        path: 'services[0].requires',
        code: 'REQUIRES_CYCLE',
        params: { service: 'PAY-BASE', chain: 'PAY-BASE → PAY-RUN → PAY-BASE' },
      },
    ],
  },
];

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
});

afterAll(async () => {
  await app?.close();
});

type ImportErrors = GraphQLResponse<unknown>['errors'];

interface DocumentErrorBody extends ExpectedError {
  message: string;
}

function documentErrors(errors: ImportErrors): DocumentErrorBody[] {
  const list = errors?.[0]?.extensions?.errors;
  return Array.isArray(list) ? (list as DocumentErrorBody[]) : [];
}

const documentErrorPaths = (errors: ImportErrors): string[] => documentErrors(errors).map((e) => e.path);

describe('a document with errors is refused whole with BAD_USER_INPUT, and nothing is written', () => {
  it.each(CASES)('$name', async ({ breakIt, errors }) => {
    const doc = exampleCatalogue('BAD-A');
    breakIt(doc);
    const before = await rowCounts(app);
    const response = await app.gql(IMPORT, { document: doc }, { token: admin.token });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    // Each error carries its code and params for clients that word it themselves, and the English.
    expect(documentErrors(response.errors)).toEqual(
      expect.arrayContaining(errors.map((error) => ({ ...error, message: expect.any(String) }))),
    );
    for (const error of documentErrors(response.errors)) {
      expect(error.message.length).toBeGreaterThan(10);
      expect(error.code).toMatch(/^[A-Z_]+$/);
      expect(typeof error.params).toBe('object');
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('lists every error of a document with several at once', async () => {
    const doc = exampleCatalogue('BAD-B');
    for (const { breakIt } of CASES) breakIt(doc);
    const response = await app.gql(IMPORT, { document: doc }, { token: admin.token });
    const paths = documentErrorPaths(response.errors);
    expect(paths).toEqual(expect.arrayContaining(CASES.flatMap((c) => c.errors.map((error) => error.path))));
  });

  it('refuses a value that is not a document at all', async () => {
    const response = await app.gql(IMPORT, { document: [1, 2] }, { token: admin.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [
        {
          path: '',
          code: 'DOCUMENT_NOT_AN_OBJECT',
          params: { actual: 'LIST' },
          message: 'The catalogue document must be a JSON object, not a list.',
        },
      ],
    });
  });
});

describe('validateCatalogue', () => {
  it('gives each error as a DocumentError with its code, params and English sentence', async () => {
    const doc = exampleCatalogue('BAD-C');
    doc.services[1].priceComponents[0].driver = 'PAYSLIP';
    const response = await app.gql<{ validateCatalogue: DocumentErrorBody[] }>(
      VALIDATE,
      { document: doc },
      { token: admin.token },
    );
    expect(dataOf(response).validateCatalogue).toEqual([
      {
        path: 'services[1].priceComponents[0].driver',
        code: 'UNKNOWN_REFERENCE',
        params: { item: 'DRIVER', code: 'PAYSLIP', suggestion: 'PAYSLIPS' },
        message:
          'Unknown driver "PAYSLIP": no driver in this document has that code. Did you mean "PAYSLIPS"?',
      },
    ]);
  });
});
