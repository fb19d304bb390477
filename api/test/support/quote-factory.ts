import { DataSource } from 'typeorm';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { CatalogueImportService } from '../../src/catalogue/import-export/catalogue-import.service.js';
import { SYSTEM_ACTOR } from '../../src/common/system-actor.js';
import { createAgency, createUserAndLogin, type SignedInTestUser } from './auth.js';
import { dataOf, smallCatalogue } from './catalogue-factory.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

export const QUOTE_FIELDS = `id reference displayReference name status revision previousQuoteId latestRevision providerCode
  catalogueVersion catalogueVersionId configuration engineVersion validUntil expired
  createdAt updatedAt submittedAt decidedAt decisionComment version
  agency { id name providerCode }
  price { currency catalogueVersion catalogueVersionId valid engineVersion totals { monthly firstYear contractTotal }
    issues { code severity serviceCode message } }
  comments { id authorName text createdAt }`;

export const SAVE_QUOTE = `mutation ($input: SaveQuoteInput!) { saveQuote(input: $input) { ${QUOTE_FIELDS} } }`;
export const UPDATE_QUOTE = `mutation ($id: ID!, $input: SaveQuoteInput!, $expectedVersion: Int!) {
  updateQuote(id: $id, input: $input, expectedVersion: $expectedVersion) { ${QUOTE_FIELDS} } }`;
export const REVISE_QUOTE = `mutation ($id: ID!, $expectedVersion: Int!) { reviseQuote(id: $id, expectedVersion: $expectedVersion) { ${QUOTE_FIELDS} } }`;
export const SUBMIT_QUOTE = `mutation ($id: ID!, $expectedVersion: Int!) { submitQuote(id: $id, expectedVersion: $expectedVersion) { ${QUOTE_FIELDS} } }`;
export const WITHDRAW_QUOTE = `mutation ($id: ID!, $expectedVersion: Int!) { withdrawQuote(id: $id, expectedVersion: $expectedVersion) { ${QUOTE_FIELDS} } }`;
export const DECIDE_QUOTE = `mutation ($id: ID!, $decision: QuoteDecision!, $comment: String, $expectedVersion: Int!) {
  decideQuote(id: $id, decision: $decision, comment: $comment, expectedVersion: $expectedVersion) { ${QUOTE_FIELDS} } }`;
export const ADD_COMMENT = `mutation ($id: ID!, $text: String!) { addQuoteComment(id: $id, text: $text) { id authorName text createdAt } }`;
export const QUOTE = `query ($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`;
export const QUOTES = `query ($first: Int, $after: String, $status: QuoteStatus) {
  quotes(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id reference status name } } } }`;

export interface QuoteResult {
  id: string;
  reference: string;
  displayReference: string;
  name: string;
  status: string;
  revision: number;
  previousQuoteId: string | null;
  latestRevision: boolean;
  providerCode: string;
  catalogueVersion: number;
  catalogueVersionId: string;
  configuration: Record<string, unknown>;
  engineVersion: string;
  validUntil: string;
  expired: boolean;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  version: number;
  agency: { id: string; name: string; providerCode: string };
  price: {
    currency: string;
    catalogueVersion: number;
    catalogueVersionId: string;
    valid: boolean;
    engineVersion: string;
    totals: { monthly: string; firstYear: string; contractTotal: string };
    issues: { code: string; severity: string; serviceCode: string | null; message: string }[];
  };
  comments: { id: string; authorName: string; text: string; createdAt: string }[];
}

/** Imports and publishes a catalogue as the command line does (no token), in force from `validFrom`. */
export async function publishCatalogue(
  testApp: TestApp,
  document: CatalogueDocument,
  validFrom = '2020-01-01',
): Promise<{ id: string; number: number }> {
  const version = await testApp.app
    .get(CatalogueImportService)
    .importAndPublish(document, SYSTEM_ACTOR, { validFrom });
  return { id: version.id, number: version.number };
}

/** A valid configuration of {@link smallCatalogue}: the BASIS package with `payslips` payslips a month. */
export function basisConfiguration(
  providerCode: string,
  payslips = '600',
  contractYears = 3,
): Record<string, unknown> {
  return {
    providerCode,
    servicePackageCode: 'BASIS',
    volumes: [{ driverCode: 'PAYSLIPS', quantity: payslips }],
    contractYears,
  };
}

/** A configuration with an ERROR issue: PAY-RUN without the PAY-BASE it requires (MISSING_DEPENDENCY). */
export function brokenConfiguration(providerCode: string): Record<string, unknown> {
  return { providerCode, serviceCodes: ['PAY-RUN'], volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }] };
}

/** One provider with a published small catalogue, two of its agencies and users of every role. */
export interface QuoteWorld {
  providerCode: string;
  agencyA: string;
  agencyB: string;
  admin: SignedInTestUser;
  customerA: SignedInTestUser;
  customerB: SignedInTestUser;
  manager: SignedInTestUser;
  otherManager: SignedInTestUser;
}

export async function createQuoteWorld(
  testApp: TestApp,
  providerCode: string,
  otherProviderCode = `${providerCode}-X`,
): Promise<QuoteWorld> {
  await publishCatalogue(testApp, smallCatalogue({ providerCode }));
  await publishCatalogue(testApp, smallCatalogue({ providerCode: otherProviderCode }));
  const agencyA = await createAgency(testApp, { providerCode, name: 'Agency A' });
  const agencyB = await createAgency(testApp, { providerCode, name: 'Agency B' });
  return {
    providerCode,
    agencyA,
    agencyB,
    admin: await createUserAndLogin(testApp, { role: 'ADMIN' }),
    customerA: await createUserAndLogin(testApp, { role: 'CUSTOMER', agencyId: agencyA, name: 'Customer A' }),
    customerB: await createUserAndLogin(testApp, { role: 'CUSTOMER', agencyId: agencyB, name: 'Customer B' }),
    manager: await createUserAndLogin(testApp, { role: 'ACCOUNT_MANAGER', providerCode, name: 'Manager P' }),
    otherManager: await createUserAndLogin(testApp, {
      role: 'ACCOUNT_MANAGER',
      providerCode: otherProviderCode,
    }),
  };
}

/** Saves a quote and returns it; fails the test when the request fails. */
export async function saveQuote(
  testApp: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<QuoteResult> {
  return dataOf(await testApp.gql<{ saveQuote: QuoteResult }>(SAVE_QUOTE, { input }, { token })).saveQuote;
}

/** Runs a quote mutation that must succeed and returns the quote it answers with. */
export async function quoteMutation(
  testApp: TestApp,
  token: string,
  mutation: string,
  variables: Record<string, unknown>,
): Promise<QuoteResult> {
  const data = dataOf(await testApp.gql<Record<string, QuoteResult>>(mutation, variables, { token }));
  return Object.values(data)[0];
}

/** Raw SQL with the driver's placeholders (`$1` or `?`), for arranging states the API cannot reach. */
export async function sql<T = Record<string, unknown>>(
  testApp: TestApp,
  text: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  const dataSource = testApp.app.get(DataSource);
  const query = dataSource.options.type === 'postgres' ? text : text.replace(/\$\d+/g, '?');
  return (await dataSource.query(query, parameters)) as T[];
}

/** Audit events of one entity id (optionally of one action). */
export async function auditCount(testApp: TestApp, entityId: string, action?: string): Promise<number> {
  const rows = action
    ? await sql<{ n: number | string }>(
        testApp,
        'SELECT COUNT(*) AS n FROM audit_events WHERE entity_id = $1 AND action = $2',
        [entityId, action],
      )
    : await sql<{ n: number | string }>(
        testApp,
        'SELECT COUNT(*) AS n FROM audit_events WHERE entity_id = $1',
        [entityId],
      );
  return Number(rows[0].n);
}

/** All extensions of the first error. */
export function firstError(response: GraphQLResponse<unknown>): Record<string, unknown> & { code?: string } {
  return response.errors?.[0]?.extensions ?? {};
}
