import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDefaults } from '@servicekatalog/shared';
import { CatalogueExportService } from '../../src/catalogue/import-export/catalogue-export.service.js';
import { CatalogueImportService } from '../../src/catalogue/import-export/catalogue-import.service.js';
import { SYSTEM_ACTOR } from '../../src/common/system-actor.js';
import {
  ConflictError,
  BadUserInputError,
  UnauthenticatedError,
} from '../../src/common/errors/domain-error.js';
import { auditEventsOf, exampleCatalogue, rowCounts, smallCatalogue } from '../support/catalogue-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let importer: CatalogueImportService;

beforeAll(async () => {
  app = await startTestApp();
  importer = app.app.get(CatalogueImportService);
});

afterAll(async () => {
  await app?.close();
});

describe("importAndPublish (the seed step's hook)", () => {
  it('imports and publishes a document in one transaction, as the given actor', async () => {
    const document = exampleCatalogue('SEED-A');
    const version = await importer.importAndPublish(document, SYSTEM_ACTOR);
    expect(version).toMatchObject({
      number: 1,
      status: 'PUBLISHED',
      validFrom: '2027-01-01',
      currency: 'NOK',
      version: 2,
    });
    const exported = await app.app
      .get(CatalogueExportService)
      .exportCatalogue(null, { providerCode: 'SEED-A', version: 1 });
    expect(exported).toEqual(withDefaults(document));
    expect((await auditEventsOf(app, version.id)).map((e) => [e.action, e.actorEmail])).toEqual([
      ['IMPORT', 'cli@servicekatalog'],
      ['PUBLISH', 'cli@servicekatalog'],
    ]);
  });

  it('rolls everything back, the new provider included, when publishing fails', async () => {
    const before = await rowCounts(app);
    await expect(
      importer.importAndPublish(smallCatalogue({ providerCode: 'SEED-B', validFrom: null }), SYSTEM_ACTOR),
    ).rejects.toBeInstanceOf(BadUserInputError);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('follows the same rules as the API: an actor is needed and a draft is not replaced unless asked', async () => {
    await expect(
      importer.importAndPublish(smallCatalogue({ providerCode: 'SEED-C' }), null),
    ).rejects.toBeInstanceOf(UnauthenticatedError);
    await importer.importDocument(SYSTEM_ACTOR, smallCatalogue({ providerCode: 'SEED-C' }), false);
    await expect(
      importer.importAndPublish(smallCatalogue({ providerCode: 'SEED-C' }), SYSTEM_ACTOR),
    ).rejects.toBeInstanceOf(ConflictError);
    const replaced = await importer.importAndPublish(
      smallCatalogue({ providerCode: 'SEED-C' }),
      SYSTEM_ACTOR,
      { replaceDraft: true, validFrom: '2020-02-02' },
    );
    expect(replaced).toMatchObject({ number: 1, status: 'PUBLISHED', validFrom: '2020-02-02' });
  });
});
