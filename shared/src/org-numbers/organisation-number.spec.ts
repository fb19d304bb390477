import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mod11CheckDigit, passesLuhn, weightedSum } from './check-digits.js';
import { ORGANISATION_NUMBER_COUNTRIES, validateOrganisationNumber } from './organisation-number.js';

// Every valid number below was checked by hand against its country's rule (the sums are in the
// comments) and by an independent implementation; none is asserted on trust.
describe('validateOrganisationNumber: valid numbers', () => {
  it.each<[string, string, string]>([
    // DK: 1·2+0·7+2·6+1·5+3·4+2·3+3·2+1·1 = 44 = 4·11
    ['DK', '10213231', '10213231'],
    ['DK', '10 21 32 31', '10213231'],
    // DK: 2·2+4·7+2·6+5·5+6·4+7·3+9·2+0·1 = 132 = 12·11
    ['DK', '24256790', '24256790'],
    // NO (Brønnøysundregistrene): 9·3+7·2+4·7+7·6+6·5+0·4+6·3+7·2 = 173, 173 mod 11 = 8, 11 − 8 = 3
    ['NO', '974760673', '974760673'],
    ['NO', '974 760 673', '974760673'],
    // NO (DFØ): 9·3+8·2+6·7+2·6+5·5+2·4+9·3+3·2 = 163, 163 mod 11 = 9, 11 − 9 = 2
    ['NO', '986252932', '986252932'],
    // SE: Luhn over 2 0 2 1 0 0 5 4 8 | 9 → 4+0+4+1+0+0+1+4+7 = 21, check 9; third digit 2
    ['SE', '202100-5489', '202100-5489'],
    ['SE', '2021005489', '202100-5489'],
    // SE: 4+0+4+1+0+0+3+2+6 = 20, check 0
    ['SE', '202100-6230', '202100-6230'],
    // SE: 1+5+3+0+2+2+1+7+9 = 30, check 0
    ['SE', '556012-5790', '556012-5790'],
    // FI: 0·7+2·9+4·10+5·5+4·8+3·4+7·2 = 141, 141 mod 11 = 9, 11 − 9 = 2
    ['FI', '0245437-2', '0245437-2'],
    ['FI', '02454372', '0245437-2'],
    // FI: 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57, 57 mod 11 = 2, 11 − 2 = 9
    ['FI', '0112038-9', '0112038-9'],
    // IS: 5·3+4·2+0·7+2·6+6·5+9·4+6·3+4·2 = 127, 127 mod 11 = 6, 11 − 6 = 5 (9th digit)
    ['IS', '540269-6459', '540269-6459'],
    ['IS', '5402696459', '540269-6459'],
    // IS: 5·3+3·2+0·7+2·6+6·5+9·4+7·3+6·2 = 132, remainder 0, check digit 0
    ['IS', '530269-7609', '530269-7609'],
    ['dk', ' 10213231 ', '10213231'],
  ])('%s %j is valid, written %j', (country, value, normalized) => {
    expect(validateOrganisationNumber(country, value)).toEqual({ valid: true, normalized });
  });
});

describe('validateOrganisationNumber: invalid numbers', () => {
  it.each<[string, string]>([
    ['DK', '10213232'],
    ['DK', '24256791'],
    ['NO', '974760674'],
    ['NO', '986252933'],
    ['SE', '202100-5488'],
    ['SE', '556012-5791'],
    ['FI', '0245437-3'],
    ['FI', '0112038-8'],
    ['IS', '540269-6469'],
    ['IS', '530269-7619'],
  ])('%s %j has a wrong check digit', (country, value) => {
    const result = validateOrganisationNumber(country, value);
    expect(result.valid).toBe(false);
    expect(result.normalized).toBeNull();
    expect(result.reason).toMatch(
      /^".+" is not a valid .+: the check digit .+ does not match the others; check for a typing error\.$/,
    );
  });

  it.each<[string, string, string]>([
    ['DK', '1021323', 'A Danish CVR number has 8 digits (written NNNNNNNN), not 7.'],
    ['DK', '102132311', 'A Danish CVR number has 8 digits (written NNNNNNNN), not 9.'],
    ['NO', '97476067', 'A Norwegian organisasjonsnummer has 9 digits (written NNNNNNNNN), not 8.'],
    ['SE', '202100-548', 'A Swedish organisationsnummer has 10 digits (written NNNNNN-NNNN), not 9.'],
    ['FI', '245437-2', 'A Finnish Y-tunnus has 8 digits (written NNNNNNN-N), not 7.'],
    ['IS', '540269-645', 'An Icelandic kennitala has 10 digits (written NNNNNN-NNNN), not 9.'],
  ])('%s %j has the wrong length', (country, value, reason) => {
    expect(validateOrganisationNumber(country, value)).toEqual({ valid: false, normalized: null, reason });
  });

  it.each<[string, string]>([
    ['DK', '1021323A'],
    ['DK', 'DK10213231'],
    ['NO', '974760673MVA'],
    ['SE', '202100–5489'],
    ['FI', 'FI02454372'],
    ['IS', '540269/6459'],
  ])('%s %j has other characters than digits', (country, value) => {
    expect(validateOrganisationNumber(country, value).reason).toMatch(
      /has only digits .+ has other characters\.$/,
    );
  });

  it.each<[string, string]>([
    ['DK', '1021-3231'],
    ['NO', '974-760-673'],
    ['SE', '2021-005489'],
    ['FI', '024543-72'],
    ['IS', '54026-96459'],
  ])('%s %j has a hyphen where the country writes none', (country, value) => {
    expect(validateOrganisationNumber(country, value).reason).toMatch(
      /is written .+; the hyphen in ".+" is out of place\.$/,
    );
  });

  it('refuses an empty value', () => {
    expect(validateOrganisationNumber('NO', '  ')).toEqual({
      valid: false,
      normalized: null,
      reason: 'The organisation number is empty.',
    });
  });

  it('refuses a Swedish number whose third digit is below 2, even when its Luhn check passes', () => {
    // 121212-1212 passes Luhn (2+2+2+2+2+2+2+2+2 = 18, check 2) but is a personnummer.
    expect(passesLuhn('1212121212')).toBe(true);
    expect(validateOrganisationNumber('SE', '121212-1212')).toEqual({
      valid: false,
      normalized: null,
      reason:
        '"121212-1212" is not a valid Swedish organisationsnummer: its third digit must be 2 or more (with 0 or 1 it is a personnummer, not a legal entity).',
    });
  });

  it('refuses every completion of a body whose modulus-11 remainder is 1 (NO, FI, IS)', () => {
    // NO/IS body 40000000: 4·3 = 12, remainder 1. FI body 8000000: 8·7 = 56, remainder 1.
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(validateOrganisationNumber('NO', `40000000${digit}`).reason).toContain('remainder 1');
      expect(validateOrganisationNumber('FI', `8000000-${digit}`).reason).toContain('remainder 1');
      expect(validateOrganisationNumber('IS', `400000-00${digit}9`).reason).toContain('remainder 1');
    }
  });

  it('refuses a country without a rule', () => {
    expect(validateOrganisationNumber('DE', '123456789')).toEqual({
      valid: false,
      normalized: null,
      reason: 'Organisation numbers of country "DE" cannot be checked; supported: DK, NO, SE, FI, IS.',
    });
    expect(ORGANISATION_NUMBER_COUNTRIES).toEqual(['DK', 'NO', 'SE', 'FI', 'IS']);
  });
});

describe('check digits', () => {
  it('computes weighted sums and modulus-11 check digits', () => {
    expect(weightedSum('97476067', [3, 2, 7, 6, 5, 4, 3, 2])).toBe(173);
    expect(mod11CheckDigit('97476067', [3, 2, 7, 6, 5, 4, 3, 2])).toBe(3);
    expect(mod11CheckDigit('53026976', [3, 2, 7, 6, 5, 4, 3, 2])).toBe(0);
    expect(mod11CheckDigit('40000000', [3, 2, 7, 6, 5, 4, 3, 2])).toBeUndefined();
  });

  it('computes Luhn', () => {
    expect(passesLuhn('2021005489')).toBe(true);
    expect(passesLuhn('2021005488')).toBe(false);
    expect(passesLuhn('79927398713')).toBe(true); // the classic Luhn example
  });
});

// The valid numbers whose every digit the check covers (the kennitala's 10th digit, its century, is not).
const COVERED: readonly [string, string, number][] = [
  ['DK', '10213231', 8],
  ['NO', '974760673', 9],
  ['SE', '5560125790', 10],
  ['FI', '02454372', 8],
  ['IS', '5402696459', 9],
];

describe('validateOrganisationNumber: properties', () => {
  it('detects every change of a single checked digit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COVERED),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ([country, digits, covered], at, step) => {
          const position = at % covered;
          const changedDigit = (Number(digits[position]) + step) % 10;
          const typo = digits.slice(0, position) + String(changedDigit) + digits.slice(position + 1);
          expect(validateOrganisationNumber(country, typo).valid).toBe(false);
        },
      ),
    );
  });

  it('accepts at most one check digit for any body', () => {
    fc.assert(
      fc.property(fc.constantFrom('DK', 'NO', 'FI'), fc.stringMatching(/^\d{8}$/), (country, body) => {
        const length = country === 'NO' ? 8 : 7;
        const completions = Array.from({ length: 10 }, (_, digit) => body.slice(0, length) + String(digit));
        const valid = completions.filter((value) => validateOrganisationNumber(country, value).valid);
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('accepts exactly one check digit for every Swedish body with a third digit of 2 or more', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d\d[2-9]\d{6}$/), (body) => {
        const valid = Array.from({ length: 10 }, (_, digit) => body + String(digit)).filter(
          (value) => validateOrganisationNumber('SE', value).valid,
        );
        expect(valid).toHaveLength(1);
      }),
    );
  });

  it('gives a normalized form that is valid and normalizes to itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COVERED), ([country, digits]) => {
        const first = validateOrganisationNumber(country, digits);
        expect(first.valid).toBe(true);
        expect(validateOrganisationNumber(country, first.normalized ?? '')).toEqual(first);
      }),
    );
  });
});
