import type { CatalogueDocument } from '@servicekatalog/shared';
import { dataOf, smallCatalogue } from './catalogue-factory.js';
import {
  basisConfiguration,
  DECIDE_QUOTE,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from './quote-factory.js';
import type { TestApp } from './test-app.js';

export const TERM_FIELDS = `startDate endDate kind quoteId catalogueVersion configuration
  price { catalogueVersion startDate contractYears totals { monthly firstYear contractTotal } years { year total } }`;
export const AGREEMENT_FIELDS = `id reference status providerCode startDate endDate version terminationReason
  agency { id } terms { ${TERM_FIELDS} } current { ${TERM_FIELDS} }`;

export const AGREEMENT = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const AGREEMENTS = `query ($first: Int, $after: String, $status: AgreementStatus, $agencyId: ID, $providerCode: String, $endingBefore: Date) {
  agreements(first: $first, after: $after, status: $status, agencyId: $agencyId, providerCode: $providerCode, endingBefore: $endingBefore) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reference status endDate } } } }`;
export const REVISE_AGREEMENT = `mutation ($id: ID!, $startDate: Date!, $idempotencyKey: String) {
  reviseAgreement(id: $id, startDate: $startDate, idempotencyKey: $idempotencyKey) {
    id reference revision status startDate version configuration catalogueVersion
    price { catalogueVersion startDate contractYears totals { monthly firstYear contractTotal } } } }`;
export const TERMINATE_AGREEMENT = `mutation ($id: ID!, $expectedVersion: Int!, $endDate: Date!, $reason: String!) {
  terminateAgreement(id: $id, expectedVersion: $expectedVersion, endDate: $endDate, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
export const RECORD_VOLUMES = `mutation ($agreementId: ID!, $expectedVersion: Int!, $entries: [VolumeEntryInput!]!, $idempotencyKey: String) {
  recordVolumes(agreementId: $agreementId, expectedVersion: $expectedVersion, entries: $entries, idempotencyKey: $idempotencyKey) { id version } }`;
export const RECORD_RESULTS = `mutation ($agreementId: ID!, $expectedVersion: Int!, $entries: [ServiceResultInput!]!) {
  recordServiceResults(agreementId: $agreementId, expectedVersion: $expectedVersion, entries: $entries) { id version } }`;
export const USAGE = `query ($id: ID!, $from: String!, $to: String!) { agreement(id: $id) { id version
  usage(from: $from, to: $to) { month actualAmount forecastAmount engineVersion lines { driverCode forecast actual } }
  trueUp(from: $from, to: $to)
  serviceResults(from: $from, to: $to) { month metric serviceCode target value met } } }`;

export interface TermResult {
  startDate: string;
  endDate: string;
  kind: string;
  quoteId: string;
  catalogueVersion: number;
  configuration: Record<string, unknown>;
  price: {
    catalogueVersion: number;
    startDate: string;
    contractYears: number;
    totals: { monthly: string; firstYear: string; contractTotal: string };
    years: { year: number; total: string }[];
  };
}

export interface AgreementResult {
  id: string;
  reference: string;
  status: string;
  providerCode: string;
  startDate: string;
  endDate: string;
  version: number;
  terminationReason: string | null;
  agency: { id: string };
  terms: TermResult[];
  current: TermResult;
}

/** Today + `days` as a UTC calendar date, computed independently of the app's code. */
export function utcDatePlus(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** The small catalogue with two service-level targets: 3 working days (less is better) and 99.5 % (more is). */
export function agreementCatalogue(providerCode: string, price?: string): CatalogueDocument {
  const doc = smallCatalogue({ providerCode, price });
  doc.serviceLevels[0].targets = [
    { metric: 'INVOICES_POSTED', name: { en: 'Invoices posted' }, value: '3', unit: 'WORKING_DAYS' },
    {
      metric: 'AVAILABILITY',
      name: { en: 'Availability' },
      value: '99.5',
      unit: 'PERCENT',
      service: 'PAY-RUN',
    },
  ];
  return doc;
}

/** Saves (customer A), submits and accepts (manager) a quote; returns the accepted quote. */
export async function acceptedQuote(
  app: TestApp,
  world: QuoteWorld,
  options: { startDate?: string; payslips?: string; contractYears?: number } = {},
): Promise<QuoteResult> {
  const configuration = {
    ...basisConfiguration(world.providerCode, options.payslips ?? '600', options.contractYears ?? 3),
    ...(options.startDate ? { startDate: options.startDate } : {}),
  };
  const saved = await saveQuote(app, world.customerA.token, { name: 'Agreement quote', configuration });
  return submitAndAccept(app, world, saved);
}

export async function submitAndAccept(
  app: TestApp,
  world: QuoteWorld,
  draft: QuoteResult,
): Promise<QuoteResult> {
  const submitted = await quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: draft.id,
    expectedVersion: draft.version,
  });
  return quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
    id: submitted.id,
    expectedVersion: submitted.version,
    decision: 'ACCEPT',
  });
}

/** The agreement a quote became. */
export async function agreementOfQuote(
  app: TestApp,
  token: string,
  quoteId: string,
): Promise<AgreementResult> {
  const data = dataOf(
    await app.gql<{ quote: { agreement: AgreementResult | null } }>(
      `query ($id: ID!) { quote(id: $id) { agreement { ${AGREEMENT_FIELDS} } } }`,
      { id: quoteId },
      { token },
    ),
  );
  if (!data.quote.agreement) throw new Error('The quote has no agreement');
  return data.quote.agreement;
}

/** A DRAFT revision of the agreement from `startDate` (an amendment, or a renewal on endDate + 1). */
export async function reviseAgreement(
  app: TestApp,
  token: string,
  id: string,
  startDate: string,
): Promise<QuoteResult> {
  return dataOf(
    await app.gql<{ reviseAgreement: QuoteResult }>(REVISE_AGREEMENT, { id, startDate }, { token }),
  ).reviseAgreement;
}

/** An accepted agreement of agency A. */
export async function createAgreement(
  app: TestApp,
  world: QuoteWorld,
  options: { startDate?: string; payslips?: string; contractYears?: number } = {},
): Promise<AgreementResult> {
  const quote = await acceptedQuote(app, world, options);
  return agreementOfQuote(app, world.manager.token, quote.id);
}
