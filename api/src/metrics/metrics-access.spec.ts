import { describe, expect, it } from 'vitest';
import { clientAddress } from '../common/http/client-address.js';
import { isLoopback, metricsAccessAllowed } from './metrics-access.js';

describe('metrics access rule', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['10.0.0.1', false],
    ['fd00::2', false],
    ['1270.0.0.1', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });

  it('takes the client address TRUST_PROXY hops from the right of X-Forwarded-For', () => {
    const from = (forwarded: string | string[] | undefined) => ({
      headers: { 'x-forwarded-for': forwarded },
      socket: { remoteAddress: '127.0.0.1' },
    });
    expect(clientAddress(from('203.0.113.5'), 0)).toBe('127.0.0.1');
    expect(clientAddress(from('203.0.113.5'), 1)).toBe('203.0.113.5');
    expect(clientAddress(from('127.0.0.1, 203.0.113.5'), 1)).toBe('203.0.113.5');
    expect(clientAddress(from(['198.51.100.1, 203.0.113.5', '10.0.0.2']), 2)).toBe('203.0.113.5');
    // Fewer entries than proxies: the farthest known, never a trusted hop.
    expect(clientAddress(from('203.0.113.5'), 3)).toBe('203.0.113.5');
    expect(clientAddress(from(undefined), 1)).toBe('127.0.0.1');
  });

  it('lets loopback in, others only with the exact bearer token', () => {
    const rule = { trustProxy: 0, token: 'secret-token' };
    const from = (socketAddress: string, authorization?: string) =>
      metricsAccessAllowed({ socketAddress, forwardedFor: undefined, authorization }, rule);
    expect(from('127.0.0.1')).toBe(true);
    expect(from('192.0.2.2')).toBe(false);
    expect(from('192.0.2.2', 'Bearer secret-token')).toBe(true);
    expect(from('192.0.2.2', 'bearer secret-token')).toBe(true);
    expect(from('192.0.2.2', 'Bearer secret-tokenx')).toBe(false);
    expect(from('192.0.2.2', 'secret-token')).toBe(false);
    expect(from('192.0.2.2', 'Bearer ')).toBe(false);
    const noToken = { trustProxy: 0, token: undefined };
    expect(
      metricsAccessAllowed(
        { socketAddress: '192.0.2.2', forwardedFor: undefined, authorization: 'Bearer ' },
        noToken,
      ),
    ).toBe(false);
  });
});
