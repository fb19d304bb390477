import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  substituteDate,
  substituteFor,
  substituteList,
  substitutePercent,
  withSign,
  type ListFormatter,
} from './locale-substitutes';

/** The interface languages mapped to the regional formats people expect (en → British English). */
const INTL_LOCALES: Record<string, string> = {
  en: 'en-GB',
  da: 'da-DK',
  nb: 'nb-NO',
  sv: 'sv-SE',
  fi: 'fi-FI',
  is: 'is-IS',
};

/**
 * The currency a language's readers know by its sign, which is then written the local way
 * ("1 234,50 €" in Finnish, "1.234 kr." in Icelandic). Every other amount keeps its ISO code, as
 * the Scandinavian "kr" would not say whose krone or krona it is on a page of several centres.
 */
const HOME_CURRENCY: Record<string, string> = { fi: 'EUR', is: 'ISK' };

/** DESIGN: DKK, NOK, SEK, EUR have 2 minor digits; ISK has 0. Others follow ISO 4217 via Intl. */
const MINOR_DIGITS: Record<string, number> = { DKK: 2, NOK: 2, SEK: 2, EUR: 2, ISK: 0 };

/** The Intl locale for an interface language ("da" → "da-DK"). */
export function intlLocale(language: string): string {
  return INTL_LOCALES[language] ?? language;
}

/** Fraction digits of a currency's minor unit. */
export function currencyDigits(currency: string): number {
  return (
    MINOR_DIGITS[currency] ??
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2
  );
}

/** Digits after the decimal point as written ("0.125" → 3). */
function scaleOf(decimal: string): number {
  const point = decimal.indexOf('.');
  return point < 0 ? 0 : decimal.length - point - 1;
}

/**
 * Decimal strings go to Intl as strings, so they are formatted exactly (no binary floating point):
 * Intl.NumberFormat accepts numeric strings since ES2023.
 */
function asNumeric(decimal: string): Intl.StringNumericLiteral {
  return decimal as Intl.StringNumericLiteral;
}

/** Formatting of money, quantities, percentages and dates in one interface language. */
export interface Formatters {
  locale: string;
  /** An amount in the catalogue currency with the currency's minor digits: "DKK 9,000.00". */
  money(amount: string, currency: string): string;
  /** A price that may have more digits than the currency (a unit price of 0.125): never rounded. */
  price(amount: string, currency: string): string;
  /** A quantity as written, grouped for the locale: "1,000", "7.5". */
  quantity(value: string): string;
  /** A decimal with every digit it has, grouped for the locale: an exchange rate "0.0862123456". */
  exact(value: string): string;
  /** A percentage from a decimal string of percent points: "5" → "5%" / "5 %". */
  percent(value: string): string;
  /** A calendar date "2027-01-01" in the locale's long form. */
  date(isoDate: string): string;
  /** A moment ("2026-12-07T08:14:00.000Z") as date and time in the person's own time zone. */
  dateTime(isoTimestamp: string): string;
  /** Lists in words: "A, B and C" (conjunction), "A, B or C" (disjunction). */
  list(type: 'conjunction' | 'disjunction'): ListFormatter;
  /** A country's name from its ISO 3166-1 alpha-2 code ("DK" → "Denmark"). */
  region(code: string): string;
}

/**
 * Creates the formatters for an interface language. `hasLocale` says whether the runtime has the
 * language's locale data (tests pass false to take the substitute's way, as in Chromium).
 */
export function createFormatters(language: string, hasLocale?: boolean): Formatters {
  const locale = intlLocale(language);
  const substitute = substituteFor(locale, hasLocale);
  const numbers = substitute?.numbers ?? locale;
  const home = HOME_CURRENCY[language];
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string, maxDigits: number): Intl.NumberFormat => {
    const key = `${currency}:${maxDigits}`;
    let format = moneyFormats.get(key);
    if (!format) {
      const digits = currencyDigits(currency);
      format = new Intl.NumberFormat(numbers, {
        style: 'currency',
        currency,
        currencyDisplay: currency === home && !substitute ? 'symbol' : 'code',
        minimumFractionDigits: digits,
        maximumFractionDigits: Math.max(digits, maxDigits),
      });
      moneyFormats.set(key, format);
    }
    return format;
  };
  const quantityFormat = new Intl.NumberFormat(numbers, { maximumFractionDigits: 6 });
  const percentFormat = new Intl.NumberFormat(numbers, {
    style: 'unit',
    unit: 'percent',
    maximumFractionDigits: 6,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  // No timeZone: the browser's own, so a comment made at 00:30 in Copenhagen is not "yesterday".
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const signed = (text: string, currency: string) =>
    substitute ? withSign(substitute, text, currency) : text;
  const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
  return {
    locale,
    money: (amount, currency) =>
      signed(moneyFormat(currency, currencyDigits(currency)).format(asNumeric(amount)), currency),
    price: (amount, currency) =>
      signed(moneyFormat(currency, Math.min(scaleOf(amount), 20)).format(asNumeric(amount)), currency),
    quantity: (value) => quantityFormat.format(asNumeric(value)),
    exact: (value) =>
      new Intl.NumberFormat(numbers, { maximumFractionDigits: Math.min(scaleOf(value), 20) }).format(
        asNumeric(value),
      ),
    dateTime: (isoTimestamp) => dateTimeFormat.format(new Date(isoTimestamp)),
    percent: (value) => {
      const text = percentFormat.format(asNumeric(value));
      return substitute ? substitutePercent(substitute, text) : text;
    },
    date: (isoDate) =>
      substitute ? substituteDate(substitute, day(isoDate)) : dateFormat.format(day(isoDate)),
    list: (type) => (substitute ? substituteList(substitute, type) : new Intl.ListFormat(locale, { type })),
    region: (code) =>
      substitute?.regions[code] ?? new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code,
  };
}

/** The formatters of the current interface language. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language), [i18n.language]);
}
