import { describe, expect, it } from 'vitest';
import { latestStart, localToday, startDateProblem } from './start-date';

describe('start date', () => {
  it("proposes the user's own calendar day, not the UTC one", () => {
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(localToday(new Date(2027, 0, 1, 0, 15))).toBe('2027-01-01');
  });

  it('allows 2000-01-01 up to ten years after today, both included', () => {
    expect(latestStart('2026-12-07')).toBe('2036-12-07');
    expect(latestStart('2028-02-29')).toBe('2038-02-28');
    expect(startDateProblem('2000-01-01', '2026-12-07')).toBeNull();
    expect(startDateProblem('2036-12-07', '2026-12-07')).toBeNull();
    expect(startDateProblem('1999-12-31', '2026-12-07')).toBe('tooEarly');
    expect(startDateProblem('2036-12-08', '2026-12-07')).toBe('tooLate');
  });

  it('refuses hostile or impossible text', () => {
    for (const text of [
      '',
      '2027-02-30',
      '2027-13-01',
      '27-01-01',
      '2027-01-01T00:00',
      "2027-01-01' OR 1=1",
      'x'.repeat(10_000),
    ])
      expect(startDateProblem(text, '2026-12-07')).toBe('invalid');
  });
});
