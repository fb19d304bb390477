import { describe, expect, it } from 'vitest';
import { recordedChanges } from './audit-changes';

const service = (unitPrice: string, name = 'Payroll') => ({
  code: 'PAY',
  name: { en: name, da: 'Løn' },
  excludes: ['OLD'],
  priceComponents: [
    { label: { en: 'Base fee' }, model: 'FLAT', period: 'MONTHLY', amount: '9000.00' },
    { label: { en: 'Per payslip' }, model: 'PER_UNIT', period: 'MONTHLY', driver: 'PAYSLIPS', unitPrice },
  ],
});

describe('recordedChanges', () => {
  it('finds the single values that changed inside a record', () => {
    expect(recordedChanges(service('38.00'), service('40.00', 'Payroll service'))).toEqual([
      {
        path: 'name',
        field: 'name',
        before: { en: 'Payroll', da: 'Løn' },
        after: { en: 'Payroll service', da: 'Løn' },
      },
      { path: 'priceComponents[1].unitPrice', field: 'unitPrice', before: '38.00', after: '40.00' },
    ]);
  });

  it('reports an added list entry whole, and a creation or deletion as the whole record', () => {
    const before = service('38.00');
    const after = {
      ...before,
      priceComponents: [
        ...before.priceComponents,
        { label: { en: 'Extra' }, model: 'FLAT', period: 'YEARLY', amount: '1' },
      ],
    };
    expect(recordedChanges(before, after)).toEqual([
      {
        path: 'priceComponents[2]',
        field: 'priceComponents',
        before: undefined,
        after: after.priceComponents[2],
      },
    ]);
    expect(recordedChanges(null, before)).toEqual([
      { path: '', field: undefined, before: null, after: before },
    ]);
    expect(recordedChanges(before, before)).toEqual([]);
  });
});
