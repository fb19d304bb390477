import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCatalogueDocument, withDefaults, type CatalogueDocument } from '@servicekatalog/shared';
import { documentToRows, rowsToDocument } from './catalogue-document.mapper.js';
import type { CatalogueVersionEntity } from './entities/catalogue-version.entity.js';
import type { ProviderEntity } from './entities/provider.entity.js';

const example = JSON.parse(
  readFileSync(new URL('../../test/fixtures/ex-no.json', import.meta.url), 'utf8'),
) as CatalogueDocument;

function counter(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

const provider: ProviderEntity = {
  id: 'p',
  code: 'EX-NO',
  name: 'Eksempelsenteret',
  country: 'NO',
  locale: 'nb',
  createdAt: new Date(0),
};
const version: CatalogueVersionEntity = {
  id: 'v',
  providerId: 'p',
  number: 1,
  status: 'DRAFT',
  validFrom: '2027-01-01',
  currency: 'NOK',
  version: 1,
  createdAt: new Date(0),
  publishedAt: null,
};

describe('documentToRows / rowsToDocument', () => {
  it('turns the example into rows and back into the same document', () => {
    expect(validateCatalogueDocument(example).errors).toEqual([]);
    const canonical = withDefaults(example);
    const rows = documentToRows(canonical, 'v', counter());
    expect(rows.services.map((s) => [s.code, s.position])).toEqual([
      ['PAY-BASE', 0],
      ['PAY-RUN', 1],
      ['ACC-INV', 2],
      ['PURCHASE', 3],
      ['ADVISORY', 4],
    ]);
    expect(
      rows.tiers
        .filter((t) => t.priceComponentId === rows.priceComponents[2].id)
        .map((t) => [t.upTo, t.position]),
    ).toEqual([
      ['500', 0],
      ['2000', 1],
      [null, 2],
    ]);
    expect(rowsToDocument(provider, version, rows)).toEqual(canonical);
  });

  it('keeps every row inside the version and every decimal as text', () => {
    const rows = documentToRows(withDefaults(example), 'v', counter());
    const all = Object.values(rows).flat();
    expect(all.every((row) => row.catalogueVersionId === 'v')).toBe(true);
    expect(new Set(all.map((row) => row.id)).size).toBe(all.length);
    expect(rows.priceComponents.map((c) => c.amount).filter((a) => a !== null)).toEqual([
      '8000.00',
      '25000.00',
      '3000.00',
      '2400.00',
      '4000.00',
    ]);
  });
});
