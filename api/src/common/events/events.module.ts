import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.js';

/** The {@link EventBus} for every domain that publishes or subscribes to events. */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventsModule {}
