import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { insertRows } from '../common/persistence/insert-row.js';
import { updateVersioned } from '../common/persistence/versioned-update.js';
import { BenchmarkErrors } from './benchmark-figure.errors.js';
import { BenchmarkFigureEntity } from './benchmark-figure.entity.js';
import type { CheckedBenchmarkFields } from './benchmark-figure.rules.js';
import type { BenchmarkKpi } from './benchmark-kpi.js';

/** The listing's order and cursor: KPI, then centre, then year (unique together). */
export interface BenchmarkPosition {
  kpi: string;
  providerCode: string;
  year: number;
}

export interface BenchmarkFilter {
  providerCode?: string | null;
  kpi?: BenchmarkKpi | null;
  year?: number | null;
}

/** The columns a change sets. */
export type BenchmarkChanges = CheckedBenchmarkFields & { currency: string };

/** Queries of the benchmark_figures table; no decisions. */
@Injectable()
export class BenchmarkFigureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BenchmarkFigureEntity | null> {
    return manager.findOneBy(BenchmarkFigureEntity, { id });
  }

  /** The id of the figure holding (provider, year, KPI), if any. */
  async idOfKey(
    manager: EntityManager,
    key: { providerCode: string; year: number; kpi: string },
  ): Promise<string | null> {
    const row = await manager.findOne(BenchmarkFigureEntity, {
      where: { providerCode: key.providerCode, year: key.year, kpi: key.kpi as BenchmarkKpi },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  async insert(manager: EntityManager, figure: BenchmarkFigureEntity): Promise<void> {
    await insertRows(manager, BenchmarkFigureEntity, figure);
  }

  /** Changes the figure only if it is still at `expectedVersion`; otherwise STALE_VERSION. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    changes: BenchmarkChanges,
  ): Promise<void> {
    await updateVersioned(manager, {
      entity: BenchmarkFigureEntity,
      id,
      expectedVersion,
      changes,
      stale: BenchmarkErrors.staleVersion,
    });
  }

  /** `DELETE … WHERE id = ? AND version = ?`; returns the rows deleted (0: changed or deleted meanwhile). */
  async deleteIfVersion(manager: EntityManager, id: string, expectedVersion: number): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(BenchmarkFigureEntity)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected ?? 0;
  }

  /** One page after `after` in (KPI, centre, year) order, `limit` rows, and the filter's total count. */
  async page(
    filter: BenchmarkFilter,
    after: BenchmarkPosition | null,
    limit: number,
  ): Promise<{ rows: BenchmarkFigureEntity[]; totalCount: number }> {
    const listing = this.filtered(filter);
    const totalCount = await listing.clone().getCount();
    const page = listing.clone();
    if (after) {
      page.andWhere(
        '(figure.kpi > :kpi OR (figure.kpi = :kpi AND (figure.providerCode > :provider OR (figure.providerCode = :provider AND figure.year > :year))))',
        { kpi: after.kpi, provider: after.providerCode, year: after.year },
      );
    }
    const rows = await page
      .orderBy('figure.kpi', 'ASC')
      .addOrderBy('figure.providerCode', 'ASC')
      .addOrderBy('figure.year', 'ASC')
      .limit(limit)
      .getMany();
    return { rows, totalCount };
  }

  private filtered(filter: BenchmarkFilter): SelectQueryBuilder<BenchmarkFigureEntity> {
    const builder = this.dataSource.manager.createQueryBuilder(BenchmarkFigureEntity, 'figure');
    if (filter.providerCode)
      builder.andWhere('figure.providerCode = :providerCode', { providerCode: filter.providerCode });
    if (filter.kpi) builder.andWhere('figure.kpi = :kpiFilter', { kpiFilter: filter.kpi });
    if (filter.year != null) builder.andWhere('figure.year = :yearFilter', { yearFilter: filter.year });
    return builder;
  }
}
