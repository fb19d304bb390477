import {
  addMonths,
  compileCatalogue,
  contractYearOfMonth,
  monthOf,
  monthUsage,
  parseVolumesCsv,
  trueUp,
} from '@servicekatalog/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agreementCatalogue,
  type AgreementResult,
  createAgreement,
  RECORD_RESULTS,
  RECORD_VOLUMES,
  USAGE,
  utcDatePlus,
} from '../support/agreement-factory.js';
import { dataOf } from '../support/catalogue-factory.js';
import {
  auditCount,
  createQuoteWorld,
  firstError,
  publishCatalogue,
  sql,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AV-DK';
const THIS_MONTH = monthOf(utcDatePlus(0));

interface UsageResult {
  agreement: {
    version: number;
    usage: {
      month: string;
      actualAmount: string | null;
      forecastAmount: string;
      engineVersion: string;
      lines: { driverCode: string; forecast: string; actual: string | null }[];
    }[];
    trueUp: string;
    serviceResults: {
      month: string;
      metric: string;
      serviceCode: string | null;
      target: string;
      value: string;
      met: boolean;
    }[];
  };
}

let app: TestApp;
let world: QuoteWorld;
let catalogueNumber: number;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  catalogueNumber = (await publishCatalogue(app, agreementCatalogue(PROVIDER), '2021-01-01')).number;
});

afterAll(async () => {
  await app?.close();
});

function record(
  agreement: { id: string },
  expectedVersion: number,
  entries: unknown[],
  key?: string,
): Promise<GraphQLResponse<{ recordVolumes: { version: number } }>> {
  return app.gql(
    RECORD_VOLUMES,
    { agreementId: agreement.id, expectedVersion, entries, idempotencyKey: key },
    { token: world.manager.token },
  );
}

async function usage(id: string, from: string, to: string): Promise<UsageResult['agreement']> {
  return dataOf(await app.gql<UsageResult>(USAGE, { id, from, to }, { token: world.customerA.token }))
    .agreement;
}

async function volumeRows(agreementId: string): Promise<number> {
  return Number(
    (
      await sql<{ n: number | string }>(
        app,
        'SELECT COUNT(*) AS n FROM agreement_volumes WHERE agreement_id = $1',
        [agreementId],
      )
    )[0].n,
  );
}

/** What the shared engine says for a month of the agreement's only term. */
function expectedMonth(agreement: AgreementResult, month: string, actual: string | null) {
  const catalogue = compileCatalogue(agreementCatalogue(PROVIDER), catalogueNumber);
  const term = agreement.terms[0];
  const year = contractYearOfMonth(term.startDate, month);
  const actuals = new Map(actual === null ? [] : [['PAYSLIPS', actual]]);
  return monthUsage(catalogue, term.configuration as never, year, actuals);
}

describe('reported volumes and usage', () => {
  it('records, replaces and prices usage exactly as the shared engine does; trueUp is their difference', async () => {
    const agreement = await createAgreement(app, world, { payslips: '600', contractYears: 2 });
    expect(agreement.terms[0].catalogueVersion).toBe(catalogueNumber);
    expect(
      dataOf(await record(agreement, 1, [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '710' }]))
        .recordVolumes.version,
    ).toBe(2);
    expect(
      dataOf(await record(agreement, 2, [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '650' }]))
        .recordVolumes.version,
    ).toBe(3);
    const read = await usage(agreement.id, addMonths(THIS_MONTH, -3), addMonths(THIS_MONTH, 1));
    // Clipped to the agreement's months: it starts this month.
    expect(read.usage.map((m) => m.month)).toEqual([THIS_MONTH, addMonths(THIS_MONTH, 1)]);
    const [now, next] = [
      expectedMonth(agreement, THIS_MONTH, '650'),
      expectedMonth(agreement, addMonths(THIS_MONTH, 1), null),
    ];
    expect(read.usage[0]).toEqual({ month: THIS_MONTH, ...now });
    expect(read.usage[1]).toEqual({ month: addMonths(THIS_MONTH, 1), ...next });
    expect(read.usage[0]).toMatchObject({
      forecastAmount: '31420.00',
      actualAmount: '33320.00',
      lines: [{ driverCode: 'PAYSLIPS', forecast: '600', actual: '650' }],
    });
    expect(read.usage[1].actualAmount).toBeNull();
    expect(read.trueUp).toBe(trueUp([now, next], 2));
    expect(read.trueUp).toBe('1900.00');
    expect(await auditCount(app, agreement.id, 'RECORD_VOLUMES')).toBe(2);
  });

  it('a stale expectedVersion is CONFLICT and writes nothing', async () => {
    const agreement = await createAgreement(app, world);
    await record(agreement, 1, [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '700' }]);
    const stale = await record(agreement, 1, [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '1' }]);
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await usage(agreement.id, THIS_MONTH, THIS_MONTH)).usage[0].lines[0].actual).toBe('700');
  });

  it('20 concurrent batches on the same version: exactly one wins, the others are CONFLICT', async () => {
    const agreement = await createAgreement(app, world);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        record(agreement, 1, [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: String(100 + i) }]),
      ),
    );
    const winners = responses.flatMap((r, i) => (r.errors ? [] : [i]));
    expect(winners).toHaveLength(1);
    expect(responses.filter((r) => firstError(r).reason === 'STALE_VERSION')).toHaveLength(19);
    const after = await usage(agreement.id, THIS_MONTH, THIS_MONTH);
    expect(after.version).toBe(2);
    expect(after.usage[0].lines[0].actual).toBe(String(100 + winners[0]));
    expect(await auditCount(app, agreement.id, 'RECORD_VOLUMES')).toBe(1);
  });

  it('a CSV with a bad row is refused with its line and nothing is written; a good one is recorded', async () => {
    const agreement = await createAgreement(app, world);
    const bad = parseVolumesCsv(
      `month;driver;quantity\n${THIS_MONTH};PAYSLIPS;700\n${THIS_MONTH};PAYSLIPS;1.000,5\n`,
    );
    expect(bad).toEqual({
      entries: [],
      problems: [expect.objectContaining({ line: 3, code: 'BAD_QUANTITY' })],
    });
    // Rows the file format accepts but the agreement does not: every one named, nothing written.
    const parsed = parseVolumesCsv(
      `\uFEFFmonth;driver;quantity\r\n${THIS_MONTH};PAYSLIPS;700\r\n${THIS_MONTH};HOURS;5\r\n2001-01;PAYSLIPS;5\r\n${addMonths(THIS_MONTH, 1)};PAYSLIPS;7,5\r\n`,
    );
    expect(parsed.problems).toEqual([]);
    const refused = await record(agreement, 1, parsed.entries);
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[1].driverCode' });
    expect(
      (firstError(refused).errors as { path: string; code: string }[]).map((e) => [e.path, e.code]),
    ).toEqual([
      ['entries[1].driverCode', 'UNKNOWN_DRIVER'],
      ['entries[2].month', 'OUTSIDE_AGREEMENT'],
      ['entries[3].quantity', 'NOT_WHOLE'],
    ]);
    expect(await volumeRows(agreement.id)).toBe(0);
    const good = parseVolumesCsv(
      `month;driver;quantity\n${THIS_MONTH};PAYSLIPS;700\n${addMonths(THIS_MONTH, 1)};PAYSLIPS;720,0\n`,
    );
    expect(dataOf(await record(agreement, 1, good.entries)).recordVolumes.version).toBe(2);
    expect(
      (await usage(agreement.id, THIS_MONTH, addMonths(THIS_MONTH, 1))).usage.map((m) => m.lines[0].actual),
    ).toEqual(['700', '720.0']);
  });

  it('an idempotency key answers a repeat with the first result and writes once', async () => {
    const agreement = await createAgreement(app, world);
    const entries = [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '640' }];
    const first = await record(agreement, 1, entries, 'volumes-key-0001');
    const again = await record(agreement, 1, entries, 'volumes-key-0001');
    expect(again.data).toEqual(first.data);
    expect(await auditCount(app, agreement.id, 'RECORD_VOLUMES')).toBe(1);
  });
});

describe('hostile inputs', () => {
  it.each([
    ['a 13-digit quantity', [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '1234567890123' }]],
    ['7 decimals', [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '1.1234567' }]],
    ['a negative quantity', [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '-1' }]],
    ['a JSON number', [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: 5 }]],
    ['a huge month', [{ month: '2'.repeat(100_000), driverCode: 'PAYSLIPS', quantity: '1' }]],
    ['a huge driver code', [{ month: THIS_MONTH, driverCode: 'P'.repeat(100_000), quantity: '1' }]],
    ['a month 13', [{ month: `${THIS_MONTH.slice(0, 4)}-13`, driverCode: 'PAYSLIPS', quantity: '1' }]],
    [
      'the same month and driver twice',
      [
        { month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '1' },
        { month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '2' },
      ],
    ],
    ['no entries', []],
    [
      '5,001 entries',
      Array.from({ length: 5001 }, () => ({ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '1' })),
    ],
  ])('%s: BAD_USER_INPUT, nothing written', async (_name, entries) => {
    const agreement = await createAgreement(app, world);
    const response = await record(agreement, 1, entries);
    expect(firstError(response).code).toBe('BAD_USER_INPUT');
    expect(await volumeRows(agreement.id)).toBe(0);
    expect((await usage(agreement.id, THIS_MONTH, THIS_MONTH)).version).toBe(1);
  });

  it.each([
    ['not a month', 'nope', THIS_MONTH, 'from'],
    ['to before from', THIS_MONTH, addMonths(THIS_MONTH, -1), 'to'],
    ['121 months', THIS_MONTH, addMonths(THIS_MONTH, 120), 'to'],
  ])('usage with %s is BAD_USER_INPUT', async (_name, from, to, field) => {
    const agreement = await createAgreement(app, world);
    const response = await app.gql(USAGE, { id: agreement.id, from, to }, { token: world.customerA.token });
    expect(firstError(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('service results', () => {
  it('records measured values and says met or missed by the direction of the unit', async () => {
    const agreement = await createAgreement(app, world);
    const entries = [
      { month: THIS_MONTH, metric: 'INVOICES_POSTED', value: '2.5' },
      { month: THIS_MONTH, metric: 'AVAILABILITY', serviceCode: 'PAY-RUN', value: '99.4' },
    ];
    const send = (expectedVersion: number, list: unknown[]) =>
      app.gql(
        RECORD_RESULTS,
        { agreementId: agreement.id, expectedVersion, entries: list },
        { token: world.manager.token },
      );
    expect((await send(1, entries)).errors).toBeUndefined();
    expect(firstError(await send(1, entries))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const unknown = await send(2, [{ month: THIS_MONTH, metric: 'AVAILABILITY', value: '99' }]);
    expect(firstError(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries[0].metric' });
    const read = await usage(agreement.id, THIS_MONTH, THIS_MONTH);
    expect(read.serviceResults).toEqual([
      {
        month: THIS_MONTH,
        metric: 'AVAILABILITY',
        serviceCode: 'PAY-RUN',
        target: '99.5',
        value: '99.4',
        met: false,
      },
      {
        month: THIS_MONTH,
        metric: 'INVOICES_POSTED',
        serviceCode: null,
        target: '3',
        value: '2.5',
        met: true,
      },
    ]);
    // A replacement for the same month and target.
    expect(
      (await send(2, [{ month: THIS_MONTH, metric: 'AVAILABILITY', serviceCode: 'PAY-RUN', value: '99.9' }]))
        .errors,
    ).toBeUndefined();
    expect((await usage(agreement.id, THIS_MONTH, THIS_MONTH)).serviceResults[0]).toMatchObject({
      value: '99.9',
      met: true,
    });
  });
});
