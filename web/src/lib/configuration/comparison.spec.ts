import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIGURATION } from './configuration';
import { comparisonPath, parseComparison, serializeComparison } from './comparison';

describe('a comparison in the address', () => {
  const lon = { ...EMPTY_CONFIGURATION, servicePackageCode: 'LON', volumes: { PAYSLIPS: '600' } };
  const regnskab = {
    ...EMPTY_CONFIGURATION,
    servicePackageCode: 'REGNSKAB',
    serviceCodes: ['INDFAK'],
    contractYears: 3,
    volumes: { INVOICES_IN: '1200' },
  };

  it('round-trips up to four configurations and the pinned version', () => {
    const comparison = {
      configurations: [lon, regnskab, EMPTY_CONFIGURATION],
      centres: [null, null, null],
      version: 2,
    };
    const search = serializeComparison(comparison);
    expect(search).toBe(
      'version=2&config=package%3DLON%26volume.PAYSLIPS%3D600&config=package%3DREGNSKAB%26services%3DINDFAK%26years%3D3%26volume.INVOICES_IN%3D1200&config=',
    );
    expect(parseComparison(new URLSearchParams(search))).toEqual(comparison);
  });

  it('round-trips configurations of other centres and the currency they are converted into', () => {
    const comparison = {
      configurations: [lon, { ...EMPTY_CONFIGURATION, servicePackageCode: 'PALKKA' }, EMPTY_CONFIGURATION],
      centres: [null, 'PALKEET-FI', 'FJS-IS'],
      version: null,
      currency: 'EUR',
    };
    const search = serializeComparison(comparison);
    expect(search).toBe(
      'currency=EUR&config=package%3DLON%26volume.PAYSLIPS%3D600&config=centre%3DPALKEET-FI%26package%3DPALKKA&config=centre%3DFJS-IS',
    );
    expect(parseComparison(new URLSearchParams(search))).toEqual(comparison);
    // A currency that is no ISO code is ignored.
    expect(parseComparison(new URLSearchParams('currency=euro')).currency).toBeUndefined();
  });

  it('always has at least one configuration, and at most four', () => {
    expect(parseComparison(new URLSearchParams('')).configurations).toEqual([EMPTY_CONFIGURATION]);
    expect(parseComparison(new URLSearchParams('')).centres).toEqual([null]);
    const five = Array.from({ length: 5 }, () => 'config=package%3DLON').join('&');
    expect(parseComparison(new URLSearchParams(five)).configurations).toHaveLength(4);
  });

  it('links to a comparison of given configurations', () => {
    expect(comparisonPath('SA-DK', [lon])).toBe(
      '/centres/SA-DK/compare?config=package%3DLON%26volume.PAYSLIPS%3D600',
    );
  });
});
