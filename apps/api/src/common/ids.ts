const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Row ids are UUIDs; anything else cannot name a row, and must not reach Postgres as a cast error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The one spelling of an id: Postgres reads a UUID in either case but always writes it lower-case, so an id kept as
 * the client typed it ("0B6C…") would match no row read back. Every ID argument passes through here on the way in
 * (see canonical-input.interceptor.ts); anything that is not a UUID is left for the service to refuse.
 */
export function canonicalId(value: string): string {
  return isUuid(value) ? value.toLowerCase() : value;
}
