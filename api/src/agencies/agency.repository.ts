import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { insertRows } from '../common/persistence/insert-row.js';
import { PlainRows } from '../common/persistence/plain-rows.js';
import type { AgencyScope } from '../auth/access.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { AgencyEntity } from './agency.entity.js';
import type { CheckedAgencyFields } from './agency.rules.js';

/** One page of agencies ordered by name, then id (the keyset the cursor holds). */
export interface AgencyPageQuery {
  scope: AgencyScope;
  /** Only agencies of this provider (within the scope). */
  providerCode?: string | null;
  /** The last row of the previous page. */
  after: { name: string; id: string } | null;
  /** Rows to fetch (page size + 1). */
  limit: number;
}

/** Queries of the agencies table; no decisions. */
@Injectable()
export class AgencyRepository {
  private plainRows: PlainRows<AgencyEntity> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<AgencyEntity | null> {
    return manager.findOneBy(AgencyEntity, { id });
  }

  /**
   * One query for any number of ids (no N+1 when listing users or quotes). Outside a transaction
   * as plain SQL (plain-rows.ts): every list of quotes shows their agencies.
   */
  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<Map<string, AgencyEntity>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = manager
      ? await manager.findBy(AgencyEntity, { id: In(unique) })
      : await this.rows.query(`SELECT ${this.rows.selectList} FROM agencies WHERE id IN (:...ids)`, {
          ids: unique,
        });
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Made on first use: the entity metadata exists once the data source is initialized. */
  private get rows(): PlainRows<AgencyEntity> {
    this.plainRows ??= new PlainRows(this.dataSource, AgencyEntity);
    return this.plainRows;
  }

  /** The id of the agency holding this organisation number, if any. */
  async numberHolder(
    manager: EntityManager,
    fields: Pick<AgencyEntity, 'country' | 'organisationNumber'>,
  ): Promise<string | null> {
    const holder = await manager.findOne(AgencyEntity, {
      where: { country: fields.country, organisationNumber: fields.organisationNumber },
      select: { id: true },
    });
    return holder?.id ?? null;
  }

  async insert(manager: EntityManager, agency: AgencyEntity): Promise<void> {
    await insertRows(manager, AgencyEntity, agency);
  }

  /** Changes the agency only if it is still at `expectedVersion`; otherwise STALE_VERSION. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    fields: CheckedAgencyFields,
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: AgencyEntity,
      id,
      expectedVersion,
      changes: fields,
      stale: staleAgency,
    });
  }

  /** One page of a listing and the total count of the listing (two statements). */
  async page(query: AgencyPageQuery): Promise<{ rows: AgencyEntity[]; totalCount: number }> {
    const listing = this.dataSource.manager.createQueryBuilder(AgencyEntity, 'agency');
    const { scope } = query;
    if ('none' in scope) listing.andWhere('1 = 0');
    if ('providerCode' in scope)
      listing.andWhere('agency.providerCode = :scopeProvider', { scopeProvider: scope.providerCode });
    if ('agencyId' in scope) listing.andWhere('agency.id = :scopeAgency', { scopeAgency: scope.agencyId });
    if (query.providerCode)
      listing.andWhere('agency.providerCode = :providerCode', { providerCode: query.providerCode });
    const totalCount = await listing.clone().getCount();
    const page = listing.clone();
    if (query.after) {
      page.andWhere('(agency.name > :afterName OR (agency.name = :afterName AND agency.id > :afterId))', {
        afterName: query.after.name,
        afterId: query.after.id,
      });
    }
    const rows = await page
      .orderBy('agency.name', 'ASC')
      .addOrderBy('agency.id', 'ASC')
      .limit(query.limit)
      .getMany();
    return { rows, totalCount };
  }
}

export function staleAgency(): StaleVersionError {
  return new StaleVersionError('agency');
}
