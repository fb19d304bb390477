import { describe, expect, it } from 'vitest';
import { addDays, checkText, isExpired, startHasPassed, storedConfiguration } from './quote.rules.js';
import { displayReference, formatReference } from './quote-reference.js';

describe('quote dates', () => {
  it.each([
    ['2027-01-01', 90, '2027-04-01'],
    ['2027-12-15', 90, '2028-03-14'],
    ['2028-01-01', 90, '2028-03-31'], // leap year
    ['2027-02-28', 1, '2027-03-01'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('an offer holds through its validUntil day and lapses the day after', () => {
    expect(isExpired({ validUntil: '2027-04-01' }, '2027-04-01')).toBe(false);
    expect(isExpired({ validUntil: '2027-04-01' }, '2027-04-02')).toBe(true);
  });

  it('a start on today is still to come; one before today has passed', () => {
    expect(startHasPassed({ startDate: '2027-04-01' }, '2027-04-01')).toBe(false);
    expect(startHasPassed({ startDate: '2027-04-01' }, '2027-04-02')).toBe(true);
  });
});

describe('quote references', () => {
  it('pads the sequence to four digits and never cuts it', () => {
    expect(formatReference('SA-DK', 2027, 42)).toBe('SA-DK-2027-0042');
    expect(formatReference('SA-DK', 2027, 12345)).toBe('SA-DK-2027-12345');
  });

  it('shows the revision from revision 2 on', () => {
    expect(displayReference('SA-DK-2027-0042', 1)).toBe('SA-DK-2027-0042');
    expect(displayReference('SA-DK-2027-0042', 2)).toBe('SA-DK-2027-0042 rev 2');
  });
});

describe('stored configuration', () => {
  it('keeps the input as plain JSON with the pinned version filled in', () => {
    expect(
      storedConfiguration(
        { providerCode: 'SA-DK', volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }] },
        3,
      ),
    ).toEqual({
      providerCode: 'SA-DK',
      catalogueVersion: 3,
      servicePackageCode: null,
      serviceCodes: null,
      serviceLevelCode: null,
      volumes: [{ driverCode: 'PAYSLIPS', quantity: '600' }],
      contractYears: null,
    });
  });
});

describe('comment text', () => {
  it('is trimmed and must hold 1 to 2000 characters', () => {
    expect(checkText('  hello ', 'text')).toBe('hello');
    expect(() => checkText(' ', 'text')).toThrow(/must not be empty/);
    expect(() => checkText('x'.repeat(2001), 'text')).toThrow(/at most 2000/);
  });
});
