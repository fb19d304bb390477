import { describe, expect, it } from 'vitest';
import {
  addMonths,
  contractEndDate,
  contractYearOfMonth,
  isMonth,
  monthRange,
  monthsBetween,
} from '../../src/agreements/contract-dates.js';

describe('contractEndDate: the day before the same month and day N years later', () => {
  it.each([
    ['2027-01-01', 1, '2027-12-31'],
    ['2027-03-15', 1, '2028-03-14'],
    ['2027-03-01', 3, '2030-02-28'],
    ['2027-03-01', 1, '2028-02-29'],
    ['2028-02-29', 1, '2029-02-27'],
    ['2028-02-29', 4, '2032-02-28'],
    ['2028-02-29', 3, '2031-02-27'],
    ['2027-12-31', 10, '2037-12-30'],
  ])('%s for %i year(s) ends %s', (start, years, end) => {
    expect(contractEndDate(start, years)).toBe(end);
  });
});

describe('contractYearOfMonth: the year containing the month first day; the start month is year 1', () => {
  it.each([
    ['2027-01-01', '2027-01', 1],
    ['2027-01-01', '2027-12', 1],
    ['2027-01-01', '2028-01', 2],
    ['2027-03-15', '2027-03', 1],
    ['2027-03-15', '2028-03', 1],
    ['2027-03-15', '2028-04', 2],
    ['2027-03-01', '2028-03', 2],
    ['2028-02-29', '2029-02', 1],
    ['2028-02-29', '2029-03', 2],
    ['2027-01-01', '2036-12', 10],
  ])('start %s, month %s is year %i', (start, month, year) => {
    expect(contractYearOfMonth(start, month)).toBe(year);
  });
});

describe('months', () => {
  it.each([
    ['2027-03', true],
    ['2027-12', true],
    ['2027-13', false],
    ['2027-00', false],
    ['2027-3', false],
    ['2027-03-01', false],
    [202703, false],
  ])('isMonth(%j) is %s', (text, expected) => {
    expect(isMonth(text)).toBe(expected);
  });

  it('adds months across years both ways', () => {
    expect(addMonths('2027-11', 3)).toBe('2028-02');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsBetween('2027-11', '2028-02')).toBe(3);
  });

  it('lists a range inclusively, and nothing when reversed', () => {
    expect(monthRange('2027-11', '2028-02')).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(monthRange('2027-03', '2027-03')).toEqual(['2027-03']);
    expect(monthRange('2027-04', '2027-03')).toEqual([]);
  });
});
