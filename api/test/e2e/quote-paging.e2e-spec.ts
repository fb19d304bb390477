import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import { dataOf, smallCatalogue } from '../support/catalogue-factory.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  publishCatalogue,
  QUOTES,
  quoteMutation,
  saveQuote,
  SUBMIT_QUOTE,
} from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Page {
  quotes: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { cursor: string; node: { id: string; reference: string; status: string; name: string } }[];
  };
}

/** Every quote field that needs other rows: the agency and the comment thread. */
const LIST_WITH_RELATIONS = `query ($first: Int) { quotes(first: $first) { totalCount edges { node {
  id reference displayReference name status version validUntil latestRevision price { totals { firstYear contractTotal } }
  agency { id name organisationNumber } comments { id authorName text createdAt } } } } }`;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});

afterAll(async () => {
  await app?.close();
});

/** A provider with `agencies` agencies and `count` quotes spread over them, each with two comments. */
async function providerWithQuotes(
  providerCode: string,
  agencies: number,
  count: number,
  comments: boolean,
): Promise<{ manager: SignedInTestUser; customer: SignedInTestUser; names: string[] }> {
  await publishCatalogue(app, smallCatalogue({ providerCode }));
  const manager = await createUserAndLogin(app, { role: 'ACCOUNT_MANAGER', providerCode });
  const customers: SignedInTestUser[] = [];
  for (let i = 0; i < agencies; i += 1) {
    customers.push(
      await createUserAndLogin(app, {
        role: 'CUSTOMER',
        agencyId: await createAgency(app, { providerCode }),
      }),
    );
  }
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const customer = customers[i % customers.length];
    const quote = await saveQuote(app, customer.token, {
      name: `Quote ${i}`,
      configuration: basisConfiguration(providerCode, String(100 + i)),
    });
    names.push(quote.name);
    // Newest first is by creation time; keep two saves out of the same millisecond so the expected order is unambiguous.
    await new Promise((resolve) => setTimeout(resolve, 2));
    if (comments) {
      await quoteMutation(app, customer.token, ADD_COMMENT, { id: quote.id, text: `Question on ${i}` });
      await quoteMutation(app, manager.token, ADD_COMMENT, { id: quote.id, text: `Answer on ${i}` });
    }
  }
  return { manager, customer: customers[0], names };
}

describe('the quotes connection', () => {
  let customer: SignedInTestUser;
  let names: string[];

  beforeAll(async () => {
    ({ customer, names } = await providerWithQuotes('QP-PAGE', 1, 25, false));
  });

  async function page(variables: Record<string, unknown>): Promise<Page['quotes']> {
    return dataOf(await app.gql<Page>(QUOTES, variables, { token: customer.token })).quotes;
  }

  it('pages newest first with first/after and counts everything', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const current = await page({ first: 10, after });
      expect(current.totalCount).toBe(25);
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      sizes.push(current.edges.length);
      seen.push(...current.edges.map((edge) => edge.node.name));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual([...names].reverse());
  });

  it('filters by status, counting only those', async () => {
    const all = await page({ first: 25 });
    for (const edge of all.edges.slice(0, 4)) {
      await quoteMutation(app, customer.token, SUBMIT_QUOTE, { id: edge.node.id, expectedVersion: 1 });
    }
    const submitted = await page({ status: 'SUBMITTED', first: 3 });
    expect(submitted.totalCount).toBe(4);
    expect(submitted.edges.map((edge) => edge.node.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    expect(submitted.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ status: 'SUBMITTED', first: 3, after: submitted.pageInfo.endCursor });
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([all.edges[3].node.id]);
    expect((await page({ status: 'DRAFT' })).totalCount).toBe(21);
    expect((await page({ status: 'ACCEPTED' })).edges).toEqual([]);
  });

  it('refuses a cursor it did not hand out and page sizes outside 1..100', async () => {
    for (const variables of [{ after: 'bm90LWEtY3Vyc29y' }, { first: 0 }, { first: 101 }]) {
      const response = await app.gql(QUOTES, variables, { token: customer.token });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: Object.keys(variables)[0],
      });
    }
  });
});

describe('a list of quotes reads their stored snapshots only for the fields that need them', () => {
  const SNAPSHOT_FIELDS = `catalogueVersion configuration price { contractYears upcomingChange { validFrom }
    totals { monthly firstYear contractTotal } lines { serviceCode amount } }`;
  const ONE = `query ($id: ID!) { quote(id: $id) { id name ${SNAPSHOT_FIELDS} } }`;
  // Through a named fragment, an inline fragment and a field of the totals alone.
  const LISTS = [
    `query { quotes(first: 5) { edges { node { ...Shown } } } } fragment Shown on Quote { id name ${SNAPSHOT_FIELDS} }`,
    `query { quotes(first: 5) { edges { node { ... on Quote { id name ${SNAPSHOT_FIELDS} } } } } }`,
  ];

  it('answers them as reading one quote does, and a list without them too', async () => {
    const { customer } = await providerWithQuotes('QP-SNAP', 1, 2, false);
    type Node = { id: string; name: string; price?: { totals: { monthly?: string } } };
    type List = { quotes: { edges: { node: Node }[] } };
    const byList = dataOf(await app.gql<List>(LISTS[0], {}, { token: customer.token })).quotes.edges;
    expect(byList).toHaveLength(2);
    for (const { node } of byList) {
      const one = dataOf(await app.gql<{ quote: Node }>(ONE, { id: node.id }, { token: customer.token }));
      expect(node).toEqual(one.quote);
      expect(node.price?.totals.monthly).toEqual(expect.any(String));
    }
    const inline = dataOf(await app.gql<List>(LISTS[1], {}, { token: customer.token })).quotes.edges;
    expect(inline).toEqual(byList);
    const monthlyOnly = `query { quotes(first: 5) { edges { node { id price { totals { monthly } } } } } }`;
    const monthly = dataOf(await app.gql<List>(monthlyOnly, {}, { token: customer.token })).quotes.edges;
    expect(monthly.map(({ node }) => node.price?.totals.monthly)).toEqual(
      byList.map(({ node }) => node.price?.totals.monthly),
    );
    const plain = `query { quotes(first: 5) { edges { node { id name price { currency totals { firstYear } } } } } }`;
    const shown = dataOf(await app.gql<List>(plain, {}, { token: customer.token })).quotes.edges;
    expect(shown.map(({ node }) => node.name)).toEqual(byList.map(({ node }) => node.name));
  });
});

describe('listing quotes costs a fixed number of SQL statements (no N+1)', () => {
  it('the same for 3 and for 30 quotes with their agencies and comment threads', async () => {
    const small = await providerWithQuotes('QP-SMALL', 3, 3, true);
    const large = await providerWithQuotes('QP-LARGE', 6, 30, true);
    const measure = async (token: string) => {
      const before = app.statements();
      const data = dataOf(
        await app.gql<{
          quotes: {
            totalCount: number;
            edges: { node: { comments: unknown[]; agency: { id: string }; latestRevision: boolean } }[];
          };
        }>(LIST_WITH_RELATIONS, { first: 50 }, { token }),
      );
      return { statements: app.statements() - before, data };
    };
    const three = await measure(small.manager.token);
    const thirty = await measure(large.manager.token);
    expect(three.data.quotes.totalCount).toBe(3);
    expect(thirty.data.quotes.totalCount).toBe(30);
    expect(thirty.data.quotes.edges.every((edge) => edge.node.comments.length === 2)).toBe(true);
    expect(new Set(thirty.data.quotes.edges.map((edge) => edge.node.agency.id)).size).toBe(6);
    expect(thirty.data.quotes.edges.every((edge) => edge.node.latestRevision)).toBe(true);
    expect(thirty.statements).toBe(three.statements);
    // The signed-in user, the page, and one IN each for the agencies, the comments and the latest
    // revision of each reference; no count, as the first page holds every quote.
    expect(three.statements).toBe(5);
  });
});
