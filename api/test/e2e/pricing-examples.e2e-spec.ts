/**
 * DESIGN's worked examples over HTTP: every configuration of pricing-examples.json (the same file
 * shared/ tests the engine with) priced through `priceConfiguration` against ex-no.json, anonymously.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPricingExamples } from '../../../shared/test/fixtures/pricing-examples.js';
import { ENGINE_VERSION, type ConfigurationInput } from '@servicekatalog/shared';
import { dataOf, exampleCatalogue } from '../support/catalogue-factory.js';
import { PRICE, publishCatalogue, type Quote } from '../support/pricing.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const examples = loadPricingExamples();

let app: TestApp;
let versionId: string;

beforeAll(async () => {
  app = await startTestApp();
  versionId = (await publishCatalogue(app, exampleCatalogue(), '2020-01-01')).id;
});

afterAll(async () => {
  await app?.close();
});

async function price(input: ConfigurationInput): Promise<Quote> {
  return dataOf(await app.gql<{ priceConfiguration: Quote }>(PRICE, { input })).priceConfiguration;
}

describe('priceConfiguration: pricing-examples.json against ex-no.json, over HTTP', () => {
  it('has the eight worked examples', () => {
    expect(examples).toHaveLength(8);
  });

  it.each(examples.map((example) => [example.why, example] as const))('%s', async (_why, example) => {
    const quote = await price(example.configuration);
    const { expected } = example;
    expect(
      quote.lines.map(({ serviceCode, componentLabel, period, amount, firstYear, lastYear }) => ({
        serviceCode,
        componentLabel,
        period,
        amount,
        firstYear,
        lastYear,
      })),
    ).toEqual(expected.lines);
    expect(quote.years).toEqual(expected.years);
    expect(quote.totals).toEqual(expected.totals);
    expect(quote.valid).toBe(expected.valid);
    expect(new Set(quote.issues.map((issue) => issue.code))).toEqual(new Set(expected.issueCodes));
    expect(quote).toMatchObject({
      currency: 'NOK',
      providerCode: 'EX-NO',
      catalogueVersion: 1,
      catalogueVersionId: versionId,
      engineVersion: ENGINE_VERSION,
      contractYears: example.configuration.contractYears ?? 1,
    });
  });

  it('explains a graduated line tier by tier, with package discount and level surcharge', async () => {
    const quote = await price(examples[2].configuration);
    expect(quote.servicePackageCode).toBe('KOMPLETT');
    expect(quote.serviceLevelCode).toBe('UTVIDET');
    expect(quote.lines.find((line) => line.serviceCode === 'PAY-RUN')).toEqual({
      serviceCode: 'PAY-RUN',
      componentIndex: 0,
      componentLabel: 'Per payslip',
      componentLabelTranslations: expect.objectContaining({ en: 'Per payslip' }),
      model: 'GRADUATED',
      period: 'MONTHLY',
      driverCode: 'PAYSLIPS',
      quantity: '501',
      billableQuantity: '501',
      includedQuantity: null,
      amount: '14796.97',
      firstYear: 1,
      lastYear: 1,
      base: '14422.00',
      minimumCharge: '1500.00',
      minimumApplied: false,
      discountPercent: '5',
      surchargePercent: '8',
      unitPrice: null,
      tiers: [
        { upTo: '500', unitPrice: '28.00', flatFee: '0', quantity: '500', amount: '14000.00' },
        { upTo: '2000', unitPrice: '22.00', flatFee: '400.00', quantity: '1', amount: '422.00' },
      ],
    });
  });

  it('explains the included quantity and the minimum charge (everything included: billable 0)', async () => {
    const quote = await price(examples[1].configuration);
    expect(quote.lines.find((line) => line.serviceCode === 'PAY-RUN')).toMatchObject({
      quantity: '40',
      includedQuantity: '50',
      billableQuantity: '0',
      base: '0.00',
      minimumApplied: true,
      amount: '1500.00',
    });
  });

  it('gives the details of each issue', async () => {
    const quote = await price(examples[6].configuration);
    expect(quote.valid).toBe(false);
    const dependency = quote.issues.find((issue) => issue.code === 'MISSING_DEPENDENCY');
    expect(dependency).toMatchObject({
      severity: 'ERROR',
      serviceCode: 'PAY-RUN',
      requiredAnyOf: ['PAY-BASE'],
    });
    const volume = quote.issues.find((issue) => issue.code === 'MISSING_VOLUME');
    expect(volume).toMatchObject({
      severity: 'ERROR',
      serviceCode: 'PURCHASE',
      driverCode: expect.any(String),
      requiredAnyOf: null,
    });
    expect(volume?.message).toEqual(expect.any(String));
  });

  it('localizes componentLabel by the locale argument, then Accept-Language, then English', async () => {
    const document = exampleCatalogue('EX-LOC');
    document.services[0].priceComponents[0].label = {
      en: 'Monthly fee',
      nb: 'Månedsavgift',
      da: 'Månedligt gebyr',
    };
    await publishCatalogue(app, document, '2020-01-01');
    const query = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) {
      lines { plain: componentLabel danish: componentLabel(locale: "da-DK") componentLabelTranslations } } }`;
    const input = { ...examples[0].configuration, providerCode: 'EX-LOC' };
    type Lines = {
      priceConfiguration: {
        lines: { plain: string; danish: string; componentLabelTranslations: Record<string, string> }[];
      };
    };
    const norwegian = dataOf(
      await app.gql<Lines>(query, { input }, { headers: { 'accept-language': 'nb-NO, en;q=0.5' } }),
    );
    const english = dataOf(await app.gql<Lines>(query, { input }));
    expect(norwegian.priceConfiguration.lines.map((line) => [line.plain, line.danish])).toEqual([
      ['Månedsavgift', 'Månedligt gebyr'],
      ['Onboarding', 'Onboarding'],
      ['Per payslip', 'Per payslip'],
    ]);
    expect(english.priceConfiguration.lines[0]).toEqual({
      plain: 'Monthly fee',
      danish: 'Månedligt gebyr',
      componentLabelTranslations: { en: 'Monthly fee', nb: 'Månedsavgift', da: 'Månedligt gebyr' },
    });
  });

  it('refuses a NUL character in the locale argument of componentLabel, as in any argument', async () => {
    const query = `query ($input: ConfigurationInput!, $locale: String) {
      priceConfiguration(input: $input) { lines { componentLabel(locale: $locale) } } }`;
    const input = examples[0].configuration;
    const refused = await app.gql(query, { input, locale: 'da\u0000' });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
    const accepted = await app.gql<{ priceConfiguration: { lines: { componentLabel: string }[] } }>(query, {
      input,
      locale: 'da',
    });
    expect(dataOf(accepted).priceConfiguration.lines[0].componentLabel).toBe('Monthly fee');
  });
});
