import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Decimal, isCountryCode, isProviderCode, validateOrganisationNumber } from '@servicekatalog/shared';
import type { Actor } from '../auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { SYSTEM_ACTOR } from '../common/system-actor.js';
import { BadUserInputError } from '../common/errors/domain-error.js';
import { constraintViolation } from '../common/database/constraint-violation.js';
import { AgencyEntity, type StoredVolume } from './agency.entity.js';

export interface CreateAgencyInput {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  organisationNumber: string;
  providerCode: string;
  defaultVolumes?: StoredVolume[];
}

/**
 * Customer agencies. For now only what the demo seed and user administration need; the full
 * administration (update, list) comes with the quotes work.
 */
@Injectable()
export class AgencyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates an agency inside the caller's transaction, with its audit event. */
  async create(
    manager: EntityManager,
    input: CreateAgencyInput,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<AgencyEntity> {
    const agency = Object.assign(new AgencyEntity(), {
      id: randomUUID(),
      name: requiredText(input.name, 'name', 200),
      country: checkCountry(input.country),
      organisationNumber: checkOrganisationNumber(input.country, requiredText(input.organisationNumber, 'organisationNumber', 32)),
      providerCode: checkProviderCode(input.providerCode),
      defaultVolumes: checkVolumes(input.defaultVolumes ?? []),
      version: 1,
    });
    const taken = await manager.existsBy(AgencyEntity, {
      country: agency.country,
      organisationNumber: agency.organisationNumber,
    });
    if (taken)
      throw new BadUserInputError(
        'An agency with this organisation number already exists.',
        'organisationNumber',
      );
    try {
      await manager.insert(AgencyEntity, agency);
    } catch (error) {
      throw translateInsertError(error);
    }
    await this.audit.record(manager, {
      actor,
      entity: 'Agency',
      entityId: agency.id,
      action: 'CREATE',
      before: null,
      after: agency,
    });
    return agency;
  }

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgencyEntity | null> {
    return manager.findOneBy(AgencyEntity, { id });
  }

  /** One query for any number of ids (no N+1 when listing users). */
  async findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AgencyEntity>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await manager.findBy(AgencyEntity, { id: In(unique) });
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function requiredText(value: string, field: string, maxLength: number): string {
  const text = (value ?? '').trim();
  if (!text) throw new BadUserInputError(`${field} must not be empty.`, field);
  if (text.length > maxLength)
    throw new BadUserInputError(`${field} must have at most ${maxLength} characters.`, field);
  return text;
}

function checkCountry(country: string): string {
  if (!isCountryCode(country))
    throw new BadUserInputError('country must be an ISO 3166-1 alpha-2 code such as "NO".', 'country');
  return country;
}

/** The country's check digit (DK CVR, NO organisasjonsnummer, SE Luhn, FI Y-tunnus, IS kennitala). */
function checkOrganisationNumber(country: string, value: string): string {
  const result = validateOrganisationNumber(country, value);
  if (!result.valid) throw new BadUserInputError(`organisationNumber is not valid: ${result.reason}`, 'organisationNumber');
  return result.normalized;
}

function checkProviderCode(code: string): string {
  if (!isProviderCode(code)) throw new BadUserInputError('No provider has this code.', 'providerCode');
  return code;
}

function checkVolumes(volumes: StoredVolume[]): StoredVolume[] {
  const seen = new Set<string>();
  return volumes.map((volume, index) => {
    if (!volume.driverCode || seen.has(volume.driverCode)) {
      throw new BadUserInputError('Each driver may be given once.', `defaultVolumes[${index}].driverCode`);
    }
    if (!Decimal.isPlain(volume.quantity)) {
      throw new BadUserInputError(
        'quantity must be a plain decimal string such as "1200".',
        `defaultVolumes[${index}].quantity`,
      );
    }
    seen.add(volume.driverCode);
    return { driverCode: volume.driverCode, quantity: volume.quantity };
  });
}

function translateInsertError(error: unknown): unknown {
  switch (constraintViolation(error)) {
    case 'FOREIGN_KEY':
      return new BadUserInputError('No provider has this code.', 'providerCode');
    case 'UNIQUE':
      return new BadUserInputError(
        'An agency with this organisation number already exists.',
        'organisationNumber',
      );
    case null:
      return error;
  }
}
