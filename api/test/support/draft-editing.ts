import type { CatalogueDocument, ServiceDocument, ServicePackageDocument } from '@servicekatalog/shared';
import { dataOf, EXPORT, VERSION_FIELDS, type VersionResult } from './catalogue-factory.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** GraphQL documents of draft editing. */
export const CREATE_DRAFT = `mutation ($providerCode: String!) { createDraft(providerCode: $providerCode) { ${VERSION_FIELDS} } }`;

const target = '$id: ID!, $expectedVersion: Int!';
const args = 'id: $id, expectedVersion: $expectedVersion';

export const UPSERT = {
  category: `mutation (${target}, $input: CategoryInput!) { result: upsertCategory(${args}, input: $input) { ${VERSION_FIELDS} } }`,
  driver: `mutation (${target}, $input: VolumeDriverInput!) { result: upsertVolumeDriver(${args}, input: $input) { ${VERSION_FIELDS} } }`,
  serviceLevel: `mutation (${target}, $input: ServiceLevelInput!) { result: upsertServiceLevel(${args}, input: $input) { ${VERSION_FIELDS} } }`,
  service: `mutation (${target}, $input: ServiceInput!) { result: upsertService(${args}, input: $input) { ${VERSION_FIELDS} } }`,
  servicePackage: `mutation (${target}, $input: ServicePackageInput!) { result: upsertServicePackage(${args}, input: $input) { ${VERSION_FIELDS} } }`,
  settings: `mutation (${target}, $input: CatalogueVersionSettingsInput!) { result: updateCatalogueVersionSettings(${args}, input: $input) { ${VERSION_FIELDS} } }`,
};

export const REMOVE = {
  category: `mutation (${target}, $code: String!) { result: removeCategory(${args}, code: $code) { ${VERSION_FIELDS} } }`,
  driver: `mutation (${target}, $code: String!) { result: removeVolumeDriver(${args}, code: $code) { ${VERSION_FIELDS} } }`,
  serviceLevel: `mutation (${target}, $code: String!) { result: removeServiceLevel(${args}, code: $code) { ${VERSION_FIELDS} } }`,
  service: `mutation (${target}, $code: String!) { result: removeService(${args}, code: $code) { ${VERSION_FIELDS} } }`,
  servicePackage: `mutation (${target}, $code: String!) { result: removeServicePackage(${args}, code: $code) { ${VERSION_FIELDS} } }`,
};

export type EditResponse = GraphQLResponse<{ result: VersionResult }>;

/** Runs one edit mutation on `draft` at `expectedVersion` (default: the draft's). */
export function edit(
  app: TestApp,
  token: string,
  mutation: string,
  draft: Pick<VersionResult, 'id' | 'version'>,
  variables: Record<string, unknown>,
  expectedVersion = draft.version,
): Promise<EditResponse> {
  return app.gql<{ result: VersionResult }>(
    mutation,
    { id: draft.id, expectedVersion, ...variables },
    { token },
  );
}

/** The version after an edit that must succeed. */
export async function edited(response: Promise<EditResponse>): Promise<VersionResult> {
  return dataOf(await response).result;
}

/** A version of a provider's catalogue as exported (the canonical document). */
export async function exported(
  app: TestApp,
  token: string,
  providerCode: string,
  version: number,
): Promise<CatalogueDocument> {
  return dataOf(
    await app.gql<{ exportCatalogue: CatalogueDocument }>(EXPORT, { providerCode, version }, { token }),
  ).exportCatalogue;
}

/**
 * A service of a document as a `ServiceInput` (the input mirrors the document field for field,
 * so an exported service is already one).
 */
export function serviceInput(doc: CatalogueDocument, code: string): ServiceDocument {
  const service = doc.services.find((candidate) => candidate.code === code);
  if (!service) throw new Error(`No service ${code}`);
  return structuredClone(service);
}

/** A package of a document as a `ServicePackageInput`: `included` becomes a list of { driver, quantity }. */
export function servicePackageInput(doc: CatalogueDocument, code: string): Record<string, unknown> {
  const found: ServicePackageDocument | undefined = doc.servicePackages.find(
    (candidate) => candidate.code === code,
  );
  if (!found) throw new Error(`No service package ${code}`);
  const copy = structuredClone(found);
  return {
    ...copy,
    items: copy.items.map((item) => ({
      service: item.service,
      included: item.included
        ? Object.entries(item.included).map(([driver, quantity]) => ({ driver, quantity }))
        : null,
    })),
  };
}
