import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { CatalogueDocument } from '@servicekatalog/shared';
import type { CatalogueExportService } from '../catalogue/import-export/catalogue-export.service.js';
import type { VisibleVersion } from '../catalogue/published/catalogue-read.service.js';
import type { CatalogueVersionStatus } from '../catalogue/entities/catalogue-version.entity.js';
import { COMPILED_CATALOGUE_CACHE_SIZE, CompiledCatalogueCache } from './compiled-catalogue.cache.js';

const DOCUMENT = JSON.parse(
  readFileSync(new URL('../../test/fixtures/ex-no.json', import.meta.url), 'utf8'),
) as CatalogueDocument;

/** A cache over a fake export service that counts the loads (each load is nine SQL statements in the app). */
function cacheWithCountingLoader(): { cache: CompiledCatalogueCache; loads: () => number } {
  const documentOf = vi.fn((_found: VisibleVersion) => Promise.resolve(structuredClone(DOCUMENT)));
  const exporter: Pick<CatalogueExportService, 'documentOf'> = { documentOf };
  return {
    cache: new CompiledCatalogueCache(exporter as CatalogueExportService),
    loads: () => documentOf.mock.calls.length,
  };
}

function version(id: string, status: CatalogueVersionStatus = 'PUBLISHED', number = 1): VisibleVersion {
  return {
    provider: {
      id: 'p',
      code: 'EX-NO',
      name: 'Eksempelsenteret',
      country: 'NO',
      locale: 'nb',
      createdAt: new Date(),
    },
    version: {
      id,
      providerId: 'p',
      number,
      status,
      validFrom: '2027-01-01',
      currency: 'NOK',
      version: 1,
      createdAt: new Date(),
      publishedAt: null,
    },
  };
}

describe('CompiledCatalogueCache', () => {
  it('loads and compiles a published version once', async () => {
    const { cache, loads } = cacheWithCountingLoader();
    const first = await cache.compiled(version('a', 'PUBLISHED', 3));
    const second = await cache.compiled(version('a', 'PUBLISHED', 3));
    expect(second).toBe(first);
    expect(first.catalogueVersion).toBe(3);
    expect(first.currency).toBe('NOK');
    expect(loads()).toBe(1);
  });

  it('shares one load between concurrent first requests', async () => {
    const { cache, loads } = cacheWithCountingLoader();
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.compiled(version('a'))));
    expect(new Set(results).size).toBe(1);
    expect(loads()).toBe(1);
  });

  it('never caches a draft', async () => {
    const { cache, loads } = cacheWithCountingLoader();
    await cache.compiled(version('d', 'DRAFT'));
    await cache.compiled(version('d', 'DRAFT'));
    expect(loads()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it(`holds at most ${COMPILED_CATALOGUE_CACHE_SIZE} versions, dropping the least recently used`, async () => {
    const { cache, loads } = cacheWithCountingLoader();
    for (let i = 0; i <= COMPILED_CATALOGUE_CACHE_SIZE; i++) await cache.compiled(version(`v${i}`));
    expect(cache.size).toBe(COMPILED_CATALOGUE_CACHE_SIZE);
    expect(loads()).toBe(COMPILED_CATALOGUE_CACHE_SIZE + 1);
    await cache.compiled(version(`v${COMPILED_CATALOGUE_CACHE_SIZE}`));
    expect(loads()).toBe(COMPILED_CATALOGUE_CACHE_SIZE + 1);
    await cache.compiled(version('v0'));
    expect(loads()).toBe(COMPILED_CATALOGUE_CACHE_SIZE + 2);
  });

  it('does not keep a failed load', async () => {
    const documentOf = vi.fn<(found: VisibleVersion) => Promise<CatalogueDocument>>();
    documentOf.mockRejectedValueOnce(new Error('database down')).mockResolvedValue(structuredClone(DOCUMENT));
    const exporter: Pick<CatalogueExportService, 'documentOf'> = { documentOf };
    const cache = new CompiledCatalogueCache(exporter as CatalogueExportService);
    await expect(cache.compiled(version('x'))).rejects.toThrow('database down');
    await expect(cache.compiled(version('x'))).resolves.toMatchObject({ catalogueVersion: 1 });
    expect(documentOf).toHaveBeenCalledTimes(2);
  });
});
