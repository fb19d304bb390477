import { Injectable } from '@nestjs/common';
import { todayUtc } from '../graphql/scalars.js';

/**
 * The app's time for the rules that follow it: which catalogue version is in force, the day a
 * cached response belongs to, exchange rates, agreements' dates, quotes' validity, expiry and
 * earliest start, and the windows of sign-in throttling. One injectable place, so a test moves it
 * past a `validFrom`, a `validUntil` or a lock window instead of waiting. Records' timestamps
 * (createdAt, updatedAt, submittedAt…) stay the system's time, so their order is the order of events.
 */
@Injectable()
export class Clock {
  /** The UTC day `today()` answered last, as [first ms, first ms of the next day), and its text. */
  private day: { start: number; end: number; text: string } | null = null;

  now(): Date {
    return new Date();
  }

  /**
   * Today's calendar date in UTC, 'YYYY-MM-DD'. Asked on every cacheable request (it is part of
   * the response cache's key), so the text is made once a day: a UTC day is exactly
   * {@link DAY_MS} in JavaScript's time, which has no leap seconds. It follows `now()`, so a
   * test's clock moved to another day gets that day's date.
   */
  today(): string {
    const ms = this.now().getTime();
    const day = this.day;
    if (day && ms >= day.start && ms < day.end) return day.text;
    const start = ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS);
    this.day = { start, end: start + DAY_MS, text: todayUtc(new Date(start)) };
    return this.day.text;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
