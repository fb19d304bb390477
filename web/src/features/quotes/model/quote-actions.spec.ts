import { describe, expect, it } from 'vitest';
import { quoteActions } from './quote-actions';

describe('quoteActions', () => {
  it.each([
    ['DRAFT', false, 'CUSTOMER', ['edit', 'rename', 'submit', 'withdraw', 'comment']],
    ['DRAFT', true, 'CUSTOMER', ['revise', 'withdraw', 'comment']],
    ['SUBMITTED', false, 'CUSTOMER', ['withdraw', 'revise', 'comment']],
    ['ACCEPTED', false, 'CUSTOMER', ['revise', 'comment']],
    ['REJECTED', false, 'CUSTOMER', ['revise', 'comment']],
    ['WITHDRAWN', false, 'CUSTOMER', ['revise', 'comment']],
    ['DRAFT', false, 'ADMIN', ['edit', 'rename', 'submit', 'withdraw', 'comment']],
    ['DRAFT', false, 'ACCOUNT_MANAGER', ['comment']],
    ['SUBMITTED', false, 'ACCOUNT_MANAGER', ['comment']],
  ] as const)('%s (expired: %s) for %s → %j', (status, expired, role, expected) => {
    expect(quoteActions({ status, expired, latestRevision: true }, role)).toEqual(expected);
  });

  it.each(['ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const)(
    'offers only comments on an older revision, even %s',
    (status) => {
      expect(quoteActions({ status, expired: false, latestRevision: false }, 'CUSTOMER')).toEqual([
        'comment',
      ]);
    },
  );
});
