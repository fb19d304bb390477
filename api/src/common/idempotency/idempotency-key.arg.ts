import { Args } from '@nestjs/graphql';

/**
 * The optional `idempotencyKey` argument of a write (DESIGN, "Idempotency"); pass it with the
 * other arguments to {@link IdempotencyService.run}.
 */
export const IdempotencyKey = (): ParameterDecorator =>
  Args('idempotencyKey', {
    type: () => String,
    nullable: true,
    description:
      'Optional, 8–64 characters of A–Z a–z 0–9 _ -, new for each user action and reused for its retries: a repeat with equal arguments within 24 hours answers with the first result instead of doing it again; with other arguments it is CONFLICT (reason IDEMPOTENCY_KEY_REUSED).',
  });
