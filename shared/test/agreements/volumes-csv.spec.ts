import { describe, expect, it } from 'vitest';
import { MAX_VOLUME_ENTRIES, parseVolumesCsv } from '../../src/agreements/volumes-csv.js';

describe('parseVolumesCsv', () => {
  it('reads rows with either decimal mark, a BOM and CR LF line ends', () => {
    const text =
      '\uFEFFmonth;driver;quantity\r\n2027-03;PAYSLIPS;610\r\n2027-03;HOURS;12,5\r\n2027-04;HOURS;7.25\r\n';
    expect(parseVolumesCsv(text)).toEqual({
      entries: [
        { month: '2027-03', driverCode: 'PAYSLIPS', quantity: '610' },
        { month: '2027-03', driverCode: 'HOURS', quantity: '12.5' },
        { month: '2027-04', driverCode: 'HOURS', quantity: '7.25' },
      ],
      problems: [],
    });
  });

  it.each([
    ['2027-3;PAYSLIPS;1', 'BAD_MONTH'],
    ['2027-13;PAYSLIPS;1', 'BAD_MONTH'],
    ['2027-03;payslips;1', 'BAD_DRIVER'],
    ['2027-03;;1', 'BAD_DRIVER'],
    ['2027-03;PAYSLIPS;1.000,5', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;1 000', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;-1', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;1e3', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;0.1234567', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;1234567890123', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS;', 'BAD_QUANTITY'],
    ['2027-03;PAYSLIPS', 'WRONG_FIELD_COUNT'],
    ['2027-03;PAYSLIPS;1;2', 'WRONG_FIELD_COUNT'],
  ])('refuses %j with %s, naming line 3, and gives no entries', (row, code) => {
    const result = parseVolumesCsv(`month;driver;quantity\n2027-02;PAYSLIPS;5\n${row}\n`);
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ line: 3, code })]);
  });

  it('names every bad row, not only the first', () => {
    const text = 'month;driver;quantity\n2027-02;X;abc\n2027-02;PAYSLIPS;5\nnope\n2027-02;PAYSLIPS;6\n';
    expect(parseVolumesCsv(text).problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'BAD_QUANTITY'],
      [4, 'WRONG_FIELD_COUNT'],
      [5, 'DUPLICATE_ROW'],
    ]);
  });

  it.each([
    ['', 'EMPTY_FILE', 0],
    ['\uFEFF\n\n', 'EMPTY_FILE', 0],
    ['month,driver,quantity\n2027-02,PAYSLIPS,5', 'BAD_HEADER', 1],
  ])('refuses the file %j with %s', (text, code, line) => {
    expect(parseVolumesCsv(text)).toEqual({
      entries: [],
      problems: [expect.objectContaining({ code, line })],
    });
  });

  it(`takes ${MAX_VOLUME_ENTRIES} rows and refuses one more`, () => {
    const rows = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')};D${Math.floor(i / 1200)};1`,
      );
    const ok = parseVolumesCsv(['month;driver;quantity', ...rows(MAX_VOLUME_ENTRIES)].join('\n'));
    expect(ok.problems).toEqual([]);
    expect(ok.entries).toHaveLength(MAX_VOLUME_ENTRIES);
    const tooMany = parseVolumesCsv(['month;driver;quantity', ...rows(MAX_VOLUME_ENTRIES + 1)].join('\n'));
    expect(tooMany.entries).toEqual([]);
    expect(tooMany.problems[0].code).toBe('TOO_MANY_ROWS');
  });
});
