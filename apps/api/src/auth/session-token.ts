import { createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: unguessable, and only ever stored as a keyed hash. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
