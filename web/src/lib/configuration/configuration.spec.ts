import { describe, expect, it } from 'vitest';
import {
  EMPTY_CONFIGURATION,
  parseConfiguration,
  parseVersion,
  serializeConfiguration,
  type Configuration,
} from './configuration';

describe('configuration in the address', () => {
  const full: Configuration = {
    servicePackageCode: 'LON-REGNSKAB',
    serviceCodes: ['INDFAK', 'CONSULTING'],
    serviceLevelCode: 'PLUS',
    contractYears: 3,
    volumes: { PAYSLIPS: '600', HOURS: '7,5', INVOICES_IN: '12a' },
    startDate: '2027-01-01',
  };

  it('round-trips every part of a configuration, including what was typed wrong', () => {
    const search = serializeConfiguration(full);
    expect(parseConfiguration(new URLSearchParams(search))).toEqual(full);
  });

  it('writes one readable, canonical form', () => {
    expect(serializeConfiguration(full, 2)).toBe(
      'version=2&package=LON-REGNSKAB&services=INDFAK%2CCONSULTING&level=PLUS&years=3&start=2027-01-01&volume.HOURS=7%2C5&volume.INVOICES_IN=12a&volume.PAYSLIPS=600',
    );
    expect(serializeConfiguration(EMPTY_CONFIGURATION)).toBe('');
  });

  it('leaves out empty volumes and the default contract length', () => {
    expect(
      serializeConfiguration({ ...EMPTY_CONFIGURATION, volumes: { PAYSLIPS: '' }, contractYears: 1 }),
    ).toBe('');
  });

  it('falls back to defaults for malformed parts', () => {
    const parsed = parseConfiguration(new URLSearchParams('years=11&services=A,,A,B&package=&volume.=5'));
    expect(parsed).toEqual({ ...EMPTY_CONFIGURATION, serviceCodes: ['A', 'B'] });
    expect(parseConfiguration(new URLSearchParams('years=2.5')).contractYears).toBe(1);
  });

  it('reads a pinned catalogue version', () => {
    expect(parseVersion(new URLSearchParams('version=3'))).toBe(3);
    expect(parseVersion(new URLSearchParams('version=x'))).toBeNull();
    expect(parseVersion(new URLSearchParams(''))).toBeNull();
  });
});
