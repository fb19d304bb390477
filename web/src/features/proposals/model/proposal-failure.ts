import { apiFailure } from '../../../lib/api-errors';

/** A refused or failed change, worded for people. */
export interface ProposalFailure {
  /** i18n key of the words. */
  key: string;
  /** The form field the API named (BAD_USER_INPUT), as the form calls it; null for the whole form. */
  field: string | null;
  /** Reloading the proposal helps (someone else changed it, or its status moved on). */
  reload: boolean;
}

/** The API names input fields by their path in the request ("input.title"); the forms by name. */
const FIELDS: Record<string, string> = {
  'input.title': 'title',
  'input.description': 'description',
  'input.serviceCode': 'serviceCode',
  response: 'response',
  status: 'status',
};

/**
 * Words why a proposal change did not happen. CONFLICT has a reason: a stale version (someone else
 * responded meanwhile), a move the current status does not allow, a closed proposal, a vote already
 * cast or already withdrawn (by a colleague at the same agency).
 */
export function proposalFailure(error: unknown, online: boolean): ProposalFailure {
  const plain = (key: string, reload = false, field: string | null = null): ProposalFailure => ({
    key,
    field,
    reload,
  });
  const failure = apiFailure(error, online);
  if (failure.kind !== 'refused') return plain(`proposals.errors.${failure.kind}`);
  switch (failure.code) {
    case 'CONFLICT':
      switch (failure.reason) {
        case 'ALREADY_VOTED':
          return plain('proposals.errors.alreadyVoted', true);
        case 'NOT_VOTED':
          return plain('proposals.errors.notVoted', true);
        case 'CLOSED':
          return plain('proposals.errors.closed', true);
        default:
          return plain('proposals.errors.conflict', true);
      }
    case 'BAD_USER_INPUT': {
      const field = FIELDS[failure.field ?? ''] ?? null;
      return plain(field ? `proposals.errors.field.${field}` : 'proposals.errors.input', false, field);
    }
    case 'NOT_FOUND':
      return plain('proposals.errors.notFound', true);
    case 'FORBIDDEN':
      return plain('proposals.errors.forbidden');
    case 'UNAUTHENTICATED':
      return plain('proposals.errors.signedOut');
    default:
      return plain('proposals.errors.server');
  }
}
