import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CatalogueRepository } from '../catalogue.repository.js';
import { versionInForce } from '../catalogue-version.rules.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';

/** A provider with its PUBLISHED versions by number. */
export interface PublishedProvider {
  provider: ProviderEntity;
  versions: readonly CatalogueVersionEntity[];
}

/**
 * Every provider and every PUBLISHED version, as one immutable picture. Published versions never
 * change, so the version in force on any date is a pure function of this picture and the date.
 */
export class PublishedState {
  readonly providers: readonly ProviderEntity[];
  /**
   * Names the picture: it changes exactly when a provider or a published version is added. It is
   * derived from the content, so every instance that sees the same database agrees on it.
   */
  readonly fingerprint: string;
  private readonly byCode = new Map<string, PublishedProvider>();
  private readonly byId = new Map<string, PublishedProvider>();
  private readonly byVersionId = new Map<
    string,
    { provider: ProviderEntity; version: CatalogueVersionEntity }
  >();

  constructor(providers: readonly ProviderEntity[], versions: readonly CatalogueVersionEntity[]) {
    this.providers = providers;
    const byProvider = new Map(providers.map((provider) => [provider.id, [] as CatalogueVersionEntity[]]));
    for (const version of versions) byProvider.get(version.providerId)?.push(version);
    for (const provider of providers) {
      const own = byProvider.get(provider.id) ?? [];
      const entry = { provider, versions: own };
      this.byCode.set(provider.code, entry);
      this.byId.set(provider.id, entry);
      for (const version of own) this.byVersionId.set(version.id, { provider, version });
    }
    const hash = createHash('sha256');
    for (const provider of providers) {
      hash.update(
        `${provider.id}|${provider.code}|${provider.name}|${provider.country}|${provider.locale}\n`,
      );
      for (const version of this.byCode.get(provider.code)?.versions ?? [])
        hash.update(`${version.id}|${version.number}|${version.validFrom}\n`);
    }
    this.fingerprint = hash.digest('base64url').slice(0, 22);
  }

  provider(code: string): PublishedProvider | null {
    return this.byCode.get(code) ?? null;
  }

  /** A published version by id with its provider; null for a draft or an unknown id. */
  version(id: string): { provider: ProviderEntity; version: CatalogueVersionEntity } | null {
    return this.byVersionId.get(id) ?? null;
  }

  /** The version of the provider in force on `date`; null when none is. */
  inForce(providerId: string, date: string): CatalogueVersionEntity | null {
    return versionInForce(this.byId.get(providerId)?.versions ?? [], date);
  }

  providerById(id: string): ProviderEntity | null {
    return this.byId.get(id)?.provider ?? null;
  }
}

/**
 * The {@link PublishedState} of this process: loaded with two statements on first use and kept
 * until a publish or import event (or a reconnect to Redis) drops it. Which version is in force on a
 * date is computed from it, so a `validFrom` passing needs no event: the next day's date picks the
 * next version. Drafts are never in it; who may see drafts reads them from the database.
 */
@Injectable()
export class PublishedCatalogues {
  private current: Promise<PublishedState> | null = null;
  /** The loaded picture while it is current, for readers that cannot wait. */
  private loaded: PublishedState | null = null;

  constructor(private readonly repository: CatalogueRepository) {}

  state(): Promise<PublishedState> {
    return this.current ?? this.load();
  }

  /** Forgets the picture; the next read loads it again. */
  invalidate(): void {
    this.current = null;
    this.loaded = null;
  }

  /** The fingerprint of the current picture when it is loaded; null while none is (no waiting). */
  loadedFingerprint(): string | null {
    return this.loaded?.fingerprint ?? null;
  }

  private load(): Promise<PublishedState> {
    const loading = (async () => {
      const providers = await this.repository.listProviders();
      const versions = await this.repository.publishedVersions();
      return new PublishedState(providers, versions);
    })();
    this.current = loading;
    // A failed load (the database down) is not kept: the next read tries again. A load that an
    // invalidation overtook is not kept either: `current` no longer points at it.
    loading.then(
      (state) => {
        if (this.current === loading) this.loaded = state;
      },
      () => {
        if (this.current === loading) this.current = null;
      },
    );
    return loading;
  }
}
