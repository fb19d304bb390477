import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BenchmarkKpi } from './benchmark-kpi.js';

/** One published unit cost of a centre (DESIGN, Domain → BenchmarkFigure); one per (provider, year, KPI). */
@Entity({ name: 'benchmark_figures' })
export class BenchmarkFigureEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'provider_code', type: 'varchar', length: 32 })
  providerCode!: string;

  /** The calendar year the figure is for. */
  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  kpi!: BenchmarkKpi;

  /** Exact decimal as text (like every price in the catalogue): never a float, on SQLite or PostgreSQL. */
  @Column({ type: 'varchar', length: 64 })
  value!: string;

  /** ISO 4217: the provider's currency when the figure was written. */
  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  /** Where the figure was published, e.g. "DFØ annual report 2024". */
  @Column({ type: 'varchar', length: 500 })
  source!: string;

  /** Optimistic locking: every change is `… WHERE id = ? AND version = ?` and bumps it. */
  @Column({ type: 'integer' })
  version!: number;
}
