import { minorDigits, CURRENCY_MINOR_DIGITS } from '../../money/currency.js';
import { isCalendarDate, isCatalogueCode, isCountryCode, isLanguageTag, isProviderCode } from '../formats.js';
import type { JsonPath } from './json-path.js';
import { isJsonObject } from './json-value.js';
import type { Problems } from './problems.js';
import { DOCUMENT_LIMITS } from '../../limits/document-limits.js';
import type { TextKind } from '../../limits/text-rules.js';
import { nonEmptyText, reportField, reportType, shownString, textMatching, type Rule } from './rules.js';

/** A code of a category, driver, service level, service, package, target metric or unit. */
export const catalogueCode: Rule = textMatching(isCatalogueCode, 'CATALOGUE_CODE');

/** A provider code such as "SA-DK". */
export const providerCode: Rule = textMatching(isProviderCode, 'PROVIDER_CODE');

/** An ISO 3166-1 alpha-2 country code. */
export const countryCode: Rule = textMatching(isCountryCode, 'COUNTRY_CODE');

/** A currency the catalogue can price in (ISO 4217, with known minor units). */
export const currencyCode: Rule = textMatching((code) => minorDigits(code) !== undefined, 'CURRENCY_CODE', {
  currencies: Object.keys(CURRENCY_MINOR_DIGITS).join(', '),
});

/** A BCP 47 language tag such as "da" or "en-GB". */
export const languageTag: Rule = (value, path, problems) => {
  if (typeof value !== 'string') return reportType(problems, path, 'LANGUAGE_CODE', value);
  if (!isLanguageTag(value)) {
    reportField(problems, path, 'INVALID_LANGUAGE_CODE', {
      value: shownString(value),
      ...languageSuggestion(value),
    });
  }
};

/** A calendar date "YYYY-MM-DD". */
export const calendarDate: Rule = textMatching(isCalendarDate, 'DATE');

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
 * Localized text: an object from language code to non-empty text following the text rules of
 * `kind`, with at least English ("en"), the language every reader can fall back to, and at most
 * 20 languages (counted before any is looked at).
 */
export function localizedText(kind: TextKind): Rule {
  const text = nonEmptyText(kind);
  return (value, path, problems) => {
    if (!isJsonObject(value)) {
      return reportType(problems, path, 'LOCALIZED_TEXT', value);
    }
    const languages = Object.keys(value);
    if (languages.length > DOCUMENT_LIMITS.languages) {
      const params = { max: DOCUMENT_LIMITS.languages, count: languages.length };
      return reportField(problems, path, 'TOO_MANY_ENTRIES', params);
    }
    if (!Object.hasOwn(value, 'en')) reportField(problems, path, 'MISSING_ENGLISH_TEXT');
    for (const language of languages) {
      checkLanguageKey(language, [...path, language], problems);
      text(value[language], [...path, language], problems);
    }
  };
}

function checkLanguageKey(language: string, path: JsonPath, problems: Problems): void {
  if (isLanguageTag(language)) return;
  problems.report(path, 'INVALID_LANGUAGE_KEY', {
    key: shownString(language),
    ...languageSuggestion(language),
  });
}

function languageSuggestion(text: string): { suggestion?: string } {
  const key = text.toLowerCase();
  return Object.hasOwn(COUNTRY_FOR_LANGUAGE, key) ? { suggestion: COUNTRY_FOR_LANGUAGE[key] } : {};
}
