import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, API_ERROR_REASONS, apiErrorCode, apiErrorReason } from './api-errors.js';

describe('API error lists', () => {
  it('name each code and reason once', () => {
    expect(new Set(API_ERROR_CODES).size).toBe(API_ERROR_CODES.length);
    expect(new Set(API_ERROR_REASONS).size).toBe(API_ERROR_REASONS.length);
  });

  it('read a known code or reason, and nothing else', () => {
    expect(apiErrorCode('CONFLICT')).toBe('CONFLICT');
    expect(apiErrorCode('conflict')).toBeNull();
    expect(apiErrorCode(undefined)).toBeNull();
    expect(apiErrorReason('STALE_VERSION')).toBe('STALE_VERSION');
    expect(apiErrorReason('__proto__')).toBeNull();
    expect(apiErrorReason(42)).toBeNull();
  });
});
