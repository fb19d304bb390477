import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuoteStartDate1764300020000 } from '../../../migrations/1764300020000-quote-start-date.js';
import {
  basisConfiguration,
  createQuoteWorld,
  saveQuote,
  sql,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QM-DK';

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

describe('migration 1764300020000: quotes get a start date', () => {
  it('gives quotes stored before it the UTC date they were created', async () => {
    const quote = await saveQuote(app, world.customerA.token, {
      name: 'Stored before start dates',
      configuration: {
        ...basisConfiguration(PROVIDER),
        startDate: `${new Date().getUTCFullYear() + 1}-01-01`,
      },
    });
    // Back to the schema before the migration, with the row created late on a day (UTC) long ago.
    await sql(app, 'UPDATE quotes SET created_at = $1 WHERE id = $2', [
      '2026-03-14 23:30:00.000+00:00',
      quote.id,
    ]);
    const runner = app.app.get(DataSource).createQueryRunner();
    try {
      const migration = new QuoteStartDate1764300020000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows = await sql<{ start_date: string }>(app, 'SELECT start_date FROM quotes WHERE id = $1', [
      quote.id,
    ]);
    expect(rows[0].start_date).toBe('2026-03-14');
  });
});
