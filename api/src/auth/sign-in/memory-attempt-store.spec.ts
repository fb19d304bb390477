import { describe, expect, it } from 'vitest';
import { MemoryAttemptStore } from './memory-attempt-store.js';

const WINDOW = 15 * 60 * 1000;
const key = (max: number) => [{ key: 'email:a', max }];

describe('MemoryAttemptStore', () => {
  it('counts up to the limit, then answers the wait until the failure holding it at the limit is a window old', async () => {
    const store = new MemoryAttemptStore();
    expect(await store.reserve(key(3), 'a', 0, WINDOW)).toBeNull();
    expect(await store.reserve(key(3), 'b', 1000, WINDOW)).toBeNull();
    expect(await store.reserve(key(3), 'c', 2000, WINDOW)).toBeNull();
    expect(await store.reserve(key(3), 'd', 60_000, WINDOW)).toBe(WINDOW - 60_000);
    // The refused attempt was not counted: once the first failure is old, one more fits.
    expect(await store.reserve(key(3), 'e', WINDOW, WINDOW)).toBeNull();
    expect(await store.reserve(key(3), 'f', WINDOW, WINDOW)).toBe(1000);
  });

  it('takes back a released reservation and forgets a cleared key', async () => {
    const store = new MemoryAttemptStore();
    expect(await store.reserve(key(1), 'a', 0, WINDOW)).toBeNull();
    await store.release(['email:a'], 'a');
    expect(await store.reserve(key(1), 'b', 0, WINDOW)).toBeNull();
    expect(await store.clear('email:a')).toBe(true);
    expect(await store.clear('email:a')).toBe(false);
    expect(await store.reserve(key(1), 'c', 0, WINDOW)).toBeNull();
  });

  it('counts nothing under any key when one of them is full', async () => {
    const store = new MemoryAttemptStore();
    const both = [
      { key: 'email:a', max: 5 },
      { key: 'address:x', max: 1 },
    ];
    expect(await store.reserve(both, 'a', 0, WINDOW)).toBeNull();
    expect(await store.reserve(both, 'b', 0, WINDOW)).toBe(WINDOW);
    expect(await store.clear('email:a')).toBe(true);
  });
});
