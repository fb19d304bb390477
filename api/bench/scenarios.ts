import type { AutocannonRequest } from 'autocannon';
import { benchCatalogue, configuration, type Quantities } from '../../shared/bench/bench-catalogue.js';
import { DEMO_PASSWORD } from '../src/seed/demo-data.js';
import { webDocument } from './web-documents.js';

/** Which goal of DESIGN "Performance goals" a scenario is held to. */
export type GoalKind = 'cached' | 'uncached';

export interface Scenario {
  key: string;
  title: string;
  goal: GoalKind;
  /** The requests one connection sends in turn, for a server whose GraphQL path is `path`. */
  requests(path: string): AutocannonRequest[];
}

/** What the bench learns from the app before loading it. */
export interface Prepared {
  scenarios: Scenario[];
  /** `data` of each operation as the app answered it once: the reference's root values. */
  rootValues: Record<string, unknown>;
  /** Each operation once, as sent at the start: the reference must answer them as the app did. */
  probes: Array<(path: string) => AutocannonRequest>;
}

const ADMIN = 'admin@demo.servicekatalog.example';
const CUSTOMER = 'kunde@eksempelstyrelsen.example';
const QUOTES_TO_SAVE = 5;
const BASE_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};
/** What the web app sends for Danish (web/src/lib/graphql/client.ts acceptLanguage). */
const DANISH = 'da, en;q=0.5';

const SA_DK_VOLUMES = [
  ['PAYSLIPS', '1200'],
  ['REFUNDS', '50'],
  ['ONACCOUNT_PAYMENTS', '100'],
  ['INVOICES_IN', '8000'],
  ['INVOICES_OUT', '600'],
  ['TRAVEL_CLAIMS', '300'],
  ['DDI_ENTRIES', '200'],
  ['HOURS', '40'],
].map(([driverCode, quantity]) => ({ driverCode, quantity }));

/** Four SA-DK configurations as the compare page holds them: each package, and à la carte. */
const SA_DK_CONFIGURATIONS = [
  { servicePackageCode: 'LON-REGNSKAB', serviceCodes: ['INDFAK'] },
  { servicePackageCode: 'REGNSKAB', serviceCodes: ['INDFAK', 'REJSUD'], serviceLevelCode: 'PLUS' },
  { servicePackageCode: 'LON', serviceCodes: ['CONSULTING'] },
  { serviceCodes: ['PAY', 'ACC', 'STATEMENT', 'DDI'], contractYears: 3 },
].map((choice) => ({ providerCode: 'SA-DK', volumes: SA_DK_VOLUMES, ...choice }));

/** Volumes that differ on every request: request n of the run gets its own (distinct for n < 30,000). */
function changingQuantities(n: number): Quantities {
  const spread = (prime: number, range: number): bigint => BigInt(1 + ((n * prime) % range));
  return {
    PAYSLIPS: BigInt(1 + (n % 30_000)),
    INVOICES_IN: spread(7919, 200_000),
    INVOICES_OUT: spread(104_729, 5_000),
    TRAVEL_CLAIMS: spread(1_299_709, 2_000),
    POSTING_LINES: spread(15_485_863, 1_000_000),
    USERS: spread(32_452_843, 500),
  };
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One request to the app outside the load; any GraphQL error stops the bench with its message. */
async function call(
  appUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: 'POST',
    headers: { ...BASE_HEADERS, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLBody;
  if (body.errors?.length || !body.data) {
    throw new Error(`The app refused a bench request: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

async function signIn(appUrl: string, email: string): Promise<string> {
  const data = await call(appUrl, webDocument('Login'), { email, password: DEMO_PASSWORD });
  return (data.login as { token: string }).token;
}

/** The 30-line BENCH catalogue of the pricing bench, imported and published so it is in force today. */
async function publishBenchCatalogue(appUrl: string, adminToken: string): Promise<void> {
  const auth = { authorization: `Bearer ${adminToken}` };
  const imported = await call(
    appUrl,
    'mutation BenchImport($document: JSON!) { importCatalogue(document: $document) { id } }',
    { document: benchCatalogue() },
    auth,
  );
  const id = (imported.importCatalogue as { id: string }).id;
  const today = new Date().toISOString().slice(0, 10);
  await call(
    appUrl,
    'mutation BenchPublish($id: ID!, $validFrom: Date) { publishCatalogueVersion(id: $id, validFrom: $validFrom) { id } }',
    { id, validFrom: today },
    auth,
  );
}

async function saveQuotes(appUrl: string, customerToken: string): Promise<void> {
  for (let i = 0; i < QUOTES_TO_SAVE; i += 1) {
    await call(
      appUrl,
      'mutation BenchSaveQuote($input: SaveQuoteInput!) { saveQuote(input: $input) { id } }',
      { input: { name: `Bench quote ${i + 1}`, configuration: SA_DK_CONFIGURATIONS[i % 4] } },
      { authorization: `Bearer ${customerToken}` },
    );
  }
}

function post(
  path: string,
  query: string,
  variables: unknown,
  headers: Record<string, string> = {},
): AutocannonRequest {
  return {
    method: 'POST',
    path,
    headers: { ...BASE_HEADERS, ...headers },
    body: JSON.stringify({ query, variables }),
  };
}

/** Price requests sent in this run, over every connection and scenario: each gets its own volumes. */
let priceRequestsSent = 0;

/** A request whose volumes change every time it is sent (autocannon's setupRequest). */
function changingPriceRequest(path: string, query: string): AutocannonRequest {
  return {
    ...post(path, query, {}),
    setupRequest: (request) => {
      priceRequestsSent += 1;
      const input = configuration(changingQuantities(priceRequestsSent));
      return { ...request, body: JSON.stringify({ query, variables: { input } }) };
    },
  };
}

/**
 * Signs in, publishes the BENCH catalogue, saves the customer's quotes, asks the app each
 * operation once (the reference's data) and returns the scenarios of issue 11.
 */
export async function prepare(appUrl: string): Promise<Prepared> {
  await publishBenchCatalogue(appUrl, await signIn(appUrl, ADMIN));
  const customerToken = await signIn(appUrl, CUSTOMER);
  await saveQuotes(appUrl, customerToken);
  const version = (
    (await call(appUrl, '{ catalogue(providerCode: "SA-DK") { number } }', {})).catalogue as {
      number: number;
    }
  ).number;

  const operations = {
    CatalogueBrowser: {
      variables: { providerCode: 'SA-DK', version },
      headers: { 'accept-language': DANISH },
    },
    ExportCatalogue: { variables: { providerCode: 'SA-DK', version }, headers: {} },
    PriceConfiguration: { variables: { input: configuration(changingQuantities(0)) }, headers: {} },
    CompareConfigurations: { variables: { inputs: SA_DK_CONFIGURATIONS }, headers: {} },
    Quotes: { variables: { first: 20 }, headers: { authorization: `Bearer ${customerToken}` } },
  };
  const rootValues: Record<string, unknown> = {};
  for (const [name, { variables, headers }] of Object.entries(operations)) {
    rootValues[name] = await call(appUrl, webDocument(name), variables, headers);
  }
  const quotes = rootValues.Quotes as { quotes: { totalCount: number } };
  if (quotes.quotes.totalCount < QUOTES_TO_SAVE) throw new Error('The demo customer has too few quotes');

  const one = (name: keyof typeof operations) => (path: string) =>
    post(path, webDocument(name), operations[name].variables, operations[name].headers);
  const price = (path: string) => changingPriceRequest(path, webDocument('PriceConfiguration'));
  // 20 requests a connection repeats: 14 catalogue pages (70 %), 2 exports, 3 prices, 1 quotes page.
  const mix = 'aacaabaacaaeaacaabaa';
  const byKey: Record<string, (path: string) => AutocannonRequest> = {
    a: one('CatalogueBrowser'),
    b: one('ExportCatalogue'),
    c: price,
    e: one('Quotes'),
  };
  const scenarios: Scenario[] = [
    {
      key: 'a',
      title: 'catalogue page (CatalogueBrowser SA-DK, da)',
      goal: 'cached',
      requests: (p) => [byKey.a(p)],
    },
    { key: 'b', title: 'exportCatalogue SA-DK', goal: 'cached', requests: (p) => [byKey.b(p)] },
    {
      key: 'c',
      title: 'priceConfiguration, 30 lines, new volumes',
      goal: 'uncached',
      requests: (p) => [price(p)],
    },
    {
      key: 'd',
      title: 'compareConfigurations of 4',
      goal: 'cached',
      requests: (p) => [one('CompareConfigurations')(p)],
    },
    { key: 'e', title: "customer's first page of quotes", goal: 'uncached', requests: (p) => [byKey.e(p)] },
    {
      key: 'f',
      title: 'mix 70 % a, 10 % b, 15 % c, 5 % e',
      goal: 'uncached',
      requests: (p) => [...mix].map((k) => byKey[k](p)),
    },
  ];
  const probes = (Object.keys(operations) as Array<keyof typeof operations>).map(one);
  return { scenarios, rootValues, probes };
}
