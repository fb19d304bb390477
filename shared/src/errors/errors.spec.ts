import { describe, expect, it } from 'vitest';
import {
  CONFLICT_REASONS,
  DOMAIN_ERROR_CODES,
  isDomainErrorCode,
  isRequestErrorCode,
  BAD_USER_INPUT_REASONS,
  FORBIDDEN_REASONS,
  REQUEST_ERROR_CODES,
  SERVER_ERROR_CODES,
} from './index.js';

describe('error codes and reasons', () => {
  it('lists each code and reason once', () => {
    for (const list of [DOMAIN_ERROR_CODES, REQUEST_ERROR_CODES, SERVER_ERROR_CODES, CONFLICT_REASONS]) {
      expect(new Set(list).size).toBe(list.length);
    }
    const others: readonly string[] = [...FORBIDDEN_REASONS, ...BAD_USER_INPUT_REASONS];
    expect(CONFLICT_REASONS.filter((reason) => others.includes(reason))).toEqual([]);
  });

  it('tells the codes a service throws from request-level codes', () => {
    expect(isDomainErrorCode('CONFLICT')).toBe(true);
    expect(isDomainErrorCode('GRAPHQL_PARSE_FAILED')).toBe(false);
    expect(isDomainErrorCode('INTERNAL_SERVER_ERROR')).toBe(false);
    expect(isRequestErrorCode('GRAPHQL_PARSE_FAILED')).toBe(true);
    expect(isRequestErrorCode('BAD_USER_INPUT')).toBe(true);
    expect(isRequestErrorCode('CONFLICT')).toBe(false);
    expect(isRequestErrorCode(undefined)).toBe(false);
  });
});
