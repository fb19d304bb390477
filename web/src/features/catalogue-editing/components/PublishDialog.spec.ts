import { describe, expect, it } from 'vitest';
import { dayBefore, firstOfNextMonth, proposedValidFrom } from './PublishDialog';

describe('the date the publish dialog proposes (DESIGN)', () => {
  it.each([
    ['the draft’s own date when it is after today', '2027-03-01', '2026-12-07', '2027-03-01'],
    ['the first of next month when the draft’s date has passed', '2026-01-01', '2026-12-07', '2027-01-01'],
    ['the first of next month when the draft’s date is today', '2026-12-07', '2026-12-07', '2027-01-01'],
    ['the first of next month when the draft has no date', null, '2026-02-28', '2026-03-01'],
    ['the first of next month on the last day of a month', null, '2026-01-31', '2026-02-01'],
  ])('%s', (_, draftDate, today, expected) => {
    expect(proposedValidFrom(draftDate, today)).toBe(expected);
  });

  it('counts months across years and from any day', () => {
    expect(firstOfNextMonth('2026-12-31')).toBe('2027-01-01');
    expect(firstOfNextMonth('2028-02-29')).toBe('2028-03-01');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});
