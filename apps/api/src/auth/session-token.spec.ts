import { createHmac } from 'node:crypto';
import { hashSessionToken, newSessionToken } from './session-token';

describe('session tokens', () => {
  it('are 43 URL-safe characters (256 bits) and differ every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, newSessionToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hash with HMAC-SHA256 under the secret, so another secret gives another hash', () => {
    const expected = createHmac('sha256', 's1').update('abc').digest('hex');
    expect(hashSessionToken('abc', 's1')).toBe(expected);
    expect(hashSessionToken('abc', 's2')).not.toBe(expected);
  });
});
