/**
 * Codes are identifiers that stay stable across catalogue versions and appear in URLs, quotes and
 * exports, so they are kept to short upper-case ASCII (DESIGN, "Limits at every entry point").
 */

/** Longest code of a category, driver, service level, service, package, metric or unit. */
export const CATALOGUE_CODE_MAX_LENGTH = 40;

/** Longest provider code: it is also the prefix of every quote reference ("SA-DK-2027-0042"). */
export const PROVIDER_CODE_MAX_LENGTH = 32;

/** A catalogue code: "PAY-BASE", "INVOICES_IN". */
export const CATALOGUE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,39}$/;

/** A provider code: upper-case letters and digits in hyphen-separated parts ("SA-DK"), no underscore. */
export const PROVIDER_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;

/** True for a code of a category, driver, service level, service, package, metric or unit. */
export function isCatalogueCode(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= CATALOGUE_CODE_MAX_LENGTH &&
    CATALOGUE_CODE_PATTERN.test(value)
  );
}

/** True for a provider code of at most 32 characters. */
export function isProviderCode(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length <= PROVIDER_CODE_MAX_LENGTH && PROVIDER_CODE_PATTERN.test(value)
  );
}
