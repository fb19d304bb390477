import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../lib/graphql/client';
import { proposalFailure } from './proposal-failure';

const refused = (extensions: Record<string, unknown>) =>
  new GraphQLRequestError('graphql', [{ message: 'refused', extensions }]);

describe('proposalFailure', () => {
  it.each([
    [{ code: 'CONFLICT', reason: 'STALE_VERSION' }, 'proposals.errors.conflict', true, null],
    [{ code: 'CONFLICT', reason: 'MOVE_NOT_ALLOWED' }, 'proposals.errors.conflict', true, null],
    [{ code: 'CONFLICT', reason: 'CLOSED' }, 'proposals.errors.closed', true, null],
    [{ code: 'CONFLICT', reason: 'ALREADY_VOTED' }, 'proposals.errors.alreadyVoted', true, null],
    [{ code: 'CONFLICT', reason: 'NOT_VOTED' }, 'proposals.errors.notVoted', true, null],
    [{ code: 'BAD_USER_INPUT', field: 'input.title' }, 'proposals.errors.field.title', false, 'title'],
    [
      { code: 'BAD_USER_INPUT', field: 'input.serviceCode' },
      'proposals.errors.field.serviceCode',
      false,
      'serviceCode',
    ],
    [{ code: 'BAD_USER_INPUT', field: 'response' }, 'proposals.errors.field.response', false, 'response'],
    [{ code: 'BAD_USER_INPUT', field: 'input.agencyId' }, 'proposals.errors.input', false, null],
    [{ code: 'FORBIDDEN' }, 'proposals.errors.forbidden', false, null],
    [{ code: 'UNAUTHENTICATED' }, 'proposals.errors.signedOut', false, null],
    [{ code: 'INTERNAL_SERVER_ERROR' }, 'proposals.errors.server', false, null],
  ])('%o → %s', (extensions, key, reload, field) => {
    expect(proposalFailure(refused(extensions), true)).toEqual({ key, reload, field });
  });

  it('words being offline before anything the API said', () => {
    expect(proposalFailure(refused({ code: 'CONFLICT' }), false).key).toBe('proposals.errors.offline');
    expect(proposalFailure(new GraphQLRequestError('network'), true).key).toBe('proposals.errors.offline');
  });
});
