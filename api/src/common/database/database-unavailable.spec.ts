import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';

function pgError(code: string, message = 'error'): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connection refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['connection reset', pgError('ECONNRESET')],
    ['server shutting down (57P01)', new QueryFailedError('SELECT 1', [], pgError('57P01'))],
    ['server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['statement timeout (57014)', new QueryFailedError('SELECT 1', [], pgError('57014'))],
    ['connection exception class 08', pgError('08006')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connection ended', new Error('Connection terminated unexpectedly')],
    ['wrapped in a cause', new Error('outer', { cause: pgError('ECONNREFUSED') })],
    ['every address refused', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
  ])('%s: unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], pgError('23505'))],
    ['syntax error', new QueryFailedError('SELEC', [], pgError('42601'))],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
