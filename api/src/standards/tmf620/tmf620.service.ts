import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { pickText } from '../../common/i18n/localized-text.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { PublishedCatalogues, type PublishedVersion } from '../published-catalogues.js';
import { isProviderCodeParam } from '../request-checks.js';
import { toTmfCatalogue } from './tmf-catalogue.mapper.js';
import { TmfError } from './tmf-error.js';
import { selectFields, type ListQuery } from './tmf-query.js';
import type { TmfCatalogue, TmfContext, TmfResource, TmfResourceName } from './tmf-resource.js';

export const TMF_BASE_PATH = '/tmf-api/productCatalogManagement/v5';

// `<providerCode>[.<code>[~PACKAGE]][.<n>[.<tier>]]`: anything else cannot name a resource.
const RESOURCE_ID =
  /^[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\.[A-Z0-9][A-Z0-9_-]{0,39}(?:~PACKAGE)?(?:\.[1-9]\d{0,2}){0,2})?$/;

/** A page of one resource list and the size of the whole list. */
export interface TmfPage {
  items: TmfResource[];
  total: number;
}

/**
 * The TMF620 read API over the catalogue versions in force today (only those are served). The
 * resources of a published version never change, so they are built once per version and
 * language preference (bounded) and each request costs the statements that select the versions.
 */
@Injectable()
export class Tmf620Service {
  private readonly built = new LRUCache<string, TmfCatalogue>({ max: 64 });

  constructor(
    private readonly catalogues: PublishedCatalogues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A page of `resource` across every centre's catalogue in force today, centres by code. */
  async list(resource: TmfResourceName, query: ListQuery, languages: readonly string[]): Promise<TmfPage> {
    const versions = await this.catalogues.inForceToday();
    const all: TmfResource[] = [];
    for (const version of versions) all.push(...(await this.resourcesOf(version, languages))[resource]);
    const items = all
      .slice(query.offset, query.offset + query.limit)
      .map((item) => selectFields(item, query.fields));
    return { items, total: all.length };
  }

  /** One resource by id; 404 in TMF's shape when no catalogue in force has it. */
  async get(
    resource: TmfResourceName,
    id: string,
    fields: readonly string[] | null,
    languages: readonly string[],
  ): Promise<TmfResource> {
    const providerCode = id.split('.')[0];
    const version =
      id.length <= 200 && RESOURCE_ID.test(id) && isProviderCodeParam(providerCode)
        ? await this.catalogues.select(providerCode)
        : null;
    const found = version
      ? (await this.resourcesOf(version, languages))[resource].find((item) => item.id === id)
      : undefined;
    if (!found)
      throw TmfError.notFound(`There is no ${resource} with id ${JSON.stringify(id.slice(0, 200))}.`);
    return selectFields(found, fields);
  }

  private async resourcesOf(version: PublishedVersion, languages: readonly string[]): Promise<TmfCatalogue> {
    const wanted = languages.slice(0, 5).map((tag) => tag.toLowerCase());
    const key = `${version.versionId}|${wanted.join(',')}`;
    const cached = this.built.get(key);
    if (cached) return cached;
    const document = await this.catalogues.document(version);
    const base = `${this.config.publicBaseUrl.replace(/\/+$/, '')}${TMF_BASE_PATH}`;
    const ctx: TmfContext = {
      href: (resource, id) => `${base}/${resource}/${encodeURIComponent(id)}`,
      text: (text) => pickText(text, wanted),
      language: wanted.find((tag) => tag !== '*')?.split('-')[0] ?? 'en',
      version: version.number,
      validFrom: document.validFrom ?? '1970-01-01',
    };
    const catalogue = toTmfCatalogue(document, ctx);
    this.built.set(key, catalogue);
    return catalogue;
  }
}
