import type { DataSource, EntityTarget, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** One column of a plain read: its alias in the SELECT and how its value becomes the property's. */
interface ListedColumn {
  alias: string;
  column: ColumnMetadata;
  /** A column with a transformer (JSON text): converted when first read. */
  transformer: ValueTransformer | null;
}

/**
 * Rows read with plain SQL and made into entity objects without TypeORM's query builder and
 * hydration, for reads on every request (a signed-in customer's list of quotes and its agencies,
 * issue 11): building the query and hydrating cost more than the read itself. Each value is
 * converted by the database driver exactly as TypeORM converts it (dates, booleans); a column
 * with a transformer (JSON text: a quote's configuration and price snapshot, the bulk of its row)
 * is converted only when something reads it, so a list that shows names and totals parses none.
 * Entities with relations or embedded columns are not for this.
 */
export class PlainRows<T extends object> {
  private readonly columns: ListedColumn[];
  /** Every column of the entity's table, each as its property name (`created_at AS "createdAt"`). */
  readonly selectList: string;
  /** The columns without a transformer: a row read with these has no JSON text to read. */
  readonly plainSelectList: string;
  /** The entity's table, quoted for the driver. */
  readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: new () => T,
  ) {
    const { driver } = dataSource;
    const metadata = dataSource.getMetadata(entity as EntityTarget<T>);
    this.table = driver.escape(metadata.tableName);
    this.columns = metadata.columns.map((column) => ({
      alias: column.propertyName,
      column,
      transformer: (column.transformer as ValueTransformer | undefined) ?? null,
    }));
    const select = (columns: ListedColumn[]): string =>
      columns
        .map(({ alias, column }) => `${driver.escape(column.databaseName)} AS ${driver.escape(alias)}`)
        .join(', ');
    this.selectList = select(this.columns);
    this.plainSelectList = select(this.columns.filter(({ transformer }) => !transformer));
  }

  entityOf(row: Record<string, unknown>): T {
    const { driver } = this.dataSource;
    const entity = new this.entity();
    const properties = entity as Record<string, unknown>;
    for (const { alias, column, transformer } of this.columns) {
      const value = row[alias];
      if (transformer && !(alias in row)) defineNotRead(entity, alias);
      else if (transformer) defineConvertedOnRead(entity, alias, () => transformer.from(value) as unknown);
      else properties[alias] = driver.prepareHydratedValue(value, column) as unknown;
    }
    return entity;
  }

  /** `sql` with `:name` (and `:...list`) parameters, on the driver's placeholders; its rows as entities. */
  async query(sql: string, parameters: Record<string, unknown>): Promise<T[]> {
    const rows = await this.raw<Record<string, unknown>>(sql, parameters);
    return rows.map((row) => this.entityOf(row));
  }

  /** `sql` with `:name` parameters, its rows as the driver returns them. */
  raw<R>(sql: string, parameters: Record<string, unknown>): Promise<R[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.manager.query(text, values) as Promise<R[]>;
  }
}

/** `target[key]` is `convert()`'s value, computed on the first read; it may be set like any property. */
function defineConvertedOnRead(target: object, key: string, convert: () => unknown): void {
  let converted = false;
  let value: unknown;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!converted) {
        value = convert();
        converted = true;
      }
      return value;
    },
    set: (next: unknown) => {
      value = next;
      converted = true;
    },
  });
}

/** `target[key]` of a row read without it ({@link PlainRows.plainSelectList}): reading it is a bug. */
function defineNotRead(target: object, key: string): void {
  Object.defineProperty(target, key, {
    enumerable: false,
    configurable: true,
    get: () => {
      throw new Error(`${key} was not read by this query.`);
    },
  });
}
