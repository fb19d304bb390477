import { describe, expect, it } from 'vitest';
import { backoffDelay } from './subscriptions';

describe('backoffDelay (reconnecting the live subscriptions)', () => {
  it('doubles from 1 s up to 30 s, plus up to 1 s at random', () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 10].map((retries) => backoffDelay(retries, none))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffDelay(0, () => 0.9999)).toBe(1999);
    expect(backoffDelay(20, () => 0.5)).toBe(30500);
  });
});
