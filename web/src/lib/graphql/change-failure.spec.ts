import { describe, expect, it } from 'vitest';
import { changeFailure } from './change-failure';
import { GraphQLRequestError } from './client';

const refused = (extensions: Record<string, unknown>) =>
  new GraphQLRequestError('graphql', [{ message: 'no', extensions }]);

describe('changeFailure', () => {
  it("gives the API's code, reason and input field of a refusal", () => {
    expect(changeFailure(refused({ code: 'CONFLICT', reason: 'STALE_VERSION' }), true)).toEqual({
      kind: 'refused',
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      field: undefined,
    });
    expect(changeFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.title' }), true)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(changeFailure(refused({ code: 'BAD_USER_INPUT', field: 3 }), true)).toMatchObject({
      field: undefined,
    });
  });

  it('says offline when the browser is, before anything the API said, and when the request never arrived', () => {
    expect(changeFailure(refused({ code: 'CONFLICT' }), false)).toEqual({ kind: 'offline' });
    expect(changeFailure(new GraphQLRequestError('network'), true)).toEqual({ kind: 'offline' });
  });

  it('says server for a fault and for anything that is not a request error', () => {
    expect(changeFailure(new GraphQLRequestError('server'), true)).toEqual({ kind: 'server' });
    expect(changeFailure(new Error('bug'), true)).toEqual({ kind: 'server' });
  });
});
