import { apiFailure, refusalExtensions } from '../../../lib/api-errors';

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
  const failure = apiFailure(error, online);
  if (failure.kind !== 'refused') return plain(`quotes.errors.${failure.kind}`);
  switch (failure.code) {
    case 'CONFLICT':
      if (failure.reason === 'EXPIRED') return plain('quotes.errors.expired', true);
      if (failure.reason === 'ALREADY_REVISED') return plain('quotes.errors.alreadyRevised', true);
      if (failure.reason === 'START_DATE_PASSED') return plain('quotes.errors.startDatePassed', true);
      return plain('quotes.errors.conflict', true);
    case 'BAD_USER_INPUT': {
      const issues = refusalExtensions(error).issues;
      if (Array.isArray(issues))
        return { key: 'quotes.errors.issues', reload: false, issues: issues as RefusalIssue[] };
      if (failure.field === 'input.name') return plain('quotes.errors.name');
      if (failure.field?.endsWith('startDate')) return plain('quotes.errors.startDate');
      return plain('quotes.errors.input');
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
