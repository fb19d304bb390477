import { describe, expect, it } from 'vitest';
import { isCalendarDate, isCatalogueCode, isCountryCode, isLanguageTag, isProviderCode } from './formats.js';
import { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes.js';

describe('isCalendarDate', () => {
  it.each(['2027-01-01', '2028-02-29', '2000-02-29', '2027-12-31', '2027-04-30'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each([
    '2027-02-29',
    '1900-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-01',
    '2027-01-00',
    '0000-01-01',
    '2027-1-1',
    '2027-01-01 ',
    '20270101',
  ])('refuses %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isCalendarDate(20270101)).toBe(false);
  });
});

describe('isLanguageTag', () => {
  it.each([
    'da',
    'nb',
    'nn',
    'sv',
    'fi',
    'is',
    'en',
    'se',
    'fo',
    'kl',
    'smj',
    'en-GB',
    'zh-Hant',
    'es-419',
    'sr-Latn-RS',
  ])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each(['dk', 'DA', 'en-gb', 'en_GB', 'e', 'english', 'en-', '', 'xx'])('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('codes', () => {
  it.each(['PAY-BASE', 'INVOICES_IN', 'A', '24-7'])('accepts the catalogue code %s', (code) => {
    expect(isCatalogueCode(code)).toBe(true);
  });

  it.each(['pay-base', '-PAY', '_PAY', 'PAY BASE', 'PAY.BASE', 'ÆRØ', ''])(
    'refuses the catalogue code %j',
    (code) => {
      expect(isCatalogueCode(code)).toBe(false);
    },
  );

  it.each(['SA-DK', 'DFO-NO', 'SSC-SE', 'EX1'])('accepts the provider code %s', (code) => {
    expect(isProviderCode(code)).toBe(true);
  });

  it.each(['SA_DK', 'SA-', '-DK', 'SA--DK', 'sa-dk'])('refuses the provider code %s', (code) => {
    expect(isProviderCode(code)).toBe(false);
  });
});

describe('ISO lists', () => {
  it('holds the 249 ISO 3166-1 alpha-2 codes, among them the Nordics and the EU/EEA', () => {
    expect(COUNTRY_CODES.size).toBe(249);
    const nordic = ['DK', 'NO', 'SE', 'FI', 'IS', 'FO', 'GL', 'AX'];
    const euEea =
      'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
    for (const code of [...nordic, ...euEea, 'GB', 'CH', 'US']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['UK', 'EU', 'XK', 'dk', 'DNK']) expect(isCountryCode(code)).toBe(false);
  });

  it('holds the ISO 639-1 language codes, among them the Nordic languages', () => {
    expect(LANGUAGE_CODES.size).toBe(184);
    for (const code of ['da', 'nb', 'nn', 'no', 'sv', 'fi', 'is', 'fo', 'kl', 'se', 'en', 'de'])
      expect(LANGUAGE_CODES.has(code)).toBe(true);
  });
});
