import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { tagged, type TaggedBody } from '../http-cache.js';
import { PublishedCatalogues } from '../published-catalogues.js';
import { cpsvApBase, toCpsvAp } from './cpsv-ap.mapper.js';
import { toJsonLd, toTurtle } from './rdf-graph.js';

export type CpsvApFormat = 'jsonld' | 'turtle';

/** An export, and whether it names a fixed version (cacheable for long) or the one in force today. */
export interface CpsvApExport {
  tag: TaggedBody;
  fixedVersion: boolean;
}

/**
 * CPSV-AP exports of published catalogue versions. A published version never changes, so each
 * rendering is kept per version and format (bounded); a request then costs one small statement
 * that selects the version.
 */
@Injectable()
export class CpsvApService {
  private readonly rendered = new LRUCache<string, TaggedBody>({ max: 64 });

  constructor(
    private readonly catalogues: PublishedCatalogues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The export of a provider's published version `number` (default: in force today); null when none. */
  async export(
    providerCode: string,
    number: number | undefined,
    format: CpsvApFormat,
  ): Promise<CpsvApExport | null> {
    const version = await this.catalogues.select(providerCode, number);
    if (!version) return null;
    const key = `${version.versionId}:${format}`;
    let tag = this.rendered.get(key);
    if (!tag) {
      const document = await this.catalogues.document(version);
      const nodes = toCpsvAp(document, cpsvApBase(this.config.publicBaseUrl, version.providerCode));
      tag = tagged(format === 'turtle' ? await toTurtle(nodes) : JSON.stringify(toJsonLd(nodes)));
      this.rendered.set(key, tag);
    }
    return { tag, fixedVersion: number !== undefined };
  }
}
