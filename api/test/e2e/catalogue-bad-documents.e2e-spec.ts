import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { exampleCatalogue, IMPORT, rowCounts } from '../support/catalogue-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface BadCase {
  name: string;
  breakIt: (doc: CatalogueDocument) => void;
  /** Paths that must be among extensions.errors. */
  paths: string[];
}

const tiersOf = (doc: CatalogueDocument, service: number) => doc.services[service].priceComponents[0].tiers!;

const CASES: BadCase[] = [
  {
    name: 'a price component on an unknown driver',
    breakIt: (doc) => {
      doc.services[1].priceComponents[0].driver = 'PAYSLIP';
    },
    paths: ['services[1].priceComponents[0].driver'],
  },
  {
    name: 'tiers whose upTo does not ascend',
    breakIt: (doc) => {
      tiersOf(doc, 1)[1].upTo = '400';
    },
    paths: ['services[1].priceComponents[0].tiers[1].upTo'],
  },
  {
    name: 'a negative price',
    breakIt: (doc) => {
      doc.services[0].priceComponents[0].amount = '-8000.00';
    },
    paths: ['services[0].priceComponents[0].amount'],
  },
  {
    name: 'a malformed decimal and a JSON number where a decimal belongs',
    breakIt: (doc) => {
      tiersOf(doc, 1)[0].unitPrice = '28,00';
      doc.serviceLevels[1].surchargePercent = 8 as unknown as string;
    },
    paths: ['serviceLevels[1].surchargePercent', 'services[1].priceComponents[0].tiers[0].unitPrice'],
  },
  {
    name: 'an unknown currency',
    breakIt: (doc) => {
      doc.provider.currency = 'NOX';
    },
    paths: ['provider.currency'],
  },
  {
    name: 'duplicate codes',
    breakIt: (doc) => {
      doc.services[4].code = 'PAY-BASE';
      doc.categories[1].code = 'PAYROLL';
    },
    paths: ['categories[1].code', 'services[4].code'],
  },
  {
    name: 'a package item that is no service',
    breakIt: (doc) => {
      doc.servicePackages[1].items[2].service = 'ACC-INVOICES';
    },
    paths: ['servicePackages[1].items[2].service'],
  },
  {
    name: 'a requires cycle',
    breakIt: (doc) => {
      doc.services[0].requires = [['PAY-RUN']];
    },
    paths: ['services[0].requires'],
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

function documentErrorPaths(errors: ImportErrors): string[] {
  const list = errors?.[0]?.extensions?.errors;
  return Array.isArray(list) ? list.map((entry) => (entry as { path: string }).path) : [];
}

describe('a document with errors is refused whole with BAD_USER_INPUT, and nothing is written', () => {
  it.each(CASES)('$name', async ({ breakIt, paths }) => {
    const doc = exampleCatalogue('BAD-A');
    breakIt(doc);
    const before = await rowCounts(app);
    const response = await app.gql(IMPORT, { document: doc }, { token: admin.token });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect(documentErrorPaths(response.errors)).toEqual(expect.arrayContaining(paths));
    for (const error of response.errors?.[0]?.extensions?.errors as { message: string }[]) {
      expect(error.message.length).toBeGreaterThan(10);
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('lists every error of a document with several at once', async () => {
    const doc = exampleCatalogue('BAD-B');
    for (const { breakIt } of CASES) breakIt(doc);
    const response = await app.gql(IMPORT, { document: doc }, { token: admin.token });
    const paths = documentErrorPaths(response.errors);
    expect(paths).toEqual(expect.arrayContaining(CASES.flatMap((c) => c.paths)));
  });

  it('refuses a value that is not a document at all', async () => {
    const response = await app.gql(IMPORT, { document: [1, 2] }, { token: admin.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ path: '' }],
    });
  });
});
