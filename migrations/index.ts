import type { MigrationInterface } from 'typeorm';
import { CatalogueSchema1764300000000 } from './1764300000000-catalogue-schema.js';
import { UsersSchema1764300001000 } from './1764300001000-users-schema.js';
import { QuotesSchema1764300002000 } from './1764300002000-quotes-schema.js';
import { ManagerWorkspace1764300003000 } from './1764300003000-manager-workspace.js';
import { BenchmarkFigures1764300004000 } from './1764300004000-benchmark-figures.js';
import { Proposals1764300005000 } from './1764300005000-proposals.js';
import { UserTokenVersion1764300006300 } from './1764300006300-user-token-version.js';
import { IdempotencyKeys1764300010000 } from './1764300010000-idempotency-keys.js';
import { QuoteStartDate1764300020000 } from './1764300020000-quote-start-date.js';
import { Agreements1764300021000 } from './1764300021000-agreements.js';
import { PriceBenchmark1764300030000 } from './1764300030000-price-benchmark.js';

type MigrationClass = new () => MigrationInterface;

/**
 * Every migration, oldest first. Listed explicitly (not globbed) so the same list works from the
 * TypeScript sources in tests and from the compiled app.
 */
export const MIGRATIONS: MigrationClass[] = [
  CatalogueSchema1764300000000,
  UsersSchema1764300001000,
  QuotesSchema1764300002000,
  ManagerWorkspace1764300003000,
  BenchmarkFigures1764300004000,
  Proposals1764300005000,
  UserTokenVersion1764300006300,
  IdempotencyKeys1764300010000,
  QuoteStartDate1764300020000,
  Agreements1764300021000,
  PriceBenchmark1764300030000,
];
