import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { StaleVersionError } from '../common/persistence/stale-version.error.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { ExchangeRateEntity } from './exchange-rate.entity.js';
import type { ExchangeRateFields } from './exchange-rate.rules.js';

/** The listing's order and cursor: newest date first, then from and to (unique together). */
export interface ExchangeRatePosition {
  date: string;
  from: string;
  to: string;
}

export interface ExchangeRateFilter {
  from?: string | null;
  to?: string | null;
}

/** Queries of the exchange_rates table; no decisions. */
@Injectable()
export class ExchangeRateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ExchangeRateEntity | null> {
    return manager.findOneBy(ExchangeRateEntity, { id });
  }

  /** The id of the rate holding (from, to, date), if any. */
  async idOfKey(
    manager: EntityManager,
    key: { from: string; to: string; date: string },
  ): Promise<string | null> {
    const row = await manager.findOne(ExchangeRateEntity, {
      where: { from: key.from, to: key.to, date: key.date },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /** Every rate into `to` dated on or before `at`: few rows (a handful of currencies × dates), one query. */
  ratesInto(to: string, at: string): Promise<ExchangeRateEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ExchangeRateEntity, 'rate')
      .where('rate.to = :to AND rate.date <= :at', { to, at })
      .getMany();
  }

  async insert(manager: EntityManager, rate: ExchangeRateEntity): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ExchangeRateEntity)
      .values(rate)
      .updateEntity(false)
      .execute();
  }

  /** The version-checked UPDATE (common/persistence); STALE_VERSION when someone was first. */
  updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: ExchangeRateFields,
  ): Promise<number> {
    return updateVersioned(manager, {
      entity: ExchangeRateEntity,
      id,
      expectedVersion,
      changes,
      stale: () => new StaleVersionError('exchange rate'),
    });
  }

  /** `DELETE … WHERE id = ? AND version = ?`; the rows deleted (0: changed or deleted meanwhile). */
  async deleteIfVersion(manager: EntityManager, id: string, expectedVersion: number): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ExchangeRateEntity)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected ?? 0;
  }

  /** One page after `after` (newest date first, then from, to), `limit` rows, and the filter's total. */
  async page(
    filter: ExchangeRateFilter,
    after: ExchangeRatePosition | null,
    limit: number,
  ): Promise<{ rows: ExchangeRateEntity[]; totalCount: number }> {
    const listing = this.dataSource.manager.createQueryBuilder(ExchangeRateEntity, 'rate');
    if (filter.from) listing.andWhere('rate.from = :fromFilter', { fromFilter: filter.from });
    if (filter.to) listing.andWhere('rate.to = :toFilter', { toFilter: filter.to });
    const totalCount = await listing.clone().getCount();
    const page = listing.clone();
    if (after) {
      page.andWhere(
        '(rate.date < :date OR (rate.date = :date AND (rate.from > :from OR (rate.from = :from AND rate.to > :to))))',
        after,
      );
    }
    const rows = await page
      .orderBy('rate.date', 'DESC')
      .addOrderBy('rate.from', 'ASC')
      .addOrderBy('rate.to', 'ASC')
      .limit(limit)
      .getMany();
    return { rows, totalCount };
  }
}
