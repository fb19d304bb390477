/**
 * How large a catalogue document may be (DESIGN, "Limits at every entry point", Catalogue
 * documents). Far above any real centre's catalogue (the largest has a few dozen services), low
 * enough that validating, storing and pricing one stays fast. Counts are checked before a list is
 * walked, so a document with 50,000 tiers is refused without looking at them.
 */
export const DOCUMENT_LIMITS = {
  categories: 100,
  services: 500,
  servicePackages: 100,
  serviceLevels: 20,
  /** Targets of one service level. */
  targets: 50,
  drivers: 100,
  /** Price components of one service. */
  priceComponents: 20,
  /** Tiers of one price component. */
  tiers: 50,
  /** Tiers of all price components of the document together. */
  tiersInAll: 10_000,
  /** Requires groups of one service, and codes in one group. */
  requires: 50,
  requiresGroupCodes: 50,
  /** A service's excludes, limits and responsibilities. */
  excludes: 50,
  limits: 50,
  responsibilities: 50,
  /** Languages of one localized text. */
  languages: 20,
  /** Items and allowed add-ons of one package: each names a distinct service. */
  packageItems: 500,
  allowedAddOns: 500,
  /** Drivers of one package item's `included` map. */
  included: 100,
} as const;

/** A count limit's name, e.g. "tiers". */
export type DocumentLimit = keyof typeof DOCUMENT_LIMITS;
