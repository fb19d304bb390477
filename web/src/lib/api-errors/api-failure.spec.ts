import { describe, expect, it } from 'vitest';
import { apiFailure, refusalExtensions, refusalMessage } from './api-failure';
import { GraphQLRequestError } from '../graphql/client';

const refused = (extensions: Record<string, unknown>) =>
  new GraphQLRequestError('graphql', [{ message: 'no', extensions }]);

describe('apiFailure', () => {
  it("gives the API's code, reason and input field of a refusal", () => {
    expect(apiFailure(refused({ code: 'CONFLICT', reason: 'STALE_VERSION' }), true)).toEqual({
      kind: 'refused',
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      field: undefined,
    });
    expect(apiFailure(refused({ code: 'BAD_USER_INPUT', field: 'input.title' }), true)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(apiFailure(refused({ code: 'BAD_USER_INPUT', field: 3 }), true)).toMatchObject({
      field: undefined,
    });
  });

  it('says offline when the browser is, before anything the API said, and when the request never arrived', () => {
    expect(apiFailure(refused({ code: 'CONFLICT' }), false)).toEqual({ kind: 'offline' });
    expect(apiFailure(new GraphQLRequestError('network'), true)).toEqual({ kind: 'offline' });
  });

  it('says server for a fault and for anything that is not a request error', () => {
    expect(apiFailure(new GraphQLRequestError('server'), true)).toEqual({ kind: 'server' });
    expect(apiFailure(new Error('bug'), true)).toEqual({ kind: 'server' });
  });

  it('reads a code or reason the shared lists do not name as absent, so it is worded as a fault', () => {
    expect(apiFailure(refused({ code: 'TEAPOT', reason: 'BREWING' }), true)).toEqual({
      kind: 'refused',
      code: undefined,
      reason: undefined,
      field: undefined,
    });
  });

  it("gives a refusal's extensions and message, and nothing of a fault", () => {
    const error = refused({ code: 'BAD_USER_INPUT', issues: [{ code: 'MISSING_VOLUME' }] });
    expect(refusalExtensions(error)).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [{ code: 'MISSING_VOLUME' }],
    });
    expect(refusalMessage(error)).toBe('no');
    expect(refusalExtensions(new GraphQLRequestError('server'))).toEqual({});
    expect(refusalExtensions(new Error('bug'))).toEqual({});
  });
});
