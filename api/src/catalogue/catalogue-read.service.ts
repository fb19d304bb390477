import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor.js';
import { todayUtc } from '../common/graphql/scalars.js';
import { CatalogueLoaderFactory } from './catalogue.loader.js';
import { toProviderModel, toVersionModel, toVersionSummary } from './catalogue.mappers.js';
import { CataloguePolicy } from './catalogue.policy.js';
import { CatalogueRepository } from './catalogue.repository.js';
import { isSuperseded, versionInForce } from './catalogue-version.rules.js';
import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';
import type {
  CatalogueVersionModel,
  CatalogueVersionSummaryModel,
} from './models/catalogue-version.model.js';
import type { ProviderModel } from './models/provider.model.js';

/** Which version of a provider's catalogue: a number, or the one in force on a date (default today). */
export interface VersionSelector {
  providerCode: string;
  version?: number | null;
  at?: string | null;
}

/** A version the actor may see, with its provider. */
export interface VisibleVersion {
  provider: ProviderEntity;
  version: CatalogueVersionEntity;
}

/**
 * Reading providers and catalogue versions. `scope` is the request's context object: reads in the
 * same request share one set of batched loaders.
 */
@Injectable()
export class CatalogueReadService {
  constructor(
    private readonly repository: CatalogueRepository,
    private readonly loaders: CatalogueLoaderFactory,
  ) {}

  async providers(): Promise<ProviderModel[]> {
    return (await this.repository.listProviders()).map(toProviderModel);
  }

  /** The selected version, or null when there is none or the actor may not see it (a draft). */
  async catalogue(
    actor: Actor | null,
    selector: VersionSelector,
    scope: object,
  ): Promise<CatalogueVersionModel | null> {
    const found = await this.findVisible(actor, selector, scope);
    return found ? toVersionModel(found.version) : null;
  }

  /**
   * The version a selector names — the number wins over `at`; without either, the version in force
   * today (UTC) — if the actor may see it. A draft the actor may not see is treated as absent.
   */
  async findVisible(
    actor: Actor | null,
    selector: VersionSelector,
    scope: object = {},
  ): Promise<VisibleVersion | null> {
    const provider = await this.repository.findProviderByCode(selector.providerCode);
    if (!provider) return null;
    const loaders = this.loaders.forRequest(scope);
    loaders.providers.prime(provider.id, provider);
    const versions = await loaders.versionsOfProvider.load(provider.id);
    const version =
      selector.version !== undefined && selector.version !== null
        ? versions.find((candidate) => candidate.number === selector.version)
        : versionInForce(versions, selector.at ?? todayUtc());
    if (!version || !CataloguePolicy.maySeeVersion(actor, provider.code, version.status)) return null;
    return { provider, version };
  }

  async providerOf(
    version: Pick<CatalogueVersionModel, 'providerId'>,
    scope: object,
  ): Promise<ProviderModel> {
    const provider = await this.loaders.forRequest(scope).providers.load(version.providerId);
    if (!provider) throw new Error(`Catalogue version without provider ${version.providerId}`);
    return toProviderModel(provider);
  }

  /** The provider's versions the actor may see (drafts only for its managers), by number. */
  async versionsOf(
    actor: Actor | null,
    provider: ProviderModel,
    scope: object,
  ): Promise<CatalogueVersionSummaryModel[]> {
    const versions = await this.loaders.forRequest(scope).versionsOfProvider.load(provider.id);
    const today = todayUtc();
    const inForce = versionInForce(versions, today);
    return versions
      .filter((version) => CataloguePolicy.maySeeVersion(actor, provider.code, version.status))
      .map((version) =>
        toVersionSummary(version, version.id === inForce?.id, isSuperseded(version, inForce, today)),
      );
  }

  /** Whether the version is in force today and whether it has been superseded (derived). */
  async stateOf(
    version: CatalogueVersionModel,
    scope: object,
  ): Promise<{ inForce: boolean; superseded: boolean }> {
    const versions = await this.loaders.forRequest(scope).versionsOfProvider.load(version.providerId);
    const today = todayUtc();
    const inForce = versionInForce(versions, today);
    return { inForce: inForce?.id === version.id, superseded: isSuperseded(version, inForce, today) };
  }

  // ---- Added for pricing (PricingService): cheap lookups of the version to price against. ----

  /**
   * The version a selector names, like {@link findVisible}, but in ONE small statement (the
   * provider with its version rows, no contents) and telling an unknown provider from a version
   * that does not exist or that the actor may not see (a hidden draft reads as absent).
   */
  async selectVersion(actor: Actor | null, selector: VersionSelector): Promise<VersionSelection> {
    const found = await this.repository.providerWithVersions(selector.providerCode);
    if (!found) return { status: 'UNKNOWN_PROVIDER' };
    const { provider, versions } = found;
    const version =
      selector.version !== undefined && selector.version !== null
        ? versions.find((candidate) => candidate.number === selector.version)
        : versionInForce(versions, selector.at ?? todayUtc());
    if (!version || !CataloguePolicy.maySeeVersion(actor, provider.code, version.status))
      return { status: 'UNKNOWN_VERSION' };
    return { status: 'FOUND', provider, version };
  }

  /** A version by id with its provider, whatever its status (re-pricing a stored quote); one statement. */
  findVersionById(id: string): Promise<VisibleVersion | null> {
    return this.repository.versionWithProvider(id);
  }
}

/** What {@link CatalogueReadService.selectVersion} found. */
export type VersionSelection =
  { status: 'UNKNOWN_PROVIDER' } | { status: 'UNKNOWN_VERSION' } | ({ status: 'FOUND' } & VisibleVersion);
