import { registerEnumType } from '@nestjs/graphql';
import type { QuoteDecision } from '../quote-lifecycle.service.js';
import type { QuoteStatus } from '../quote.entity.js';

/** The GraphQL enum `QuoteStatus`; its values are the {@link QuoteStatus} strings themselves. */
export const QuoteStatusEnum = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  ACCEPTED: 'ACCEPTED',
  REJECTED: 'REJECTED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies { [S in QuoteStatus]: S };

registerEnumType(QuoteStatusEnum, {
  name: 'QuoteStatus',
  description: 'DRAFT → SUBMITTED → ACCEPTED | REJECTED, or WITHDRAWN from DRAFT or SUBMITTED.',
  valuesMap: {
    DRAFT: { description: 'Being prepared by the agency; can be edited, submitted, withdrawn.' },
    SUBMITTED: { description: 'Sent to the centre for a decision.' },
    ACCEPTED: { description: 'Accepted by the centre.' },
    REJECTED: { description: 'Rejected by the centre, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by the agency, or replaced by a newer revision.' },
  },
});

export const QuoteDecisionEnum = {
  ACCEPT: 'ACCEPT',
  REJECT: 'REJECT',
} as const satisfies { [D in QuoteDecision]: D };

registerEnumType(QuoteDecisionEnum, {
  name: 'QuoteDecision',
  description: "The centre's answer to a submitted quote.",
});
