import type { CatalogueDocument, LocalizedText, ServiceDocument } from '@servicekatalog/shared';
import { countryAuthorityIri, currencyAuthorityIri } from './eu-authorities.js';
import { priceInWords, requirementInWords, textIn } from '../price-words.js';
import type { RdfNode, RdfObject } from './rdf-graph.js';

/** Where a provider's export lives; every IRI of its nodes starts with it, so they stay stable. */
export function cpsvApBase(publicBaseUrl: string, providerCode: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/standards/cpsv-ap/${encodeURIComponent(providerCode)}`;
}

/**
 * A published catalogue as CPSV-AP 3.2.0 (DESIGN, "Standards exports"): each service a
 * cpsv:PublicService with its competent authority (the centre), thematic area (its category) and
 * one cv:Cost per price component; the authority's country and the costs' currency are the EU
 * Publications Office authority IRIs.
 */
export function toCpsvAp(doc: CatalogueDocument, base: string): RdfNode[] {
  const { provider } = doc;
  const currency = currencyAuthorityIri(provider.currency);
  const country = countryAuthorityIri(provider.country);
  const organisation: RdfNode = {
    iri: `${base}/organisation`,
    types: ['cv:PublicOrganisation'],
    statements: [
      ['skos:prefLabel', { value: provider.name, language: provider.locale }],
      ['dct:spatial', { iri: country }],
    ],
  };
  const categories = doc.categories.map((category): RdfNode => ({
    iri: `${base}/categories/${encodeURIComponent(category.code)}`,
    types: ['skos:Concept'],
    statements: texts('skos:prefLabel', category.name),
  }));
  const services = doc.services.flatMap((service) => serviceNodes(doc, service, base, currency));
  return [
    ...services,
    organisation,
    { iri: country, types: ['dct:Location'], statements: [] },
    { iri: currency, types: ['skos:Concept'], statements: [] },
    ...categories,
  ];
}

function serviceNodes(
  doc: CatalogueDocument,
  service: ServiceDocument,
  base: string,
  currency: string,
): RdfNode[] {
  const iri = serviceIri(base, service.code);
  const costs = service.priceComponents.map((component, index): RdfNode => {
    const driver = doc.drivers.find((candidate) => candidate.code === component.driver);
    const statements: RdfNode['statements'] = [['dct:identifier', { value: `${service.code}-${index + 1}` }]];
    for (const language of languagesOf(service.name, component.label)) {
      statements.push([
        'dct:description',
        { value: priceInWords(component, driver, doc.provider.currency, language), language },
      ]);
    }
    statements.push(['cv:currency', { iri: currency }]);
    // A single amount exists only for FLAT and PER_UNIT; tiered prices are told in the description.
    const exact =
      component.model === 'FLAT'
        ? component.amount
        : component.model === 'PER_UNIT'
          ? component.unitPrice
          : null;
    if (exact) statements.push(['cv:hasValue', { value: exact, datatype: 'xsd:double' }]);
    return { iri: `${iri}/costs/${index + 1}`, types: ['cv:Cost'], statements };
  });
  const single = (service.requires ?? []).filter((group) => group.length === 1).map(([code]) => code);
  const statements: RdfNode['statements'] = [
    ['dct:identifier', { value: service.code }],
    ...texts('dct:title', service.name),
    ...descriptions(doc, service),
    ['cv:hasCompetentAuthority', { iri: `${base}/organisation` }],
    ['cv:thematicArea', { iri: `${base}/categories/${encodeURIComponent(service.category)}` }],
    ...costs.map((cost): [`cv:${string}`, RdfObject] => ['cv:hasCost', { iri: cost.iri }]),
    ...single.map((code): [`dct:${string}`, RdfObject] => ['dct:requires', { iri: serviceIri(base, code) }]),
  ];
  return [{ iri, types: ['cpsv:PublicService'], statements }, ...costs];
}

/** The description in every language (the name where there is none), plus requirement groups of several. */
function descriptions(doc: CatalogueDocument, service: ServiceDocument): RdfNode['statements'] {
  const groups = (service.requires ?? []).filter((group) => group.length > 1);
  const description = service.description ?? {};
  return languagesOf(service.name, description).map((language) => {
    const names = groups.map((group) =>
      requirementInWords(
        group.map((code) => nameOf(doc, code, language)),
        language,
      ),
    );
    const text = [description[language] ?? textIn(service.name, language), ...names].join(' ');
    return ['dct:description', { value: text, language }];
  });
}

function nameOf(doc: CatalogueDocument, code: string, language: string): string {
  const service = doc.services.find((candidate) => candidate.code === code);
  return service ? `${textIn(service.name, language)} (${code})` : code;
}

function serviceIri(base: string, code: string): string {
  return `${base}/services/${encodeURIComponent(code)}`;
}

function texts<P extends `${'dct' | 'skos'}:${string}`>(
  predicate: P,
  text: LocalizedText,
): Array<[P, RdfObject]> {
  return Object.entries(text).map(([language, value]) => [predicate, { value, language }]);
}

function languagesOf(...texts: LocalizedText[]): string[] {
  return [...new Set(texts.flatMap((text) => Object.keys(text)))].sort();
}
