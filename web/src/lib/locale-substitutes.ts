/**
 * Chromium ships no Icelandic locale data (Chrome has no Icelandic interface), so there Intl writes
 * Icelandic numbers, money and dates the browser's own way ("ISK 1,234", "January 1, 2026"). Where
 * the runtime lacks a locale listed here, numbers are formatted with a locale that writes them
 * alike, the home currency's sign put in place of its code, and long dates built from the month
 * names — giving what full locale data gives ("1.234 kr.", "1. janúar 2026").
 */
interface Substitute {
  /** A locale with the same digit grouping, decimal mark and currency placement. */
  readonly numbers: string;
  /** Currency code → the sign the locale writes instead (only for the home currency). */
  readonly signs: Readonly<Record<string, string>>;
  readonly months: readonly string[];
  /** The locale writes a percentage without a space before the sign ("5%"). */
  readonly tightPercent: boolean;
  /** The word before the last item of a list ("A, B og C"), by kind of list. */
  readonly lastJoin: Readonly<Record<'conjunction' | 'disjunction', string>>;
  /** Names of the Nordic countries (ISO 3166-1 alpha-2 → name). */
  readonly regions: Readonly<Record<string, string>>;
}

const SUBSTITUTES: Readonly<Record<string, Substitute>> = {
  'is-IS': {
    numbers: 'de-DE',
    signs: { ISK: 'kr.' },
    tightPercent: true,
    lastJoin: { conjunction: ' og ', disjunction: ' eða ' },
    regions: { DK: 'Danmörk', NO: 'Noregur', SE: 'Svíþjóð', FI: 'Finnland', IS: 'Ísland' },
    months: [
      'janúar',
      'febrúar',
      'mars',
      'apríl',
      'maí',
      'júní',
      'júlí',
      'ágúst',
      'september',
      'október',
      'nóvember',
      'desember',
    ],
  },
};

/** Whether this runtime has locale data for `locale` (Intl does not fall back to another). */
export function hasLocaleData(locale: string): boolean {
  return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
}

/** The substitute for a locale the runtime lacks, or null when it has the locale (or none is known). */
export function substituteFor(locale: string, supported = hasLocaleData(locale)): Substitute | null {
  return supported ? null : (SUBSTITUTES[locale] ?? null);
}

/** A calendar date in the substitute's long form: "1. janúar 2026". */
export function substituteDate(substitute: Substitute, date: Date): string {
  return `${date.getUTCDate()}. ${substitute.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Money formatted by the substitute's number locale with the currency's code, the code then replaced by its sign. */
export function withSign(substitute: Substitute, text: string, currency: string): string {
  const sign = substitute.signs[currency];
  return sign ? text.replace(currency, sign) : text;
}

/** A percentage as the substitute's locale writes it. */
export function substitutePercent(substitute: Substitute, text: string): string {
  return substitute.tightPercent ? text.replace(/[\s\u00a0\u202f]%/, '%') : text;
}

/** What lists need of Intl.ListFormat: the list in words, in parts (items and the words between). */
export type ListFormatter = Pick<Intl.ListFormat, 'format' | 'formatToParts'>;

/** A list in words the substitute's way: "A, B og C". */
export function substituteList(substitute: Substitute, type: 'conjunction' | 'disjunction'): ListFormatter {
  const formatToParts = (items: Iterable<string>) =>
    [...items].flatMap((value, i, all) => {
      const element = { type: 'element' as const, value };
      if (i === 0) return [element];
      const literal = i === all.length - 1 ? substitute.lastJoin[type] : ', ';
      return [{ type: 'literal' as const, value: literal }, element];
    });
  return {
    formatToParts,
    format: (items: Iterable<string>) =>
      formatToParts(items)
        .map((part) => part.value)
        .join(''),
  };
}
