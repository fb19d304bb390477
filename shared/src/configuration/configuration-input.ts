import type { ConfigurationInput } from '../pricing/types.js';

/** A configuration input with every field present (null = not given) and nothing else. */
export interface NormalizedConfigurationInput {
  providerCode: string;
  catalogueVersion: number | null;
  servicePackageCode: string | null;
  serviceCodes: string[] | null;
  serviceLevelCode: string | null;
  volumes: { driverCode: string; quantity: string }[] | null;
  contractYears: number | null;
  /** Only when given: a configuration without a start date reads as it always has. */
  startDate?: string;
}

/**
 * A configuration input as plain JSON with exactly the fields of `ConfigurationInput`, in one
 * order, absent fields as null and fresh arrays — what is stored with a quote and sent as GraphQL
 * variables, so that the same configuration always reads (and keys) the same.
 */
export function normalizeConfigurationInput(input: ConfigurationInput): NormalizedConfigurationInput {
  return {
    providerCode: input.providerCode,
    catalogueVersion: input.catalogueVersion ?? null,
    servicePackageCode: input.servicePackageCode ?? null,
    serviceCodes: input.serviceCodes ? [...input.serviceCodes] : null,
    serviceLevelCode: input.serviceLevelCode ?? null,
    volumes: input.volumes
      ? input.volumes.map(({ driverCode, quantity }) => ({ driverCode, quantity }))
      : null,
    contractYears: input.contractYears ?? null,
    ...(input.startDate ? { startDate: input.startDate } : {}),
  };
}

/** A stable key for a configuration input: equal inputs (once normalized) give equal keys. */
export function configurationInputKey(input: ConfigurationInput): string {
  return JSON.stringify(normalizeConfigurationInput(input));
}
