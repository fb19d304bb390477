import { describe, expect, it } from 'vitest';
import { monthly, presetDraft, profileOf } from './profile-draft';

describe('profileOf', () => {
  it('asks a ready-made profile in its monthly quantities', () => {
    expect(profileOf(presetDraft('SMALL_PAYROLL'), 'en')).toEqual({
      profile: {
        kind: 'PAYROLL',
        volumes: [
          { measure: 'PAYSLIP', quantity: '110' },
          { measure: 'EMPLOYEE', quantity: '100' },
          { measure: 'TRAVEL_CLAIM', quantity: '15' },
          { measure: 'REFUND_CLAIM', quantity: '4' },
        ],
      },
    });
  });

  it('divides yearly figures by 12 before asking, leaving empty fields out', () => {
    const draft = presetDraft('SMALL_PAYROLL');
    const yearly = {
      ...draft,
      period: 'YEARLY' as const,
      quantities: {
        ...draft.quantities,
        PAYSLIP: '1 320',
        EMPLOYEE: '',
        TRAVEL_CLAIM: '1000',
        REFUND_CLAIM: '6',
      },
    };
    // Typed the Finnish way: a space groups thousands.
    expect(profileOf(yearly, 'fi')).toEqual({
      profile: {
        kind: 'PAYROLL',
        volumes: [
          { measure: 'PAYSLIP', quantity: '110' },
          { measure: 'TRAVEL_CLAIM', quantity: '83' },
          { measure: 'REFUND_CLAIM', quantity: '1' },
        ],
      },
    });
  });

  it('names the fields it cannot read', () => {
    const draft = presetDraft('MEDIUM_BOTH');
    expect(
      profileOf({ ...draft, quantities: { ...draft.quantities, PAYSLIP: 'many', INVOICE_IN: '-3' } }, 'en'),
    ).toEqual({
      problems: { PAYSLIP: 'notNumber', INVOICE_IN: 'negative' },
    });
  });
});

describe('monthly', () => {
  it.each([
    ['MONTHLY', '7', '7'],
    ['YEARLY', '12', '1'],
    ['YEARLY', '18', '2'],
    ['YEARLY', '17', '1'],
    ['YEARLY', '0', '0'],
    ['YEARLY', '999999999999', '83333333333'],
  ] as const)('%s %s → %s a month', (period, quantity, expected) => {
    expect(monthly(quantity, period)).toBe(expected);
  });
});
