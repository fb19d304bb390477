import type { DataSource } from 'typeorm';

/** The advisory lock key of "migrating and seeding" (any fixed number: "SKstart" read as ASCII). */
const STARTUP_LOCK_KEY = '23445382312850036';

/**
 * Runs `work` (migrations, demo seeding, the administrator) while holding a PostgreSQL advisory
 * lock, so instances that start together take turns instead of racing on the same tables; the
 * next one then finds the schema current and the data there. The lock belongs to one session
 * (one connection held for the whole time) and ends with it, also if the process dies.
 * SQLite is one process's file: nothing to share, no lock.
 */
export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(${STARTUP_LOCK_KEY})`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${STARTUP_LOCK_KEY})`);
    }
  } finally {
    await runner.release();
  }
}
