import { validateCatalogueDocument, validateOrganisationNumber } from '@servicekatalog/shared';
import { describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_CATALOGUE_LANGUAGES, DEMO_CATALOGUES, DEMO_USERS } from './demo-data.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A localized text of the document: an object whose keys are all language tags and values strings. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 && entries.every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string')
  );
}

/** Every localized text of a document with its JSON path. */
function localizedTexts(value: unknown, path = ''): Array<[string, Record<string, string>]> {
  if (isLocalizedText(value)) return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    localizedTexts(inner, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key),
  );
}

const byCode = DEMO_CATALOGUES.map((document) => {
  const code = (document as { provider: { code: string } }).provider.code;
  return [code, document] as const;
});

describe('the demo catalogues', () => {
  it('are the five centres of the forum, each with its languages named', () => {
    expect(byCode.map(([code]) => code)).toEqual(['SA-DK', 'DFO-NO', 'SSC-SE', 'PALKEET-FI', 'FJS-IS']);
    expect(Object.keys(DEMO_CATALOGUE_LANGUAGES).sort()).toEqual(byCode.map(([code]) => code).sort());
  });

  it.each(byCode)('%s is a valid catalogue document', (_code, document) => {
    expect(validateCatalogueDocument(document).errors).toEqual([]);
  });

  it.each(byCode)(
    '%s has every text in its centre’s language(s) and English, none blank, no others',
    (code, document) => {
      const wanted = [...DEMO_CATALOGUE_LANGUAGES[code]].sort();
      const texts = localizedTexts(document);
      expect(texts.length).toBeGreaterThan(20);
      const incomplete = texts
        .filter(([, text]) => {
          const languages = Object.keys(text).sort();
          return (
            languages.join() !== wanted.join() || Object.values(text).some((value) => value.trim() === '')
          );
        })
        .map(([path, text]) => [path, Object.keys(text)]);
      expect(incomplete).toEqual([]);
    },
  );

  it.each(byCode)(
    '%s says in every service description that its prices are illustrative',
    (code, document) => {
      const services = (
        document as { services: Array<{ code: string; description?: Record<string, string> }> }
      ).services;
      if (code === 'SSC-SE') return; // Statens servicecenter's fees are published (DOMAIN.md): sourced, not illustrative.
      const unmarked = services
        .filter((service) => !/illustrative/i.test(service.description?.en ?? ''))
        .map((service) => service.code);
      expect(unmarked).toEqual([]);
    },
  );

  it('prices Fjársýslan in ISK without decimals and Palkeet in EUR with cents', () => {
    const amounts = (document: unknown) =>
      JSON.stringify(document)
        .match(/"(amount|unitPrice|minimumCharge)":"[^"]*"/g)
        ?.map((match) => match.split(':')[1]) ?? [];
    const fjs = byCode.find(([code]) => code === 'FJS-IS')?.[1];
    const palkeet = byCode.find(([code]) => code === 'PALKEET-FI')?.[1];
    expect(amounts(fjs).every((amount) => /^"\d+"$/.test(amount))).toBe(true);
    expect(amounts(palkeet).every((amount) => /^"\d+\.\d{2}"$/.test(amount))).toBe(true);
    expect((fjs as { provider: { currency: string } }).provider.currency).toBe('ISK');
    expect((palkeet as { provider: { currency: string } }).provider.currency).toBe('EUR');
  });
});

describe('the demo agencies and managers', () => {
  it.each(DEMO_AGENCIES.map((agency) => [agency.name, agency] as const))(
    '%s has an organisation number that passes its country’s check digit',
    (_name, agency) => {
      expect(validateOrganisationNumber(agency.country, agency.organisationNumber)).toMatchObject({
        valid: true,
      });
    },
  );

  it('serve every centre with one agency and one account manager', () => {
    for (const [code] of byCode) {
      expect([code, DEMO_AGENCIES.filter((agency) => agency.providerCode === code).length]).toEqual([
        code,
        1,
      ]);
      const managers = DEMO_USERS.filter(
        (user) => user.role === 'ACCOUNT_MANAGER' && user.providerCode === code,
      );
      expect([code, managers.length]).toEqual([code, 1]);
    }
  });
});
