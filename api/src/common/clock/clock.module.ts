import { Module } from '@nestjs/common';
import { Clock } from './clock.js';

/**
 * The one Clock of the app: every module that reads today imports this, so a test that moves the
 * clock moves it for the catalogue, the response cache, the exchange rates, agreements, quotes and
 * sign-in throttling alike.
 */
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
