import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createUserAndLogin, type SignedInTestUser } from '../support/auth.js';
import {
  dataOf,
  errorCode,
  importPublished,
  smallCatalogue,
  type VersionResult,
} from '../support/catalogue-factory.js';
import { CREATE_DRAFT, edit, edited, exported, serviceInput, UPSERT } from '../support/draft-editing.js';
import { ADD_COMMENT, basisConfiguration, saveQuote } from '../support/quote-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NAMED = `query ($entity: String, $first: Int) {
  auditEvents(entity: $entity, first: $first) { edges { node { entity entityId action entityName } } }
}`;
const QUOTES_OF = `query ($agencyId: ID, $status: QuoteStatus) {
  quotes(agencyId: $agencyId, status: $status, first: 100) { totalCount edges { node { id agency { id } } } }
}`;

interface Named {
  entity: string;
  entityId: string;
  action: string;
  entityName: string | null;
}

let app: TestApp;
let admin: SignedInTestUser;
let manager: SignedInTestUser;
let customer: SignedInTestUser;
let draft: VersionResult;
let agencyId: string;
let otherAgencyId: string;
let quote: { id: string; reference: string };

async function named(entity: string, token = admin.token): Promise<Named[]> {
  const data = dataOf(
    await app.gql<{ auditEvents: { edges: { node: Named }[] } }>(NAMED, { entity, first: 100 }, { token }),
  );
  return data.auditEvents.edges.map((edge) => edge.node);
}

beforeAll(async () => {
  app = await startTestApp();
  admin = await createUserAndLogin(app, { role: 'ADMIN' });
  await importPublished(app, admin.token, smallCatalogue({ providerCode: 'NAM-A' }), '2020-01-01');
  manager = await createUserAndLogin(app, {
    role: 'ACCOUNT_MANAGER',
    providerCode: 'NAM-A',
    email: 'named.manager@nam.test',
  });
  agencyId = await createAgency(app, { providerCode: 'NAM-A', name: 'Named agency' });
  otherAgencyId = await createAgency(app, { providerCode: 'NAM-A', name: 'Other agency' });
  customer = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId });
  const other = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: otherAgencyId });
  quote = await saveQuote(app, customer.token, {
    name: 'Named quote',
    configuration: basisConfiguration('NAM-A'),
  });
  await saveQuote(app, other.token, { name: 'Other quote', configuration: basisConfiguration('NAM-A') });
  dataOf(await app.gql(ADD_COMMENT, { id: quote.id, text: 'A question.' }, { token: customer.token }));
  draft = dataOf(
    await app.gql<{ createDraft: VersionResult }>(
      CREATE_DRAFT,
      { providerCode: 'NAM-A' },
      { token: manager.token },
    ),
  ).createDraft;
  const service = serviceInput(await exported(app, manager.token, 'NAM-A', 2), 'PAY-BASE');
  service.priceComponents[0].amount = '9900.00';
  draft = await edited(edit(app, manager.token, UPSERT.service, draft, { input: service }));
});

afterAll(async () => {
  await app?.close();
});

describe('auditEvents.entityName', () => {
  it('names a quote by its reference and a comment by its quote’s reference', async () => {
    const quoteEvents = (await named('Quote')).filter((event) => event.entityId === quote.id);
    expect(quoteEvents.map((event) => event.entityName)).toEqual([quote.reference]);
    const comments = await named('QuoteComment');
    expect(comments).toHaveLength(1);
    expect(comments[0].entityName).toBe(quote.reference);
  });

  it('names an agency by its name and a user by their e-mail', async () => {
    const agency = (await named('Agency')).find((event) => event.entityId === agencyId);
    expect(agency?.entityName).toBe('Named agency');
    const user = (await named('User')).find((event) => event.entityId === manager.userId);
    expect(user?.entityName).toBe('named.manager@nam.test');
  });

  it('names a draft edit by the version’s number, recorded when the draft was made', async () => {
    const versionEvents = (await named('CatalogueVersion')).filter((event) => event.entityId === draft.id);
    expect(versionEvents.map((event) => [event.action, event.entityName])).toEqual([
      ['UPDATE_SERVICE', '2'],
      ['CREATE_DRAFT', '2'],
    ]);
    // An account manager reads the same names for their centre's events.
    const asManager = (await named('CatalogueVersion', manager.token)).find(
      (event) => event.action === 'UPDATE_SERVICE',
    );
    expect(asManager?.entityName).toBe('2');
  });
});

describe('quotes(agencyId)', () => {
  it('narrows the list to one agency within what the reader may see', async () => {
    const page = dataOf(
      await app.gql<{
        quotes: { totalCount: number; edges: { node: { id: string; agency: { id: string } } }[] };
      }>(QUOTES_OF, { agencyId }, { token: manager.token }),
    ).quotes;
    expect(page.totalCount).toBe(1);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([quote.id]);
    const all = dataOf(
      await app.gql<{ quotes: { totalCount: number } }>(QUOTES_OF, {}, { token: manager.token }),
    ).quotes;
    expect(all.totalCount).toBe(2);
    // A customer asking for another agency's quotes gets none (the scope still applies).
    const foreign = dataOf(
      await app.gql<{ quotes: { totalCount: number } }>(
        QUOTES_OF,
        { agencyId: otherAgencyId },
        { token: customer.token },
      ),
    ).quotes;
    expect(foreign.totalCount).toBe(0);
  });

  it('refuses an agency id that is not an id, as BAD_USER_INPUT', async () => {
    const response = await app.gql(QUOTES_OF, { agencyId: 'x'.repeat(5000) }, { token: manager.token });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.data ?? null).toBeNull();
  });
});
