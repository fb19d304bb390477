import { CatalogueErrors } from './catalogue.errors.js';

/**
 * Refuses any write to a PUBLISHED version (CONFLICT). Every use case that changes a version or
 * anything inside it calls this inside its transaction, on the row read in that transaction.
 */
export function assertDraft(version: { status: string; number: number }): void {
  if (version.status !== 'DRAFT') throw CatalogueErrors.publishedIsImmutable(version.number);
}

type Dated = { status: string; validFrom: string | null; number: number };

/**
 * The version in force on `date` (DESIGN): among the PUBLISHED versions with validFrom ≤ date, the
 * latest validFrom, and of those the highest number. Dates are 'YYYY-MM-DD', so text order is date order.
 */
export function versionInForce<T extends Dated>(versions: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.status !== 'PUBLISHED' || version.validFrom === null || version.validFrom > date) continue;
    if (!best || isLater(version, best)) best = version;
  }
  return best;
}

function isLater(a: Dated, b: Dated): boolean {
  const validFromA = a.validFrom ?? '';
  const validFromB = b.validFrom ?? '';
  return validFromA > validFromB || (validFromA === validFromB && a.number > b.number);
}

/**
 * A published version is superseded once it has applied (validFrom ≤ today) and another version is
 * in force today. Derived, never stored.
 */
export function isSuperseded(
  version: Dated & { id: string },
  inForceToday: { id: string } | null,
  today: string,
): boolean {
  return (
    version.status === 'PUBLISHED' &&
    version.validFrom !== null &&
    version.validFrom <= today &&
    inForceToday !== null &&
    inForceToday.id !== version.id
  );
}
