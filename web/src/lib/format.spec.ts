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
});
