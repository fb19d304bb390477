import { Injectable } from '@nestjs/common';

/**
 * The current time for rules that count time (sign-in throttling). One injectable, so tests move
 * time by replacing `now` on the app's instance instead of waiting.
 */
@Injectable()
export class Clock {
  /** Milliseconds since the epoch. */
  now(): number {
    return Date.now();
  }
}
