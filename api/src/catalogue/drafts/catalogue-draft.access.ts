import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { NotFoundError } from '../../common/errors/domain-error.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import { assertDraft } from '../catalogue-version.rules.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';

/** A draft the actor may change, read inside the transaction that changes it. */
export interface WritableDraft {
  editor: Actor;
  version: CatalogueVersionEntity;
  provider: ProviderEntity;
}

/**
 * The one gate of every write to a catalogue version or anything inside it (publish, discard and
 * future draft editing): call it first inside the write's transaction.
 */
@Injectable()
export class CatalogueDraftAccess {
  constructor(private readonly repository: CatalogueRepository) {}

  /** The provider's draft with its provider; NOT_FOUND for an unknown provider or one without a draft. */
  async draftOfProvider(
    providerCode: string,
  ): Promise<{ provider: ProviderEntity; version: CatalogueVersionEntity }> {
    const found = await this.repository.providerWithVersions(providerCode);
    if (!found) throw new NotFoundError(`The provider ${providerCode}`, 'providerCode');
    const draft = found.versions.find((version) => version.status === 'DRAFT');
    if (!draft) throw new NotFoundError(`A draft of the catalogue of ${providerCode}`, 'providerCode');
    return { provider: found.provider, version: draft };
  }

  /**
   * Version `id` for a write by `actor`: anonymous → UNAUTHENTICATED and customers → FORBIDDEN
   * (before any lookup); an unknown id, or a draft the actor may not see → NOT_FOUND; another
   * centre's published version → FORBIDDEN; a PUBLISHED version → CONFLICT (it never changes).
   */
  async draftForWrite(manager: EntityManager, actor: Actor | null, id: string): Promise<WritableDraft> {
    const editor = CataloguePolicy.requireEditor(actor);
    const version = await this.repository.findVersionById(id, manager);
    const provider = version ? await this.repository.findProviderById(version.providerId, manager) : null;
    if (!version || !provider || !CataloguePolicy.maySeeVersion(editor, provider.code, version.status)) {
      throw CatalogueErrors.versionNotFound();
    }
    CataloguePolicy.requireManagerOf(editor, provider.code);
    assertDraft(version);
    return { editor, version, provider };
  }
}
