import { describe, expect, it } from 'vitest';
import { createFormatters, currencyDigits } from './format';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formats for people', () => {
  it('money with the currency’s minor digits, exactly, in each language', () => {
    expect(plain(createFormatters('en').money('1234567.5', 'DKK'))).toBe('DKK 1,234,567.50');
    expect(plain(createFormatters('da').money('1234567.50', 'DKK'))).toBe('1.234.567,50 DKK');
    expect(plain(createFormatters('nb').money('1234567.50', 'NOK'))).toBe('1 234 567,50 NOK');
    expect(plain(createFormatters('sv').money('1234567.50', 'SEK'))).toBe('1 234 567,50 SEK');
    expect(plain(createFormatters('en').money('123456789012345678.99', 'EUR'))).toBe(
      '€123,456,789,012,345,678.99'.replace('€', 'EUR '),
    );
  });

  it('ISK has no decimals', () => {
    expect(currencyDigits('ISK')).toBe(0);
    expect(plain(createFormatters('en').money('150000', 'ISK'))).toBe('ISK 150,000');
  });

  it('quantities, percentages and dates', () => {
    const da = createFormatters('da');
    expect(da.quantity('1000')).toBe('1.000');
    expect(da.quantity('7.5')).toBe('7,5');
    expect(plain(da.percent('5'))).toBe('5 %');
    expect(da.date('2027-01-01')).toBe('1. januar 2027');
    expect(createFormatters('en').date('2027-01-01')).toBe('1 January 2027');
  });

  it('moments in the person’s own time zone: just after midnight in Copenhagen is the next day there', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Europe/Copenhagen';
      expect(plain(createFormatters('en').dateTime('2026-12-06T23:30:00.000Z'))).toBe('7 Dec 2026, 00:30');
      process.env.TZ = 'America/New_York';
      expect(plain(createFormatters('en').dateTime('2026-12-06T23:30:00.000Z'))).toBe('6 Dec 2026, 18:30');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('Finnish and Icelandic the local way, their own currency by its sign, others by code', () => {
    const fi = createFormatters('fi');
    const is = createFormatters('is');
    expect(plain(fi.money('1234.5', 'EUR'))).toBe('1 234,50 €');
    expect(plain(fi.money('1234.5', 'SEK'))).toBe('1 234,50 SEK');
    expect(plain(fi.price('0.125', 'EUR'))).toBe('0,125 €');
    expect(plain(is.money('1234', 'ISK'))).toBe('1.234 kr.');
    expect(plain(is.money('1234.5', 'ISK'))).toBe('1.235 kr.');
    expect(plain(is.money('1234.5', 'EUR'))).toBe('1.234,50 EUR');
    expect(plain(fi.quantity('1234567.5'))).toBe('1 234 567,5');
    expect(is.quantity('1234567.5')).toBe('1.234.567,5');
    // An exchange rate keeps every digit it was stored with (a quantity stops at 6 decimals).
    expect(fi.exact('0.0862123456')).toBe('0,0862123456');
    expect(is.exact('145')).toBe('145');
    expect(createFormatters('en').exact('19.436997')).toBe('19.436997');
    expect(fi.date('2027-01-01')).toBe('1. tammikuuta 2027');
    expect(is.date('2027-01-01')).toBe('1. janúar 2027');
    expect(plain(fi.percent('5'))).toBe('5 %');
  });

  it('Icelandic the same way where the runtime has no Icelandic locale data (Chromium)', () => {
    const full = createFormatters('is', true);
    const substitute = createFormatters('is', false);
    for (const [amount, currency] of [
      ['1234', 'ISK'],
      ['16202640', 'ISK'],
      ['0', 'ISK'],
      ['1234.5', 'EUR'],
      ['9000.00', 'DKK'],
    ]) {
      expect(plain(substitute.money(amount, currency))).toBe(plain(full.money(amount, currency)));
      expect(plain(substitute.price(amount, currency))).toBe(plain(full.price(amount, currency)));
    }
    expect(plain(substitute.money('1237720', 'ISK'))).toBe('1.237.720 kr.');
    expect(substitute.quantity('1234567.5')).toBe(full.quantity('1234567.5'));
    expect(substitute.percent('12.5')).toBe(full.percent('12.5'));
    for (const date of ['2026-01-01', '2027-08-31', '2026-12-07'])
      expect(substitute.date(date)).toBe(full.date(date));
    for (const type of ['conjunction', 'disjunction'] as const)
      for (const items of [['A'], ['A', 'B'], ['A', 'B', 'C', 'D']]) {
        expect(substitute.list(type).format(items)).toBe(full.list(type).format(items));
        expect(substitute.list(type).formatToParts(items)).toEqual(full.list(type).formatToParts(items));
      }
    for (const code of ['DK', 'NO', 'SE', 'FI', 'IS'])
      expect(substitute.region(code)).toBe(full.region(code));
  });
});
