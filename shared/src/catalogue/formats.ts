import { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// BCP 47 in its canonical case, limited to language, script and region: "da", "nb", "en-GB",
// "zh-Hant", "es-419". Variants and extensions are not needed for catalogue text.
const LANGUAGE_TAG = /^([a-z]{2,3})(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

// The code rules live with the other input limits; re-exported here, where they always were.
export { isCatalogueCode, isProviderCode } from '../limits/codes.js';

/** True for an officially assigned ISO 3166-1 alpha-2 country code. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODES.has(value);
}

/**
 * True for a BCP 47 language tag such as "da", "nb", "sv", "fi", "is", "en" or "en-GB". A two-letter
 * language must be an ISO 639-1 code, which catches the common slip of a country code ("dk").
 */
export function isLanguageTag(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = LANGUAGE_TAG.exec(value);
  if (!match) return false;
  return match[1].length === 3 || LANGUAGE_CODES.has(match[1]);
}

/** True for "YYYY-MM-DD" naming a day of the proleptic Gregorian calendar ("2027-02-29" is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
