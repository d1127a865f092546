import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from './problems.js';

export interface AuthOptions {
  /** HS256 shared secret. */
  jwtSecret?: string;
  /** Or a JWKS endpoint (RS256, ES256...). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** Who is asking: nobody, a signed-in person (JWT), or the holder of an opaque token (a profile's edit token). */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'jwt'; sub: string; roles: string[]; claims: JWTPayload }
  | { kind: 'token'; token: string }
  | { kind: 'invalid'; reason: string };

export interface Authenticator {
  principalOf(request: FastifyRequest): Promise<Principal>;
}

export function createAuthenticator(options: AuthOptions): Authenticator {
  const hsKey = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : undefined;
  const jwks: JWTVerifyGetKey | undefined = options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl)) : undefined;
  const verifyOptions = {
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };

  async function verify(token: string): Promise<JWTPayload> {
    if (hsKey) return (await jwtVerify(token, hsKey, { ...verifyOptions, algorithms: ['HS256'] })).payload;
    if (jwks) return (await jwtVerify(token, jwks, verifyOptions)).payload;
    throw new Error('No JWT secret or JWKS configured');
  }

  return {
    async principalOf(request) {
      const header = request.headers.authorization;
      if (!header) return { kind: 'anonymous' };
      const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
      if (!match?.[1]) return { kind: 'invalid', reason: 'The Authorization header must be "Bearer <token>".' };
      const token = match[1];
      if (token.split('.').length !== 3) return { kind: 'token', token };
      try {
        const claims = await verify(token);
        const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
        if (!claims.sub) return { kind: 'invalid', reason: 'The token has no subject.' };
        return { kind: 'jwt', sub: claims.sub, roles, claims };
      } catch {
        return { kind: 'invalid', reason: 'The token is not valid or has expired. Sign in again.' };
      }
    },
  };
}

export const isStaff = (p: Principal): p is Extract<Principal, { kind: 'jwt' }> => p.kind === 'jwt' && p.roles.includes('staff');

/** 401 without a valid token, 403 with one that lacks the staff role. */
export function requireStaff(p: Principal): Extract<Principal, { kind: 'jwt' }> {
  if (p.kind === 'invalid') throw unauthorized(p.reason);
  if (p.kind !== 'jwt') throw unauthorized('Sign in as staff to do this.');
  if (!p.roles.includes('staff')) throw forbidden('Only staff can do this.');
  return p;
}

/**
 * Staff roles. `staff` is every member of staff (publish opportunities, answer interest and
 * feedback); the others are added on top of it, so a council can give "record attendance" and
 * "approve and pay" to different people (issue 16), keep the people pool to some staff (issue 18)
 * and let an auditor read the audit trail (issue 20). Issue 20 maps them from the council's
 * identity provider; development tokens carry them all.
 */
export const STAFF_ROLES = ['staff', 'attendance', 'finance', 'people', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** 401 without a valid token; 403 unless the token is staff and carries `role`. */
export function requireRole(p: Principal, role: StaffRole): Extract<Principal, { kind: 'jwt' }> {
  const staff = requireStaff(p);
  if (!staff.roles.includes(role)) throw forbidden('Your staff account cannot do this. Ask for the role that allows it.');
  return staff;
}

/** A label for the idempotency table and the audit log. */
export function principalKey(p: Principal): string {
  if (p.kind === 'jwt') return `jwt:${p.sub}`;
  return 'anonymous';
}
