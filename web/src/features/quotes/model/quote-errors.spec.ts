import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import { quoteFailure } from './quote-errors';

const refused = (extensions: Record<string, unknown>) =>
  new GraphQLRequestError('graphql', [{ message: 'refused', extensions }]);

describe('quoteFailure', () => {
  it('words each CONFLICT by its reason, offering to reload', () => {
    expect(quoteFailure(refused({ code: 'CONFLICT', reason: 'STALE_VERSION' }), true)).toEqual({
      key: 'quotes.errors.conflict',
      reload: true,
      issues: [],
    });
    expect(quoteFailure(refused({ code: 'CONFLICT', reason: 'WRONG_STATUS' }), true).key).toBe(
      'quotes.errors.conflict',
    );
    expect(quoteFailure(refused({ code: 'CONFLICT', reason: 'EXPIRED' }), true).key).toBe(
      'quotes.errors.expired',
    );
    expect(quoteFailure(refused({ code: 'CONFLICT', reason: 'ALREADY_REVISED' }), true).key).toBe(
      'quotes.errors.alreadyRevised',
    );
    expect(quoteFailure(refused({ code: 'CONFLICT', reason: 'START_DATE_PASSED' }), true)).toEqual({
      key: 'quotes.errors.startDatePassed',
      reload: true,
      issues: [],
    });
  });

  it('says a start date that has passed was refused, at the start date', () => {
    const passed = refused({
      code: 'BAD_USER_INPUT',
      field: 'input.configuration.startDate',
      reason: 'START_DATE_PASSED',
    });
    expect(quoteFailure(passed, true)).toEqual({ key: 'quotes.errors.startDate', reload: false, issues: [] });
  });

  it('passes on the issues the API names when it refuses to submit', () => {
    const issues = [{ code: 'MISSING_VOLUME', serviceCode: 'PAY', driverCode: 'PAYSLIPS' }];
    expect(quoteFailure(refused({ code: 'BAD_USER_INPUT', field: 'configuration', issues }), true)).toEqual({
      key: 'quotes.errors.issues',
      reload: false,
      issues,
    });
    expect(quoteFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.name' }), true).key).toBe(
      'quotes.errors.name',
    );
  });

  it('says offline when offline, and never shows raw errors', () => {
    expect(quoteFailure(new GraphQLRequestError('network'), true).key).toBe('quotes.errors.offline');
    expect(quoteFailure(refused({ code: 'CONFLICT' }), false).key).toBe('quotes.errors.offline');
    expect(quoteFailure(new Error('boom'), true).key).toBe('quotes.errors.server');
    expect(quoteFailure(refused({ code: 'INTERNAL_SERVER_ERROR' }), true).key).toBe('quotes.errors.server');
    expect(quoteFailure(refused({ code: 'NOT_FOUND' }), true).key).toBe('quotes.errors.notFound');
  });
});
