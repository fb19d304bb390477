import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../src/common/graphql/subscriptions.js';
import { QuoteEvents } from '../../src/quotes/quote-events.js';
import {
  ADD_COMMENT,
  basisConfiguration,
  createQuoteWorld,
  DECIDE_QUOTE,
  firstError,
  quoteMutation,
  REVISE_QUOTE,
  saveQuote,
  sql,
  SUBMIT_QUOTE,
  UPDATE_QUOTE,
  WITHDRAW_QUOTE,
  type QuoteResult,
  type QuoteWorld,
} from '../support/quote-factory.js';
import { createUserAndLogin } from '../support/auth.js';
import { settle, subscribe, waitUntil, wsClient, type SubscriptionProbe } from '../support/subscriptions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROVIDER = 'QS-DK';
const OTHER_PROVIDER = 'QS-SE';

const QUOTE_CHANGED = `subscription ($id: ID!) {
  quoteChanged(id: $id) { id status version name decisionComment comments { text } } }`;
const QUOTE_INBOX = `subscription ($providerCode: String) {
  quoteInboxChanged(providerCode: $providerCode) { id status providerCode agency { name } } }`;

interface LiveQuote {
  id: string;
  status: string;
  version: number;
  name: string;
  decisionComment: string | null;
  comments: { text: string }[];
}
type Changed = { quoteChanged: LiveQuote };
type InboxChanged = {
  quoteInboxChanged: { id: string; status: string; providerCode: string; agency: { name: string } };
};

let app: TestApp;
let world: QuoteWorld;
let events: QuoteEvents;
const clients: Client[] = [];

beforeAll(async () => {
  app = await startTestApp();
  world = await createQuoteWorld(app, PROVIDER, OTHER_PROVIDER);
  events = app.app.get(QuoteEvents);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  // Closing a socket ends its subscriptions on the server too: nothing keeps listening.
  await waitUntil(async () => (await events.inboxFollowers()) === 0, 'closed sockets have unsubscribed');
});

afterAll(async () => {
  await app?.close();
});

function client(token?: string): Client {
  const created = wsClient(app, token);
  clients.push(created);
  return created;
}

function save(name = 'Live quote'): Promise<QuoteResult> {
  return saveQuote(app, world.customerA.token, { name, configuration: basisConfiguration(PROVIDER) });
}

function submit(quote: QuoteResult): Promise<QuoteResult> {
  return quoteMutation(app, world.customerA.token, SUBMIT_QUOTE, {
    id: quote.id,
    expectedVersion: quote.version,
  });
}

/** Subscribes to one quote and waits until the server listens for its events. */
async function follow(token: string, quoteId: string): Promise<SubscriptionProbe<Changed>> {
  const before = await events.followersOf(quoteId);
  const probe = subscribe<Changed>(client(token), QUOTE_CHANGED, { id: quoteId });
  await waitUntil(async () => (await events.followersOf(quoteId)) > before, 'the subscription is live');
  return probe;
}

async function followInbox(token: string, providerCode?: string): Promise<SubscriptionProbe<InboxChanged>> {
  const before = await events.inboxFollowers();
  const probe = subscribe<InboxChanged>(client(token), QUOTE_INBOX, providerCode ? { providerCode } : {});
  await waitUntil(async () => (await events.inboxFollowers()) > before, 'the inbox subscription is live');
  return probe;
}

async function nextQuote(probe: SubscriptionProbe<Changed>): Promise<LiveQuote> {
  const result = await probe.next();
  expect(result.errors).toBeUndefined();
  return result.data!.quoteChanged;
}

describe('quoteChanged over graphql-ws on /graphql', () => {
  it('tells the customer when the centre decides, with the new status', async () => {
    const quote = await submit(await save());
    const live = await follow(world.customerA.token, quote.id);
    await quoteMutation(app, world.manager.token, DECIDE_QUOTE, {
      id: quote.id,
      decision: 'ACCEPT',
      comment: 'Welcome aboard',
      expectedVersion: quote.version,
    });
    expect(await nextQuote(live)).toEqual({
      id: quote.id,
      status: 'ACCEPTED',
      version: quote.version + 1,
      name: 'Live quote',
      decisionComment: 'Welcome aboard',
      comments: [],
    });
  });

  it('fires after every committed change: update, comment, submit, withdraw and revise (on the old one)', async () => {
    const draft = await save('First name');
    const live = await follow(world.customerA.token, draft.id);

    const updated = await quoteMutation(app, world.customerA.token, UPDATE_QUOTE, {
      id: draft.id,
      input: { name: 'Second name', configuration: basisConfiguration(PROVIDER, '700') },
      expectedVersion: draft.version,
    });
    expect(await nextQuote(live)).toMatchObject({ status: 'DRAFT', name: 'Second name', version: 2 });

    await app.gql(
      ADD_COMMENT,
      { id: draft.id, text: 'A question for the centre' },
      { token: world.customerA.token },
    );
    // Each event reads afresh: the comment is there although the first event loaded the thread empty.
    expect((await nextQuote(live)).comments).toEqual([{ text: 'A question for the centre' }]);

    const submitted = await submit(updated);
    expect(await nextQuote(live)).toMatchObject({ status: 'SUBMITTED', version: 3 });

    await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: draft.id,
      expectedVersion: submitted.version,
    });
    expect(await nextQuote(live)).toMatchObject({ id: draft.id, status: 'WITHDRAWN', version: 4 });

    const other = await save('Withdrawn at once');
    const otherLive = await follow(world.customerA.token, other.id);
    await quoteMutation(app, world.customerA.token, WITHDRAW_QUOTE, {
      id: other.id,
      expectedVersion: other.version,
    });
    expect(await nextQuote(otherLive)).toMatchObject({ id: other.id, status: 'WITHDRAWN' });
    expect(live.results).toHaveLength(4);
  });

  it('the serving centre follows the quote too, and sees what the customer does', async () => {
    const draft = await save();
    const live = await follow(world.manager.token, draft.id);
    await submit(draft);
    expect(await nextQuote(live)).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
  });

  it('sends nothing for a refused change (stale expectedVersion) or a rolled-back one', async () => {
    const quote = await submit(await save());
    const live = await follow(world.customerA.token, quote.id);

    const stale = await app.gql(
      DECIDE_QUOTE,
      { id: quote.id, decision: 'ACCEPT', expectedVersion: quote.version - 1 },
      { token: world.manager.token },
    );
    expect(firstError(stale).code).toBe('CONFLICT');

    // A revision whose number is taken: the withdrawal of this quote is written, then the insert of
    // the new revision fails on the unique (reference, revision) and the whole transaction rolls back.
    const revised = await quoteMutation(app, world.customerA.token, REVISE_QUOTE, {
      id: quote.id,
      expectedVersion: quote.version,
    });
    expect(await nextQuote(live)).toMatchObject({ status: 'WITHDRAWN', version: quote.version + 1 });
    await sql(app, "UPDATE quotes SET status = 'SUBMITTED' WHERE id = $1", [quote.id]);
    const rolledBack = await app.gql(
      REVISE_QUOTE,
      { id: quote.id, expectedVersion: quote.version + 1 },
      { token: world.customerA.token },
    );
    expect(firstError(rolledBack).code).toBe('CONFLICT');
    const [row] = await sql<{ status: string }>(app, 'SELECT status FROM quotes WHERE id = $1', [quote.id]);
    expect(row.status).toBe('SUBMITTED');

    await settle();
    expect(live.results).toHaveLength(1);
    expect(revised.revision).toBe(2);
  });

  it('refuses another agency’s quote and an unknown id with NOT_FOUND, like quote(id)', async () => {
    const quote = await save();
    const otherAgency = subscribe<Changed>(client(world.customerB.token), QUOTE_CHANGED, { id: quote.id });
    const result = await otherAgency.next();
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await otherAgency.completed;

    const otherCentre = subscribe<Changed>(client(world.otherManager.token), QUOTE_CHANGED, { id: quote.id });
    expect((await otherCentre.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const unknown = subscribe<Changed>(client(world.customerA.token), QUOTE_CHANGED, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect((await unknown.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Nothing was subscribed: a later change reaches nobody of them.
    await submit(quote);
    await settle();
    expect(otherAgency.results).toHaveLength(1);
    expect(otherCentre.results).toHaveLength(1);
  });

  it('refuses anonymous subscribers and bad tokens with UNAUTHENTICATED', async () => {
    const quote = await save();
    const anonymous = subscribe<Changed>(client(), QUOTE_CHANGED, { id: quote.id });
    const result = await anonymous.next();
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).not.toMatch(/stack|Error:/);

    const forged = subscribe<Changed>(client('not-a-token'), QUOTE_CHANGED, { id: quote.id });
    expect((await forged.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('each event, with the subscriber’s rights at that moment', () => {
  const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id active } }';

  it('a user deactivated after subscribing is disconnected (4401, DESIGN "Sessions") and gets no quote', async () => {
    const colleague = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: world.agencyA });
    const quote = await save();
    const live = await follow(colleague.token, quote.id);
    const deactivated = await app.gql(DEACTIVATE, { id: colleague.userId }, { token: world.admin.token });
    expect(deactivated.errors).toBeUndefined();
    const closed = await live.completed.then(
      () => 'completed',
      (event: unknown) => (event as { code?: number }).code,
    );
    expect(closed).toBe(4401);
    await submit(quote);
    await settle();
    expect(live.results).toEqual([]);
  });

  it('a user who must change a one-time password gets FORBIDDEN (PASSWORD_CHANGE_REQUIRED)', async () => {
    const colleague = await createUserAndLogin(app, { role: 'CUSTOMER', agencyId: world.agencyA });
    const quote = await save();
    const live = await follow(colleague.token, quote.id);
    await sql(app, 'UPDATE users SET must_change_password = $1 WHERE id = $2', [true, colleague.userId]);
    await submit(quote);
    const result = await live.next();
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  });
});

describe('the WebSocket', () => {
  it('serves subscriptions only: a query or mutation sent over it is refused (they go over HTTP)', async () => {
    const quote = await save();
    for (const operation of [
      `query ($id: ID!) { quote(id: $id) { id status } }`,
      `mutation ($id: ID!) { addQuoteComment(id: $id, text: "over the socket") { id } }`,
      `{ __schema { queryType { name } } }`,
    ]) {
      const probe = subscribe(client(world.customerA.token), operation, { id: quote.id });
      const refusal = await probe.completed.then(
        () => null,
        (errors: unknown) => errors,
      );
      expect(refusal).toEqual([
        expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ]);
      expect(probe.results).toEqual([]);
    }
    const [row] = await sql<{ n: number | string }>(
      app,
      'SELECT COUNT(*) AS n FROM quote_comments WHERE quote_id = $1',
      [quote.id],
    );
    expect(Number(row.n)).toBe(0);
  });

  it('closes the socket on a message larger than 64 KiB (1009) instead of reading it', async () => {
    const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(
      JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES) } }),
    );
    expect(await closed).toBe(1009);
  });

  it('closing the app ends open subscriptions instead of waiting for them', async () => {
    const other = await startTestApp();
    let closed = false;
    try {
      const otherWorld = await createQuoteWorld(other, 'QS-NO', 'QS-FI');
      const quote = await saveQuote(other, otherWorld.customerA.token, {
        name: 'Open at shutdown',
        configuration: basisConfiguration('QS-NO'),
      });
      const socket = wsClient(other, otherWorld.customerA.token);
      clients.push(socket);
      const probe = subscribe<Changed>(socket, QUOTE_CHANGED, { id: quote.id });
      const otherEvents = other.app.get(QuoteEvents);
      await waitUntil(
        async () => (await otherEvents.followersOf(quote.id)) === 1,
        'the subscription is live',
      );
      const started = Date.now();
      await other.close();
      closed = true;
      expect(Date.now() - started).toBeLessThan(5000);
      // The client learns that the server went away (the socket closes), rather than hanging on.
      await expect(probe.completed).rejects.toBeDefined();
    } finally {
      if (!closed) await other.close();
    }
  });
});

describe('quoteInboxChanged', () => {
  it("tells the centre's account manager, and not another centre's, when a quote is submitted, commented and withdrawn", async () => {
    const inbox = await followInbox(world.manager.token);
    const otherInbox = await followInbox(world.otherManager.token);
    const adminAll = await followInbox(world.admin.token);
    const adminOther = await followInbox(world.admin.token, OTHER_PROVIDER);

    // Saving and editing a draft is the customer's business: no inbox event.
    const draft = await save('For the inbox');
    const submitted = await submit(draft);
    const event = (await inbox.next()).data!.quoteInboxChanged;
    expect(event).toEqual({
      id: draft.id,
      status: 'SUBMITTED',
      providerCode: PROVIDER,
      agency: { name: 'Agency A' },
    });
    expect((await adminAll.next()).data!.quoteInboxChanged).toMatchObject({
      id: draft.id,
      status: 'SUBMITTED',
    });

    await app.gql(ADD_COMMENT, { id: draft.id, text: 'Any news?' }, { token: world.customerA.token });
    expect((await inbox.next()).data!.quoteInboxChanged).toMatchObject({ id: draft.id, status: 'SUBMITTED' });

    await quoteMutation(app, world.customerA.token, WITHDRAW_QUOTE, {
      id: draft.id,
      expectedVersion: submitted.version,
    });
    expect((await inbox.next()).data!.quoteInboxChanged).toMatchObject({ id: draft.id, status: 'WITHDRAWN' });

    await settle();
    expect(inbox.results).toHaveLength(3);
    expect(adminAll.results).toHaveLength(3);
    expect(otherInbox.results).toHaveLength(0);
    expect(adminOther.results).toHaveLength(0);
  });

  it('tells the manager about decisions taken by another manager of the centre', async () => {
    const colleague = await followInbox(world.manager.token);
    const quote = await submit(await save());
    expect((await colleague.next()).data!.quoteInboxChanged.status).toBe('SUBMITTED');
    await quoteMutation(app, world.admin.token, DECIDE_QUOTE, {
      id: quote.id,
      decision: 'REJECT',
      comment: 'Volumes too low',
      expectedVersion: quote.version,
    });
    expect((await colleague.next()).data!.quoteInboxChanged).toMatchObject({
      id: quote.id,
      status: 'REJECTED',
    });
  });

  it('refuses customers, a manager naming another centre, and anonymous subscribers', async () => {
    const customer = subscribe<InboxChanged>(client(world.customerA.token), QUOTE_INBOX);
    expect((await customer.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherCentre = subscribe<InboxChanged>(client(world.manager.token), QUOTE_INBOX, {
      providerCode: OTHER_PROVIDER,
    });
    expect((await otherCentre.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = subscribe<InboxChanged>(client(), QUOTE_INBOX);
    expect((await anonymous.next()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
