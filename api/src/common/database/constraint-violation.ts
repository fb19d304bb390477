import { QueryFailedError } from 'typeorm';

/** Which kind of constraint a failed statement broke, on either database; null for anything else. */
export type ConstraintViolation = 'UNIQUE' | 'FOREIGN_KEY';

/**
 * Classifies a database error so a service can turn a lost race (two inserts of one e-mail, a row
 * referring to something deleted meanwhile) into a domain error instead of an internal one.
 * PostgreSQL reports SQLSTATE 23505/23503; better-sqlite3 reports SQLITE_CONSTRAINT_UNIQUE/_FOREIGNKEY.
 */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error.driverError as { code?: unknown } | undefined)?.code;
  switch (code) {
    case '23505':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return 'UNIQUE';
    case '23503':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return 'FOREIGN_KEY';
    default:
      return null;
  }
}
