import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor.js';
import { CatalogueDraftEditService } from './catalogue-draft-edit.service.js';
import { removeItem, updateSettings, upsertItem, type DraftItemKind } from './catalogue-draft-edits.js';
import {
  categoryDocument,
  driverDocument,
  serviceDocument,
  serviceLevelDocument,
  servicePackageDocument,
} from './draft-input.mapper.js';
import type {
  CatalogueVersionSettingsInput,
  CategoryInput,
  ServiceInput,
  ServiceLevelInput,
  ServicePackageInput,
  VolumeDriverInput,
} from '../dto/catalogue-item.inputs.js';
import { CataloguePolicy } from '../catalogue.policy.js';
import type { CatalogueVersionModel } from '../models/catalogue-version.model.js';

/** The draft an edit applies to and the version of it the editor saw. */
export interface DraftTarget {
  id: string;
  expectedVersion: number;
}

/**
 * The draft-editing use cases by item kind: each turns its input into a document item and hands
 * the edit to {@link CatalogueDraftEditService}, which checks, validates, writes and audits it.
 */
@Injectable()
export class CatalogueDraftItemsService {
  constructor(private readonly editor: CatalogueDraftEditService) {}

  upsertCategory(
    actor: Actor | null,
    target: DraftTarget,
    input: CategoryInput,
  ): Promise<CatalogueVersionModel> {
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      upsertItem('CATEGORY', categoryDocument(input), input),
    );
  }

  upsertVolumeDriver(
    actor: Actor | null,
    target: DraftTarget,
    input: VolumeDriverInput,
  ): Promise<CatalogueVersionModel> {
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      upsertItem('VOLUME_DRIVER', driverDocument(input), input),
    );
  }

  upsertServiceLevel(
    actor: Actor | null,
    target: DraftTarget,
    input: ServiceLevelInput,
  ): Promise<CatalogueVersionModel> {
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      upsertItem('SERVICE_LEVEL', serviceLevelDocument(input), input),
    );
  }

  upsertService(
    actor: Actor | null,
    target: DraftTarget,
    input: ServiceInput,
  ): Promise<CatalogueVersionModel> {
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      upsertItem('SERVICE', serviceDocument(input), input),
    );
  }

  async upsertServicePackage(
    actor: Actor | null,
    target: DraftTarget,
    input: ServicePackageInput,
  ): Promise<CatalogueVersionModel> {
    // The mapping may refuse the input (a driver included twice): who may edit at all is checked first.
    CataloguePolicy.requireEditor(actor);
    const item = servicePackageDocument(input);
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      upsertItem('SERVICE_PACKAGE', item, input),
    );
  }

  remove(
    actor: Actor | null,
    target: DraftTarget & { code: string },
    kind: DraftItemKind,
  ): Promise<CatalogueVersionModel> {
    return this.editor.edit(actor, target.id, target.expectedVersion, removeItem(kind, target.code));
  }

  updateSettings(
    actor: Actor | null,
    target: DraftTarget,
    input: CatalogueVersionSettingsInput,
  ): Promise<CatalogueVersionModel> {
    const { validFrom, currency, benchmarkPackages: packages } = input;
    // A plain object, as in a document (the validator refuses class instances as non-JSON).
    const benchmarkPackages =
      packages == null
        ? packages
        : {
            PAYROLL: packages.PAYROLL ?? null,
            ACCOUNTING: packages.ACCOUNTING ?? null,
            BOTH: packages.BOTH ?? null,
          };
    return this.editor.edit(
      actor,
      target.id,
      target.expectedVersion,
      updateSettings({ validFrom, currency, benchmarkPackages }),
    );
  }
}
