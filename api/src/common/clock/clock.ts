import { Injectable } from '@nestjs/common';
import { todayUtc } from '../graphql/scalars.js';

/**
 * The time as the catalogue reads it: which version is in force, and the day a cached response
 * belongs to, follow this clock. One injectable place, so a test can move it past a `validFrom`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today's calendar date in UTC, 'YYYY-MM-DD'. */
  today(): string {
    return todayUtc(this.now());
  }
}
