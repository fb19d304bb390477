import { describe, expect, it } from 'vitest';
import type { PricingRequest } from '../../../lib/configuration/pricing-input';
import { rankConfigurations, type Rankable } from './ranking';

const CATEGORY: Record<string, string> = { PAY: 'PAYROLL', TRAVEL: 'PAYROLL', LEDGER: 'ACCOUNTING' };
const categoryOf = (code: string) => CATEGORY[code] ?? null;

function config(
  selected: string[],
  volumes: Record<string, string>,
  options: {
    valid?: boolean | null;
    years?: number;
    problem?: boolean;
    startDate?: string;
    centre?: string;
  } = {},
): Rankable {
  const request: PricingRequest = {
    input: {
      providerCode: options.centre ?? 'EX-DK',
      serviceCodes: selected,
      volumes: Object.entries(volumes).map(([driverCode, quantity]) => ({ driverCode, quantity })),
      contractYears: options.years ?? 1,
      ...(options.startDate ? { startDate: options.startDate } : {}),
    },
    selected,
    unknownCodes: [],
    startDateProblem: null,
    volumeFields: Object.keys(volumes).map((driverCode) => ({
      driverCode,
      integer: true,
      text: volumes[driverCode],
      problem: options.problem ? 'notNumber' : null,
      included: null,
    })),
  };
  return { request, valid: options.valid === undefined ? true : options.valid };
}

describe('which configurations are ranked (DESIGN, compare)', () => {
  it('ranks complete configurations with the same volumes, years and categories; "600" equals "600.0"', () => {
    const ranking = rankConfigurations(
      [config(['PAY'], { PAYSLIPS: '600' }), config(['PAY', 'TRAVEL'], { PAYSLIPS: '600.0' })],
      categoryOf,
    );
    expect(ranking).toEqual({ ranked: [true, true], notRanked: null });
  });

  it('leaves an incomplete or invalid configuration out of the ranking', () => {
    const ranking = rankConfigurations(
      [
        config(['PAY'], { PAYSLIPS: '600' }),
        config(['PAY'], { PAYSLIPS: '600' }, { valid: false }),
        config(['PAY'], { PAYSLIPS: 'abc' }, { problem: true }),
        config(['PAY'], { PAYSLIPS: '600' }),
      ],
      categoryOf,
    );
    expect(ranking).toEqual({ ranked: [true, false, false, true], notRanked: null });
  });

  it.each([
    ['volumes', [config(['PAY'], { PAYSLIPS: '600' }), config(['PAY'], { PAYSLIPS: '700' })]],
    [
      'contractYears',
      [config(['PAY'], { PAYSLIPS: '600' }), config(['PAY'], { PAYSLIPS: '600' }, { years: 3 })],
    ],
    [
      'startDate',
      [
        config(['PAY'], { PAYSLIPS: '600' }, { startDate: '2027-01-01' }),
        config(['PAY'], { PAYSLIPS: '600' }, { startDate: '2027-02-01' }),
      ],
    ],
    ['categories', [config(['PAY'], { PAYSLIPS: '600' }), config(['PAY', 'LEDGER'], { PAYSLIPS: '600' })]],
  ] as const)('ranks nothing when the complete ones differ in %s', (reason, compared) => {
    expect(rankConfigurations(compared, categoryOf)).toEqual({ ranked: [false, false], notRanked: reason });
  });

  it("never ranks configurations of different centres against each other, only each centre's own among themselves", () => {
    const sameCodes = [
      config(['PAY'], { PAYSLIPS: '600' }),
      config(['PAY'], { PAYSLIPS: '600' }, { centre: 'PALKEET-FI' }),
      config(['PAY'], { PAYSLIPS: '600' }),
    ];
    expect(rankConfigurations(sameCodes, categoryOf)).toEqual({
      ranked: [true, false, true],
      notRanked: 'centres',
    });
    // One of each centre: nothing to rank, whatever the codes and volumes share.
    const oneEach = [
      config(['PAY'], { PAYSLIPS: '600' }),
      config(['PAY'], { PAYSLIPS: '600' }, { centre: 'FJS-IS' }),
    ];
    expect(rankConfigurations(oneEach, categoryOf)).toEqual({ ranked: [false, false], notRanked: 'centres' });
    // Within a centre the usual rules hold: different volumes rank none of its own.
    const differ = [...oneEach, config(['PAY'], { PAYSLIPS: '700' })];
    expect(rankConfigurations(differ, categoryOf).ranked).toEqual([false, false, false]);
  });

  it("reads each configuration's categories in its own centre", () => {
    const asked: string[] = [];
    rankConfigurations(
      [config(['PAY'], { PAYSLIPS: '600' }), config(['PAY'], { PAYSLIPS: '600' })],
      (code, centre) => {
        asked.push(`${centre}:${code}`);
        return categoryOf(code);
      },
    );
    expect(asked).toEqual(['EX-DK:PAY', 'EX-DK:PAY']);
  });

  it('ranks nothing with fewer than two complete configurations, and says why', () => {
    const ranking = rankConfigurations(
      [config([], {}, { valid: false }), config(['PAY'], { PAYSLIPS: '600' })],
      categoryOf,
    );
    expect(ranking).toEqual({ ranked: [false, false], notRanked: 'incomplete' });
    expect(rankConfigurations([config(['PAY'], { PAYSLIPS: '600' })], categoryOf).notRanked).toBe(
      'fewerThanTwo',
    );
  });
});
