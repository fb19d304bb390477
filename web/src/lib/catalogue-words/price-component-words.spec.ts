import { beforeAll, describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { createFormatters } from '../format';
import { describePriceComponent, type PriceComponentTerms } from './price-component-words';
import { describeTargetValue } from './target-words';

const NBSP = /[\u00a0\u202f]/g;
const units: Record<string, Record<string, string>> = {
  en: { PAYSLIPS: 'payslip', LINES: 'posting line', USERS: 'user' },
  da: { PAYSLIPS: 'lønseddel', LINES: 'postering', USERS: 'bruger' },
};

function words(component: Partial<PriceComponentTerms>, language = 'en', currency = 'DKK'): string {
  const t = i18next.getFixedT(language);
  const terms: PriceComponentTerms = {
    model: 'FLAT',
    period: 'MONTHLY',
    tiers: [],
    fromYear: 1,
    toYear: null,
    ...component,
  };
  const text = describePriceComponent(terms, {
    t,
    format: createFormatters(language),
    currency,
    unitOf: (code) => units[language][code],
  });
  return text.replace(NBSP, ' ');
}

describe('price components in words', () => {
  beforeAll(() => i18next.changeLanguage('en'));

  it('FLAT: the amount per period, one-time and yearly too', () => {
    expect(words({ amount: '9000.00' })).toBe('DKK 9,000.00 per month');
    expect(words({ amount: '25000', period: 'ONE_TIME' })).toBe('DKK 25,000.00 one-time');
    expect(words({ amount: '15000.00', period: 'YEARLY' })).toBe('DKK 15,000.00 per year');
  });

  it('PER_UNIT: the unit price per unit per period, with the minimum charge', () => {
    expect(
      words({ model: 'PER_UNIT', driverCode: 'PAYSLIPS', unitPrice: '38.00', minimumCharge: '1900.00' }),
    ).toBe('DKK 38.00 per payslip per month; minimum charge DKK 1,900.00 per month');
  });

  it('keeps every digit of a unit price finer than the currency', () => {
    expect(words({ model: 'PER_UNIT', driverCode: 'LINES', unitPrice: '0.125' })).toBe(
      'DKK 0.125 per posting line per month',
    );
  });

  it('GRADUATED: the first band, then each band above with its own price', () => {
    const tiers = [
      { upTo: '1000', unitPrice: '38.00', flatFee: '0' },
      { upTo: '5000', unitPrice: '35.00', flatFee: '100.00' },
      { upTo: null, unitPrice: '31.50' },
    ];
    expect(words({ model: 'GRADUATED', driverCode: 'PAYSLIPS', tiers })).toBe(
      'DKK 38.00 per payslip per month up to 1,000; above 1,000 up to 5,000: DKK 35.00, plus a fixed DKK 100.00; above 5,000: DKK 31.50',
    );
  });

  it('VOLUME: says the whole volume takes the price of its band', () => {
    const tiers = [
      { upTo: '10000', unitPrice: '0.30' },
      { upTo: null, unitPrice: '0.20', flatFee: '5500.00' },
    ];
    expect(words({ model: 'VOLUME', driverCode: 'LINES', tiers }, 'en', 'NOK')).toBe(
      'Volume price per posting line per month, the whole volume at the price of the band it falls in: up to 10,000: NOK 0.30; above 10,000: NOK 0.20, plus a fixed NOK 5,500.00',
    );
  });

  it('names the contract years a component applies to', () => {
    expect(words({ amount: '7500.00', fromYear: 2, toYear: 3 })).toBe(
      'DKK 7,500.00 per month; contract years 2–3',
    );
    expect(words({ amount: '10000.00', fromYear: 1, toYear: 1 })).toBe(
      'DKK 10,000.00 per month; contract year 1 only',
    );
    expect(words({ amount: '5000.00', fromYear: 3, toYear: null })).toBe(
      'DKK 5,000.00 per month; from contract year 3',
    );
  });

  it('ISK has no decimals', () => {
    expect(words({ model: 'PER_UNIT', driverCode: 'USERS', unitPrice: '1250' }, 'en', 'ISK')).toBe(
      'ISK 1,250 per user per month',
    );
  });

  it('speaks Danish with Danish number formats', () => {
    expect(
      words(
        { model: 'PER_UNIT', driverCode: 'PAYSLIPS', unitPrice: '38.00', minimumCharge: '1900.00' },
        'da',
      ),
    ).toBe('38,00 DKK pr. enhed (lønseddel) pr. måned; mindstepris 1.900,00 DKK pr. måned');
    const tiers = [
      { upTo: '1000', unitPrice: '38.00' },
      { upTo: null, unitPrice: '31.50' },
    ];
    expect(words({ model: 'GRADUATED', driverCode: 'PAYSLIPS', tiers }, 'da')).toBe(
      '38,00 DKK pr. enhed (lønseddel) pr. måned op til 1.000; over 1.000: 31,50 DKK',
    );
    expect(words({ amount: '25000', period: 'ONE_TIME' }, 'da')).toBe('25.000,00 DKK som engangsbeløb');
  });
});

describe('service-level targets in words', () => {
  const target = (value: string, unit: string, language = 'en') =>
    describeTargetValue({ value, unit }, i18next.getFixedT(language), createFormatters(language)).replace(
      NBSP,
      ' ',
    );

  it('uses the plural the number needs and the locale’s number format', () => {
    expect(target('1', 'WORKING_DAYS')).toBe('1 working day');
    expect(target('3', 'WORKING_DAYS')).toBe('3 working days');
    expect(target('99.5', 'PERCENT')).toBe('99.5%');
    expect(target('99.5', 'PERCENT', 'da')).toBe('99,5 %');
    expect(target('15', 'DAY_OF_MONTH', 'da')).toBe('15. i måneden');
    expect(target('2', 'TIMES_PER_WEEK', 'nb')).toBe('2 ganger i uken');
    expect(target('7', 'FORTNIGHTS')).toBe('7 FORTNIGHTS');
  });
});
