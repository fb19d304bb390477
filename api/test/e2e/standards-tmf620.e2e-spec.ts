import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueDocument } from '@servicekatalog/shared';
import { dataOf, importDraft, PUBLISH } from '../support/catalogue-factory.js';
import {
  DEMO_PROVIDERS,
  EVERY_FEATURE,
  everyFeatureCatalogue,
  exportedDocument,
  startStandardsApp,
  type StandardsTestApp,
} from '../support/standards-catalogues.js';
import { tmfResponseValidator } from '../support/standards-validation.js';

const API = '/tmf-api/productCatalogManagement/v5';
const RESOURCES = [
  'productCatalog',
  'category',
  'productOffering',
  'productOfferingPrice',
  'productSpecification',
];
const PROVIDERS = [...DEMO_PROVIDERS, EVERY_FEATURE].sort();

type Resource = Record<string, unknown> & { id: string; href: string; '@type': string };

let ctx: StandardsTestApp;
let documents: CatalogueDocument[];

beforeAll(async () => {
  ctx = await startStandardsApp();
  documents = await Promise.all(PROVIDERS.map((code) => exportedDocument(ctx.app, code)));
}, 60_000);

afterAll(async () => {
  await ctx?.app.close();
});

interface Answer {
  status: number;
  headers: Headers;
  raw: string;
  body: unknown;
}

async function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${ctx.app.url}${API}${path}`, { headers });
  const raw = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    raw,
    body: raw ? (JSON.parse(raw) as unknown) : null,
  };
}

/** Asserts that the answer is what the vendored TMF620 document says this operation answers. */
function expectConforms(answer: Answer, documentPath: string): void {
  const validate = tmfResponseValidator(documentPath, answer.status);
  const valid = validate(answer.body);
  expect(
    validate.errors ?? [],
    `${documentPath} ${answer.status}: ${JSON.stringify(validate.errors, null, 1)}`,
  ).toEqual([]);
  expect(valid).toBe(true);
}

/** Every item of a list, page by page; each page is validated and its count headers checked. */
async function listAll(resource: string): Promise<Resource[]> {
  const items: Resource[] = [];
  let total = Infinity;
  for (let offset = 0; offset < total; offset += 7) {
    const page = await get(`/${resource}?offset=${offset}&limit=7`);
    expect(page.status).toBe(200);
    expectConforms(page, `/${resource}`);
    total = Number(page.headers.get('x-total-count'));
    const body = page.body as Resource[];
    expect(Number(page.headers.get('x-result-count'))).toBe(body.length);
    expect(body.length).toBe(Math.min(7, total - offset));
    items.push(...body);
  }
  return items;
}

function count(of: (doc: CatalogueDocument) => number): number {
  return documents.reduce((sum, doc) => sum + of(doc), 0);
}

describe('TMF620 v5 read API', () => {
  it('checks responses against the document for real (a wrong answer fails)', () => {
    const one = tmfResponseValidator('/productOfferingPrice/{id}', 200);
    expect(one({ id: 'A.B.1', '@type': 'ProductOfferingPrice', price: { unit: 'EUR', value: 0.1 } })).toBe(
      true,
    );
    expect(one({ id: 'A.B.1', price: { unit: 'EUR', value: 0.1 } })).toBe(false);
    expect(one({ id: 'A.B.1', '@type': 'ProductOfferingPrice', price: { unit: 'EUR', value: '0.10' } })).toBe(
      false,
    );
    expect(
      one({ id: 'A.B.1', '@type': 'ProductOfferingPrice', validFor: { startDateTime: '2026-01-01' } }),
    ).toBe(false);
    const offering = tmfResponseValidator('/productOffering/{id}', 200);
    const ref = { id: 'A.B.1', '@type': 'ProductOfferingPriceRef' };
    expect(offering({ id: 'A.B', '@type': 'ProductOffering', productOfferingPrice: [ref] })).toBe(true);
    expect(
      offering({
        id: 'A.B',
        '@type': 'ProductOffering',
        productOfferingPrice: [{ ...ref, '@type': 'Other' }],
      }),
    ).toBe(false);
    expect(
      offering({
        id: 'A.B',
        '@type': 'ProductOffering',
        productOfferingPrice: [{ '@type': 'ProductOfferingPriceRef' }],
      }),
    ).toBe(false);
    const list = tmfResponseValidator('/category', 200);
    expect(list([{ id: 'A.C', '@type': 'Category' }])).toBe(true);
    expect(list({ id: 'A.C', '@type': 'Category' })).toBe(false);
    expect(tmfResponseValidator('/category', 400)({ code: 'X', '@type': 'Error' })).toBe(false);
  });

  it('answers every list and every resource by id as the official OpenAPI document says, for every catalogue', async () => {
    const expected: Record<string, number> = {
      productCatalog: PROVIDERS.length,
      category: count((doc) => doc.categories.length),
      productOffering: count((doc) => doc.services.length + doc.servicePackages.length),
      productSpecification: count((doc) => doc.services.length),
      productOfferingPrice: count((doc) =>
        doc.services.reduce(
          (n, s) => n + s.priceComponents.reduce((m, c) => m + 1 + (c.tiers?.length ?? 0), 0),
          0,
        ),
      ),
    };
    for (const resource of RESOURCES) {
      const items = await listAll(resource);
      expect(items.length, resource).toBe(expected[resource]);
      expect(new Set(items.map((item) => item.id)).size, `${resource} ids are unique`).toBe(items.length);
      for (const item of items) {
        const one = await get(`/${resource}/${encodeURIComponent(item.id)}`);
        expect(one.status).toBe(200);
        expectConforms(one, `/${resource}/{id}`);
        expect(one.body).toEqual(item);
        expect(item.href).toBe(
          `https://katalog.example.test${API}/${resource}/${encodeURIComponent(item.id)}`,
        );
      }
    }
    const catalogs = await listAll('productCatalog');
    expect(catalogs.map((c) => c.id)).toEqual(PROVIDERS);
  }, 120_000);

  it('selects fields, always keeping id, href and @type, in lists and by id', async () => {
    for (const resource of RESOURCES) {
      const list = await get(`/${resource}?fields=name,lifecycleStatus&limit=100`);
      expectConforms(list, `/${resource}`);
      const items = list.body as Resource[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(['@type', 'href', 'id', 'lifecycleStatus', 'name']);
      }
      const one = await get(`/${resource}/${encodeURIComponent(items[0].id)}?fields=version`);
      expectConforms(one, `/${resource}/{id}`);
      expect(Object.keys(one.body as Resource).sort()).toEqual(['@type', 'href', 'id', 'version']);
    }
  });

  it('refuses bad offset, limit and fields with 400 and unknown ids with 404, in TMF error shape', async () => {
    const bad = [
      'offset=-1',
      'offset=x',
      'limit=0',
      'limit=101',
      'limit=1.5',
      'limit=1&limit=2',
      'fields=',
      'fields=a,,b',
      'fields=na%20me',
      `fields=${'a'.repeat(65)}`,
      `fields=${Array.from({ length: 51 }, (_, i) => `f${i}`).join(',')}`,
    ];
    for (const resource of RESOURCES) {
      for (const query of bad) {
        const answer = await get(`/${resource}?${query}`);
        expect(answer.status, `${resource}?${query}`).toBe(400);
        expectConforms(answer, `/${resource}`);
        expect(answer.body).toMatchObject({
          '@type': 'Error',
          code: 'BAD_REQUEST',
          reason: 'Bad Request',
          status: '400',
        });
      }
      for (const id of ['NO-SUCH.X', 'SA-DK.NOPE', 'sa-dk', 'X'.repeat(99), 'SA-DK..1', 'SA-DK.PAY.1.1.1']) {
        const answer = await get(`/${resource}/${encodeURIComponent(id)}`);
        expect(answer.status, `${resource}/${id}`).toBe(404);
        expectConforms(answer, `/${resource}/{id}`);
        expect(answer.body).toMatchObject({
          '@type': 'Error',
          code: 'NOT_FOUND',
          reason: 'Not Found',
          status: '404',
        });
      }
      const badFields = await get(`/${resource}/SA-DK?fields=`);
      expect(badFields.status).toBe(400);
      expectConforms(badFields, `/${resource}/{id}`);
    }
    // Fastify's router refuses path parameters over 100 characters before the API sees them.
    expect((await get(`/productOffering/${'X'.repeat(101)}`)).status).toBe(414);
    // A resource of the document this API does not serve.
    const importJob = await get('/importJob');
    expect(importJob.status).toBe(404);
    expect(importJob.body).toMatchObject({ '@type': 'Error', code: 'NOT_FOUND' });
  });

  it('maps price components to ProductOfferingPrices with exact money', async () => {
    const pop = async (id: string): Promise<Answer> => get(`/productOfferingPrice/${id}`);
    const setUp = await pop('ALL-FI.BASE.1');
    expect(setUp.raw).toContain('"price":{"unit":"EUR","value":12345678901.123456}');
    expect(setUp.body).toMatchObject({
      name: 'Set-up',
      priceType: 'oneTime',
      isBundle: false,
      lifecycleStatus: 'Launched',
      version: '1',
    });
    expect((setUp.body as Resource).description).toContain('12345678901.123456');
    expect((setUp.body as Resource).validFor).toEqual({ startDateTime: '2026-01-01T00:00:00Z' });
    const monthly = await pop('ALL-FI.BASE.2');
    expect(monthly.raw).toContain('"value":0.10}');
    expect(monthly.body).toMatchObject({
      priceType: 'recurring',
      recurringChargePeriodType: 'month',
      price: { unit: 'EUR', value: 0.1 },
    });
    expect((monthly.body as Resource).description).toContain('0.10 EUR');
    expect((await pop('ALL-FI.BASE.3')).body).toMatchObject({
      priceType: 'recurring',
      recurringChargePeriodType: 'year',
    });
    const graduated = (await pop('ALL-FI.PAY-RUN.1')).body as Resource;
    expect(graduated).toMatchObject({
      isBundle: true,
      priceType: 'usage',
      unitOfMeasure: { amount: 1, units: 'PAYSLIPS' },
    });
    expect(graduated.price).toBeUndefined();
    expect(graduated.bundledPopRelationship).toEqual(
      ['up to 1000', 'up to 5000', 'above 5000'].map((name, t) =>
        expect.objectContaining({
          id: `ALL-FI.PAY-RUN.1.${t + 1}`,
          name,
          '@type': 'BundledProductOfferingPriceRelationship',
        }),
      ),
    );
    const firstTier = await pop('ALL-FI.PAY-RUN.1.1');
    expect(firstTier.raw).toContain('"value":38.00}');
    expect(firstTier.body).toMatchObject({
      name: 'up to 1000',
      priceType: 'usage',
      description: '38.00 EUR per unit plus a flat 100.00 EUR',
    });
    expect((await pop('ALL-FI.PAY-RUN.2')).body).toMatchObject({
      priceType: 'oneTime',
      unitOfMeasure: { units: 'PAYSLIPS' },
      price: { value: 1.25 },
    });
    expect((await pop('ALL-FI.INVOICES.1')).body).toMatchObject({
      isBundle: true,
      priceType: 'usage',
      recurringChargePeriodType: 'year',
    });
    expect((await pop('ALL-FI.PAY-LITE.1')).raw).toContain('"value":45.000001}');
    expect((await pop('ALL-FI.PAY-LITE.1')).body).toMatchObject({ lifecycleStatus: 'Retired' });
  });

  it('maps services, packages, add-ons and requirements to offerings and their relationships', async () => {
    const offering = async (id: string): Promise<Resource> =>
      (await get(`/productOffering/${encodeURIComponent(id)}`)).body as Resource;
    const payRun = await offering('ALL-FI.PAY-RUN');
    expect(payRun).toMatchObject({
      isBundle: false,
      isSellable: true,
      lifecycleStatus: 'Launched',
      name: 'Payroll <runs> & "quotes"',
    });
    expect(payRun.productOfferingRelationship).toEqual([
      expect.objectContaining({ id: 'ALL-FI.BASE', relationshipType: 'requires' }),
      expect.objectContaining({ id: 'ALL-FI.PAY-LITE', relationshipType: 'excludes' }),
    ]);
    expect(payRun.productOfferingPrice).toEqual([
      expect.objectContaining({ id: 'ALL-FI.PAY-RUN.1', '@type': 'ProductOfferingPriceRef' }),
      expect.objectContaining({ id: 'ALL-FI.PAY-RUN.2', '@type': 'ProductOfferingPriceRef' }),
    ]);
    expect(payRun.productSpecification).toMatchObject({
      id: 'ALL-FI.PAY-RUN',
      '@type': 'ProductSpecificationRef',
    });
    const invoices = await offering('ALL-FI.INVOICES');
    expect(
      (invoices.productOfferingRelationship as Resource[]).map((r) => [r.id, r.relationshipType, r.role]),
    ).toEqual([
      ['ALL-FI.BASE', 'requires', 'requirement group 1 (at least one of 1)'],
      ['ALL-FI.PAY-RUN', 'requires', 'requirement group 2 (at least one of 2)'],
      ['ALL-FI.PAY-LITE', 'requires', 'requirement group 2 (at least one of 2)'],
    ]);
    expect(await offering('ALL-FI.PAY-LITE')).toMatchObject({
      lifecycleStatus: 'Retired',
      isSellable: false,
    });
    const everything = await offering('ALL-FI.ALL');
    expect(everything).toMatchObject({ isBundle: true, name: 'Everything' });
    expect((everything.bundledProductOffering as Resource[]).map((b) => [b.id, b['@type']])).toEqual([
      ['ALL-FI.BASE', 'BundledProductOffering'],
      ['ALL-FI.PAY-RUN', 'BundledProductOffering'],
      ['ALL-FI.INVOICES', 'BundledProductOffering'],
    ]);
    // allowedAddOns absent: every ADDON; ["ADVICE"]: only that one. The package coded like a service gets its own id.
    expect(
      (everything.productOfferingRelationship as Resource[]).map((r) => [r.id, r.relationshipType]),
    ).toEqual([
      ['ALL-FI.ADVICE', 'addOn'],
      ['ALL-FI.REPORTS', 'addOn'],
    ]);
    const basePackage = await offering('ALL-FI.BASE~PACKAGE');
    expect(basePackage).toMatchObject({ isBundle: true, name: 'Base only' });
    expect((basePackage.productOfferingRelationship as Resource[]).map((r) => r.id)).toEqual([
      'ALL-FI.ADVICE',
    ]);
    expect(await offering('ALL-FI.BASE')).toMatchObject({ isBundle: false, name: 'Base fee' });
    const category = (await get('/category/ALL-FI.PAYROLL', { 'accept-language': 'sv' })).body as Resource;
    expect(category).toMatchObject({ name: 'Lön', isRoot: true });
    expect((category.productOffering as Resource[]).map((o) => o.id)).toEqual([
      'ALL-FI.PAY-RUN',
      'ALL-FI.PAY-LITE',
    ]);
    expect(((await get('/productCatalog/ALL-FI')).body as Resource).category).toHaveLength(2);
  });

  it('serves only the published version in force today: never a draft, nor a version not yet valid', async () => {
    const before = (await get('/productOffering?limit=100&offset=0')).raw;
    const changed = everyFeatureCatalogue();
    changed.services[0].name.en = 'Not yet in force';
    const draft = await importDraft(ctx.app, ctx.admin.token, changed);
    const onlyDraft = everyFeatureCatalogue();
    onlyDraft.provider.code = 'DRAFT-ONLY';
    await importDraft(ctx.app, ctx.admin.token, onlyDraft);
    expect((await get('/productOffering?limit=100&offset=0')).raw).toBe(before);
    expect((await get('/productOffering/ALL-FI.BASE')).raw).not.toContain('Not yet in force');
    expect(((await get('/productCatalog')).body as Resource[]).map((c) => c.id)).toEqual(PROVIDERS);
    expect((await get('/productCatalog/DRAFT-ONLY')).status).toBe(404);
    expect((await get('/productOffering/DRAFT-ONLY.BASE')).status).toBe(404);
    dataOf(await ctx.app.gql(PUBLISH, { id: draft.id, validFrom: '2099-01-01' }, { token: ctx.admin.token }));
    expect((await get('/productOffering/ALL-FI.BASE')).body).toMatchObject({
      name: 'Base fee',
      version: '1',
    });
  });

  it('carries ETag and Cache-Control and answers 304 when the ETag matches', async () => {
    for (const path of [
      '/productOffering?limit=5',
      '/productOfferingPrice/SA-DK.PAY.1',
      '/productCatalog/SA-DK',
    ]) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=60');
      expect(first.headers.get('vary')).toBe('Accept-Language');
      const again = await get(path, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.raw).toBe('');
      expect((await get(path, { 'if-none-match': '"stale"' })).status).toBe(200);
    }
    // Resources of a published version are built once: a repeated list only selects the versions
    // in force (the providers, then one small statement per provider).
    const providers = dataOf(await ctx.app.gql<{ providers: unknown[] }>('{ providers { code } }')).providers;
    await get('/productOfferingPrice?limit=100');
    const before = ctx.app.statements();
    expect((await get('/productOfferingPrice?limit=100')).status).toBe(200);
    expect(ctx.app.statements() - before).toBeLessThanOrEqual(1 + providers.length);
    const english = await get('/category/SA-DK.PAYROLL', { 'accept-language': 'en' });
    const danish = await get('/category/SA-DK.PAYROLL', { 'accept-language': 'da' });
    expect(english.headers.get('etag')).not.toBe(danish.headers.get('etag'));
  });
});
