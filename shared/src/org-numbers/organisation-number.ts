import { NATIONAL_RULES, type NationalRule } from './national-rules.js';

/** The outcome of {@link validateOrganisationNumber}. */
export type OrganisationNumberResult =
  | { readonly valid: true; readonly normalized: string; readonly reason?: undefined }
  | { readonly valid: false; readonly normalized: null; readonly reason: string };

/** Countries whose organisation numbers are checked: the five Nordic states. */
export const ORGANISATION_NUMBER_COUNTRIES: readonly string[] = Object.keys(NATIONAL_RULES);

/**
 * Checks an agency's organisation number by its country's rule and returns it in the country's
 * customary form:
 * - DK CVR-nummer: 8 digits, weighted modulus 11 → "10213231";
 * - NO organisasjonsnummer: 9 digits, modulus 11 → "974760673";
 * - SE organisationsnummer: 10 digits, Luhn, third digit ≥ 2 → "202100-5489";
 * - FI Y-tunnus: 8 digits, modulus 11 → "0245437-2";
 * - IS kennitala: 10 digits, modulus 11 on the 9th → "540269-6459".
 *
 * Spaces anywhere are ignored (numbers are often grouped, "974 760 673"), and a hyphen is accepted
 * where the country writes one. `country` is ISO 3166-1 alpha-2, in either case. When invalid,
 * `reason` says why in an English sentence.
 */
export function validateOrganisationNumber(country: string, value: string): OrganisationNumberResult {
  const rule = Object.hasOwn(NATIONAL_RULES, country.toUpperCase())
    ? NATIONAL_RULES[country.toUpperCase()]
    : undefined;
  if (rule === undefined) {
    return invalid(
      `Organisation numbers of country "${country}" cannot be checked; supported: ${ORGANISATION_NUMBER_COUNTRIES.join(', ')}.`,
    );
  }
  const compact = value.replace(/\s+/g, '');
  const layoutProblem = checkLayout(rule, compact);
  if (layoutProblem !== undefined) return invalid(layoutProblem);
  const digits = compact.replace('-', '');
  const checkProblem = rule.check(digits);
  if (checkProblem !== undefined)
    return invalid(`${JSON.stringify(compact)} is not a valid ${rule.name}: ${checkProblem}.`);
  return { valid: true, normalized: rule.normalize(digits) };
}

function checkLayout(rule: NationalRule, compact: string): string | undefined {
  if (rule.layout.test(compact)) return undefined;
  if (compact === '') return 'The organisation number is empty.';
  const title = `${rule.article} ${rule.name}`;
  if (!/^[\d-]+$/.test(compact))
    return `${title} has only digits (written ${rule.form}); ${JSON.stringify(compact)} has other characters.`;
  const count = compact.replace(/-/g, '').length;
  if (count !== rule.length)
    return `${title} has ${rule.length} digits (written ${rule.form}), not ${count}.`;
  return `${title} is written ${rule.form}; the hyphen in ${JSON.stringify(compact)} is out of place.`;
}

function invalid(reason: string): OrganisationNumberResult {
  return { valid: false, normalized: null, reason };
}
