import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { Clock } from '../../common/clock/clock.js';
import { CatalogueLoaderFactory } from './catalogue.loader.js';
import { toProviderModel, toVersionModel, toVersionSummary } from '../catalogue.mappers.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import { isSuperseded } from '../catalogue-version.rules.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';
import type {
  CatalogueVersionModel,
  CatalogueVersionSummaryModel,
} from '../models/catalogue-version.model.js';
import type { ProviderModel } from '../models/provider.model.js';
import { PublishedCatalogues, type PublishedProvider } from './published-catalogues.js';

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
 * Reading providers and catalogue versions. Providers and PUBLISHED versions come from the
 * in-memory picture ({@link PublishedCatalogues}): choosing the version in force costs no SQL once
 * it is loaded. Only drafts, for those who may see them, are read from the database. `scope` is the
 * request's context object: reads in the same request share one set of batched loaders.
 */
@Injectable()
export class CatalogueReadService {
  constructor(
    private readonly repository: CatalogueRepository,
    private readonly loaders: CatalogueLoaderFactory,
    private readonly published: PublishedCatalogues,
    private readonly clock: Clock,
  ) {}

  async providers(): Promise<ProviderModel[]> {
    return (await this.published.state()).providers.map(toProviderModel);
  }

  /** True when a provider has this code (no SQL when the picture knows it). */
  async providerExists(code: string): Promise<boolean> {
    return (await this.publishedProvider(code)) !== null;
  }

  /** The selected version, or null when there is none or the actor may not see it (a draft). */
  async catalogue(actor: Actor | null, selector: VersionSelector): Promise<CatalogueVersionModel | null> {
    const found = await this.findVisible(actor, selector);
    return found ? toVersionModel(found.version) : null;
  }

  /**
   * The version a selector names — the number wins over `at`; without either, the version in force
   * today (UTC) — if the actor may see it. A draft the actor may not see is treated as absent.
   */
  async findVisible(actor: Actor | null, selector: VersionSelector): Promise<VisibleVersion | null> {
    const selected = await this.selectVersion(actor, selector);
    return selected.status === 'FOUND' ? { provider: selected.provider, version: selected.version } : null;
  }

  /**
   * The version a selector names, like {@link findVisible}, telling an unknown provider from a
   * version that does not exist or that the actor may not see (a hidden draft reads as absent).
   * No SQL for published versions; one statement for a numbered version that is not published,
   * and only when the actor may see drafts.
   */
  async selectVersion(actor: Actor | null, selector: VersionSelector): Promise<VersionSelection> {
    const entry = await this.publishedProvider(selector.providerCode);
    if (!entry) return { status: 'UNKNOWN_PROVIDER' };
    const { provider, versions } = entry;
    const number = selector.version;
    let version: CatalogueVersionEntity | null | undefined;
    if (number === undefined || number === null) {
      version = await this.versionInForce(provider.id, selector.at ?? this.clock.today());
    } else {
      version = versions.find((candidate) => candidate.number === number);
      if (!version && CataloguePolicy.managesProvider(actor, provider.code))
        version = await this.repository.findVersionByNumber(provider.id, number);
    }
    if (!version || !CataloguePolicy.maySeeVersion(actor, provider.code, version.status))
      return { status: 'UNKNOWN_VERSION' };
    return { status: 'FOUND', provider, version };
  }

  /**
   * The provider with its published versions. A code the picture does not know is looked up (one
   * statement): a provider registered since the picture was taken — by another instance whose
   * event is still on its way, or by other means than an import — makes the picture reload.
   */
  private async publishedProvider(code: string): Promise<PublishedProvider | null> {
    const known = (await this.published.state()).provider(code);
    if (known || !(await this.repository.findProviderByCode(code))) return known;
    this.published.invalidate();
    return (await this.published.state()).provider(code);
  }

  async providerOf(version: Pick<CatalogueVersionModel, 'providerId'>): Promise<ProviderModel> {
    const provider =
      (await this.published.state()).providerById(version.providerId) ??
      (await this.repository.findProviderById(version.providerId));
    if (!provider) throw new Error(`Catalogue version without provider ${version.providerId}`);
    return toProviderModel(provider);
  }

  /** The provider's versions the actor may see (drafts only for its managers), by number. */
  async versionsOf(
    actor: Actor | null,
    provider: ProviderModel,
    scope: object,
  ): Promise<CatalogueVersionSummaryModel[]> {
    const versions = CataloguePolicy.managesProvider(actor, provider.code)
      ? await this.loaders.forRequest(scope).versionsOfProvider.load(provider.id)
      : ((await this.published.state()).provider(provider.code)?.versions ?? []);
    const today = this.clock.today();
    const inForce = await this.versionInForce(provider.id, today);
    return versions
      .filter((version) => CataloguePolicy.maySeeVersion(actor, provider.code, version.status))
      .map((version) =>
        toVersionSummary(version, version.id === inForce?.id, isSuperseded(version, inForce, today)),
      );
  }

  /** Whether the version is in force today and whether it has been superseded (derived). */
  async stateOf(version: CatalogueVersionModel): Promise<{ inForce: boolean; superseded: boolean }> {
    const today = this.clock.today();
    const inForce = await this.versionInForce(version.providerId, today);
    return { inForce: inForce?.id === version.id, superseded: isSuperseded(version, inForce, today) };
  }

  /**
   * The one place that decides which version of a provider is in force on `date` (DESIGN: among
   * the PUBLISHED versions with validFrom ≤ date, the latest validFrom, then the highest number):
   * always from the published picture, so a selection, a version list and a version's own
   * `inForce` flag can never disagree.
   */
  private async versionInForce(providerId: string, date: string): Promise<CatalogueVersionEntity | null> {
    return (await this.published.state()).inForce(providerId, date);
  }

  /**
   * A version by id with its provider, whatever its status (re-pricing a stored quote): from
   * memory when it is published, else one statement.
   */
  async findVersionById(id: string): Promise<VisibleVersion | null> {
    return (await this.published.state()).version(id) ?? this.repository.versionWithProvider(id);
  }
}

/** What {@link CatalogueReadService.selectVersion} found. */
export type VersionSelection =
  { status: 'UNKNOWN_PROVIDER' } | { status: 'UNKNOWN_VERSION' } | ({ status: 'FOUND' } & VisibleVersion);
