import { registerEnumType } from '@nestjs/graphql';
import type { ProposalStatus } from '../proposal.entity.js';

/** The GraphQL enum `ProposalStatus`; its values are the {@link ProposalStatus} strings themselves. */
export const ProposalStatusEnum = {
  OPEN: 'OPEN',
  UNDER_REVIEW: 'UNDER_REVIEW',
  PLANNED: 'PLANNED',
  DECLINED: 'DECLINED',
  DONE: 'DONE',
} as const satisfies { [S in ProposalStatus]: S };

registerEnumType(ProposalStatusEnum, {
  name: 'ProposalStatus',
  description:
    "Where a proposal stands. The centre's moves: OPEN → UNDER_REVIEW | DECLINED; UNDER_REVIEW → PLANNED | DECLINED | DONE; PLANNED → DONE | DECLINED. UNDER_REVIEW and PLANNED may be kept to update the response. DECLINED and DONE are final (closed: no more votes or responses).",
  valuesMap: {
    OPEN: { description: 'New; the centre has not responded yet. Open for votes.' },
    UNDER_REVIEW: { description: 'The centre is looking into it. Open for votes.' },
    PLANNED: { description: 'The centre plans to do it. Open for votes.' },
    DECLINED: { description: 'The centre will not do it (the response says why). Closed.' },
    DONE: { description: 'Done, or already available. Closed.' },
  },
});
