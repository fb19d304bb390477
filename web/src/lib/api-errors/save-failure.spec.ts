import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../graphql/client';
import { saveFailure } from './save-failure';

const refused = (extensions: Record<string, unknown>, message = 'refused') =>
  new GraphQLRequestError('graphql', [{ message, extensions }]);

describe('saveFailure', () => {
  it('tells a draft started meanwhile from any other CONFLICT, keeping the reason', () => {
    expect(saveFailure(refused({ code: 'CONFLICT', reason: 'DRAFT_EXISTS' }))).toEqual({
      kind: 'draftExists',
    });
    expect(saveFailure(refused({ code: 'CONFLICT', reason: 'STALE_VERSION' }))).toEqual({
      kind: 'conflict',
      reason: 'STALE_VERSION',
    });
    expect(saveFailure(refused({ code: 'CONFLICT' }))).toEqual({ kind: 'conflict', reason: null });
  });

  it('gives every problem of a refused content at its path, the field and the message', () => {
    const error = refused(
      {
        code: 'BAD_USER_INPUT',
        field: 'document',
        errors: [{ path: 'services[3].code', code: 'DUPLICATE_CODE', message: 'twice' }, { nope: 1 }, 'x'],
      },
      'The catalogue document has 1 error(s); nothing was written.',
    );
    expect(saveFailure(error)).toEqual({
      kind: 'invalid',
      problems: [{ path: 'services[3].code', code: 'DUPLICATE_CODE', message: 'twice' }],
      field: 'document',
      message: 'The catalogue document has 1 error(s); nothing was written.',
    });
  });

  it('words gone, forbidden, network and server', () => {
    expect(saveFailure(refused({ code: 'NOT_FOUND' }))).toEqual({ kind: 'gone' });
    expect(saveFailure(refused({ code: 'FORBIDDEN' }))).toEqual({ kind: 'forbidden' });
    expect(saveFailure(refused({ code: 'UNAUTHENTICATED' }))).toEqual({ kind: 'forbidden' });
    expect(saveFailure(new GraphQLRequestError('network'))).toEqual({ kind: 'network' });
    expect(saveFailure(new GraphQLRequestError('server'))).toEqual({ kind: 'server' });
    expect(saveFailure(refused({ code: 'INTERNAL_SERVER_ERROR' }))).toEqual({ kind: 'server' });
    expect(saveFailure(new Error('bug'))).toEqual({ kind: 'server' });
  });
});
