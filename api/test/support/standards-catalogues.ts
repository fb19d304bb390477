import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { createUserAndLogin, type SignedInTestUser } from './auth.js';
import { dataOf, EXPORT, importPublished } from './catalogue-factory.js';
import { startTestApp, type TestApp } from './test-app.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The demo centres seeded from api/src/seed/catalogues/*.json. */
export const DEMO_PROVIDERS = ['DFO-NO', 'FJS-IS', 'PALKEET-FI', 'SA-DK', 'SSC-SE'];

/**
 * A catalogue made to exercise every feature the standards exports map: FLAT, PER_UNIT, GRADUATED
 * (with flat fees and a single open tier) and VOLUME in every period, exact amounts such as "0.10"
 * and "12345678901.123456", a minimum charge, contract years, add-ons and packages (one whose code
 * is also a service's), single and multi requirement groups, excludes, a DEPRECATED service, a
 * service without description, texts in en/fi/sv and characters that need escaping.
 */
export function everyFeatureCatalogue(): CatalogueDocument {
  return JSON.parse(readFileSync(join(FIXTURES, 'every-feature.json'), 'utf8')) as CatalogueDocument;
}

export const EVERY_FEATURE = 'ALL-FI';

export interface StandardsTestApp {
  app: TestApp;
  admin: SignedInTestUser;
}

/** The app with the demo data and the every-feature catalogue published (in force today). */
export async function startStandardsApp(): Promise<StandardsTestApp> {
  const app = await startTestApp({ seedDemo: 'when-empty', publicBaseUrl: 'https://katalog.example.test/' });
  const admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, everyFeatureCatalogue());
  return { app, admin };
}

/** A provider's published document as the catalogue's own GraphQL export gives it. */
export async function exportedDocument(
  app: TestApp,
  providerCode: string,
  version?: number,
): Promise<CatalogueDocument> {
  return dataOf(await app.gql<{ exportCatalogue: CatalogueDocument }>(EXPORT, { providerCode, version }))
    .exportCatalogue;
}
