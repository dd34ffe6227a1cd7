import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, a pool that waited too long, and a server shutting down, however wrapped', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(isDatabaseUnavailable(new QueryFailedError('select 1', [], shutdown))).toBe(true);
    expect(isDatabaseUnavailable({ originalError: shutdown })).toBe(true);
  });

  it('leaves real faults alone: a bad query or a bug is not the database being away', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('select nope', [], Object.assign(new Error('column "nope" does not exist'), { code: '42703' })))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
