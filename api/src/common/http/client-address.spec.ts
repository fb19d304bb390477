import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const request = (forwarded?: string | string[]) => ({
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  socket: { remoteAddress: '10.0.0.5' },
});

describe('clientAddress', () => {
  it('is the socket address without trusted proxies, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request(), 0)).toBe('10.0.0.5');
    expect(clientAddress(request('203.0.113.7'), 0)).toBe('10.0.0.5');
  });

  it('is the entry as many hops from the right as there are proxies', () => {
    expect(clientAddress(request('198.51.100.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('198.51.100.1, 203.0.113.7, 10.1.1.1'), 2)).toBe('203.0.113.7');
    expect(clientAddress(request(['198.51.100.1', '203.0.113.7']), 1)).toBe('203.0.113.7');
  });

  it('falls back to the leftmost entry when there are fewer than proxies, and to the socket without any', () => {
    expect(clientAddress(request('203.0.113.7'), 3)).toBe('203.0.113.7');
    expect(clientAddress(request(' , '), 1)).toBe('10.0.0.5');
    expect(clientAddress(request(), 1)).toBe('10.0.0.5');
  });
});
