import { rolesFor, type Role } from '../../../lib/session';
import type { QuoteStatus } from '../api/quotes';

/** What a person can do with a quote from its page. */
export type QuoteAction = 'edit' | 'rename' | 'submit' | 'withdraw' | 'revise' | 'comment';

/** DESIGN, "Who may do what": the agency's own users and administrators save, edit, revise, submit, withdraw. */
export const EDITORS = rolesFor('QUOTE_EDIT');

/**
 * The actions offered for a quote in its status to a user in their role (the API decides in the
 * end; this only avoids offering what it would refuse):
 * - a DRAFT can be changed (configuration and name), submitted while its offer holds, withdrawn;
 *   once its offer has lapsed it can only be revised (for today's prices) or withdrawn;
 * - a SUBMITTED quote can be withdrawn or revised;
 * - a decided or withdrawn quote can be revised into a new draft — only its latest revision: an
 *   older one stays for the record (revising it would be refused);
 * - everyone who can see a quote can comment on it. Deciding belongs to the centre's pages.
 */
export function quoteActions(
  quote: { status: QuoteStatus; expired: boolean; latestRevision: boolean },
  role: Role,
): QuoteAction[] {
  if (!EDITORS.includes(role) || !quote.latestRevision) return ['comment'];
  switch (quote.status) {
    case 'DRAFT':
      return quote.expired
        ? ['revise', 'withdraw', 'comment']
        : ['edit', 'rename', 'submit', 'withdraw', 'comment'];
    case 'SUBMITTED':
      return ['withdraw', 'revise', 'comment'];
    case 'ACCEPTED':
    case 'REJECTED':
    case 'WITHDRAWN':
      return ['revise', 'comment'];
    default:
      return assertNever(quote.status);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown quote status ${String(value)}`);
}
