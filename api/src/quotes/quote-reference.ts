import type { EntityManager } from 'typeorm';

/**
 * Quote references (DESIGN: a human reference such as `SA-DK-2027-0042`): the provider's code, the
 * year of saving (UTC) and a per-provider-per-year sequence, zero-padded to four digits (a centre
 * saving more than 9,999 quotes in a year gets five digits, never a collision).
 *
 * All revisions of a quote share its reference; the revision is shown after it from revision 2 on:
 * `SA-DK-2027-0042 rev 2`.
 */
export function formatReference(providerCode: string, year: number, sequence: number): string {
  return `${providerCode}-${year}-${String(sequence).padStart(4, '0')}`;
}

export function displayReference(reference: string, revision: number): string {
  return revision > 1 ? `${reference} rev ${revision}` : reference;
}

/**
 * Takes the next sequence number of (provider, year) inside the caller's transaction, with one
 * upsert that both databases understand (`ON CONFLICT … DO UPDATE … RETURNING`). On PostgreSQL the
 * upsert locks the counter row until the transaction ends, so concurrent saves of one provider
 * queue there and a rolled-back save gives its number back; on SQLite write transactions are
 * serialized anyway. Numbers are therefore consecutive, without gaps or duplicates.
 */
export async function nextQuoteSequence(
  manager: EntityManager,
  providerCode: string,
  year: number,
): Promise<number> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `INSERT INTO "quote_sequences" ("provider_code", "year", "last_value") VALUES (:providerCode, :year, 1)
     ON CONFLICT ("provider_code", "year") DO UPDATE SET "last_value" = "quote_sequences"."last_value" + 1
     RETURNING "last_value"`,
    { providerCode, year },
  );
  const rows = (await manager.query(sql, parameters)) as { last_value: number | string }[];
  const value = Number(rows[0]?.last_value);
  if (!Number.isInteger(value) || value < 1) throw new Error('The quote sequence upsert returned no number.');
  return value;
}
