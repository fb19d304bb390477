import type {
  DriverDocument,
  LocalizedText,
  PriceComponentDocument,
  PricePeriod,
  TierDocument,
} from '@servicekatalog/shared';

/** The words a price is told in, for one language. */
interface Phrases {
  period: Record<PricePeriod, string>;
  per: (unit: string) => string;
  graduated: string;
  volume: string;
  upTo: (upTo: string) => string;
  above: (upTo: string) => string;
  plus: (amount: string) => string;
  minimum: (amount: string) => string;
  years: (from: number, to: number | null) => string;
  requiresOneOf: (names: string) => string;
}

const EN: Phrases = {
  period: { ONE_TIME: 'one-time', MONTHLY: 'per month', YEARLY: 'per year' },
  per: (unit) => `per ${unit}`,
  graduated: 'graduated price',
  volume: 'volume price (the tier reached prices the whole quantity)',
  upTo: (upTo) => `up to ${upTo}`,
  above: (upTo) => `above ${upTo}`,
  plus: (amount) => `plus ${amount}`,
  minimum: (amount) => `minimum charge ${amount}`,
  years: (from, to) => (to === null ? `from contract year ${from}` : `contract years ${from}–${to}`),
  requiresOneOf: (names) => `Requires at least one of: ${names}.`,
};

const PHRASES: Readonly<Record<string, Phrases>> = {
  en: EN,
  da: {
    period: { ONE_TIME: 'engangsbeløb', MONTHLY: 'pr. måned', YEARLY: 'pr. år' },
    per: (unit) => `pr. ${unit}`,
    graduated: 'trappepris',
    volume: 'volumenpris (det nåede trin prissætter hele mængden)',
    upTo: (upTo) => `op til ${upTo}`,
    above: (upTo) => `over ${upTo}`,
    plus: (amount) => `plus ${amount}`,
    minimum: (amount) => `mindstebeløb ${amount}`,
    years: (from, to) => (to === null ? `fra kontraktår ${from}` : `kontraktår ${from}–${to}`),
    requiresOneOf: (names) => `Kræver mindst én af: ${names}.`,
  },
  nb: {
    period: { ONE_TIME: 'engangsbeløp', MONTHLY: 'per måned', YEARLY: 'per år' },
    per: (unit) => `per ${unit}`,
    graduated: 'trappepris',
    volume: 'volumpris (trinnet som nås, prissetter hele mengden)',
    upTo: (upTo) => `opptil ${upTo}`,
    above: (upTo) => `over ${upTo}`,
    plus: (amount) => `pluss ${amount}`,
    minimum: (amount) => `minstebeløp ${amount}`,
    years: (from, to) => (to === null ? `fra kontraktsår ${from}` : `kontraktsår ${from}–${to}`),
    requiresOneOf: (names) => `Krever minst én av: ${names}.`,
  },
  sv: {
    period: { ONE_TIME: 'engångsbelopp', MONTHLY: 'per månad', YEARLY: 'per år' },
    per: (unit) => `per ${unit}`,
    graduated: 'trappstegspris',
    volume: 'volympris (steget som nås prissätter hela mängden)',
    upTo: (upTo) => `upp till ${upTo}`,
    above: (upTo) => `över ${upTo}`,
    plus: (amount) => `plus ${amount}`,
    minimum: (amount) => `lägsta belopp ${amount}`,
    years: (from, to) => (to === null ? `från avtalsår ${from}` : `avtalsår ${from}–${to}`),
    requiresOneOf: (names) => `Kräver minst en av: ${names}.`,
  },
};

// Norwegian Nynorsk and the macrolanguage read Bokmål's words better than English ones.
const SAME_AS: Readonly<Record<string, string>> = { no: 'nb', nn: 'nb' };

function phrasesFor(language: string): Phrases {
  const base = language.toLowerCase().split('-')[0];
  return PHRASES[base] ?? PHRASES[SAME_AS[base] ?? ''] ?? EN;
}

/** The text in `language`, else English, else any (catalogue texts always have English). */
export function textIn(text: LocalizedText, language: string): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

/**
 * A price component in words, in one language, amounts exactly as written in the catalogue:
 * "Base fee: 9000.00 DKK per month", "Per payslip: graduated price per payslip per month: up to
 * 1000: 38.00 DKK; above 1000: 31.50 DKK, minimum charge 500.00 DKK".
 */
export function priceInWords(
  component: PriceComponentDocument,
  driver: DriverDocument | undefined,
  currency: string,
  language: string,
): string {
  const words = phrasesFor(language);
  const money = (amount: string): string => `${amount} ${currency}`;
  const unit = driver ? ` ${words.per(textIn(driver.unit, language))}` : '';
  const period = words.period[component.period];
  let price: string;
  if (component.model === 'FLAT') price = `${money(component.amount ?? '0')} ${period}`;
  else if (component.model === 'PER_UNIT') price = `${money(component.unitPrice ?? '0')}${unit} ${period}`;
  else {
    const kind = component.model === 'GRADUATED' ? words.graduated : words.volume;
    price = `${kind}${unit} ${period}: ${tiersInWords(component.tiers ?? [], words, money)}`;
  }
  const extras: string[] = [];
  if (component.minimumCharge) extras.push(words.minimum(money(component.minimumCharge)));
  const from = component.fromYear ?? 1;
  const to = component.toYear ?? null;
  if (from !== 1 || to !== null) extras.push(words.years(from, to));
  return [`${textIn(component.label, language)}: ${price}`, ...extras].join(', ');
}

function tiersInWords(
  tiers: readonly TierDocument[],
  words: Phrases,
  money: (amount: string) => string,
): string {
  return tiers
    .map((tier, index) => {
      const previous = index > 0 ? tiers[index - 1].upTo : null;
      const bound =
        tier.upTo !== null ? words.upTo(tier.upTo) : previous !== null ? words.above(previous) : '';
      const flat =
        tier.flatFee && !/^-?0*(\.0*)?$/.test(tier.flatFee) ? ` ${words.plus(money(tier.flatFee))}` : '';
      return `${bound ? `${bound}: ` : ''}${money(tier.unitPrice)}${flat}`;
    })
    .join('; ');
}

/** "Requires at least one of: A, B." for a requirement group of several services. */
export function requirementInWords(names: readonly string[], language: string): string {
  return phrasesFor(language).requiresOneOf(names.join(', '));
}
