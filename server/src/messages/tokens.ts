import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links in messages, usable without signing in. `unsubscribe` stops every message to
 * one address; `preferences` lets the holder read and change that address's choices. The
 * token names a person key (a hash of the address), never the address itself.
 */
export type TokenScope = 'unsubscribe' | 'preferences';

const mac = (secret: string, scope: TokenScope, personKey: string) =>
  createHmac('sha256', secret).update(`coprod-messages:${scope}:${personKey}`).digest('base64url');

export function signToken(secret: string, scope: TokenScope, personKey: string): string {
  return `${personKey}~${mac(secret, scope, personKey)}`;
}

/** The person key, or undefined for a token that was not signed by us for this scope. */
export function verifyToken(secret: string, scope: TokenScope, token: unknown): string | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined;
  const [personKey, signature, extra] = token.split('~');
  if (!personKey || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(mac(secret, scope, personKey));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? personKey : undefined;
}
