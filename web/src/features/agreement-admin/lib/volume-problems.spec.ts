import { describe, expect, it } from 'vitest';
import { apiRowProblems, readVolumesFile } from './volume-problems';

describe('reading a volumes file', () => {
  it('gives every entry of a clean file (BOM, either decimal mark)', () => {
    const read = readVolumesFile(
      '\uFEFFmonth;driver;quantity\r\n2027-01;PAYSLIPS;610\r\n2027-01;INVOICES;12,5\r\n',
    );
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      { month: '2027-01', driverCode: 'PAYSLIPS', quantity: '610' },
      { month: '2027-01', driverCode: 'INVOICES', quantity: '12.5' },
    ]);
  });

  it('names every bad row by its line and gives no entries', () => {
    const read = readVolumesFile(
      'month;driver;quantity\n2027-01;PAYSLIPS;610\n2027-13;PAYSLIPS;1\n2027-02;PAYSLIPS;1.000,5\n2027-01;PAYSLIPS;7\n',
    );
    expect(read.entries).toEqual([]);
    expect(read.problems).toEqual([
      { line: 3, key: 'code.BAD_MONTH' },
      { line: 4, key: 'code.BAD_QUANTITY' },
      { line: 5, key: 'code.DUPLICATE_ROW' },
    ]);
  });

  it('refuses hostile files: a wrong header, a NUL, a huge file', () => {
    expect(readVolumesFile('month,driver,quantity\n2027-01,PAYSLIPS,1').problems).toEqual([
      { line: 1, key: 'code.BAD_HEADER' },
    ]);
    expect(readVolumesFile('month;driver;quantity\n2027-01;PAY\u0000SLIPS;1').problems).toEqual([
      { line: 2, key: 'code.BAD_DRIVER' },
    ]);
    const rows = Array.from({ length: 5001 }, (_, i) => `2027-01;D${i};1`).join('\n');
    expect(readVolumesFile(`month;driver;quantity\n${rows}`).problems).toEqual([
      { line: 5002, key: 'code.TOO_MANY_ROWS' },
    ]);
  });

  it("names the API's refusals by the file's line (entry i is on line i + 2)", () => {
    expect(
      apiRowProblems([
        { path: 'entries[0].driverCode', code: 'UNKNOWN_DRIVER', message: 'x' },
        { path: 'entries[3].month', code: 'OUTSIDE_AGREEMENT', message: 'x' },
        { path: 'entries[4].quantity', code: 'SOMETHING_NEW', message: 'x' },
      ]),
    ).toEqual([
      { line: 2, key: 'apiCode.UNKNOWN_DRIVER' },
      { line: 5, key: 'apiCode.OUTSIDE_AGREEMENT' },
      { line: 6, key: 'apiCode.other' },
    ]);
  });
});
