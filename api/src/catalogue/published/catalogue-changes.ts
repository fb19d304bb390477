import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../common/events/event-bus.js';
import { PublishedCatalogues } from './published-catalogues.js';

/** The event of a committed change to what anonymous readers see: a new provider or a published version. */
export const CATALOGUE_CHANGED = 'catalogueChanged';

interface CatalogueChangedEvent {
  /** The instance that made the change: it has dropped its caches already. */
  origin: string;
}

/**
 * Keeps the per-process catalogue caches honest across instances (DESIGN "Caching and several
 * instances"). A change is announced after its commit: this instance drops what it derived from
 * the published picture at once, and the event (through Redis when configured) makes every other
 * instance do the same. After a reconnect to Redis, events may have been lost, so every instance
 * drops its picture then too. Read models of published versions are kept: they never change.
 */
@Injectable()
export class CatalogueChanges implements OnModuleInit {
  private readonly origin = randomUUID();
  private readonly listeners: Array<() => void> = [];

  constructor(
    private readonly bus: EventBus,
    private readonly published: PublishedCatalogues,
  ) {}

  onModuleInit(): void {
    this.bus.onReconnect(() => this.drop());
    if (!this.bus.distributed) return;
    this.bus.listen<CatalogueChangedEvent>(CATALOGUE_CHANGED, (event) => {
      if (event.origin !== this.origin) this.drop();
    });
  }

  /** Also called whenever the published picture is dropped (the response cache empties itself). */
  onDrop(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** A provider or a published version has been committed: drop here, and tell the other instances. */
  announce(): void {
    this.drop();
    if (this.bus.distributed) this.bus.publish(CATALOGUE_CHANGED, { origin: this.origin });
  }

  private drop(): void {
    this.published.invalidate();
    for (const listener of this.listeners) listener();
  }
}
