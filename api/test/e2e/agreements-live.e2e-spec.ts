import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgreementEvents } from '../../src/agreements/agreement-events.js';
import {
  createAgreement,
  RECORD_VOLUMES,
  TERMINATE_AGREEMENT,
  utcDatePlus,
} from '../support/agreement-factory.js';
import { dataOf } from '../support/catalogue-factory.js';
import { createQuoteWorld, type QuoteWorld } from '../support/quote-factory.js';
import { subscribe, waitUntil, wsClient } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AL-DK';
const AGREEMENT_CHANGED = `subscription ($id: ID!) { agreementChanged(id: $id) { id status version endDate } }`;

type Changed = { agreementChanged: { id: string; status: string; version: number; endDate: string } };

let app: TestApp;
let world: QuoteWorld;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await app?.close();
});

function client(token: string): Client {
  const made = wsClient(app, token);
  clients.push(made);
  return made;
}

describe('agreementChanged over graphql-ws', () => {
  it('tells the customer about recorded volumes and a termination, as it may see the agreement', async () => {
    const agreement = await createAgreement(app, world);
    const events = app.app.get(AgreementEvents);
    const probe = subscribe<Changed>(client(world.customerA.token), AGREEMENT_CHANGED, { id: agreement.id });
    await waitUntil(async () => (await events.followersOf(agreement.id)) > 0, 'the subscription is live');
    const month = utcDatePlus(0).slice(0, 7);
    dataOf(
      await app.gql(
        RECORD_VOLUMES,
        {
          agreementId: agreement.id,
          expectedVersion: 1,
          entries: [{ month, driverCode: 'PAYSLIPS', quantity: '610' }],
        },
        { token: world.manager.token },
      ),
    );
    expect((await probe.next()).data?.agreementChanged).toEqual({
      id: agreement.id,
      status: 'ACTIVE',
      version: 2,
      endDate: agreement.endDate,
    });
    dataOf(
      await app.gql(
        TERMINATE_AGREEMENT,
        { id: agreement.id, expectedVersion: 2, endDate: utcDatePlus(10), reason: 'Merged' },
        { token: world.manager.token },
      ),
    );
    expect((await probe.next()).data?.agreementChanged).toEqual({
      id: agreement.id,
      status: 'TERMINATED',
      version: 3,
      endDate: utcDatePlus(10),
    });
  });

  it('another agency cannot follow it: NOT_FOUND', async () => {
    const agreement = await createAgreement(app, world);
    const probe = subscribe<Changed>(client(world.customerB.token), AGREEMENT_CHANGED, { id: agreement.id });
    expect((await probe.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
