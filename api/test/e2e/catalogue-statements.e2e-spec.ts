import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, EXPORT, generatedCatalogue, importPublished } from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every nested field of a catalogue version. */
const FULL_CATALOGUE = `query ($providerCode: String!) {
  catalogue(providerCode: $providerCode) {
    id number status validFrom currency version inForce superseded
    provider { code name country locale versions { id number status validFrom currency inForce superseded } }
    categories { code name nameTranslations }
    drivers { code name unit integer nameTranslations unitTranslations }
    serviceLevels { code name rank surchargePercent targets { metric name value unit serviceCode } }
    services {
      code category kind status name description requires excludes
      limits { driverCode min max }
      responsibilities { task party taskTranslations }
      priceComponents { label model period driverCode amount unitPrice minimumCharge fromYear toYear tiers { upTo unitPrice flatFee } }
    }
    servicePackages { code name description serviceLevelCode discountPercent allowedAddOns items { serviceCode included { driverCode quantity } } }
  }
}`;

interface Full {
  catalogue: {
    services: { priceComponents: { tiers: unknown[] }[] }[];
    servicePackages: { items: unknown[] }[];
  };
}

let app: TestApp;
let admin: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, generatedCatalogue('SMALL', 5), '2020-01-01');
  await importPublished(app, admin.token, generatedCatalogue('LARGE', 200), '2020-01-01');
});

afterAll(async () => {
  await app?.close();
});

/** SQL statements one request costs, and its data. */
async function measure<T>(
  query: string,
  variables: Record<string, unknown>,
): Promise<{ statements: number; data: T }> {
  const before = app.statements();
  const response = await app.gql<T>(query, variables);
  const statements = app.statements() - before;
  return { statements, data: dataOf(response) };
}

describe('reading a whole catalogue costs a fixed number of SQL statements (no N+1)', () => {
  it('the same for 5 and for 200 services with their components and tiers', async () => {
    const small = await measure<Full>(FULL_CATALOGUE, { providerCode: 'SMALL' });
    const large = await measure<Full>(FULL_CATALOGUE, { providerCode: 'LARGE' });
    expect(small.data.catalogue.services).toHaveLength(5);
    expect(large.data.catalogue.services).toHaveLength(200);
    expect(large.data.catalogue.services[199].priceComponents.map((c) => c.tiers.length)).toEqual([4, 3, 0]);
    expect(large.data.catalogue.servicePackages[0].items).toHaveLength(200);
    expect(large.statements).toBe(small.statements);
    // Measured: 9 = one per content table (categories, drivers, service levels, targets, services,
    // price components, tiers, packages, items); the version in force comes from the in-memory
    // picture of published versions, which the publish's own answer (inForce) loaded.
    expect(small.statements).toBe(9);
  });

  it('and an export of a published version read before costs none: both come from one read model', async () => {
    const small = await measure<{ exportCatalogue: unknown }>(EXPORT, { providerCode: 'SMALL' });
    const large = await measure<{ exportCatalogue: unknown }>(EXPORT, { providerCode: 'LARGE' });
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBe(0);
  });
});
