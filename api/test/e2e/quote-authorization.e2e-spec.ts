import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf } from '../support/catalogue-factory.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  QUOTE,
  QUOTES,
  quoteMutation,
  REVISE_QUOTE,
  SAVE_QUOTE,
  saveQuote,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import type { GraphQLResponse } from '../support/test-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QA-DK';

type Who = 'anonymous' | 'customer A' | 'customer B' | 'manager of P' | 'manager of other' | 'admin';
type Operation =
  | 'quotes'
  | 'quote'
  | 'saveQuote'
  | 'updateQuote'
  | 'reviseQuote'
  | 'submitQuote'
  | 'withdrawQuote'
  | 'decideQuote'
  | 'addQuoteComment';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const WHO: Who[] = ['anonymous', 'customer A', 'customer B', 'manager of P', 'manager of other', 'admin'];

/**
 * DESIGN "Who may do what" for one quote of agency A (served by provider P): customers of A edit,
 * managers of P read, comment and decide, admins do all; a role that never may is FORBIDDEN, and
 * someone else's quote does not exist (NOT_FOUND). For `quotes`, OK means the list answers; which
 * quotes it holds is asserted separately.
 */
const MATRIX: Record<Operation, Record<Who, Outcome>> = {
  quotes: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'OK',
    'manager of P': 'OK',
    'manager of other': 'OK',
    admin: 'OK',
  },
  quote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'OK',
    'manager of other': 'NOT_FOUND',
    admin: 'OK',
  },
  saveQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'FORBIDDEN',
    'manager of other': 'FORBIDDEN',
    admin: 'OK',
  },
  updateQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'FORBIDDEN',
    'manager of other': 'FORBIDDEN',
    admin: 'OK',
  },
  reviseQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'FORBIDDEN',
    'manager of other': 'FORBIDDEN',
    admin: 'OK',
  },
  submitQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'FORBIDDEN',
    'manager of other': 'FORBIDDEN',
    admin: 'OK',
  },
  withdrawQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'FORBIDDEN',
    'manager of other': 'FORBIDDEN',
    admin: 'OK',
  },
  decideQuote: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'FORBIDDEN',
    'customer B': 'FORBIDDEN',
    'manager of P': 'OK',
    'manager of other': 'NOT_FOUND',
    admin: 'OK',
  },
  addQuoteComment: {
    anonymous: 'UNAUTHENTICATED',
    'customer A': 'OK',
    'customer B': 'NOT_FOUND',
    'manager of P': 'OK',
    'manager of other': 'NOT_FOUND',
    admin: 'OK',
  },
};

let app: TestApp;
let world: QuoteWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER);
});

afterAll(async () => {
  await app?.close();
});

function tokenOf(who: Who): string | undefined {
  switch (who) {
    case 'anonymous':
      return undefined;
    case 'customer A':
      return world.customerA.token;
    case 'customer B':
      return world.customerB.token;
    case 'manager of P':
      return world.manager.token;
    case 'manager of other':
      return world.otherManager.token;
    case 'admin':
      return world.admin.token;
  }
}

/** A fresh quote of agency A, saved by its customer; SUBMITTED when the operation needs that. */
async function quoteOfA(submitted: boolean): Promise<QuoteResult> {
  const saved = await saveQuote(app, world.customerA.token, {
    name: 'Quote of A',
    configuration: basisConfiguration(PROVIDER),
  });
  if (!submitted) return saved;
  return quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: saved.id,
    expectedVersion: saved.version,
  });
}

/** The request of `operation` against `quote`, as `who` sends it. */
function request(operation: Operation, quote: QuoteResult, who: Who): Promise<GraphQLResponse<unknown>> {
  const token = tokenOf(who);
  const configuration = basisConfiguration(PROVIDER, '700');
  const byId = { id: quote.id, expectedVersion: quote.version };
  switch (operation) {
    case 'quotes':
      return app.gql(QUOTES, { first: 100 }, { token });
    case 'quote':
      return app.gql(QUOTE, { id: quote.id }, { token });
    case 'saveQuote': {
      // Customers of B and administrators name agency A; customer A and managers do not have to.
      const agencyId = who === 'customer B' || who === 'admin' ? world.agencyA : undefined;
      return app.gql(SAVE_QUOTE, { input: { agencyId, name: 'New quote of A', configuration } }, { token });
    }
    case 'updateQuote':
      return app.gql(UPDATE_QUOTE, { ...byId, input: { name: 'Changed', configuration } }, { token });
    case 'reviseQuote':
      return app.gql(REVISE_QUOTE, byId, { token });
    case 'submitQuote':
      return app.gql(SUBMIT_QUOTE, byId, { token });
    case 'withdrawQuote':
      return app.gql(WITHDRAW_QUOTE, byId, { token });
    case 'decideQuote':
      return app.gql(DECIDE_QUOTE, { ...byId, decision: 'ACCEPT' }, { token });
    case 'addQuoteComment':
      return app.gql(ADD_COMMENT, { id: quote.id, text: `A word from ${who}` }, { token });
  }
}

const CASES = (Object.keys(MATRIX) as Operation[]).flatMap((operation) =>
  WHO.map((who) => ({ operation, who, expected: MATRIX[operation][who] })),
);

describe('who may do what with quotes (every role × every operation)', () => {
  it.each(CASES)('$operation by $who → $expected', async ({ operation, who, expected }) => {
    const quote = await quoteOfA(operation === 'decideQuote');
    const response = await request(operation, quote, who);
    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data ?? {})[0]).toBeTruthy();
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
    // A refusal changes nothing.
    const after = dataOf(
      await app.gql<{ quote: QuoteResult }>(QUOTE, { id: quote.id }, { token: world.admin.token }),
    ).quote;
    expect(after).toMatchObject({ status: quote.status, version: quote.version });
    expect(after.comments).toEqual([]);
  });
});

describe('what each role sees', () => {
  it('customers their agency, managers their provider, admins everything; another provider sees nothing', async () => {
    const ofA = await quoteOfA(false);
    const ofB = await saveQuote(app, world.customerB.token, {
      name: 'Quote of B',
      configuration: basisConfiguration(PROVIDER),
    });
    const listed = async (who: Who): Promise<Set<string>> => {
      const data = dataOf(
        await app.gql<{ quotes: { edges: { node: { id: string } }[] } }>(
          QUOTES,
          { first: 100 },
          { token: tokenOf(who) },
        ),
      );
      return new Set(data.quotes.edges.map((edge) => edge.node.id));
    };
    const seen = {
      a: await listed('customer A'),
      b: await listed('customer B'),
      manager: await listed('manager of P'),
      other: await listed('manager of other'),
      admin: await listed('admin'),
    };
    expect([seen.a.has(ofA.id), seen.a.has(ofB.id)]).toEqual([true, false]);
    expect([seen.b.has(ofA.id), seen.b.has(ofB.id)]).toEqual([false, true]);
    expect([seen.manager.has(ofA.id), seen.manager.has(ofB.id)]).toEqual([true, true]);
    expect(seen.other.size).toBe(0);
    expect([seen.admin.has(ofA.id), seen.admin.has(ofB.id)]).toEqual([true, true]);
  });

  it('an unknown id is NOT_FOUND even for an administrator', async () => {
    const response = await app.gql(
      QUOTE,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: world.admin.token },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
