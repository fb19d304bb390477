import { describe, expect, it } from 'vitest';
import { Clock } from './clock.js';

/** A clock at a time the test sets, as the e2e tests move theirs. */
class SetClock extends Clock {
  constructor(public at: string) {
    super();
  }

  override now(): Date {
    return new Date(this.at);
  }
}

describe('Clock.today', () => {
  it('is the UTC date of now, and changes exactly at midnight UTC', () => {
    const clock = new SetClock('2027-03-31T23:59:59.999Z');
    expect(clock.today()).toBe('2027-03-31');
    clock.at = '2027-03-31T00:00:00.000Z';
    expect(clock.today()).toBe('2027-03-31');
    clock.at = '2027-04-01T00:00:00.000Z';
    expect(clock.today()).toBe('2027-04-01');
    clock.at = '2027-04-01T23:59:59.999Z';
    expect(clock.today()).toBe('2027-04-01');
  });

  it('follows a clock moved back, and across years and leap days', () => {
    const clock = new SetClock('2028-02-29T12:00:00Z');
    expect(clock.today()).toBe('2028-02-29');
    clock.at = '2027-12-31T23:59:59.999Z';
    expect(clock.today()).toBe('2027-12-31');
    clock.at = '2028-01-01T00:00:00Z';
    expect(clock.today()).toBe('2028-01-01');
    clock.at = '1969-12-31T23:00:00Z';
    expect(clock.today()).toBe('1969-12-31');
  });

  it('agrees with the date of now over a year of instants one hour and a bit apart', () => {
    const clock = new SetClock('2027-01-01T00:00:00Z');
    for (
      let ms = Date.parse('2027-01-01T00:00:00Z');
      ms < Date.parse('2028-01-01T00:00:00Z');
      ms += 3_607_001
    ) {
      clock.at = new Date(ms).toISOString();
      expect(clock.today()).toBe(clock.at.slice(0, 10));
    }
  });
});
