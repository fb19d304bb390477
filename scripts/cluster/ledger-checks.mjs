// The checks and the table of test:faults: the client's ledger against the database.
const ALLOWED = new Set(['SERVICE_UNAVAILABLE', 'CONFLICT']);
const GRACE_S = 3; // a request started just before a fault may be answered just after it
const READY_WITHIN_MS = 10_000;

const count = async (client, sql, params) => Number((await client.query(sql, params)).rows[0].n);

export async function checkLedger({ client, load, faults }) {
  const problems = [];
  const { records, ledger } = load;
  const windowOf = (t) =>
    faults.find((f) => t >= f.start - 0.5 && t <= (f.ready ?? f.end) + GRACE_S)?.name ?? null;

  // Every acknowledged write is there exactly once.
  let found = 0;
  let duplicated = 0;
  for (const entry of ledger) {
    let n = 0;
    if (entry.type === 'save')
      n = await count(
        client,
        `SELECT COUNT(*) AS n FROM audit_events WHERE entity = 'Quote' AND action = 'CREATE' AND after LIKE $1`,
        [`%"name":"${entry.name}"%`],
      );
    else if (entry.type === 'update')
      n = await count(
        client,
        `SELECT COUNT(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'UPDATE' AND after LIKE $2`,
        [entry.quoteId, `%"name":"${entry.name}"%`],
      );
    else if (entry.type === 'submit')
      n = await count(
        client,
        `SELECT COUNT(*) AS n FROM audit_events WHERE entity_id = $1 AND action = 'SUBMIT'`,
        [entry.quoteId],
      );
    else if (entry.type === 'comment')
      n = await count(client, 'SELECT COUNT(*) AS n FROM quote_comments WHERE quote_id = $1 AND text = $2', [
        entry.quoteId,
        entry.text,
      ]);
    else if (entry.type === 'vote') n = 1; // checked below: the final state
    if (n >= 1) found += 1;
    if (n > 1) duplicated += 1;
    if (n !== 1)
      problems.push(`${entry.type} ${entry.quoteId ?? entry.proposalId} (key ${entry.key}) found ${n} times`);
  }
  const lastVote = ledger.filter((entry) => entry.type === 'vote').at(-1);
  if (lastVote) {
    const votes = await count(client, 'SELECT COUNT(*) AS n FROM proposal_votes WHERE proposal_id = $1', [
      lastVote.proposalId,
    ]);
    const agencyVote = await count(
      client,
      `SELECT COUNT(*) AS n FROM proposal_votes v JOIN users u ON u.agency_id = v.agency_id WHERE v.proposal_id = $1 AND u.email = 'kunde@eksempelstyrelsen.example'`,
      [lastVote.proposalId],
    );
    if ((agencyVote === 1) !== lastVote.voted)
      problems.push(
        `the last acknowledged vote (${lastVote.voted}) is not what the database holds (${votes} votes)`,
      );
  }

  // No quote reference twice; every quote's version history continuous (one audit event per version).
  const duplicates = (
    await client.query(
      'SELECT reference, revision, COUNT(*) AS n FROM quotes GROUP BY reference, revision HAVING COUNT(*) > 1',
    )
  ).rows;
  for (const row of duplicates)
    problems.push(`quote reference ${row.reference} rev ${row.revision} exists ${row.n} times`);
  const gaps = (
    await client.query(
      `SELECT q.id, q.version, COUNT(a.id) AS events FROM quotes q LEFT JOIN audit_events a ON a.entity_id = q.id AND a.entity = 'Quote'
       GROUP BY q.id, q.version HAVING COUNT(a.id) <> q.version`,
    )
  ).rows;
  for (const row of gaps)
    problems.push(`quote ${row.id}: version ${row.version} but ${row.events} audit events`);

  // Errors: only SERVICE_UNAVAILABLE or CONFLICT, and only inside a fault window.
  const errors = records.filter((record) => !record.ok);
  const byCodeAndWindow = new Map();
  for (const error of errors) {
    const window = windowOf(error.t);
    const label = `${error.code} @ ${window ?? 'outside any fault'}`;
    byCodeAndWindow.set(label, (byCodeAndWindow.get(label) ?? 0) + 1);
    if (!ALLOWED.has(error.code) || !window)
      problems.push(
        `${error.kind} at ${error.t.toFixed(1)} s: ${error.code} ${window ? `in ${window}` : 'outside the fault windows'} ${JSON.stringify(error.detail ?? '')}`,
      );
  }
  for (const fault of faults) {
    if (fault.readyMs > READY_WITHIN_MS)
      problems.push(`${fault.name}: instances ready ${fault.readyMs} ms after its end`);
    if (fault.exits.some((code) => code !== 0))
      problems.push(`${fault.name}: SIGTERM exits ${fault.exits.join(', ')} (expected 0)`);
  }

  const calm = records
    .filter((record) => record.ok && !windowOf(record.t))
    .map((record) => record.ms)
    .sort((a, b) => a - b);
  const percentile = (p) =>
    calm.length ? calm[Math.min(calm.length - 1, Math.floor((p / 100) * calm.length))] : NaN;
  const rows = [
    ['requests', records.length],
    ...['read', 'price', 'save', 'update', 'submit', 'comment', 'vote', 'withdrawVote'].map((kind) => [
      `  ${kind}`,
      records.filter((r) => r.kind === kind).length,
    ]),
    ['errors', errors.length],
    ...[...byCodeAndWindow].map(([label, n]) => [`  ${label}`, n]),
    ['writes acknowledged', ledger.length],
    ['writes found', found],
    ['writes duplicated', duplicated],
    ['duplicated quote references', duplicates.length],
    ['quotes with a broken version history', gaps.length],
    ['p50 outside fault windows (ms)', percentile(50)],
    ['p99 outside fault windows (ms)', percentile(99)],
    ...faults.map((f) => [
      `${f.name}: ${f.start.toFixed(1)}–${f.end.toFixed(1)} s, ready after its end (ms)`,
      f.readyMs,
    ]),
    ...faults
      .filter((f) => f.bootMs)
      .map((f) => [`${f.name}: longest boot of a restarted instance (ms)`, f.bootMs]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`\n${'-'.repeat(width + 10)}\n`);
  for (const [label, value] of rows)
    process.stdout.write(`${label.padEnd(width)}  ${String(value).padStart(8)}\n`);
  process.stdout.write(`${'-'.repeat(width + 10)}\n`);
  if (problems.length)
    process.stdout.write(
      `FAILED checks (${problems.length}):\n${problems
        .slice(0, 30)
        .map((p) => `  - ${p}`)
        .join('\n')}\n`,
    );
  else process.stdout.write('All checks passed.\n');
  return { ok: problems.length === 0 };
}
