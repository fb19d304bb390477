import { describe, expect, it } from 'vitest';
import { targetsByCategory } from './targets-by-category';

const CATEGORY: Record<string, string> = { 'PAY-RUN': 'PAYROLL', INDFAK: 'ACCOUNTING' };
const categoryOf = (serviceCode: string) => CATEGORY[serviceCode];

describe('targetsByCategory', () => {
  it('puts targets for every service first, then each category in order, keeping categories without any', () => {
    const targets = [
      { metric: 'INVOICES_POSTED', serviceCode: 'INDFAK' },
      { metric: 'AVAILABILITY', serviceCode: null },
      { metric: 'ENQUIRY' },
    ];
    expect(targetsByCategory(targets, ['PAYROLL', 'ACCOUNTING'], categoryOf)).toEqual([
      { category: null, targets: [targets[1], targets[2]] },
      { category: 'PAYROLL', targets: [] },
      { category: 'ACCOUNTING', targets: [targets[0]] },
    ]);
  });

  it('has no group for every service when no target is for every service', () => {
    const targets = [{ metric: 'PAYROLL_DATA', serviceCode: 'PAY-RUN' }];
    expect(targetsByCategory(targets, ['PAYROLL'], categoryOf)).toEqual([{ category: 'PAYROLL', targets }]);
  });

  it('counts a target for a service the catalogue does not know as one for every service', () => {
    const targets = [{ metric: 'X', serviceCode: 'GONE' }];
    expect(targetsByCategory(targets, ['PAYROLL'], categoryOf)).toEqual([
      { category: null, targets },
      { category: 'PAYROLL', targets: [] },
    ]);
  });
});
