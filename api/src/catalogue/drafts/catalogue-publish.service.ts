import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { CATALOGUE_VERSION_ENTITY, versionSnapshot } from '../catalogue-audit.js';
import { CatalogueChanges } from '../published/catalogue-changes.js';
import { CatalogueDraftAccess } from './catalogue-draft.access.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import { toVersionModel } from '../catalogue.mappers.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { CatalogueVersionModel } from '../models/catalogue-version.model.js';

export interface PublishOptions {
  /** Overrides the document's validFrom. */
  validFrom?: string | null;
  /** The `version` the caller last saw; a stale one is CONFLICT. Default: the current one. */
  expectedVersion?: number | null;
}

/** The life cycle of a draft: publishing it (it becomes immutable) or discarding it. */
@Injectable()
export class CataloguePublishService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: CatalogueRepository,
    private readonly drafts: CatalogueDraftAccess,
    private readonly audit: AuditService,
    private readonly changes: CatalogueChanges,
  ) {}

  async publish(actor: Actor | null, id: string, options: PublishOptions): Promise<CatalogueVersionModel> {
    CataloguePolicy.requireEditor(actor);
    const published = await this.transactions.run((manager) =>
      this.publishInTransaction(manager, actor, id, options),
    );
    return toVersionModel(published);
  }

  /**
   * Publishes draft `id` inside the caller's transaction (also used right after an import). The
   * optimistic-locking check is in the UPDATE itself: no row changed means someone else was first.
   */
  async publishInTransaction(
    manager: EntityManager,
    actor: Actor | null,
    id: string,
    options: PublishOptions,
  ): Promise<CatalogueVersionEntity> {
    const { editor, version, provider } = await this.drafts.draftForWrite(manager, actor, id);
    const expectedVersion = options.expectedVersion ?? version.version;
    // Before the draft is checked: a draft that changed since the caller saw it is CONFLICT, not a
    // complaint about a state of it (no validFrom) they never saw.
    if (expectedVersion !== version.version)
      throw CatalogueErrors.draftChanged(expectedVersion, version.version);
    const validFrom = options.validFrom ?? version.validFrom;
    if (!validFrom) throw CatalogueErrors.missingValidFrom();
    const publishedAt = new Date();
    await this.repository.markPublished(manager, { id, expectedVersion, validFrom, publishedAt });
    this.transactions.afterCommit(manager, () => this.changes.announce());
    const after: CatalogueVersionEntity = {
      ...version,
      status: 'PUBLISHED',
      validFrom,
      publishedAt,
      version: expectedVersion + 1,
    };
    await this.audit.record(manager, {
      actor: editor,
      entity: CATALOGUE_VERSION_ENTITY,
      entityId: id,
      action: 'PUBLISH',
      before: versionSnapshot(version, provider.code),
      after: versionSnapshot(after, provider.code),
    });
    return after;
  }

  /** Deletes a draft with everything in it; a published version is CONFLICT. */
  async discard(actor: Actor | null, id: string): Promise<boolean> {
    CataloguePolicy.requireEditor(actor);
    await this.transactions.run(async (manager) => {
      const { editor, version, provider } = await this.drafts.draftForWrite(manager, actor, id);
      // Conditional DELETE: a publish committed in between leaves the row alone.
      if ((await this.repository.deleteDraft(manager, id)) === 0)
        throw CatalogueErrors.publishedIsImmutable(version.number);
      await this.audit.record(manager, {
        actor: editor,
        entity: CATALOGUE_VERSION_ENTITY,
        entityId: id,
        action: 'DISCARD',
        before: versionSnapshot(version, provider.code),
        after: null,
      });
    });
    return true;
  }
}
