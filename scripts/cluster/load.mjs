// The bounded mixed load of test:faults: 70 % catalogue reads, 20 % pricing, 10 % writes, from a few
// workers on 127.0.0.1. Every write carries an idempotency key and is sent once more on a network
// error (as the web app does); what the API acknowledged goes into the ledger.
import { randomBytes } from 'node:crypto';

const WORKERS = 6;
const TIMEOUT_MS = 10_000;
const CUSTOMER = 'kunde@eksempelstyrelsen.example';
const PASSWORD = 'servicekatalog-demo';
const CONFIGURATION = {
  providerCode: 'SA-DK',
  servicePackageCode: 'LON-REGNSKAB',
  volumes: [
    { driverCode: 'PAYSLIPS', quantity: '600' },
    { driverCode: 'REFUNDS', quantity: '20' },
    { driverCode: 'ONACCOUNT_PAYMENTS', quantity: '5' },
    { driverCode: 'INVOICES_IN', quantity: '1200' },
    { driverCode: 'INVOICES_OUT', quantity: '300' },
  ],
  contractYears: 3,
};
const READ = '{ providers { code name versions { number status validFrom } } }';
const PRICE =
  'query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { valid totals { monthly firstYear } } }';
const QUOTE_FIELDS = 'id reference version status';
const SAVE = `mutation ($input: SaveQuoteInput!, $key: String) { saveQuote(input: $input, idempotencyKey: $key) { ${QUOTE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: SaveQuoteInput!, $v: Int!, $key: String) { updateQuote(id: $id, input: $input, expectedVersion: $v, idempotencyKey: $key) { ${QUOTE_FIELDS} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!, $key: String) { submitQuote(id: $id, expectedVersion: $v, idempotencyKey: $key) { ${QUOTE_FIELDS} } }`;
const COMMENT = `mutation ($id: ID!, $text: String!, $key: String) { addQuoteComment(id: $id, text: $text, idempotencyKey: $key) { id } }`;
const QUOTE = `query ($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`;
const PROPOSALS = '{ proposals(first: 20) { edges { node { id providerCode myAgencyVoted } } } }';
const VOTE = `mutation ($id: ID!, $key: String) { voteForProposal(id: $id, idempotencyKey: $key) { id myAgencyVoted } }`;
const WITHDRAW_VOTE = `mutation ($id: ID!, $key: String) { withdrawVote(id: $id, idempotencyKey: $key) { id myAgencyVoted } }`;

/** One GraphQL request with one retry on a network error; resolves with { ok, code, data, ms }. */
async function request(url, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const body = JSON.stringify({ query, variables });
  const started = Date.now();
  let last = null;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      let parsed = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
      if (!parsed || (!parsed.data && !parsed.errors)) {
        last = `HTTP ${response.status}`;
        continue; // the load balancer's own answer: a network error
      }
      const ms = Date.now() - started;
      if (parsed.errors?.length)
        return {
          ok: false,
          code: parsed.errors[0].extensions?.code ?? 'UNKNOWN',
          ms,
          detail: parsed.errors[0],
        };
      return { ok: true, data: parsed.data, ms };
    } catch (error) {
      last = error.name ?? 'network';
    }
  }
  return { ok: false, code: 'SERVICE_UNAVAILABLE', network: true, detail: last, ms: Date.now() - started };
}

const key = () => randomBytes(12).toString('hex');

export async function runLoad({ url, seconds, started }) {
  const records = [];
  const ledger = [];
  const login = await request(
    url,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: CUSTOMER,
      p: PASSWORD,
    },
  );
  if (!login.ok) throw new Error(`demo customer cannot sign in: ${JSON.stringify(login)}`);
  const token = login.data.login.token;
  const proposals = await request(url, PROPOSALS, {}, token);
  const votable = proposals.ok
    ? proposals.data.proposals.edges.map((edge) => edge.node).find((node) => node.providerCode === 'SA-DK')
    : null;
  const at = () => (Date.now() - started) / 1000;
  const note = (kind, result, t) =>
    records.push({ kind, t, ok: result.ok, code: result.code, ms: result.ms, detail: result.detail });

  async function worker(index) {
    let quote = null;
    let saves = 0;
    let voted = votable?.myAgencyVoted ?? false;
    while (at() < seconds) {
      const roll = Math.random();
      const t = at();
      if (roll < 0.7) note('read', await request(url, READ, {}, null), t);
      else if (roll < 0.9) note('price', await request(url, PRICE, { input: CONFIGURATION }, null), t);
      else if (index === 0 && votable && Math.random() < 0.3) {
        const k = key();
        const result = await request(url, voted ? WITHDRAW_VOTE : VOTE, { id: votable.id, key: k }, token);
        note(voted ? 'withdrawVote' : 'vote', result, t);
        if (result.ok) {
          voted = !voted;
          ledger.push({ type: 'vote', proposalId: votable.id, voted, key: k });
        } else {
          const fresh = await request(url, PROPOSALS, {}, token);
          const node =
            fresh.ok && fresh.data.proposals.edges.map((e) => e.node).find((n) => n.id === votable.id);
          if (node) voted = node.myAgencyVoted;
        }
      } else quote = await write(index, quote, t, () => (saves += 1));
    }
  }

  async function write(index, quote, t, nextSave) {
    const k = key();
    if (!quote || quote.status !== 'DRAFT') {
      const name = `faults-${index}-${nextSave()}-${k.slice(0, 6)}`;
      const result = await request(
        url,
        SAVE,
        { input: { name, configuration: CONFIGURATION }, key: k },
        token,
      );
      note('save', result, t);
      if (!result.ok) return null;
      ledger.push({ type: 'save', quoteId: result.data.saveQuote.id, name, key: k });
      return result.data.saveQuote;
    }
    const roll = Math.random();
    let result;
    if (roll < 0.45) {
      const name = `faults-upd-${k}`;
      result = await request(
        url,
        UPDATE,
        { id: quote.id, v: quote.version, input: { name, configuration: CONFIGURATION }, key: k },
        token,
      );
      note('update', result, t);
      if (result.ok)
        ledger.push({
          type: 'update',
          quoteId: quote.id,
          name,
          version: result.data.updateQuote.version,
          key: k,
        });
      if (result.ok) return result.data.updateQuote;
    } else if (roll < 0.8) {
      const text = `faults comment ${k}`;
      result = await request(url, COMMENT, { id: quote.id, text, key: k }, token);
      note('comment', result, t);
      if (result.ok) {
        ledger.push({ type: 'comment', quoteId: quote.id, text, key: k });
        return quote;
      }
    } else {
      result = await request(url, SUBMIT, { id: quote.id, v: quote.version, key: k }, token);
      note('submit', result, t);
      if (result.ok)
        ledger.push({ type: 'submit', quoteId: quote.id, version: result.data.submitQuote.version, key: k });
      if (result.ok) return result.data.submitQuote;
    }
    // Unknown outcome: read the quote again before the next change (its version may have moved).
    const fresh = await request(url, QUOTE, { id: quote.id }, token);
    return fresh.ok ? fresh.data.quote : null;
  }

  await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
  return { records, ledger, votable: votable?.id ?? null };
}
