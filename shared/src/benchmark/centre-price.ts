import { Decimal } from '../money/decimal.js';
import type { PricingCatalogue } from '../pricing/compile.js';
import { priceConfiguration } from '../pricing/engine.js';
import type { IssueCode, VolumeInput } from '../pricing/types.js';
import { divideHalfUp } from './divide.js';
import type { StandardProfile } from './profiles.js';

/** Why a centre has no price for a profile. */
export type NotOfferedReason =
  /** The catalogue names no package for the profile's kind. */
  | 'NO_PACKAGE'
  /** The package needs drivers without a standard measure, or measures the profile lacks. */
  | 'MISSING_VOLUMES'
  /** The package breaks a rule of its own catalogue with these volumes (a limit, a dependency). */
  | 'INVALID_CONFIGURATION';

interface CentreBase {
  providerCode: string;
  catalogueVersion: number;
  /** The centre's own currency. */
  currency: string;
  /** The package named for the profile's kind; null when none is. */
  servicePackageCode: string | null;
}

/** A centre's year-1 price for a profile, in its own currency. */
export interface CentreOffered extends CentreBase {
  offered: true;
  servicePackageCode: string;
  serviceLevelCode: string | null;
  /** Year 1's total (contractYears 1, the package's own level), exact to the minor unit. */
  total: string;
  /** total ÷ (12 × monthly payslips), half up to the minor unit; null without payslips. */
  pricePerPayslip: string | null;
}

/** No price: "not offered", never zero and never partly priced. */
export interface CentreNotOffered extends CentreBase {
  offered: false;
  reason: NotOfferedReason;
  /** The package's drivers that the profile cannot fill, in catalogue order. */
  missingDrivers: string[];
  /** The engine's ERROR issue codes (INVALID_CONFIGURATION only). */
  issueCodes: IssueCode[];
}

export type CentreBenchmark = CentreOffered | CentreNotOffered;

/**
 * What the profile costs at one centre (DESIGN "Centres side by side"): the catalogue's package for
 * the profile's kind, priced by the shared engine for one contract year at the package's own level,
 * with each standard measure's monthly quantity given to the driver that carries that measure.
 * @throws PricingInputError when a quantity does not fit a driver (e.g. not whole for a counted driver).
 */
export function benchmarkCentre(catalogue: PricingCatalogue, profile: StandardProfile): CentreBenchmark {
  const base = {
    providerCode: catalogue.providerCode,
    catalogueVersion: catalogue.catalogueVersion,
    currency: catalogue.currency,
  };
  const packageCode = catalogue.benchmarkPackages[profile.kind];
  const servicePackage = packageCode === null ? undefined : catalogue.servicePackages.get(packageCode);
  if (packageCode === null || servicePackage === undefined) {
    return notOffered({ ...base, servicePackageCode: packageCode }, 'NO_PACKAGE');
  }
  const { volumes, missing } = volumesFor(catalogue, packageCode, profile);
  if (missing.length > 0)
    return notOffered({ ...base, servicePackageCode: packageCode }, 'MISSING_VOLUMES', missing);
  const breakdown = priceConfiguration(catalogue, {
    providerCode: catalogue.providerCode,
    servicePackageCode: packageCode,
    volumes,
    contractYears: 1,
  });
  if (!breakdown.valid) {
    const codes = breakdown.issues.filter((issue) => issue.severity === 'ERROR').map((issue) => issue.code);
    return {
      ...base,
      servicePackageCode: packageCode,
      offered: false,
      reason: 'INVALID_CONFIGURATION',
      missingDrivers: [],
      issueCodes: [...new Set(codes)],
    };
  }
  const total = breakdown.totals.firstYear;
  return {
    ...base,
    offered: true,
    servicePackageCode: packageCode,
    serviceLevelCode: breakdown.serviceLevelCode,
    total,
    pricePerPayslip: perPayslip(Decimal.parse(total), profile, catalogue.minorDigits),
  };
}

/** The drivers the package's services need in year 1, filled from the profile; the rest are missing. */
function volumesFor(
  catalogue: PricingCatalogue,
  packageCode: string,
  profile: StandardProfile,
): { volumes: VolumeInput[]; missing: string[] } {
  const needed = new Set<string>();
  for (const item of catalogue.servicePackages.get(packageCode)?.items ?? []) {
    for (const { driverCode, fromYear } of catalogue.services.get(item.serviceCode)?.volumeDrivers ?? []) {
      if (fromYear <= 1) needed.add(driverCode);
    }
  }
  const volumes: VolumeInput[] = [];
  const missing: string[] = [];
  // Catalogue order, so that the missing drivers read as the catalogue lists them.
  for (const driver of catalogue.drivers.values()) {
    if (!needed.has(driver.code)) continue;
    const given = profile.volumes.find((volume) => volume.measure === driver.standardMeasure);
    if (driver.standardMeasure === null || given === undefined) missing.push(driver.code);
    else volumes.push({ driverCode: driver.code, quantity: given.quantity });
  }
  return { volumes, missing };
}

/** The profile's yearly payslips (12 × monthly); null when it has none to divide by. */
export function yearlyPayslips(profile: StandardProfile): Decimal | null {
  const payslips = profile.volumes.find((volume) => volume.measure === 'PAYSLIP');
  if (payslips === undefined) return null;
  const monthly = Decimal.parse(payslips.quantity);
  return monthly.isZero() ? null : monthly.times(Decimal.of(12));
}

/** `amount` ÷ yearly payslips, half up to `digits`; null when the profile has no payslips. */
export function perPayslip(amount: Decimal, profile: StandardProfile, digits: number): string | null {
  const payslips = yearlyPayslips(profile);
  return payslips === null ? null : divideHalfUp(amount, payslips, digits).toString();
}

function notOffered(
  base: CentreBase,
  reason: NotOfferedReason,
  missingDrivers: string[] = [],
): CentreNotOffered {
  return { ...base, offered: false, reason, missingDrivers, issueCodes: [] };
}
