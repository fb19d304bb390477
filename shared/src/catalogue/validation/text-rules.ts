import { minorDigits, CURRENCY_MINOR_DIGITS } from '../../money/currency.js';
import { isCalendarDate, isCatalogueCode, isCountryCode, isLanguageTag, isProviderCode } from '../formats.js';
import type { JsonPath } from './json-path.js';
import { isJsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { nonEmptyText, quoted, reportType, textMatching, type Rule } from './rules.js';

/** A code of a category, driver, service level, service, package, target metric or unit. */
export const catalogueCode: Rule = textMatching(
  isCatalogueCode,
  'a code of upper-case letters, digits, "-" and "_", e.g. "PAY-BASE"',
);

/** A provider code such as "SA-DK". */
export const providerCode: Rule = textMatching(
  isProviderCode,
  'a provider code of upper-case letters and digits in hyphen-separated parts, e.g. "SA-DK"',
);

/** An ISO 3166-1 alpha-2 country code. */
export const countryCode: Rule = textMatching(
  isCountryCode,
  'an ISO 3166-1 alpha-2 country code such as "DK", "NO" or "SE"',
);

/** A currency the catalogue can price in (ISO 4217, with known minor units). */
export const currencyCode: Rule = textMatching(
  (code) => minorDigits(code) !== undefined,
  `a supported ISO 4217 currency code (${Object.keys(CURRENCY_MINOR_DIGITS).join(', ')})`,
);

/** A BCP 47 language tag such as "da" or "en-GB". */
export const languageTag: Rule = (value, path, problems) => {
  if (typeof value !== 'string') return reportType(problems, path, 'a language code such as "da"', value);
  if (!isLanguageTag(value)) {
    problems.report(
      path,
      `${quoted(path)} must be a language code such as "da", "nb", "sv", "fi", "is" or "en"; ${JSON.stringify(value)} is not.${languageHint(value)}`,
    );
  }
};

/** A calendar date "YYYY-MM-DD". */
export const calendarDate: Rule = textMatching(
  isCalendarDate,
  'a calendar date written "YYYY-MM-DD", e.g. "2027-01-01"',
);

// Country codes are the usual slip for a language key; these are the ones that are not languages
// themselves (Northern Sámi "se" and Norwegian "no" are real language codes and pass).
const COUNTRY_FOR_LANGUAGE: Readonly<Record<string, string>> = {
  dk: 'da',
  gb: 'en',
  us: 'en',
  cz: 'cs',
  gr: 'el',
  jp: 'ja',
  ua: 'uk',
};

/**
 * Localized text: an object from language code to non-empty text, with at least English ("en"),
 * the language every reader can fall back to.
 */
export const localizedText: Rule = (value, path, problems) => {
  if (!isJsonObject(value)) {
    return reportType(
      problems,
      path,
      'localized text, an object such as { "en": "Payroll", "da": "Løn" }',
      value,
    );
  }
  if (!Object.hasOwn(value, 'en')) problems.report(path, `${quoted(path)} needs an English text ("en").`);
  for (const [language, text] of Object.entries(value)) {
    checkLanguageKey(language, [...path, language], problems);
    nonEmptyText(text, [...path, language], problems);
  }
};

function checkLanguageKey(language: string, path: JsonPath, problems: Problems): void {
  if (isLanguageTag(language)) return;
  problems.report(
    path,
    `${JSON.stringify(language)} is not a language code such as "en", "da", "nb", "sv", "fi" or "is".${languageHint(language)}`,
  );
}

function languageHint(text: string): string {
  const key = text.toLowerCase();
  return Object.hasOwn(COUNTRY_FOR_LANGUAGE, key) ? ` Did you mean "${COUNTRY_FOR_LANGUAGE[key]}"?` : '';
}
