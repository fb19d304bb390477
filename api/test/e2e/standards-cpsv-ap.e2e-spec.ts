import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDraft } from '../support/catalogue-factory.js';
import {
  DEMO_PROVIDERS,
  EVERY_FEATURE,
  everyFeatureCatalogue,
  exportedDocument,
  startStandardsApp,
  type StandardsTestApp,
} from '../support/standards-catalogues.js';
import {
  jsonLdToDataset,
  shaclViolations,
  subjectsOfType,
  turtleToDataset,
} from '../support/standards-validation.js';

const CPSV = 'http://purl.org/vocab/cpsv#';
const CV = 'http://data.europa.eu/m8g/';
const DCT = 'http://purl.org/dc/terms/';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const BASE = 'https://katalog.example.test/standards/cpsv-ap';

let ctx: StandardsTestApp;

beforeAll(async () => {
  ctx = await startStandardsApp();
}, 60_000);

afterAll(async () => {
  await ctx?.app.close();
});

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${ctx.app.url}${path}`, { headers });
}

type Dataset = Awaited<ReturnType<typeof jsonLdToDataset>>;

function objects(data: Dataset, subject: string, predicate: string): string[] {
  return [...data]
    .filter((quad) => quad.subject.value === subject && quad.predicate.value === predicate)
    .map((quad) =>
      quad.object.termType === 'Literal' && quad.object.language
        ? `${quad.object.value}@${quad.object.language}`
        : quad.object.value,
    )
    .sort();
}

const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';

/**
 * The statements as sortable lines. jsonld's toRDF rewrites an xsd:double to its canonical form
 * ("0.05" → "5.0E-2", 16 digits), as the JSON-LD algorithm says; n3 keeps Turtle's text as
 * written. So doubles are compared by value here, and their exact text is checked in Turtle.
 */
function lines(data: Dataset): string[] {
  return [...data]
    .map((q) => {
      const double = q.object.termType === 'Literal' && q.object.datatype.value === XSD_DOUBLE;
      const value = double ? Number(q.object.value).toPrecision(15) : q.object.value;
      return `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${value}`;
    })
    .sort();
}

describe('CPSV-AP 3.2.0 export', () => {
  for (const providerCode of [...DEMO_PROVIDERS, EVERY_FEATURE]) {
    it(`of ${providerCode} conforms to the official SHACL shapes, as JSON-LD and as Turtle, one PublicService per service`, async () => {
      const document = await exportedDocument(ctx.app, providerCode);
      const response = await get(`/standards/cpsv-ap/${providerCode}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      const body = (await response.json()) as { '@context': unknown };
      expect(typeof body['@context']).toBe('object');
      const fromJsonLd = await jsonLdToDataset(body);
      const violations = await shaclViolations(fromJsonLd);
      expect(violations, violations.join('\n')).toEqual([]);
      const services = subjectsOfType(fromJsonLd, `${CPSV}PublicService`);
      expect(services.length).toBe(document.services.length);
      expect(services.flatMap((s) => objects(fromJsonLd, s, `${DCT}identifier`)).sort()).toEqual(
        document.services.map((s) => s.code).sort(),
      );
      expect(subjectsOfType(fromJsonLd, `${CV}Cost`).length).toBe(
        document.services.reduce((n, s) => n + s.priceComponents.length, 0),
      );

      const turtle = await get(`/standards/cpsv-ap/${providerCode}`, { accept: 'text/turtle' });
      expect(turtle.status).toBe(200);
      expect(turtle.headers.get('content-type')).toMatch(/^text\/turtle/);
      const fromTurtle = turtleToDataset(await turtle.text());
      const turtleViolations = await shaclViolations(fromTurtle);
      expect(turtleViolations, turtleViolations.join('\n')).toEqual([]);
      expect(lines(fromTurtle)).toEqual(lines(fromJsonLd));
    });
  }

  it('maps services, the centre, categories and costs as DESIGN says', async () => {
    const data = await jsonLdToDataset(
      (await (await get(`/standards/cpsv-ap/${EVERY_FEATURE}`)).json()) as object,
    );
    const base = `${BASE}/${EVERY_FEATURE}`;
    const org = `${base}/organisation`;
    const service = (code: string): string => `${base}/services/${code}`;
    expect(objects(data, service('PAY-RUN'), `${DCT}title`)).toEqual(
      ['Palkka-ajot@fi', 'Payroll <runs> & "quotes"@en', 'Lönekörningar@sv'].sort(),
    );
    // No description: the name stands in, per language.
    expect(objects(data, service('PAY-RUN'), `${DCT}description`)).toEqual(
      objects(data, service('PAY-RUN'), `${DCT}title`),
    );
    expect(objects(data, service('BASE'), `${DCT}description`)).toEqual([
      'Fixed fees of the centre.@en',
      'Grundavgift@sv',
      'Keskuksen kiinteät maksut.@fi',
    ]);
    expect(objects(data, service('PAY-RUN'), `${CV}hasCompetentAuthority`)).toEqual([org]);
    expect(objects(data, org, `${SKOS}prefLabel`)).toEqual(['Kaikki ominaisuudet -keskus@fi']);
    const finland = 'http://publications.europa.eu/resource/authority/country/FIN';
    expect(objects(data, org, `${DCT}spatial`)).toEqual([finland]);
    expect(subjectsOfType(data, `${DCT}Location`)).toEqual([finland]);
    expect(objects(data, service('PAY-RUN'), `${CV}thematicArea`)).toEqual([`${base}/categories/PAYROLL`]);
    expect(objects(data, `${base}/categories/PAYROLL`, `${SKOS}prefLabel`)).toEqual([
      'Lön@sv',
      'Palkanlaskenta@fi',
      'Payroll@en',
    ]);
    expect(subjectsOfType(data, `${SKOS}Concept`)).toContain(`${base}/categories/FINANCE`);

    // Requirements: a group of one is dct:requires; a group of several is told in the description.
    expect(objects(data, service('PAY-RUN'), `${DCT}requires`)).toEqual([service('BASE')]);
    expect(objects(data, service('INVOICES'), `${DCT}requires`)).toEqual([service('BASE')]);
    expect(objects(data, service('REPORTS'), `${DCT}requires`)).toEqual([]);
    expect(objects(data, service('INVOICES'), `${DCT}description`)).toContain(
      'Scanning and posting. Requires at least one of: Payroll <runs> & "quotes" (PAY-RUN), Payroll lite (PAY-LITE).@en',
    );
    expect(objects(data, service('REPORTS'), `${DCT}description`)).toEqual([
      'Extra reports Requires at least one of: Base fee (BASE), Incoming invoices (INVOICES).@en',
    ]);
    // The deprecated service is still a public service of the catalogue.
    expect(objects(data, service('PAY-LITE'), `${DCT}identifier`)).toEqual(['PAY-LITE']);
  });

  it('gives one cv:Cost per price component, with the exact value only for FLAT and PER_UNIT', async () => {
    const response = await get(`/standards/cpsv-ap/${EVERY_FEATURE}`);
    const raw = await response.text();
    expect(raw).toContain('{"@value":"12345678901.123456","@type":"xsd:double"}');
    expect(raw).toContain('{"@value":"0.10","@type":"xsd:double"}');
    // Turtle keeps a literal's text as written, so the exact values are checked there.
    const turtle = await get(`/standards/cpsv-ap/${EVERY_FEATURE}`, { accept: 'text/turtle' });
    const data = turtleToDataset(await turtle.text());
    const cost = (code: string, n: number): string => `${BASE}/${EVERY_FEATURE}/services/${code}/costs/${n}`;
    const eur = 'http://publications.europa.eu/resource/authority/currency/EUR';
    expect(objects(data, `${BASE}/${EVERY_FEATURE}/services/BASE`, `${CV}hasCost`)).toEqual(
      [1, 2, 3].map((n) => cost('BASE', n)),
    );
    expect(objects(data, cost('BASE', 1), `${DCT}identifier`)).toEqual(['BASE-1']);
    expect(objects(data, cost('BASE', 1), `${CV}currency`)).toEqual([eur]);
    expect(subjectsOfType(data, `${SKOS}Concept`)).toContain(eur);
    const values = [...data].filter((q) => q.predicate.value === `${CV}hasValue`);
    const valueOf = (subject: string): string[] =>
      values
        .filter((q) => q.subject.value === subject)
        .map((q) => `${q.object.value}^^${q.object.termType === 'Literal' ? q.object.datatype.value : ''}`);
    const double = XSD_DOUBLE;
    expect(valueOf(cost('BASE', 1))).toEqual([`12345678901.123456^^${double}`]);
    expect(valueOf(cost('BASE', 2))).toEqual([`0.10^^${double}`]);
    expect(valueOf(cost('PAY-RUN', 2))).toEqual([`1.25^^${double}`]);
    expect(valueOf(cost('PAY-RUN', 1))).toEqual([]);
    expect(valueOf(cost('INVOICES', 1))).toEqual([]);
    expect(objects(data, cost('BASE', 3), `${DCT}description`)).toEqual([
      'Yearly fee: 1200.00 EUR per year, contract years 2–3@en',
      'Yearly fee: 1200.00 EUR per year, contract years 2–3@fi',
      'Yearly fee: 1200.00 EUR per år, avtalsår 2–3@sv',
    ]);
    expect(objects(data, cost('PAY-RUN', 1), `${DCT}description`)).toContain(
      'Per payslip: graduated price per payslip per month: up to 1000: 38.00 EUR plus 100.00 EUR; up to 5000: 31.50 EUR; above 5000: 0.10 EUR, minimum charge 500.00 EUR@en',
    );
    expect(objects(data, cost('PAY-RUN', 1), `${DCT}description`)).toContain(
      'Per payslip: graduated price per lönebesked per month: up to 1000: 38.00 EUR plus 100.00 EUR; up to 5000: 31.50 EUR; above 5000: 0.10 EUR, minimum charge 500.00 EUR@sv'
        .replace(
          'graduated price per lönebesked per month: up to 1000: 38.00 EUR plus 100.00 EUR; up to 5000: 31.50 EUR; above 5000',
          'trappstegspris per lönebesked per månad: upp till 1000: 38.00 EUR plus 100.00 EUR; upp till 5000: 31.50 EUR; över 5000',
        )
        .replace('minimum charge', 'lägsta belopp'),
    );
  });

  it('never exports a draft: the default and ?version= show published versions only', async () => {
    const before = await (await get(`/standards/cpsv-ap/${EVERY_FEATURE}`)).text();
    const changed = everyFeatureCatalogue();
    changed.services[0].name.en = 'Draft-only name';
    const draft = await importDraft(ctx.app, ctx.admin.token, changed);
    expect(draft.status).toBe('DRAFT');
    expect(draft.number).toBe(2);
    const after = await get(`/standards/cpsv-ap/${EVERY_FEATURE}`);
    const afterText = await after.text();
    expect(afterText).toBe(before);
    expect(afterText).not.toContain('Draft-only name');
    expect((await get(`/standards/cpsv-ap/${EVERY_FEATURE}?version=2`)).status).toBe(404);
    expect(
      (await get(`/standards/cpsv-ap/${EVERY_FEATURE}?version=2`, { accept: 'text/turtle' })).status,
    ).toBe(404);
    expect((await get(`/standards/cpsv-ap/${EVERY_FEATURE}?version=1`)).status).toBe(200);
    // A centre with nothing but a draft has no export at all.
    const onlyDraft = everyFeatureCatalogue();
    onlyDraft.provider.code = 'DRAFT-ONLY';
    await importDraft(ctx.app, ctx.admin.token, onlyDraft);
    expect((await get('/standards/cpsv-ap/DRAFT-ONLY')).status).toBe(404);
  });

  it('answers 404 for an unknown provider or version and 400 for a malformed one', async () => {
    expect((await get('/standards/cpsv-ap/NO-SUCH')).status).toBe(404);
    expect((await get('/standards/cpsv-ap/SA-DK?version=99')).status).toBe(404);
    expect((await get('/standards/cpsv-ap/sa-dk')).status).toBe(400);
    expect((await get(`/standards/cpsv-ap/${'A'.repeat(33)}`)).status).toBe(400);
    for (const version of ['0', '-1', 'abc', '1.5', '1e3', '9999999999']) {
      expect((await get(`/standards/cpsv-ap/SA-DK?version=${version}`)).status, version).toBe(400);
    }
    expect((await get('/standards/cpsv-ap/SA-DK?version=1&version=2')).status).toBe(400);
  });

  it('carries an ETag and Cache-Control, and answers 304 when the ETag matches', async () => {
    const first = await get('/standards/cpsv-ap/SA-DK');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toBe('Accept');
    const again = await get('/standards/cpsv-ap/SA-DK', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/standards/cpsv-ap/SA-DK', { 'if-none-match': '"other"' })).status).toBe(200);
    const turtle = await get('/standards/cpsv-ap/SA-DK', {
      accept: 'text/turtle',
      'if-none-match': etag ?? '',
    });
    expect(turtle.status).toBe(200);
    expect(turtle.headers.get('etag')).not.toBe(etag);
    // A published version is rendered once: a repeated request only selects the version.
    const before = ctx.app.statements();
    expect((await get('/standards/cpsv-ap/SA-DK')).status).toBe(200);
    expect(ctx.app.statements() - before).toBeLessThanOrEqual(1);
    const fixed = await get('/standards/cpsv-ap/SA-DK?version=1');
    expect(fixed.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
    expect(fixed.headers.get('etag')).toBe(etag);
  });
});
