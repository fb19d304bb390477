import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CatalogueContentsRepository,
  CONTENT_TABLES,
  type CatalogueRows,
} from '../../src/catalogue/catalogue-contents.repository.js';
import { CatalogueRepository } from '../../src/catalogue/catalogue.repository.js';
import { PriceTierEntity } from '../../src/catalogue/entities/price-tier.entity.js';
import { createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  auditEventsOf,
  dataOf,
  importPublished,
  rowCounts,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, UPSERT, type EditResponse } from '../support/draft-editing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An edit reads the draft table by table (nine SELECTs). On PostgreSQL, under read committed, each
 * SELECT sees what was committed when it started, so an edit committed between two of them hands
 * this one a torn draft: price components of the old rows, tiers of the new ones (every edit
 * rewrites the rows with new ids). That torn document fails validation, and the client must hear
 * that someone else changed the draft (CONFLICT), not that its own input was bad.
 *
 * The tiers table is where the tear is made: a GRADUATED component that finds no tiers is invalid.
 */
const onPostgres = process.env.SK_TEST_DB === 'postgres';

let app: TestApp;
let admin: SignedInTestUser;
let anna: SignedInTestUser;
let bo: SignedInTestUser;
let carl: SignedInTestUser;
let dora: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  anna = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-A', name: 'Anna' });
  bo = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-A', name: 'Bo' });
  carl = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-B', name: 'Carl' });
  dora = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-B', name: 'Dora' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await app?.close();
});

async function freshDraft(providerCode: string): Promise<VersionResult> {
  await importPublished(app, admin.token, smallCatalogue({ providerCode }));
  return dataOf(
    await app.gql<{ createDraft: VersionResult }>(CREATE_DRAFT, { providerCode }, { token: admin.token }),
  ).createDraft;
}

function upsertCategory(token: string, draft: VersionResult, code: string): Promise<EditResponse> {
  return edit(app, token, UPSERT.category, draft, { input: { code, name: { en: `Category ${code}` } } });
}

/** The rows of `table` in `rows` (a draft as it was read earlier), as `rowsOf` would return them. */
function readBefore<T>(rows: CatalogueRows, table: unknown): T[] {
  const key = (Object.keys(CONTENT_TABLES) as (keyof CatalogueRows)[]).find(
    (name) => CONTENT_TABLES[name] === table,
  );
  if (!key) throw new Error('Not a table of catalogue contents');
  return rows[key] as T[];
}

/**
 * What a torn read must leave in the database and in the answers: the loser is told CONFLICT about
 * the draft, the winner's edit stands whole (the tiers it rewrote included), and nothing of the
 * loser's was written (row counts as the winner left them, one audit event: the winner's).
 */
async function expectLoserRefusedAndWinnerIntact(
  providerCode: string,
  draft: VersionResult,
  outcome: { loser: EditResponse; winner: SignedInTestUser; rowsAfterWinner: Record<string, number> },
): Promise<void> {
  const { loser, winner, rowsAfterWinner } = outcome;
  expect(loser.data?.result ?? null).toBeNull();
  expect(loser.errors?.[0].extensions).toMatchObject({
    code: 'CONFLICT',
    reason: 'STALE_VERSION',
    expectedVersion: draft.version,
    currentVersion: draft.version + 1,
  });
  expect(loser.errors?.[0].message).toMatch(/^Someone else changed this draft after you loaded it/);
  expect(await rowCounts(app)).toEqual(rowsAfterWinner);
  const doc = await exported(app, admin.token, providerCode, 2);
  expect(doc.categories.map((category) => category.code)).toEqual(['PAYROLL', 'WINNER']);
  const payRun = doc.services.find((service) => service.code === 'PAY-RUN');
  expect(payRun?.priceComponents[0].tiers).toHaveLength(2);
  const edits = (await auditEventsOf(app, draft.id)).filter((event) => event.action !== 'CREATE_DRAFT');
  expect(edits.map((event) => [event.action, event.actorEmail])).toEqual([['CREATE_CATEGORY', winner.email]]);
}

describe('an edit whose reads of the draft straddle another edit’s commit', () => {
  it('is CONFLICT, not BAD_USER_INPUT, when it read the draft half before and half after that commit', async () => {
    // The same torn picture on every database: the loser's transaction is made to see the draft's
    // version row and its tables up to the price components as they were before the winner
    // committed, and the tiers as they are after. SQLite runs one transaction at a time, so there
    // the interleaving can only be replayed like this, never happen for real.
    const draft = await freshDraft('TORN-A');
    const repository = app.app.get(CatalogueRepository);
    const contents = app.app.get(CatalogueContentsRepository);
    const versionBefore = await repository.findVersionById(draft.id);
    const rowsBefore = await contents.loadVersion(draft.id);

    await edited(upsertCategory(anna.token, draft, 'WINNER'));
    const rowsAfterWinner = await rowCounts(app);

    // The first lookup of the version is the loser's gate (draftForWrite); later ones are real.
    vi.spyOn(repository, 'findVersionById').mockResolvedValueOnce(versionBefore);
    const rowsOf = contents.rowsOf.bind(contents);
    vi.spyOn(contents, 'rowsOf').mockImplementation((table, ids, manager) =>
      table === PriceTierEntity
        ? rowsOf(table, ids, manager)
        : Promise.resolve(readBefore(rowsBefore, table)),
    );
    const loser = await upsertCategory(bo.token, draft, 'LOSER');
    vi.restoreAllMocks();

    await expectLoserRefusedAndWinnerIntact('TORN-A', draft, { loser, winner: anna, rowsAfterWinner });
  });

  it.skipIf(!onPostgres)(
    'is CONFLICT when another edit really commits between its reads (PostgreSQL, read committed)',
    async () => {
      const draft = await freshDraft('TORN-B');
      const contents = app.app.get(CatalogueContentsRepository);
      const rowsOf = contents.rowsOf.bind(contents);
      const winner: { committed?: Promise<Record<string, number>> } = {};
      // The first read of the tiers is the loser's: the winner's edit runs and commits on another
      // connection of the pool before that read goes on. The winner's own read passes through.
      vi.spyOn(contents, 'rowsOf').mockImplementation(async (table, ids, manager) => {
        if (table === PriceTierEntity && !winner.committed) {
          winner.committed = edited(upsertCategory(carl.token, draft, 'WINNER')).then(() => rowCounts(app));
          await winner.committed;
        }
        return rowsOf(table, ids, manager);
      });
      const loser = await upsertCategory(dora.token, draft, 'LOSER');
      vi.restoreAllMocks();

      if (!winner.committed) throw new Error('The loser never read the tiers: nothing was torn.');
      const rowsAfterWinner = await winner.committed;
      await expectLoserRefusedAndWinnerIntact('TORN-B', draft, { loser, winner: carl, rowsAfterWinner });
    },
  );
});
