/** PostgreSQL and socket codes that mean the database cannot be reached or is shutting down, not that a query is wrong. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
/** What pg and its pool say when no connection could be had in time or one was cut. */
const UNAVAILABLE_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|connection timeout/i;

/**
 * Whether an error (or the driver error TypeORM wraps) is the database being unreachable or every connection busy
 * for longer than the pool waits: the client should try again shortly, and nothing about the request was wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error as { code?: unknown; message?: unknown; driverError?: unknown; originalError?: unknown } | null; cause; ) {
    if (UNAVAILABLE_CODES.has(String(cause.code)) || UNAVAILABLE_MESSAGES.test(String(cause.message ?? ''))) return true;
    cause = (cause.driverError ?? cause.originalError ?? null) as typeof cause;
  }
  return false;
}
