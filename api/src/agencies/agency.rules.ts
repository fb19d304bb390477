import {
  codePointLength,
  Decimal,
  isCountryCode,
  isProviderCode,
  ORGANISATION_NUMBER_COUNTRIES,
  validateOrganisationNumber,
} from '@servicekatalog/shared';
import { BadUserInputError } from '../common/errors/domain-error.js';
import type { StoredVolume } from './agency.entity.js';

/**
 * The rules of an agency's fields, as pure functions. Fields are named relative to the agency
 * ("organisationNumber"); API use cases report them under their input path ("input.organisationNumber").
 */

export const AGENCY_NAME_MAX_LENGTH = 200;
const ORGANISATION_NUMBER_MAX_LENGTH = 32;
/** Far more drivers than any catalogue has. */
export const MAX_DEFAULT_VOLUMES = 100;

/** The fields of an agency as given, before checking. */
export interface AgencyFields {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  organisationNumber: string;
  providerCode: string;
  defaultVolumes?: readonly StoredVolume[] | null;
}

/** Checked and normalized agency fields: what is stored. */
export interface CheckedAgencyFields {
  name: string;
  country: string;
  /** In the country's customary form, e.g. "202100-5489". */
  organisationNumber: string;
  providerCode: string;
  defaultVolumes: StoredVolume[];
}

/** Checks every field; the first broken rule is thrown. */
export function checkAgencyFields(fields: AgencyFields): CheckedAgencyFields {
  const country = checkCountry(fields.country);
  return {
    name: requiredText(fields.name, 'name', AGENCY_NAME_MAX_LENGTH),
    country,
    organisationNumber: checkOrganisationNumber(
      country,
      requiredText(fields.organisationNumber, 'organisationNumber', ORGANISATION_NUMBER_MAX_LENGTH),
    ),
    providerCode: checkProviderCode(fields.providerCode),
    defaultVolumes: checkVolumes(fields.defaultVolumes ?? []),
  };
}

function requiredText(value: string, field: string, maxLength: number): string {
  const text = (value ?? '').trim();
  if (!text) throw new BadUserInputError(`${field} must not be empty.`, field);
  if (codePointLength(text) > maxLength)
    throw new BadUserInputError(`${field} must have at most ${maxLength} characters.`, field);
  return text;
}

/**
 * ISO 3166-1 alpha-2, accepted in either case and stored upper-case; one of the countries whose
 * organisation numbers can be checked (the five Nordic states the centres serve).
 */
function checkCountry(country: string): string {
  const code = (country ?? '').trim().toUpperCase();
  if (!isCountryCode(code))
    throw new BadUserInputError('country must be an ISO 3166-1 alpha-2 code such as "NO".', 'country');
  if (!ORGANISATION_NUMBER_COUNTRIES.includes(code)) {
    throw new BadUserInputError(
      `Agencies are registered in ${ORGANISATION_NUMBER_COUNTRIES.join(', ')}, not ${code}.`,
      'country',
    );
  }
  return code;
}

/** The country's check digit (DK CVR, NO organisasjonsnummer, SE Luhn, FI Y-tunnus, IS kennitala). */
function checkOrganisationNumber(country: string, value: string): string {
  const result = validateOrganisationNumber(country, value);
  if (!result.valid)
    throw new BadUserInputError(`organisationNumber is not valid: ${result.reason}`, 'organisationNumber');
  return result.normalized;
}

function checkProviderCode(code: string): string {
  if (!isProviderCode(code)) throw new BadUserInputError('No provider has this code.', 'providerCode');
  return code;
}

/** DESIGN pricing rule 5 and "Limits at every entry point": at most 6 decimals as written. */
export const MAX_QUANTITY_DECIMALS = 6;

/**
 * Each driver once, each quantity as a configuration's volume takes it (DESIGN pricing rule 5):
 * a plain decimal string (no exponent, sign, spaces or separators), not negative, at most 6 decimals.
 * Whether the drivers exist and count whole units is {@link checkVolumeDrivers}'s part.
 */
function checkVolumes(volumes: readonly StoredVolume[]): StoredVolume[] {
  if (volumes.length > MAX_DEFAULT_VOLUMES) {
    throw new BadUserInputError(
      `At most ${MAX_DEFAULT_VOLUMES} default volumes may be given.`,
      'defaultVolumes',
    );
  }
  const seen = new Set<string>();
  return volumes.map((volume, index) => {
    const driverCode = (volume.driverCode ?? '').trim();
    if (!driverCode || seen.has(driverCode)) {
      throw new BadUserInputError('Each driver may be given once.', `defaultVolumes[${index}].driverCode`);
    }
    const problem = quantityProblem(volume.quantity);
    if (problem) throw new BadUserInputError(`quantity ${problem}`, `defaultVolumes[${index}].quantity`);
    seen.add(driverCode);
    return { driverCode, quantity: volume.quantity };
  });
}

/** The end of a sentence saying what is wrong with a quantity, or null when it is fine. */
function quantityProblem(quantity: unknown): string | null {
  if (!Decimal.isPlain(quantity) || quantity.startsWith('-'))
    return 'must be a plain non-negative decimal string such as "1200".';
  if (Decimal.fractionDigits(quantity) > MAX_QUANTITY_DECIMALS)
    return `must have at most ${MAX_QUANTITY_DECIMALS} decimals.`;
  return null;
}

/**
 * Default volumes name drivers of the provider's catalogue in force (`drivers`: driver code →
 * whether it counts whole units, null when no catalogue is in force), and a driver that counts
 * whole units gets a whole quantity ("5.0" is whole) — so the configurator can start with them as
 * they are. Takes volumes already through {@link checkAgencyFields}.
 */
export function checkVolumeDrivers(
  volumes: readonly StoredVolume[],
  drivers: ReadonlyMap<string, boolean> | null,
): void {
  if (volumes.length === 0) return;
  if (!drivers) {
    throw new BadUserInputError(
      'The provider has no catalogue in force, so there are no drivers to give default volumes for.',
      'defaultVolumes',
    );
  }
  volumes.forEach(({ driverCode, quantity }, index) => {
    const integer = drivers.get(driverCode);
    if (integer === undefined) {
      throw new BadUserInputError(
        `The provider's catalogue in force has no driver "${driverCode}".`,
        `defaultVolumes[${index}].driverCode`,
      );
    }
    if (integer && !Decimal.parse(quantity).isInteger()) {
      throw new BadUserInputError(
        `quantity must be a whole number: ${driverCode} counts whole units.`,
        `defaultVolumes[${index}].quantity`,
      );
    }
  });
}
