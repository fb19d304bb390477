import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AGREEMENT,
  agreementCatalogue,
  AGREEMENTS,
  type AgreementResult,
  createAgreement,
  RECORD_RESULTS,
  RECORD_VOLUMES,
  REVISE_AGREEMENT,
  TERMINATE_AGREEMENT,
  utcDatePlus,
} from '../support/agreement-factory.js';
import { dataOf } from '../support/catalogue-factory.js';
import { createQuoteWorld, publishCatalogue, type QuoteWorld } from '../support/quote-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'AA-DK';
const THIS_MONTH = utcDatePlus(0).slice(0, 7);

type Who = 'anonymous' | 'customer A' | 'customer B' | 'manager of P' | 'manager of other' | 'admin';
type Operation =
  | 'agreements'
  | 'agreement'
  | 'Quote.agreement'
  | 'reviseAgreement'
  | 'terminateAgreement'
  | 'recordVolumes'
  | 'recordServiceResults';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const WHO: Who[] = ['anonymous', 'customer A', 'customer B', 'manager of P', 'manager of other', 'admin'];

const READ: Record<Who, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  'customer A': 'OK',
  'customer B': 'NOT_FOUND',
  'manager of P': 'OK',
  'manager of other': 'NOT_FOUND',
  admin: 'OK',
};
const MANAGE: Record<Who, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  'customer A': 'FORBIDDEN',
  'customer B': 'FORBIDDEN',
  'manager of P': 'OK',
  'manager of other': 'NOT_FOUND',
  admin: 'OK',
};

/**
 * DESIGN "Who may do what" for one agreement of agency A (served by provider P): customers of A read
 * it and amend or renew it; managers of P also terminate it and record volumes and results; admins
 * do all. A role that never may is FORBIDDEN; someone else's agreement does not exist (NOT_FOUND).
 */
const MATRIX: Record<Operation, Record<Who, Outcome>> = {
  agreements: { ...READ, 'customer B': 'OK', 'manager of other': 'OK' },
  agreement: READ,
  'Quote.agreement': READ,
  reviseAgreement: READ,
  terminateAgreement: MANAGE,
  recordVolumes: MANAGE,
  recordServiceResults: MANAGE,
};

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
  await publishCatalogue(app, agreementCatalogue(PROVIDER), '2021-01-01');
});

afterAll(async () => {
  await app?.close();
});

function tokenOf(who: Who): string | undefined {
  const tokens: Record<Who, string | undefined> = {
    anonymous: undefined,
    'customer A': world.customerA.token,
    'customer B': world.customerB.token,
    'manager of P': world.manager.token,
    'manager of other': world.otherManager.token,
    admin: world.admin.token,
  };
  return tokens[who];
}

function request(
  operation: Operation,
  agreement: AgreementResult,
  who: Who,
): Promise<GraphQLResponse<unknown>> {
  const token = tokenOf(who);
  const byId = { agreementId: agreement.id, expectedVersion: agreement.version };
  switch (operation) {
    case 'agreements':
      return app.gql(AGREEMENTS, { first: 100 }, { token });
    case 'agreement':
      return app.gql(AGREEMENT, { id: agreement.id }, { token });
    case 'Quote.agreement':
      // Whoever may see the quote sees its agreement; anyone else sees neither.
      return app.gql(
        `query ($id: ID!) { quote(id: $id) { agreement { id } } }`,
        { id: agreement.terms[0].quoteId },
        { token },
      );
    case 'reviseAgreement':
      return app.gql(REVISE_AGREEMENT, { id: agreement.id, startDate: utcDatePlus(20) }, { token });
    case 'terminateAgreement':
      return app.gql(
        TERMINATE_AGREEMENT,
        { id: agreement.id, expectedVersion: agreement.version, endDate: utcDatePlus(20), reason: 'Merged' },
        { token },
      );
    case 'recordVolumes':
      return app.gql(
        RECORD_VOLUMES,
        { ...byId, entries: [{ month: THIS_MONTH, driverCode: 'PAYSLIPS', quantity: '610' }] },
        { token },
      );
    case 'recordServiceResults':
      return app.gql(
        RECORD_RESULTS,
        { ...byId, entries: [{ month: THIS_MONTH, metric: 'INVOICES_POSTED', value: '2' }] },
        { token },
      );
  }
}

const CASES = (Object.keys(MATRIX) as Operation[]).flatMap((operation) =>
  WHO.map((who) => ({ operation, who, expected: MATRIX[operation][who] })),
);

describe('who may do what with agreements (every role × every operation)', () => {
  it.each(CASES)('$operation by $who → $expected', async ({ operation, who, expected }) => {
    const agreement = await createAgreement(app, world);
    const response = await request(operation, agreement, who);
    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {})[0]).toBeTruthy();
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
    // A refusal changes nothing.
    const after = dataOf(
      await app.gql<{ agreement: AgreementResult }>(
        AGREEMENT,
        { id: agreement.id },
        { token: world.admin.token },
      ),
    ).agreement;
    expect(after).toMatchObject({
      version: agreement.version,
      status: agreement.status,
      endDate: agreement.endDate,
    });
  });
});

describe('what each role sees', () => {
  it('customers their agency, managers their centre, admins everything', async () => {
    const ofA = await createAgreement(app, world);
    const listed = async (who: Who): Promise<string[]> =>
      dataOf(
        await app.gql<{ agreements: { edges: { node: { id: string } }[] } }>(
          AGREEMENTS,
          { first: 100 },
          { token: tokenOf(who) },
        ),
      ).agreements.edges.map((e) => e.node.id);
    expect(await listed('customer A')).toContain(ofA.id);
    expect(await listed('customer B')).toEqual([]);
    expect(await listed('manager of P')).toContain(ofA.id);
    expect(await listed('manager of other')).toEqual([]);
    expect(await listed('admin')).toContain(ofA.id);
  });
});
