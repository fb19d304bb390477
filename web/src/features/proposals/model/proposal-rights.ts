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
  const customer = me?.role === 'CUSTOMER' && me.agency?.providerCode === providerCode;
  return {
    mayPropose: customer,
    mayVote: customer,
    mayRespond: me?.role === 'ADMIN' || (me?.role === 'ACCOUNT_MANAGER' && me.providerCode === providerCode),
  };
}
