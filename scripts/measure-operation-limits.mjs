#!/usr/bin/env node
// Prints how fast hostile operations are refused by the operation limits, and how /healthz answers
// meanwhile (Node has one thread: a slow request delays every other). Run against a started app:
//   node scripts/measure-operation-limits.mjs [http://127.0.0.1:3000] [runs]
// Figures only; nothing here is asserted.
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const runs = Number(process.argv[3] ?? 20);

const aliased = (count, field) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const CATALOGUE_500 = aliased(
  500,
  'catalogue(providerCode: "SA-DK") { id services { code priceComponents { amount } } }',
);
const PROVIDERS_30K = aliased(30_000, 'providers { code }');

async function post(query) {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  return {
    ms: performance.now() - started,
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
  };
}

async function healthz() {
  const started = performance.now();
  await (await fetch(`${base}/healthz`)).text();
  return performance.now() - started;
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (n=${sorted.length})`;
}

async function sequential(name, query) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await post(query));
  const { status, code, message } = results[0];
  console.log(
    `${name}: ${summary(results.map((r) => r.ms))}; HTTP ${status} ${code ?? 'data'} ${message ?? ''}`,
  );
}

async function healthWhileConcurrent(name, query, concurrent) {
  const latencies = [];
  let done = false;
  const started = performance.now();
  const requests = Promise.all(Array.from({ length: concurrent }, () => post(query))).then((r) => {
    done = true;
    return r;
  });
  while (!done) latencies.push(await healthz());
  const results = await requests;
  const total = performance.now() - started;
  console.log(
    `/healthz during ${concurrent} concurrent ${name}: ${summary(latencies)}; the ${concurrent} took ${total.toFixed(0)} ms in all (${results.filter((r) => r.status === 400).length} refused)`,
  );
}

for (let i = 0; i < 5; i++) await healthz(); // warm up
const idle = [];
for (let i = 0; i < runs; i++) idle.push(await healthz());
console.log(`/healthz idle: ${summary(idle)}`);
await sequential('{ __typename } (for comparison)', '{ __typename }');
await sequential('500 aliases of catalogue', CATALOGUE_500);
await sequential('30,000 aliases of providers', PROVIDERS_30K);
await healthWhileConcurrent('500-alias catalogue queries', CATALOGUE_500, 20);
await healthWhileConcurrent('30,000-alias providers queries', PROVIDERS_30K, 20);
