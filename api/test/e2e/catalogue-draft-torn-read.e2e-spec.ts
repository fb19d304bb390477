import { setTimeout as pause } from 'node:timers/promises';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CatalogueContentsRepository,
  CONTENT_TABLES,
  type CatalogueRows,
} from '../../src/catalogue/catalogue-contents.repository.js';
import { CatalogueRepository } from '../../src/catalogue/catalogue.repository.js';
import { TransactionService } from '../../src/common/database/transaction.service.js';
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
let erik: SignedInTestUser;
let frida: SignedInTestUser;
let gustav: SignedInTestUser;
let hanna: SignedInTestUser;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  anna = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-A', name: 'Anna' });
  bo = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-A', name: 'Bo' });
  carl = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-B', name: 'Carl' });
  dora = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-B', name: 'Dora' });
  erik = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-C', name: 'Erik' });
  frida = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-C', name: 'Frida' });
  gustav = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-D', name: 'Gustav' });
  hanna = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode: 'TORN-E', name: 'Hanna' });
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
    const { rows: rowsBefore } = await contents.loadContents(draft);

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

/**
 * A read of a draft outside any edit (an export, the draft's fields) is nine SELECTs too. It must
 * hand back the draft of one moment, whole: never rows of two states, never rows half rewritten.
 */
describe('a manager’s read of a draft while another manager edits it', () => {
  it.skipIf(!onPostgres)(
    'is the draft as it was when the read began, though the edit commits between its SELECTs (PostgreSQL)',
    async () => {
      // SQLite runs one transaction at a time: there the edit cannot commit while the read is open.
      const draft = await freshDraft('TORN-C');
      const before = await exported(app, erik.token, 'TORN-C', draft.number);
      const contents = app.app.get(CatalogueContentsRepository);
      const rowsOf = contents.rowsOf.bind(contents);
      const editor: { committed?: Promise<VersionResult> } = {};
      // The first read of the tiers is the export's: Frida's edit (every row rewritten with new ids)
      // runs and commits on another connection of the pool before that read goes on. The edit's
      // own read passes through.
      vi.spyOn(contents, 'rowsOf').mockImplementation(async (table, ids, manager) => {
        if (table === PriceTierEntity && !editor.committed) {
          editor.committed = edited(upsertCategory(frida.token, draft, 'EDITED'));
          await editor.committed;
        }
        return rowsOf(table, ids, manager);
      });
      const read = await exported(app, erik.token, 'TORN-C', draft.number);
      vi.restoreAllMocks();

      if (!editor.committed) throw new Error('The export never read the tiers: nothing was torn.');
      expect((await editor.committed).version).toBe(draft.version + 1);
      // Torn, PAY-RUN's graduated component (an old row) would find none of the new tiers.
      expect(read).toEqual(before);
      const after = await exported(app, erik.token, 'TORN-C', draft.number);
      expect(after.categories.map((category) => category.code)).toEqual(['PAYROLL', 'EDITED']);
      expect(after.services).toEqual(before.services);
    },
  );

  it('never has the rows an edit has deleted and not yet inserted again', async () => {
    const draft = await freshDraft('TORN-D');
    const before = await exported(app, gustav.token, 'TORN-D', draft.number);
    const contents = app.app.get(CatalogueContentsRepository);
    const insert = contents.insert.bind(contents);
    const reader: { read?: Promise<CatalogueDocument> } = {};
    // The export starts when the edit has deleted the draft's rows and not yet inserted the new
    // ones; the edit goes on once the export has answered, or after 200 ms without an answer. On
    // PostgreSQL the export answers at once with the draft as last committed; on SQLite (one
    // connection, where the half-done edit is visible to every statement) it waits for the commit.
    vi.spyOn(contents, 'insert').mockImplementation(async (manager, rows) => {
      if (!reader.read) {
        reader.read = exported(app, gustav.token, 'TORN-D', draft.number);
        await Promise.race([reader.read, pause(200)]);
      }
      return insert(manager, rows);
    });
    await edited(upsertCategory(admin.token, draft, 'EDITED'));
    vi.restoreAllMocks();

    if (!reader.read) throw new Error('The edit never inserted: the export was never started.');
    const after = await exported(app, gustav.token, 'TORN-D', draft.number);
    expect(after.categories.map((category) => category.code)).toEqual(['PAYROLL', 'EDITED']);
    expect([before, after]).toContainEqual(await reader.read);
  });

  it('has the currency of the rows it shows, though edits of both commit after its version was read', async () => {
    const draft = await freshDraft('TORN-E');
    const transactions = app.app.get(TransactionService);
    const snapshot = transactions.snapshot.bind(transactions);
    const editor: { committed?: Promise<VersionResult> } = {};
    // The export has read the draft's version (currency DKK) and is about to read its rows: two
    // edits commit now, the currency's and a category's. Its rows are then of the edited draft.
    vi.spyOn(transactions, 'snapshot').mockImplementation(async (work) => {
      editor.committed ??= edited(
        edit(app, hanna.token, UPSERT.settings, draft, { input: { currency: 'EUR' } }),
      ).then((settled) => edited(upsertCategory(hanna.token, settled, 'EDITED')));
      await editor.committed;
      return snapshot(work);
    });
    const read = await exported(app, hanna.token, 'TORN-E', draft.number);
    vi.restoreAllMocks();

    if (!editor.committed) throw new Error('The export never read a snapshot: nothing was torn.');
    expect(read.categories.map((category) => category.code)).toEqual(['PAYROLL', 'EDITED']);
    expect(read.provider.currency).toBe('EUR');
    expect(read).toEqual(await exported(app, hanna.token, 'TORN-E', draft.number));
  });
});
