import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 1 `from` = `rate` `to`, from `date` on (DESIGN "Centres side by side"); one per (from, to, date). */
@Entity({ name: 'exchange_rates' })
export class ExchangeRateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Calendar date 'YYYY-MM-DD' as text: it never shifts by time zone, and text order is date order. */
  @Column({ name: 'rate_date', type: 'varchar', length: 10 })
  date!: string;

  @Column({ name: 'from_currency', type: 'varchar', length: 3 })
  from!: string;

  @Column({ name: 'to_currency', type: 'varchar', length: 3 })
  to!: string;

  /** Exact decimal as text, up to 10 decimals: never a float, on SQLite or PostgreSQL. */
  @Column({ type: 'varchar', length: 64 })
  rate!: string;

  /** Where the rate comes from, e.g. "Norges Bank, 2026-12-01"; demo rates say they are demo rates. */
  @Column({ type: 'varchar', length: 500 })
  source!: string;

  /** Optimistic locking: every change is `… WHERE id = ? AND version = ?` and bumps it. */
  @Column({ type: 'integer' })
  version!: number;
}
