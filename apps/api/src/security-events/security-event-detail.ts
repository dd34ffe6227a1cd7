import type { SecurityEventDetail } from './security-event.entity';

/** Names that suggest a secret: a detail carrying one is a bug, caught before anything is stored. */
const SECRET_NAME = /password|token|secret|hash|cookie|url|link/i;

/**
 * The detail as stored. Details are built in code from ids and counts, never from what a client typed, so a
 * field whose name suggests a secret (or a link, which carries a token) means the code is wrong: it is refused.
 */
export function checkedDetail(detail: SecurityEventDetail = {}): SecurityEventDetail {
  const secret = Object.keys(detail).find((name) => SECRET_NAME.test(name));
  if (secret) throw new Error(`A security event's detail may not carry "${secret}": it may hold a secret`);
  return detail;
}
