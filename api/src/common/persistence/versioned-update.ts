import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';

/** One optimistic-locking write of a row that has `id` and `version` columns. */
export interface VersionedUpdate<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  id: string;
  /** The `version` the writer read; the row must still have it. */
  expectedVersion: number;
  /** The columns to set; `version` goes up by one on its own. */
  changes: QueryDeepPartialEntity<T>;
  /** Further conditions checked in the same statement, e.g. `status IN (:...from)`. */
  also?: { where: string; parameters: ObjectLiteral };
  /** What to throw when no row matched: someone else was first (or `also` no longer holds). */
  stale: () => Error;
}

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ? [AND …]`, inside the caller's
 * transaction (its entity manager). The check is in the statement itself: TypeORM's own version
 * column increments but never checks, so 20 concurrent `save()`s silently lose 19 updates. Of
 * concurrent writers with the same version exactly one changes the row; the others get `stale()`.
 * Resolves to the new version.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  update: VersionedUpdate<T>,
): Promise<number> {
  const { id, expectedVersion, also } = update;
  const query = manager
    .createQueryBuilder()
    .update(update.entity)
    .set({ ...update.changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion });
  if (also) query.andWhere(also.where, also.parameters);
  const result = await query.updateEntity(false).execute();
  if (!result.affected) throw update.stale();
  return expectedVersion + 1;
}
