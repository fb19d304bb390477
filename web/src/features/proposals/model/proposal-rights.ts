import { managesProvider, mayDo } from '@servicekatalog/shared';
import type { ProposalCentre } from '../api/proposals';

/** What the reader may do on a centre's proposals page (DESIGN, "Who may do what"; the API decides, the page only offers). */
export interface ProposalRights {
  /** A customer of an agency the centre serves: propose. */
  mayPropose: boolean;
  /** The same customers vote, one vote per agency. */
  mayVote: boolean;
  /** The centre's account managers, and administrators. */
  mayRespond: boolean;
}

export function rightsOf(me: ProposalCentre['me'] | undefined, providerCode: string): ProposalRights {
  // A customer of an agency the centre serves; administrators act for no agency of their own here.
  const ofAgency = me?.agency?.providerCode === providerCode;
  return {
    mayPropose: ofAgency && mayDo(me ?? null, 'PROPOSAL_PROPOSE'),
    mayVote: ofAgency && mayDo(me ?? null, 'PROPOSAL_VOTE'),
    mayRespond:
      mayDo(me ?? null, 'PROPOSAL_RESPOND') &&
      managesProvider(
        me ? { role: me.role, providerCode: me.providerCode ?? null, agencyId: me.agency?.id ?? null } : null,
        providerCode,
      ),
  };
}
