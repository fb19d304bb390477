import { Module } from '@nestjs/common';
import { Clock } from './clock.js';

/**
 * The one Clock of the app: every module that reads today imports this, so a test that moves the
 * clock moves it for the catalogue, the response cache and the exchange rates alike.
 */
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
