import { isProviderCode } from '@servicekatalog/shared';

// DESIGN, "Limits": provider codes at most 32 characters.
const MAX_PROVIDER_CODE = 32;

/** A provider code from a URL, checked with the catalogue's own rule before anything is looked up. */
export function isProviderCodeParam(value: unknown): value is string {
  return isProviderCode(value) && value.length <= MAX_PROVIDER_CODE;
}

/**
 * A whole number from a query parameter within [min, max]; undefined when absent, null when bad
 * (repeated, signed, not digits, or out of range).
 */
export function integerParam(value: unknown, min: number, max: number): number | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}
