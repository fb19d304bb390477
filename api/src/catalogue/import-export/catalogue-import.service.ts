import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  validateCatalogueDocument,
  withDefaults,
  type CatalogueDocument,
  type DocumentError,
  type ProviderDocument,
} from '@servicekatalog/shared';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import { ConflictError, InvalidDocumentError } from '../../common/errors/domain-error.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { constraintViolation } from '../../common/database/constraint-violation.js';
import { CATALOGUE_VERSION_ENTITY, versionSnapshot } from '../catalogue-audit.js';
import { CatalogueContentsRepository } from '../catalogue-contents.repository.js';
import { documentToRows } from '../catalogue-document.mapper.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import { toVersionModel } from '../catalogue.mappers.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import { CatalogueChanges } from '../published/catalogue-changes.js';
import { CataloguePublishService } from '../drafts/catalogue-publish.service.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { ProviderEntity } from '../entities/provider.entity.js';
import type { CatalogueVersionModel } from '../models/catalogue-version.model.js';

export interface ImportAndPublishOptions {
  replaceDraft?: boolean;
  /** Overrides the document's validFrom. */
  validFrom?: string | null;
}

/**
 * Importing a catalogue document as a new DRAFT version (DESIGN, "CatalogueVersion"): the whole
 * document is validated first and refused whole with every error; then one transaction creates the
 * provider if it is new, replaces the existing draft if asked, writes the version and its audit event.
 */
@Injectable()
export class CatalogueImportService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: CatalogueRepository,
    private readonly contents: CatalogueContentsRepository,
    private readonly audit: AuditService,
    private readonly publisher: CataloguePublishService,
    private readonly changes: CatalogueChanges,
  ) {}

  /** Every error of the document (empty = valid). Writes nothing; anyone may ask. */
  validate(input: unknown): DocumentError[] {
    return validateCatalogueDocument(input).errors;
  }

  async importDocument(
    actor: Actor | null,
    input: unknown,
    replaceDraft: boolean,
  ): Promise<CatalogueVersionModel> {
    const { editor, document } = this.checkImport(actor, input);
    const draft = await this.write((manager) => this.createDraft(manager, editor, document, replaceDraft));
    return toVersionModel(draft);
  }

  /**
   * Imports and publishes in one transaction — the seed step and `catalogue import --publish` use
   * it. The document must carry validFrom unless `options.validFrom` gives one.
   */
  async importAndPublish(
    input: unknown,
    actor: Actor | null,
    options: ImportAndPublishOptions = {},
  ): Promise<CatalogueVersionModel> {
    return this.write((manager) => this.importAndPublishIn(manager, input, actor, options));
  }

  /** {@link importAndPublish} inside the caller's transaction (the demo seed loads everything in one). */
  async importAndPublishIn(
    manager: EntityManager,
    input: unknown,
    actor: Actor | null,
    options: ImportAndPublishOptions = {},
  ): Promise<CatalogueVersionModel> {
    const { editor, document } = this.checkImport(actor, input);
    const draft = await this.createDraft(manager, editor, document, options.replaceDraft ?? false);
    const published = await this.publisher.publishInTransaction(manager, editor, draft.id, {
      validFrom: options.validFrom,
    });
    return toVersionModel(published);
  }

  /** Who may import is checked before the document is looked at; whose catalogue it is, after. */
  private checkImport(actor: Actor | null, input: unknown): { editor: Actor; document: CatalogueDocument } {
    CataloguePolicy.requireEditor(actor);
    const { document, errors } = validateCatalogueDocument(input);
    if (!document) throw new InvalidDocumentError(errors);
    const editor = CataloguePolicy.requireManagerOf(actor, document.provider.code);
    return { editor, document: withDefaults(document) };
  }

  /** Runs a write; a unique index tripped by a concurrent import becomes CONFLICT. */
  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.run(work);
    } catch (error) {
      if (constraintViolation(error) === 'UNIQUE') {
        throw new ConflictError('Someone else changed this catalogue at the same moment; try again.', {
          reason: 'CONCURRENT_CHANGE',
        });
      }
      throw error;
    }
  }

  private async createDraft(
    manager: EntityManager,
    actor: Actor,
    document: CatalogueDocument,
    replaceDraft: boolean,
  ): Promise<CatalogueVersionEntity> {
    const provider = await this.findOrCreateProvider(manager, actor, document.provider);
    const replaced = await this.removeDraft(manager, provider, replaceDraft);
    const draft: CatalogueVersionEntity = {
      id: randomUUID(),
      providerId: provider.id,
      number: (await this.repository.highestNumber(manager, provider.id)) + 1,
      status: 'DRAFT',
      validFrom: document.validFrom ?? null,
      currency: document.provider.currency,
      version: 1,
      createdAt: new Date(),
      publishedAt: null,
    };
    await this.repository.insertVersion(manager, draft);
    const rows = documentToRows(document, draft.id, randomUUID);
    await this.contents.insert(manager, rows);
    await this.audit.record(manager, {
      actor,
      entity: CATALOGUE_VERSION_ENTITY,
      entityId: draft.id,
      action: 'IMPORT',
      before: replaced ? versionSnapshot(replaced, provider.code) : null,
      after: versionSnapshot(draft, provider.code, rows),
    });
    return draft;
  }

  /**
   * The registered provider of the code, or a new one made from the document. An existing
   * provider's name, country and locale are kept: they are administered, not imported.
   */
  private async findOrCreateProvider(
    manager: EntityManager,
    actor: Actor,
    doc: ProviderDocument,
  ): Promise<ProviderEntity> {
    const existing = await this.repository.findProviderByCode(doc.code, manager);
    if (existing) return existing;
    const provider: ProviderEntity = {
      id: randomUUID(),
      code: doc.code,
      name: doc.name,
      country: doc.country,
      locale: doc.locale,
      createdAt: new Date(),
    };
    await this.repository.insertProvider(manager, provider);
    this.transactions.afterCommit(manager, () => this.changes.announce());
    const { id, code, name, country, locale } = provider;
    await this.audit.record(manager, {
      actor,
      entity: 'Provider',
      entityId: id,
      providerCode: code,
      action: 'CREATE',
      before: null,
      after: { code, name, country, locale },
    });
    return provider;
  }

  /** At most one draft per provider: the existing one is CONFLICT unless the import replaces it. */
  private async removeDraft(
    manager: EntityManager,
    provider: ProviderEntity,
    replace: boolean,
  ): Promise<CatalogueVersionEntity | null> {
    const draft = await this.repository.findDraft(manager, provider.id);
    if (!draft) return null;
    if (!replace) throw CatalogueErrors.draftExists(provider.code, draft.number);
    if ((await this.repository.deleteDraft(manager, draft.id)) === 0)
      throw CatalogueErrors.publishedIsImmutable(draft.number);
    return draft;
  }
}
