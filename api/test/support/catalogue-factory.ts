import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import type { CatalogueDocument, ServiceDocument } from '@servicekatalog/shared';
import type { GraphQLResponse, TestApp } from './test-app.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A fresh copy of the worked-example catalogue (DESIGN's ex-no.json), optionally under another provider code. */
export function exampleCatalogue(providerCode = 'EX-NO'): CatalogueDocument {
  const doc = JSON.parse(readFileSync(join(FIXTURES, 'ex-no.json'), 'utf8')) as CatalogueDocument;
  doc.provider.code = providerCode;
  return doc;
}

/** A small valid catalogue: one category, driver, level, two services and a package. */
export function smallCatalogue(options: {
  providerCode: string;
  validFrom?: string | null;
  currency?: string;
  price?: string;
}): CatalogueDocument {
  return {
    provider: {
      code: options.providerCode,
      name: `Centre ${options.providerCode}`,
      country: 'DK',
      currency: options.currency ?? 'DKK',
      locale: 'da',
    },
    ...(options.validFrom === undefined
      ? { validFrom: '2027-01-01' }
      : options.validFrom === null
        ? {}
        : { validFrom: options.validFrom }),
    categories: [{ code: 'PAYROLL', name: { da: 'Løn', en: 'Payroll' } }],
    drivers: [
      {
        code: 'PAYSLIPS',
        name: { da: 'Lønsedler pr. måned', en: 'Payslips per month' },
        unit: { da: 'lønseddel', en: 'payslip' },
        integer: true,
      },
    ],
    serviceLevels: [
      { code: 'STANDARD', name: { da: 'Standard', en: 'Standard' }, rank: 1, surchargePercent: '0' },
    ],
    services: [
      {
        code: 'PAY-BASE',
        category: 'PAYROLL',
        kind: 'CORE',
        name: { da: 'Grundgebyr løn', en: 'Payroll base fee' },
        priceComponents: [
          { label: { en: 'Base fee' }, model: 'FLAT', period: 'MONTHLY', amount: options.price ?? '9000.00' },
        ],
      },
      {
        code: 'PAY-RUN',
        category: 'PAYROLL',
        kind: 'CORE',
        name: { da: 'Lønadministration', en: 'Payroll administration' },
        requires: [['PAY-BASE']],
        priceComponents: [
          {
            label: { en: 'Per payslip' },
            model: 'GRADUATED',
            period: 'MONTHLY',
            driver: 'PAYSLIPS',
            tiers: [
              { upTo: '1000', unitPrice: '38.00' },
              { upTo: null, unitPrice: '31.50' },
            ],
          },
        ],
      },
    ],
    servicePackages: [
      {
        code: 'BASIS',
        name: { da: 'Basis', en: 'Basic' },
        serviceLevel: 'STANDARD',
        items: [{ service: 'PAY-BASE' }, { service: 'PAY-RUN', included: { PAYSLIPS: '10' } }],
      },
    ],
  };
}

/**
 * A catalogue with `serviceCount` services, each with three price components (one GRADUATED with
 * four tiers, one VOLUME with three, one FLAT), a limit, a responsibility and a requirement, plus
 * a package holding every service — to show that reading it costs a fixed number of statements.
 */
export function generatedCatalogue(providerCode: string, serviceCount: number): CatalogueDocument {
  const doc = smallCatalogue({ providerCode });
  doc.services = Array.from({ length: serviceCount }, (_, i) => generatedService(i));
  doc.servicePackages = [
    {
      code: 'ALL',
      name: { en: 'Everything' },
      items: doc.services.map((s) => ({ service: s.code, included: { PAYSLIPS: '5' } })),
    },
  ];
  return doc;
}

function generatedService(i: number): ServiceDocument {
  const code = `SVC-${String(i).padStart(4, '0')}`;
  return {
    code,
    category: 'PAYROLL',
    kind: i === 0 ? 'CORE' : 'ADDON',
    name: { en: `Service ${i}`, da: `Tjeneste ${i}` },
    description: { en: `Generated service ${i}.` },
    requires: i === 0 ? [] : [['SVC-0000']],
    limits: [{ driver: 'PAYSLIPS', min: '1', max: '100000' }],
    responsibilities: [{ task: { en: `Task ${i}` }, party: 'CENTRE' }],
    priceComponents: [
      {
        label: { en: 'Graduated' },
        model: 'GRADUATED',
        period: 'MONTHLY',
        driver: 'PAYSLIPS',
        tiers: [
          { upTo: '100', unitPrice: '40.00', flatFee: '100' },
          { upTo: '1000', unitPrice: '35.00' },
          { upTo: '10000', unitPrice: '30.00' },
          { upTo: null, unitPrice: '25.00' },
        ],
      },
      {
        label: { en: 'Volume' },
        model: 'VOLUME',
        period: 'YEARLY',
        driver: 'PAYSLIPS',
        tiers: [
          { upTo: '500', unitPrice: '2.00' },
          { upTo: '5000', unitPrice: '1.50' },
          { upTo: null, unitPrice: '1.00' },
        ],
      },
      {
        label: { en: 'Set-up' },
        model: 'FLAT',
        period: 'ONE_TIME',
        amount: `${1000 + i}.00`,
        fromYear: 1,
        toYear: 1,
      },
    ],
  };
}

export const VERSION_FIELDS = 'id number status validFrom currency version inForce superseded';

export const IMPORT = `mutation ($document: JSON!, $replaceDraft: Boolean) {
  importCatalogue(document: $document, replaceDraft: $replaceDraft) { ${VERSION_FIELDS} provider { code } }
}`;
export const PUBLISH = `mutation ($id: ID!, $validFrom: Date, $expectedVersion: Int) {
  publishCatalogueVersion(id: $id, validFrom: $validFrom, expectedVersion: $expectedVersion) { ${VERSION_FIELDS} }
}`;
export const DISCARD = 'mutation ($id: ID!) { discardDraft(id: $id) }';
export const CATALOGUE = `query ($providerCode: String!, $version: Int, $at: Date) {
  catalogue(providerCode: $providerCode, version: $version, at: $at) { ${VERSION_FIELDS} }
}`;
export const EXPORT =
  'query ($providerCode: String!, $version: Int) { exportCatalogue(providerCode: $providerCode, version: $version) }';
export const VALIDATE =
  'query ($document: JSON!) { validateCatalogue(document: $document) { path code params message } }';

export interface VersionResult {
  id: string;
  number: number;
  status: string;
  validFrom: string | null;
  currency: string;
  version: number;
  inForce: boolean;
  superseded: boolean;
}

/** Imports a document and returns the new draft; fails the test with the errors otherwise. */
export async function importDraft(
  app: TestApp,
  token: string,
  document: unknown,
  replaceDraft = false,
): Promise<VersionResult> {
  const response = await app.gql<{ importCatalogue: VersionResult }>(
    IMPORT,
    { document, replaceDraft },
    { token },
  );
  return dataOf(response).importCatalogue;
}

/** Imports and publishes a document; returns the published version. */
export async function importPublished(
  app: TestApp,
  token: string,
  document: unknown,
  validFrom?: string,
): Promise<VersionResult> {
  const draft = await importDraft(app, token, document);
  const response = await app.gql<{ publishCatalogueVersion: VersionResult }>(
    PUBLISH,
    { id: draft.id, validFrom },
    { token },
  );
  return dataOf(response).publishCatalogueVersion;
}

/** The data of a response that must have succeeded. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data)
    throw new Error(`GraphQL request failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The first error's code, for asserting refusals. */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}

/** Row counts of the catalogue tables and the audit trail, to prove that a refused request wrote nothing. */
export async function rowCounts(app: TestApp): Promise<Record<string, number>> {
  const dataSource = app.app.get(DataSource);
  const tables = [
    'providers',
    'catalogue_versions',
    'categories',
    'volume_drivers',
    'service_levels',
    'service_level_targets',
    'services',
    'price_components',
    'price_tiers',
    'service_packages',
    'service_package_items',
    'audit_events',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`)) as {
      n: number | string;
    }[];
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Audit events of one entity, oldest first, with before/after parsed. */
export async function auditEventsOf(
  app: TestApp,
  entityId: string,
): Promise<{ action: string; actorEmail: string; before: unknown; after: unknown }[]> {
  const dataSource = app.app.get(DataSource);
  const sqlite = dataSource.options.type === 'better-sqlite3';
  const rows = (await dataSource.query(
    `SELECT action, actor_email, "before", "after" FROM audit_events WHERE entity_id = ${sqlite ? '?' : '$1'} ORDER BY at, action`,
    [entityId],
  )) as { action: string; actor_email: string; before: string | null; after: string | null }[];
  return rows.map((row) => ({
    action: row.action,
    actorEmail: row.actor_email,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }));
}
