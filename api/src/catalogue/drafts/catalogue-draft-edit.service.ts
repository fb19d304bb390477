import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { validateCatalogueDocument, withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import type { Actor } from '../../auth/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import { TransactionService } from '../../common/database/transaction.service.js';
import { BadUserInputError } from '../../common/errors/domain-error.js';
import { CATALOGUE_VERSION_ENTITY } from '../catalogue-audit.js';
import { CatalogueContentsRepository } from '../catalogue-contents.repository.js';
import { documentToRows, rowsToDocument } from '../catalogue-document.mapper.js';
import { CatalogueDraftAccess, type WritableDraft } from './catalogue-draft.access.js';
import type { DraftEdit, PlannedEdit } from './catalogue-draft-edits.js';
import { CatalogueErrors } from '../catalogue.errors.js';
import { toVersionModel } from '../catalogue.mappers.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import { CatalogueRepository } from '../catalogue.repository.js';
import type { CatalogueVersionEntity } from '../entities/catalogue-version.entity.js';
import type { CatalogueVersionModel } from '../models/catalogue-version.model.js';

/**
 * Editing a draft catalogue version (only drafts change; DESIGN): every edit — upsert or removal of a category,
 * driver, service level, service or package, or the version's settings — runs the same steps in
 * one transaction:
 * 1. the draft gate: who may write, NOT_FOUND for what the actor may not see, CONFLICT for a
 *    published version;
 * 2. `expectedVersion` must be the draft's `version` (CONFLICT otherwise);
 * 3. the draft is read as a document, the edit is applied, and the WHOLE resulting document goes
 *    through the shared validator that checks imports, so no edit can make a catalogue import
 *    would refuse (BAD_USER_INPUT, every error at its document path, nothing written);
 * 4. `UPDATE … version = version + 1 WHERE id = ? AND version = ? AND status = 'DRAFT'` — 0 rows
 *    means someone else was first (CONFLICT, rolled back);
 * 5. the draft's content rows are rewritten from the document (delete + batched insert) and the
 *    audit event (before/after of the edited item) is written.
 *
 * Rewriting every row of the draft is deliberate: the document is the unit the validator checks,
 * and a catalogue holds a few hundred rows (nine DELETEs and about as many multi-row INSERTs),
 * so a simple whole-draft write is correct and cheap enough. The lock is the whole draft: two
 * edits made from the same version conflict even when they touch different items.
 */
@Injectable()
export class CatalogueDraftEditService {
  constructor(
    private readonly transactions: TransactionService,
    private readonly repository: CatalogueRepository,
    private readonly contents: CatalogueContentsRepository,
    private readonly drafts: CatalogueDraftAccess,
    private readonly audit: AuditService,
  ) {}

  async edit(
    actor: Actor | null,
    id: string,
    expectedVersion: number,
    edit: DraftEdit,
  ): Promise<CatalogueVersionModel> {
    CataloguePolicy.requireEditor(actor);
    const edited = await this.transactions.run(async (manager) => {
      const draft = await this.drafts.draftForWrite(manager, actor, id);
      if (draft.version.version !== expectedVersion)
        throw CatalogueErrors.draftChanged(expectedVersion, draft.version.version);
      try {
        return await this.apply(manager, draft, expectedVersion, edit);
      } catch (error) {
        if (error instanceof BadUserInputError) await this.refuseIfMoved(manager, id, expectedVersion);
        throw error;
      }
    });
    return toVersionModel(edited);
  }

  /**
   * On PostgreSQL (read committed) an edit committed while this one read the draft's rows, one table
   * after another, can leave it a torn picture of the draft that fails validation: then the other
   * edit is the cause, and the answer is CONFLICT, not a complaint about this edit's input.
   */
  private async refuseIfMoved(manager: EntityManager, id: string, expectedVersion: number): Promise<void> {
    const now = await this.repository.findVersionById(id, manager);
    if (now && now.version !== expectedVersion)
      throw CatalogueErrors.draftChanged(expectedVersion, now.version);
  }

  private async apply(
    manager: EntityManager,
    draft: WritableDraft,
    expectedVersion: number,
    edit: DraftEdit,
  ): Promise<CatalogueVersionEntity> {
    const { editor, version, provider } = draft;
    const current = withDefaults(
      rowsToDocument(provider, version, await this.contents.loadVersion(version.id, manager)),
    );
    const planned = edit.plan(current);
    const next = validated(planned);
    const validFrom = next.validFrom ?? null;
    const currency = next.provider.currency;
    await this.repository.updateDraft(manager, { id: version.id, expectedVersion, validFrom, currency });
    await this.contents.deleteContents(manager, version.id);
    await this.contents.insert(manager, documentToRows(next, version.id, randomUUID));
    await this.audit.record(manager, {
      actor: editor,
      entity: CATALOGUE_VERSION_ENTITY,
      entityId: version.id,
      providerCode: provider.code,
      action: planned.action,
      before: edit.snapshot(current),
      after: edit.snapshot(next),
    });
    return { ...version, validFrom, currency, version: expectedVersion + 1 };
  }
}

/**
 * The planned document in canonical form if the shared validator accepts it whole; otherwise
 * BAD_USER_INPUT with `extensions.errors` = every error at its document path and
 * `extensions.field` = the input field the first one belongs to.
 */
function validated(planned: PlannedEdit): CatalogueDocument {
  // Through JSON, as an imported document would arrive: fields left undefined are absent.
  const { document, errors } = validateCatalogueDocument(JSON.parse(JSON.stringify(planned.document)));
  if (document) return withDefaults(document);
  const [first] = errors;
  const more = errors.length > 1 ? ` There are ${errors.length - 1} more errors.` : '';
  throw new BadUserInputError(
    `Nothing was saved: this change would make the catalogue invalid at ${first.path || 'the top level'}: ${first.message}${more}`,
    planned.fieldOf(first.path),
    { errors },
  );
}
