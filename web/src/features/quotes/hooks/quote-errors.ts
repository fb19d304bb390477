import { GraphQLRequestError } from '../../../lib/graphql/client';

/** An issue the API names when it refuses to submit a quote (BAD_USER_INPUT, extensions.issues). */
export interface RefusalIssue {
  code: string;
  serviceCode?: string | null;
  driverCode?: string | null;
}

/** A refused or failed change, worded for people: the i18n key, and whether reloading helps. */
export interface QuoteFailure {
  key: string;
  reload: boolean;
  issues: RefusalIssue[];
}

/**
 * Words why a change to a quote did not happen. CONFLICT has a reason: someone else changed the
 * quote (a stale expectedVersion), its status moved on, its offer lapsed, or it was revised already.
 */
export function quoteFailure(error: unknown, online: boolean): QuoteFailure {
  const plain = (key: string, reload = false): QuoteFailure => ({ key, reload, issues: [] });
  if (!online || (error instanceof GraphQLRequestError && error.kind === 'network'))
    return plain('quotes.errors.offline');
  if (!(error instanceof GraphQLRequestError) || error.kind !== 'graphql')
    return plain('quotes.errors.server');
  switch (error.code) {
    case 'CONFLICT':
      if (error.reason === 'EXPIRED') return plain('quotes.errors.expired', true);
      if (error.reason === 'ALREADY_REVISED') return plain('quotes.errors.alreadyRevised', true);
      return plain('quotes.errors.conflict', true);
    case 'BAD_USER_INPUT': {
      const issues = error.errors[0]?.extensions?.issues;
      if (Array.isArray(issues))
        return { key: 'quotes.errors.issues', reload: false, issues: issues as RefusalIssue[] };
      return plain(
        error.errors[0]?.extensions?.field === 'input.name' ? 'quotes.errors.name' : 'quotes.errors.input',
      );
    }
    case 'NOT_FOUND':
      return plain('quotes.errors.notFound');
    case 'FORBIDDEN':
      return plain('quotes.errors.forbidden');
    case 'UNAUTHENTICATED':
      return plain('quotes.errors.signedOut');
    default:
      return plain('quotes.errors.server');
  }
}
