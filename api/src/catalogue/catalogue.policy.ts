import { managesProvider, maySeeCatalogueVersion, requireAccess } from '../auth/access.js';
import type { Actor } from '../auth/actor.js';
import { ForbiddenError } from '../common/errors/domain-error.js';

/**
 * Who may do what with catalogues (DESIGN, "Who may do what"), in one place:
 * - everyone, anonymous included, reads, exports and validates PUBLISHED versions;
 * - drafts are read and exported only by the provider's account managers and administrators —
 *   to anyone else a draft does not exist (callers answer NOT_FOUND or null, never FORBIDDEN);
 * - import, publish and discard: the provider's account managers and administrators; anonymous
 *   → UNAUTHENTICATED, anyone else signed in → FORBIDDEN.
 */
export const CataloguePolicy = {
  /** True when `actor` manages the catalogue of `providerCode` (may read drafts and change it). */
  managesProvider(actor: Actor | null, providerCode: string): boolean {
    return managesProvider(actor, providerCode);
  },

  /** True when `actor` may see a version of `providerCode` in `status`. */
  maySeeVersion(actor: Actor | null, providerCode: string, status: string): boolean {
    return maySeeCatalogueVersion(actor, providerCode, status);
  },

  /**
   * The actor, if it may edit some catalogue at all (an account manager or administrator). Checked
   * before anything is looked up, so a refusal reveals nothing.
   */
  requireEditor(actor: Actor | null): Actor {
    return requireAccess(actor, 'CATALOGUE_EDIT', {
      unauthenticated: 'Sign in as an account manager or administrator to change catalogues.',
      forbidden: 'Only account managers and administrators change catalogues.',
    });
  },

  /** The actor, if it may change the catalogue of `providerCode`. */
  requireManagerOf(actor: Actor | null, providerCode: string): Actor {
    const editor = CataloguePolicy.requireEditor(actor);
    if (!managesProvider(editor, providerCode)) {
      throw new ForbiddenError(`You may only change the catalogue of your own centre, not ${providerCode}.`);
    }
    return editor;
  },
};
