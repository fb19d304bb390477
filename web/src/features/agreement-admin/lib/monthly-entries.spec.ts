import { describe, expect, it } from 'vitest';
import { apiFieldProblems, proposedMonth, readMonthlyEntries } from './monthly-entries';

const FIELDS = [
  { key: 'PAYSLIPS', integer: true },
  { key: 'AVAILABILITY|', integer: false },
];

describe('a month typed by hand', () => {
  it('reads each filled-in value with the language’s separators and leaves empty fields out', () => {
    expect(readMonthlyEntries('2027-03', { PAYSLIPS: '1.234', 'AVAILABILITY|': ' ' }, FIELDS, 'da')).toEqual({
      values: [{ key: 'PAYSLIPS', value: '1234' }],
      problems: {},
    });
    expect(readMonthlyEntries('2027-03', { 'AVAILABILITY|': '99,75' }, FIELDS, 'sv').values).toEqual([
      { key: 'AVAILABILITY|', value: '99.75' },
    ]);
  });

  it('puts every problem by its field: the month, a value, and nothing entered at all', () => {
    expect(readMonthlyEntries('2027-13', { PAYSLIPS: '12,5' }, FIELDS, 'da').problems).toEqual({
      month: 'manager.agreements.record.monthRequired',
      PAYSLIPS: 'volumes.problem.notWhole',
    });
    expect(readMonthlyEntries('2027-03', { 'AVAILABILITY|': '99.5' }, FIELDS, 'nb').problems).toEqual({
      'AVAILABILITY|': 'volumes.problem.decimalPoint',
    });
    expect(readMonthlyEntries('', {}, FIELDS, 'en').problems).toEqual({
      month: 'manager.agreements.record.monthRequired',
      form: 'manager.agreements.record.nothingEntered',
    });
  });

  it('puts the API’s refusals by the field each entry came from', () => {
    expect(
      apiFieldProblems(
        [
          { path: 'entries[0].month', code: 'OUTSIDE_AGREEMENT', message: 'x' },
          { path: 'entries[1].metric', code: 'UNKNOWN_TARGET', message: 'x' },
          { path: 'entries[0].quantity', code: 'SOMETHING_NEW', message: 'x' },
          { path: 'entries', code: 'NO_ENTRIES', message: 'x' },
        ],
        ['PAYSLIPS', 'AVAILABILITY|'],
      ),
    ).toEqual({
      month: 'manager.agreements.record.apiCode.OUTSIDE_AGREEMENT',
      'AVAILABILITY|': 'manager.agreements.record.apiCode.UNKNOWN_TARGET',
      PAYSLIPS: 'manager.agreements.record.apiCode.other',
      form: 'manager.agreements.record.apiCode.other',
    });
  });

  it('proposes last month, within the agreement', () => {
    expect(proposedMonth('2027-03-15', '2026-12-07', '2028-12-06')).toBe('2027-02');
    expect(proposedMonth('2026-12-20', '2026-12-07', '2028-12-06')).toBe('2026-12');
    expect(proposedMonth('2030-01-02', '2026-12-07', '2028-12-06')).toBe('2028-12');
  });
});
