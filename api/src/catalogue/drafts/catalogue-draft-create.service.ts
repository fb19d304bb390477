import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { withDefaults } from '@servicekatalog/shared';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { ConflictError, NotFoundError } from '../../common/errors/domain-error.js';
import { constraintViolation } from '../../common/database/constraint-violation.js';
import { CATALOGUE_VERSION_ENTITY, versionSnapshot } from '../catalogue-audit.js';
import { CatalogueContentsRepository } from '../catalogue-contents.repository.js';
import { documentToRows, rowsToDocument } from '../catalogue-document.mapper.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import { toVersionModel } from '../catalogue.mappers.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { CatalogueVersionModel } from '../models/catalogue-version.model.js';

/**
 * Starting a draft (DESIGN, "CatalogueVersion": a new draft starts as a deep copy of the latest
 * version). The copy goes through the catalogue document — rows → document → rows, the same path
 * as export and import — so the draft exports exactly as the latest version does, with its
 * validFrom and currency; only its number and status differ.
 */
@Injectable()
export class CatalogueDraftCreateService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: CatalogueRepository,
    private readonly contents: CatalogueContentsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * A new DRAFT of `providerCode`, numbered after the latest version. Account managers of the
   * centre and administrators; an unknown provider or one without versions is NOT_FOUND; an
   * existing draft is CONFLICT (edit or discard it first).
   */
  async createDraft(actor: Actor | null, providerCode: string): Promise<CatalogueVersionModel> {
    const editor = CataloguePolicy.requireManagerOf(actor, providerCode);
    try {
      return toVersionModel(
        await this.transactions.run((manager) => this.copyLatest(manager, editor, providerCode)),
      );
    } catch (error) {
      // The one-draft-per-provider index, tripped by a concurrent createDraft or import.
      if (constraintViolation(error) === 'UNIQUE') {
        throw new ConflictError(
          `Someone else started a draft of ${providerCode} at the same moment; reload to edit it.`,
          { reason: 'DRAFT_EXISTS' },
        );
      }
      throw error;
    }
  }

  private async copyLatest(
    manager: EntityManager,
    editor: Actor,
    providerCode: string,
  ): Promise<CatalogueVersionEntity> {
    const provider = await this.repository.findProviderByCode(providerCode, manager);
    if (!provider) throw new NotFoundError(`The provider ${providerCode}`, 'providerCode');
    const existing = await this.repository.findDraft(manager, provider.id);
    if (existing) throw CatalogueErrors.draftExists(provider.code, existing.number);
    const latest = await this.repository.latestVersion(manager, provider.id);
    if (!latest)
      throw new NotFoundError(
        `A catalogue version of ${providerCode} to start the draft from (import one instead)`,
        'providerCode',
      );
    const document = withDefaults(
      rowsToDocument(provider, latest, await this.contents.loadVersion(latest.id, manager)),
    );
    const draft: CatalogueVersionEntity = {
      id: randomUUID(),
      providerId: provider.id,
      number: latest.number + 1,
      status: 'DRAFT',
      validFrom: latest.validFrom,
      currency: latest.currency,
      version: 1,
      createdAt: new Date(),
      publishedAt: null,
    };
    await this.repository.insertVersion(manager, draft);
    const rows = documentToRows(document, draft.id, randomUUID);
    await this.contents.insert(manager, rows);
    await this.audit.record(manager, {
      actor: editor,
      entity: CATALOGUE_VERSION_ENTITY,
      entityId: draft.id,
      action: 'CREATE_DRAFT',
      before: null,
      after: { ...versionSnapshot(draft, provider.code, rows), copiedFrom: latest.number },
    });
    return draft;
  }
}
