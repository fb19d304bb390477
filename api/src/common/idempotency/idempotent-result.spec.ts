import { describe, expect, it } from 'vitest';
import { requestHash, restoreResult, storeResult } from './idempotent-result.js';

describe('stored results', () => {
  it('come back equal, Dates as Dates and strings that look like dates as strings', () => {
    const result = {
      id: 'q1',
      createdAt: new Date('2026-12-07T03:04:05.678Z'),
      submittedAt: null,
      name: '2026-12-07T03:04:05.678Z',
      breakdown: { lines: [{ amount: '12.50' }], at: new Date('2026-01-01T00:00:00.000Z') },
    };
    const restored = restoreResult<typeof result>(storeResult(result));
    expect(restored).toEqual(result);
    expect(restored.createdAt).toBeInstanceOf(Date);
    expect(typeof restored.name).toBe('string');
  });
});

describe('requestHash', () => {
  it('is the same for equal arguments in any key order, without undefined members', () => {
    const a = requestHash('saveQuote', { input: { name: 'A', configuration: { x: '1', y: [1, 2] } } });
    const b = requestHash('saveQuote', {
      input: { configuration: { y: [1, 2], x: '1' }, name: 'A', note: undefined },
    });
    expect(a).toBe(b);
  });

  it('differs for other arguments or another mutation', () => {
    const base = requestHash('submitQuote', { id: 'q1', expectedVersion: 1 });
    expect(requestHash('submitQuote', { id: 'q1', expectedVersion: 2 })).not.toBe(base);
    expect(requestHash('withdrawQuote', { id: 'q1', expectedVersion: 1 })).not.toBe(base);
    expect(requestHash('submitQuote', { id: 'q1', expectedVersion: '1' })).not.toBe(base);
  });
});
