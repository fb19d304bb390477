import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { AgencyEntity } from './agency.entity.js';
import { AgencyDriversReader } from './agency-drivers.reader.js';
import { AgencyRepository, staleAgency, type AgencyPageQuery } from './agency.repository.js';
import {
  checkAgencyFields,
  checkVolumeDrivers,
  type AgencyFields,
  type CheckedAgencyFields,
} from './agency.rules.js';

export type CreateAgencyInput = AgencyFields;

/** A change to one agency: the fields as they should be afterwards, checked here. */
export interface AgencyChange {
  agency: AgencyEntity;
  fields: AgencyFields;
  /** The `version` the caller last saw. */
  expectedVersion: number;
  actor: Actor;
}

const ENTITY = 'Agency';

/**
 * Customer agencies: their rules, their rows and their audit events. Writes run inside the
 * caller's transaction (the entity manager is passed in); who may do what is the caller's part.
 */
@Injectable()
export class AgencyService {
  constructor(
    private readonly repository: AgencyRepository,
    private readonly audit: AuditService,
    private readonly drivers: AgencyDriversReader,
  ) {}

  /** Creates an agency inside the caller's transaction, with its audit event. */
  async create(
    manager: EntityManager,
    input: CreateAgencyInput,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<AgencyEntity> {
    const fields = checkAgencyFields(input);
    await this.assertKnownDrivers(fields, null);
    const agency = Object.assign(new AgencyEntity(), { id: randomUUID(), ...fields, version: 1 });
    await this.assertNumberFree(manager, agency, null);
    try {
      await this.repository.insert(manager, agency);
    } catch (error) {
      throw translateWriteError(error);
    }
    await this.audit.record(manager, {
      actor,
      entity: ENTITY,
      entityId: agency.id,
      action: 'CREATE',
      before: null,
      after: snapshot(agency),
    });
    return agency;
  }

  /**
   * Changes an agency if, and only if, it is still at `expectedVersion`: the check is in the
   * UPDATE itself (`… WHERE id = ? AND version = ?`), so of concurrent writers with the same
   * version exactly one wins and the others get CONFLICT.
   */
  async update(manager: EntityManager, change: AgencyChange): Promise<AgencyEntity> {
    const { agency, expectedVersion, actor } = change;
    // Refused early too, so that `agency` as read is exactly the state the audit event calls "before".
    if (agency.version !== expectedVersion) throw staleAgency();
    const fields = checkAgencyFields(change.fields);
    await this.assertKnownDrivers(fields, agency);
    await this.assertNumberFree(manager, fields, agency.id);
    await this.repository
      .updateIfVersion(manager, agency.id, expectedVersion, fields)
      .catch((error: unknown) => {
        throw translateWriteError(error);
      });
    const updated = Object.assign(new AgencyEntity(), agency, fields, { version: expectedVersion + 1 });
    await this.audit.record(manager, {
      actor,
      entity: ENTITY,
      entityId: agency.id,
      action: 'UPDATE',
      before: snapshot(agency),
      after: snapshot(updated),
    });
    return updated;
  }

  findById(id: string, manager?: EntityManager): Promise<AgencyEntity | null> {
    return this.repository.findById(id, manager);
  }

  /** One query for any number of ids (no N+1 when listing users). */
  findByIds(ids: readonly string[], manager?: EntityManager): Promise<Map<string, AgencyEntity>> {
    return this.repository.findByIds(ids, manager);
  }

  /** One page of a listing and the total count of the listing (two statements). */
  page(query: AgencyPageQuery): Promise<{ rows: AgencyEntity[]; totalCount: number }> {
    return this.repository.page(query);
  }

  /**
   * Default volumes being set, or carried to another provider, must fit the provider's catalogue
   * in force. Those kept as they were are not checked again: a newer catalogue may have dropped a
   * driver meanwhile (the configurator skips it), which must not block renaming the agency.
   */
  private async assertKnownDrivers(fields: CheckedAgencyFields, current: AgencyEntity | null): Promise<void> {
    if (fields.defaultVolumes.length === 0) return;
    const kept =
      current !== null &&
      current.providerCode === fields.providerCode &&
      JSON.stringify(current.defaultVolumes) === JSON.stringify(fields.defaultVolumes);
    if (kept) return;
    checkVolumeDrivers(fields.defaultVolumes, await this.drivers.driversInForce(fields.providerCode));
  }

  /** An organisation number belongs to one agency (checked first for a clear error; the unique index backs it). */
  private async assertNumberFree(
    manager: EntityManager,
    fields: Pick<AgencyEntity, 'country' | 'organisationNumber'>,
    ownId: string | null,
  ): Promise<void> {
    const holder = await this.repository.numberHolder(manager, fields);
    if (holder !== null && holder !== ownId) throw numberTaken();
  }
}

/** What the audit trail keeps of an agency. */
function snapshot(agency: AgencyEntity): Record<string, unknown> {
  const { id, name, country, organisationNumber, providerCode, defaultVolumes, version } = agency;
  return { id, name, country, organisationNumber, providerCode, defaultVolumes, version };
}

/**
 * A duplicate organisation number is BAD_USER_INPUT on the number (not CONFLICT): like an e-mail
 * address already in use, it is the input that must change, whatever anyone else does.
 */
function numberTaken(): BadUserInputError {
  return new BadUserInputError(
    'An agency with this organisation number already exists.',
    'organisationNumber',
  );
}

function translateWriteError(error: unknown): unknown {
  switch (constraintViolation(error)) {
    case 'FOREIGN_KEY':
      return new BadUserInputError('No provider has this code.', 'providerCode');
    case 'UNIQUE':
      return numberTaken();
    case null:
      return error;
  }
}
