import { managesProvider, requireAccess } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { BenchmarkErrors } from './benchmark-figure.errors.js';

/**
 * Who may do what with benchmark figures (DESIGN, "Who may do what"): everyone reads, anonymous
 * callers too; account managers write their own centre's figures, administrators every centre's;
 * customers may not write (FORBIDDEN), anonymous callers must sign in (UNAUTHENTICATED). Figures
 * are public, so a refusal may say whose figure it is.
 */
export const BenchmarkPolicy = {
  /** The actor, if its role may write some figure at all (checked before any lookup). */
  requireWriter(actor: Actor | null): Actor {
    return requireAccess(actor, 'BENCHMARK_WRITE', {
      unauthenticated: 'Sign in as an account manager or administrator to record benchmark figures.',
      forbidden: 'Only account managers and administrators record benchmark figures.',
    });
  },

  /** Refuses a writer who may not write the figures of `providerCode`. */
  requireMayWrite(writer: Actor, providerCode: string): void {
    if (!managesProvider(writer, providerCode)) throw BenchmarkErrors.notYourCentre(providerCode);
  },
};
